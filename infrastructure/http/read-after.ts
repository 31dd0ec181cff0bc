import type { Response } from 'express';
import { comparePositions, decodePosition, type Position } from '../../application/shared/event-store';
import { HttpProblem } from './http-problem';
import type { QueryParameter } from './route-definition';

/** How long a read waits for the read models to include the position asked for. */
const WAIT_MS = 5000;
const RETRY_AFTER_SECONDS = 2;

export interface ReadModelsProgress {
  /** The lowest position every read model has reached. */
  readonly position: Position | undefined;
  waitFor(position: Position, timeoutMs: number): Promise<boolean>;
}

export interface EventLogHead {
  headPosition(): Promise<Position | undefined>;
}

/**
 * Read-your-own-writes for every route that takes `?after=<position>` (the position a command answered
 * with): the read waits until the read models include it, and never serves older data with 200. A malformed
 * position is a 400, one beyond the event store's head a 409 at once (it would never arrive), and a wait
 * that times out a 503 with Retry-After. Without `after` (or with it empty) the read is served as it is.
 */
export type ReadAfter = (query: unknown, res: Response) => Promise<void>;

export function createReadAfter(readModels: ReadModelsProgress, events: EventLogHead, waitMs = WAIT_MS): ReadAfter {
  return async (query, res) => {
    const position = positionAsked(query);
    if (!position) return;
    const reached = readModels.position;
    if (reached && comparePositions(reached, position) >= 0) return;
    const head = await events.headPosition();
    if (!head || comparePositions(position, head) > 0) {
      throw new HttpProblem(
        409,
        'READ.POSITION_AHEAD',
        '指定された表示位置（after）はまだイベントストアに記録されていません。操作の応答で受け取った position をそのまま指定してください。',
      );
    }
    if (await readModels.waitFor(position, waitMs)) return;
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    throw new HttpProblem(
      503,
      'READ.NOT_CAUGHT_UP',
      `画面の内容がまだ最新の操作に追いついていません（${waitMs / 1000}秒待ちました）。少し待ってから、もう一度表示してください。`,
    );
  };
}

function positionAsked(query: unknown): Position | undefined {
  const after = typeof query === 'object' && query !== null ? (query as Record<string, unknown>)['after'] : undefined;
  if (after === undefined || after === '') return undefined;
  const position = typeof after === 'string' ? decodePosition(after) : undefined;
  if (!position) {
    throw new HttpProblem(
      400,
      'READ.POSITION_MALFORMED',
      '表示位置（after）の形式が正しくありません。操作の応答で受け取った position（例: 12/12）をそのまま指定してください。',
    );
  }
  return position;
}

/** The `after` parameter as the OpenAPI document describes it. */
export const afterQueryParameter: QueryParameter = {
  name: 'after',
  description:
    'Position a command answered with: the read waits until the read models include it (400 if malformed, 409 if beyond the head, 503 with Retry-After if the wait times out).',
  schema: { type: 'string', pattern: '^-?\\d+/-?\\d+$', examples: ['42/42'] },
};

/** The answers `after` adds to a route. */
export const readAfterResponses = {
  400: { description: 'Malformed after (READ.POSITION_MALFORMED)' },
  409: { description: 'after lies beyond the event store head (READ.POSITION_AHEAD)' },
  503: { description: 'The read models did not reach after in time (READ.NOT_CAUGHT_UP, Retry-After)' },
} as const;
