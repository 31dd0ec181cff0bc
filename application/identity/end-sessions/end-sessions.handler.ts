import { type EndStaffSessions, staffDecider, staffStreamId, type StaffCommand, type StaffEvent, type StaffState } from '../../../domain/identity';
import type { CommandMetadata } from '../../../domain/shared';
import { CommandHandler } from '../../shared/command-handling';
import type { EventStore, Position } from '../../shared/event-store';
import type { IdGenerator } from '../../shared/ports';
import { staffEvents } from '../identity-events.reader';

/**
 * ログアウト: ends every session of the account at once (every browser, every live stream), by an event that
 * every instance's staff read model applies; `waitApplied` lets the caller answer only once its own
 * instance refuses the old cookie.
 */
export class EndSessionsHandler {
  private readonly handler: CommandHandler<StaffCommand, StaffEvent, StaffState>;

  constructor(
    store: EventStore,
    ids: IdGenerator,
    private readonly waitApplied: (position: Position) => Promise<boolean>,
  ) {
    this.handler = new CommandHandler(store, staffDecider, staffEvents, ids);
  }

  async execute(username: string, metadata: CommandMetadata): Promise<void> {
    const command: EndStaffSessions = { type: 'EndStaffSessions', data: { username, reason: 'logout' }, metadata };
    const result = await this.handler.handle(staffStreamId(username), command);
    if (result.position) await this.waitApplied(result.position);
  }
}
