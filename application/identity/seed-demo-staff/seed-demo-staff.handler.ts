import type { DemoStaffConfiguration } from '../../city/city-configuration';
import { comparePositions, type EventStore, type Position } from '../../shared/event-store';
import type { Clock, IdGenerator, Logger } from '../../shared/ports';
import type { RegisterStaffHandler } from '../register-staff/register-staff.handler';

/**
 * On first start with an empty event store, creates the city's demo accounts, all with one password.
 * Does nothing when the store already holds events.
 */
export class SeedDemoStaffHandler {
  constructor(
    private readonly store: EventStore,
    private readonly register: RegisterStaffHandler,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly logger: Logger,
  ) {}

  async execute(accounts: readonly DemoStaffConfiguration[], password: string): Promise<{ created: number; position: Position | undefined }> {
    if ((await this.store.headPosition()) !== undefined) return { created: 0, position: undefined };
    const correlationId = this.ids.next();
    const results = await Promise.all(
      accounts.map((account) =>
        this.register.execute({ ...account, password }, { now: this.clock.now(), actor: 'system', correlationId }),
      ),
    );
    const positions = results.map((r) => r.position).filter((p): p is Position => p !== undefined);
    const position = positions.sort(comparePositions).pop();
    this.logger.info('demo staff accounts created', { count: accounts.length });
    return { created: accounts.length, position };
  }
}
