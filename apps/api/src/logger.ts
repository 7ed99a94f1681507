import { type Logger, pino } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/** Structured JSON logs on stdout: one object per line, ready for any log shipper. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'steward-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], remove: true },
  });
}
