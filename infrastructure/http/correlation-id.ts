import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';

/** A client may name its own correlation id: 8-64 letters, digits, '-', '_' or '.'; anything else is replaced. */
const acceptable = /^[A-Za-z0-9._-]{8,64}$/;

/** The request's correlation id: the client's when it is acceptable, otherwise a fresh one. */
export function assignCorrelationId(req: Request, res: Response): string {
  const offered = req.get('x-correlation-id');
  const id = offered !== undefined && acceptable.test(offered) ? offered : randomUUID();
  res.locals['correlationId'] = id;
  res.setHeader('X-Correlation-Id', id);
  return id;
}

export function correlationIdOf(res: Response): string {
  return (res.locals['correlationId'] as string | undefined) ?? randomUUID();
}
