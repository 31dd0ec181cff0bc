import {
  type RegisterStaffAccount,
  staffDecider,
  staffErrors,
  staffStreamId,
  type StaffCommand,
  type StaffEvent,
  type StaffState,
} from '../../../domain/identity';
import type { CommandMetadata } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import { CommandHandler } from '../../shared/command-handling';
import type { EventStore, Position } from '../../shared/event-store';
import type { IdGenerator } from '../../shared/ports';
import type { StaffRole } from '../contracts/staff-role.contract';
import { staffEvents } from '../identity-events.reader';
import type { PasswordHasher } from '../password-hasher.port';

export interface RegisterStaffInput {
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentIds: readonly string[];
  readonly counterId: string | null;
  readonly password: string;
}

/** Creates a staff account; the password is hashed here and never stored in clear. */
export class RegisterStaffHandler {
  private readonly handler: CommandHandler<StaffCommand, StaffEvent, StaffState>;

  constructor(
    store: EventStore,
    private readonly ids: IdGenerator,
    private readonly hasher: PasswordHasher,
    private readonly city: CityDirectory,
  ) {
    this.handler = new CommandHandler(store, staffDecider, staffEvents, ids);
  }

  async execute(input: RegisterStaffInput, metadata: CommandMetadata): Promise<{ staffId: string; position: Position | undefined }> {
    for (const departmentId of input.departmentIds) {
      if (!this.city.department(departmentId)) throw staffErrors.noDepartment();
    }
    if (input.counterId !== null) {
      const counter = this.city.requireCounter(input.counterId);
      if (!input.departmentIds.includes(counter.departmentId)) throw staffErrors.counterOutsideDepartment(input.counterId);
    }
    const staffId = this.ids.next();
    const command: RegisterStaffAccount = {
      type: 'RegisterStaffAccount',
      data: {
        staffId,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        departmentIds: input.departmentIds,
        counterId: input.counterId,
        passwordHash: await this.hasher.hash(input.password),
      },
      metadata,
    };
    const result = await this.handler.handle(staffStreamId(input.username), command);
    return { staffId, position: result.position };
  }
}
