import type { AuthenticatedStaff } from '../../../application/identity/authenticated-staff';
import { encodePosition } from '../../../application/shared/event-store';
import type { ReadModelChange } from '../../../application/shared/projections';
import type { ReadModelChangeDto } from '../../../application/city/city.dto';
import { defineRoute } from '../route-definition';
import type { SessionPayload } from '../session/session-codec';
import { staffAccountProjection } from '../../../application/identity/read-models/staff-account.projection';

const staffAccountReadModel = staffAccountProjection.readModel;
import type { LiveChannel } from './live-channel';
import { visitPolicies } from '../../../application/visit/visit.policies';

const HEARTBEAT_MS = 15_000;

/** GET /api/live: server-sent events, one `change` per read-model document the viewer may see. */
export function liveRoutes(
  channel: LiveChannel,
  visible: (change: ReadModelChange, staff: AuthenticatedStaff) => boolean,
  /** Whether the stream's session still counts (a logout ends it: the account's staff-account document changes). */
  stillValid: (session: SessionPayload) => boolean,
) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/live',
      summary: 'Live read-model changes (server-sent events, event name "change")',
      tags: ['live'],
      policy: visitPolicies.followLiveChanges,
      responses: {
        200: { description: 'text/event-stream of ReadModelChangeDto', contentType: 'text/event-stream', schema: { type: 'string' } },
        401: { description: 'No session' },
      },
      handle: ({ req, res, staff, session, metadata }) => {
        res.status(200).set({
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-cache, no-transform',
          Connection: 'keep-alive',
          'X-Accel-Buffering': 'no',
        });
        res.flushHeaders();
        res.socket?.setNoDelay(true);
        res.write('retry: 2000\n\nevent: ready\ndata: {}\n\n');
        const subscription = channel.changes$.subscribe((change) => {
          // ログアウト (of this or any other browser of the account) ends this stream at once.
          if (change.readModel === staffAccountReadModel && change.key === staff.username && !stillValid(session)) {
            subscription.unsubscribe();
            return;
          }
          if (!visible(change, staff)) return;
          const dto: ReadModelChangeDto = { readModel: change.readModel, key: change.key, position: encodePosition(change.position) };
          res.write(`event: change\ndata: ${JSON.stringify(dto)}\n\n`);
        });
        const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
        // The stream ends when the session does: a screen left open cannot keep receiving changes after its
        // login expired (the browser reconnects and gets 401, then the login screen).
        const expiry = setTimeout(() => subscription.unsubscribe(), Math.max(0, Math.min(session.exp - Date.parse(metadata.now), 2 ** 31 - 1)));
        const end = () => {
          clearInterval(heartbeat);
          clearTimeout(expiry);
          subscription.unsubscribe();
        };
        req.on('close', end);
        subscription.add(() => {
          clearInterval(heartbeat);
          clearTimeout(expiry);
          if (!res.writableEnded) res.end();
        });
        return 'streaming';
      },
    }),
  ];
}
