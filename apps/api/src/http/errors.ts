import { ErrorCode } from '@steward/schema';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';

interface HttpError extends Error {
  type?: string;
  status?: number;
  expose?: boolean;
}

/**
 * Turns errors raised before GraphQL runs (body parsing, size) into GraphQL-shaped 4xx answers,
 * and anything unexpected into a bare 500, so no stack trace or internal detail ever leaves.
 */
export function httpErrorHandler(log: Logger) {
  return (err: HttpError, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const answer = (status: number, code: string, message: string) =>
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    if (err.type === 'entity.parse.failed')
      return answer(400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
    if (err.type === 'entity.too.large')
      return answer(413, ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large (at most 1 MB).');
    if (err.status && err.status >= 400 && err.status < 500 && err.expose)
      return answer(err.status, ErrorCode.BAD_REQUEST, err.message);
    (req.log ?? log).error({ err }, 'unhandled error');
    return answer(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
  };
}
