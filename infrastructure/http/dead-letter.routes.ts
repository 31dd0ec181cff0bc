import { encodePosition } from '../../application/shared/event-store';
import type { DeadLetter, DeadLetterDesk, DeadLetterState } from '../../application/shared/processing';
import type { DeadLetterDto, DeadLetterListDto } from '../../application/shared/processing/dead-letter.dto';
import { processingPolicies } from '../../application/shared/processing.policies';
import { deadLetterListSchema, deadLetterSchema } from './dead-letter.schemas';
import { HttpProblem } from './http-problem';
import { type AnyRouteDefinition, defineRoute } from './route-definition';

const states: readonly DeadLetterState[] = ['open', 'resolved', 'all'];
const adminErrors = { 401: { description: 'No session' }, 403: { description: 'Admins only' } } as const;

/** What the API shows of a dead letter, with a Japanese line for the admin. */
function deadLetterBody(letter: DeadLetter): DeadLetterDto {
  const state = letter.resolution?.kind ?? 'open';
  const status = state === 'open' ? '未解決' : state === 'replayed' ? '再適用済み' : '再構築で解消';
  return {
    id: letter.id,
    processor: letter.processor,
    position: encodePosition(letter.position),
    streamId: letter.streamId,
    revision: letter.revision,
    eventType: letter.eventType,
    eventId: letter.eventId,
    error: letter.error,
    attempts: letter.attempts,
    firstFailedAt: letter.firstFailedAt,
    lastFailedAt: letter.lastFailedAt,
    state,
    resolvedAt: letter.resolution?.at ?? null,
    resolvedBy: letter.resolution?.by ?? null,
    summary: `処理「${letter.processor}」がイベント ${letter.eventType}（${letter.streamId} の ${letter.revision} 番）を処理できませんでした（${letter.attempts}回、${status}）。`,
  };
}

function deadLetterId(text: string | undefined): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id < 1) throw new HttpProblem(400, 'PROCESSING.DEAD_LETTER_ID_INVALID', `記録の番号「${text ?? ''}」が正しくありません。`);
  return id;
}

/** Admins see the events a processor could not handle, and replay one once the processor is fixed. */
export function deadLetterRoutes(desk: DeadLetterDesk): AnyRouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/admin/dead-letters',
      summary: 'Events a processor could not handle (dead letters), newest first',
      tags: ['system'],
      policy: processingPolicies.listDeadLetters,
      query: [{ name: 'state', description: 'open, resolved or all (default all)', schema: { enum: states } }],
      responses: { 200: { description: 'The dead letters', schema: deadLetterListSchema }, 400: { description: 'Unknown state' }, ...adminErrors },
      handle: ({ req }) => {
        const asked = req.query['state'];
        if (asked !== undefined && !states.includes(asked as DeadLetterState)) {
          throw new HttpProblem(400, 'PROCESSING.STATE_INVALID', '状態（state）は open、resolved、all のいずれかを指定してください。');
        }
        const { open, deadLetters } = desk.listDeadLetters({ state: (asked as DeadLetterState | undefined) ?? 'all' });
        const body: DeadLetterListDto = { open, deadLetters: deadLetters.map(deadLetterBody) };
        return { status: 200, body };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/admin/dead-letters/:id/replay',
      summary: 'Re-apply a dead-lettered event through the processor that failed on it, then the letters of its stream held behind it, in order; each resolved on success',
      tags: ['system'],
      policy: processingPolicies.replayDeadLetter,
      responses: {
        200: { description: 'Replayed and resolved', schema: deadLetterSchema },
        400: { description: 'Not a dead-letter id' },
        ...adminErrors,
        404: { description: 'No such dead letter' },
        409: {
          description:
            'Already resolved, held behind an earlier open dead letter of the same stream (replay that one), later events of the stream already applied (rebuild), processor gone, or the event is no longer in the store',
        },
        422: { description: 'The processor still fails on the event (one more attempt counted)' },
      },
      handle: async ({ params, staff }) => ({ status: 200, body: deadLetterBody(await desk.replayDeadLetter(deadLetterId(params['id']), staff.staffId)) }),
    }),
  ];
}
