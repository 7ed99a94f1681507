import { LIMITS } from '@steward/schema';
import type { RequestHandler } from 'express';
import { type GraphQLSchema, parse } from 'graphql';
import { checkShape, checkText, parseOptions } from './rules.js';

/** Documents that passed lately (most clients send the same few over and over): not parsed again. */
const PASSED_CACHE_SIZE = 1000;
/** Only documents of a sensible size are remembered (a comment can pad one to a megabyte). */
const PASSED_MAX_LENGTH = 20_000;

/**
 * The shape limits (tokens, nesting, depth, aliases, directives, repeats), checked on `/graphql` requests
 * before Apollo reads them: Apollo's validation runs every spec rule over the whole document, and
 * on a hostile one those rules — not the execution — are the expensive part; a refusal from a
 * plugin hook would come out as a 500. A refused document is answered here, as Apollo would:
 * 400, `QUERY_TOO_COMPLEX`, `extensions.cost`. Anything else (no query, a syntax error, a batch)
 * goes on to Apollo, which says what is wrong with it.
 */
export function shapeGate(schema: GraphQLSchema): RequestHandler {
  const passed = new Set<string>();
  return (req, res, next) => {
    const source = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof source !== 'string' || passed.has(source)) return next();
    let refusal = checkText(source);
    if (!refusal) {
      try {
        refusal = checkShape(schema, parse(source, parseOptions));
      } catch {
        return next(); // a syntax error: Apollo reports it
      }
    }
    if (!refusal) {
      if (source.length <= PASSED_MAX_LENGTH) {
        if (passed.size >= PASSED_CACHE_SIZE) passed.delete(passed.values().next().value as string);
        passed.add(source);
      }
      return next();
    }
    const { http: _http, ...extensions } = refusal.extensions;
    res.status(400).json({
      errors: [{ message: refusal.message, extensions }],
      extensions: { cost: { requested: null, maximum: LIMITS.query.maxCost } },
    });
  };
}
