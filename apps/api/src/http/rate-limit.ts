import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '@steward/schema';
import { parse as parseCookies } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import { ApiToken } from '../features/auth/api-token.entity.js';
import { sha256 } from '../features/auth/secrets.js';
import { Session } from '../features/auth/session.entity.js';
import { SESSION_COOKIE, TOKEN_PREFIX, type Viewer } from '../features/auth/viewer.js';
import type { Logger } from '../logger.js';

/**
 * Who a request counts against: its session, its API token, or — signed out, or with credentials
 * that are not valid — its client address. `key` names the caller in the counters (never a secret).
 */
export interface Caller {
  readonly key: string;
  readonly kind: 'session' | 'token' | 'address';
}

/** The caller behind a resolved viewer (what the GraphQL context knows). */
export function callerOfViewer(viewer: Viewer | null, ip: string | null): Caller {
  if (viewer?.via === 'session') return { key: `s:${viewer.sessionId}`, kind: 'session' };
  if (viewer?.via === 'token') return { key: `t:${viewer.tokenId}`, kind: 'token' };
  return { key: `a:${ip ?? 'unknown'}`, kind: 'address' };
}

/** A budget's state after a request was counted: what the `RateLimit-*` headers say. */
export interface Budget {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the budget is whole again (at least 1). */
  resetSeconds: number;
}

/** Sets `RateLimit-Limit`, `-Remaining`, `-Reset` (IETF draft names), and `Retry-After` when refused. */
export function setRateLimitHeaders(res: ServerResponse, budget: Budget): void {
  res.setHeader('RateLimit-Limit', String(budget.limit));
  res.setHeader('RateLimit-Remaining', String(budget.remaining));
  res.setHeader('RateLimit-Reset', String(budget.resetSeconds));
  if (!budget.allowed) res.setHeader('Retry-After', String(budget.resetSeconds));
}

/** The message of a refusal, naming the limit and when to try again. */
export function rateLimitedMessage(what: string, limit: number, windowSeconds: number, retryAfter: number): string {
  return `Too many ${what}: at most ${limit} every ${windowSeconds} s for one session, API token or (signed out) address. Try again in ${retryAfter} s.`;
}

const CREDENTIAL_TTL_MS = 60_000;
const CREDENTIAL_CACHE_SIZE = 10_000;

/**
 * Per-caller counters, shared by every replica through Redis when `REDIS_URL` is set (each
 * falling back to this process's memory while Redis is away), in memory otherwise; and the
 * per-process counts of what a caller holds open (exports, sockets).
 */
export interface RateLimits {
  /** Express middleware for `/graphql`: counts the request against its caller (429 when over), before anything reads it. */
  graphql(req: Request, res: Response, next: NextFunction): void;
  /** Express middleware for `/export/…`: counts downloads and how many stream at once. */
  exports(req: Request, res: Response, next: NextFunction): void;
  /** The caller of an HTTP request or WebSocket upgrade (credentials checked, cached for a minute). */
  callerOf(req: IncomingMessage, ip: string | null, authorization?: string | null): Promise<Caller>;
  /** Counts one request of `caller` against its budget (what socket operations use). */
  take(caller: Caller): Promise<Budget>;
  /** Holds one of `caller`'s `limit` places of `kind` in this process; null when all are taken. */
  hold(kind: string, caller: Caller, limit: number): (() => void) | null;
  close(): Promise<void>;
}

export function createRateLimits(config: Config, orm: Orm, log: Logger): RateLimits {
  const { limits } = config;
  const redis = config.redis ? new Redis(config.redis.url, { maxRetriesPerRequest: 1, lazyConnect: false }) : null;
  redis?.on('error', (err: unknown) => log.warn({ err, redis: 'rate-limit' }, 'Redis connection problem'));

  const limiter = (name: string, points: number) => {
    const options = { points, duration: limits.windowSeconds, keyPrefix: `${config.redis?.prefix ?? ''}rl:${name}` };
    // With Redis, every replica draws on one budget; while Redis is away, each counts on its own.
    return redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  };
  const requests = limiter('req', limits.requestsPerWindow);
  const anonymous = limiter('anon', limits.anonymousPerWindow);
  const downloads = limiter('export', limits.exportsPerWindow);

  const consume = async (
    store: RateLimiterMemory | RateLimiterRedis,
    limit: number,
    caller: Caller,
  ): Promise<Budget> => {
    if (!limits.rateLimit) return { allowed: true, limit, remaining: limit, resetSeconds: limits.windowSeconds };
    let res: RateLimiterRes;
    let allowed = true;
    try {
      res = await store.consume(caller.key, 1);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        // The store failed and had no fallback: let the request through rather than refuse everyone.
        log.warn({ err: rejection }, 'rate limiter unavailable');
        return { allowed: true, limit, remaining: limit, resetSeconds: limits.windowSeconds };
      }
      res = rejection;
      allowed = false;
    }
    return {
      allowed,
      limit,
      remaining: Math.max(0, res.remainingPoints),
      resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    };
  };
  const take = (caller: Caller) =>
    caller.kind === 'address'
      ? consume(anonymous, limits.anonymousPerWindow, caller)
      : consume(requests, limits.requestsPerWindow, caller);

  // Credentials seen lately: valid ones name their session or token, others count as the address.
  const seen = new Map<string, { key: string | null; until: number }>();
  const remember = (hash: string, key: string | null) => {
    if (seen.size >= CREDENTIAL_CACHE_SIZE) seen.delete(seen.keys().next().value as string);
    seen.set(hash, { key, until: Date.now() + CREDENTIAL_TTL_MS });
  };
  const callerOf: RateLimits['callerOf'] = async (req, ip, authorization) => {
    const address: Caller = { key: `a:${ip ?? 'unknown'}`, kind: 'address' };
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? req.headers.authorization ?? '')?.[1];
    const cookie = bearer ? undefined : parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    const secret = bearer ?? cookie;
    if (!secret || secret.length > 100 || (bearer && !bearer.startsWith(TOKEN_PREFIX))) return address;
    const hash = sha256(secret);
    const cached = seen.get(hash);
    let key = cached && cached.until > Date.now() ? cached.key : undefined;
    if (key === undefined) {
      const em = orm.em.fork();
      const now = new Date();
      if (bearer) {
        const token = await em.findOne(
          ApiToken,
          { secretHash: hash, revokedAt: null, expiresAt: { $gt: now } },
          { fields: ['id'] },
        );
        key = token ? `t:${token.id}` : null;
      } else {
        const session = await em.findOne(
          Session,
          { id: hash, revokedAt: null, expiresAt: { $gt: now } },
          { fields: ['id'] },
        );
        key = session ? `s:${session.id}` : null;
      }
      remember(hash, key);
    }
    return key ? { key, kind: bearer ? 'token' : 'session' } : address;
  };

  const held = new Map<string, number>();
  const hold: RateLimits['hold'] = (kind, caller, limit) => {
    const at = `${kind}|${caller.key}`;
    const now = held.get(at) ?? 0;
    if (now >= limit) return null;
    held.set(at, now + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (held.get(at) ?? 1) - 1;
      if (left > 0) held.set(at, left);
      else held.delete(at);
    };
  };

  const graphql: RateLimits['graphql'] = (req, res, next) => {
    (async () => {
      const caller = await callerOf(req, req.ip ?? null);
      const budget = await take(caller);
      if (limits.rateLimit) setRateLimitHeaders(res, budget);
      const refuse = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
        res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
      if (!budget.allowed) {
        const what = caller.kind === 'address' ? 'requests while signed out' : 'requests';
        return refuse(
          429,
          ErrorCode.RATE_LIMITED,
          rateLimitedMessage(what, budget.limit, limits.windowSeconds, budget.resetSeconds),
          {
            retryAfterSeconds: budget.resetSeconds,
          },
        );
      }
      next();
    })().catch(next);
  };

  const exports: RateLimits['exports'] = (req, res, next) => {
    (async () => {
      const caller = await callerOf(req, req.ip ?? null);
      const refuse = (message: string, retryAfter: number) =>
        res
          .status(429)
          .json({ error: { code: ErrorCode.RATE_LIMITED, message, field: null, retryAfterSeconds: retryAfter } });
      const budget = await consume(downloads, limits.exportsPerWindow, caller);
      if (limits.rateLimit) setRateLimitHeaders(res, budget);
      if (!budget.allowed)
        return refuse(
          rateLimitedMessage('exports', budget.limit, limits.windowSeconds, budget.resetSeconds),
          budget.resetSeconds,
        );
      const release = limits.rateLimit ? hold('export', caller, limits.concurrentExports) : () => {};
      if (!release) {
        res.setHeader('Retry-After', '1');
        return refuse(
          `At most ${limits.concurrentExports} exports of one caller stream at once; wait for one to finish.`,
          1,
        );
      }
      res.once('close', release);
      next();
    })().catch(next);
  };

  return {
    graphql,
    exports,
    callerOf,
    take,
    hold,
    close: async () => {
      await redis?.quit().catch(() => undefined);
    },
  };
}
