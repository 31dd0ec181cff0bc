import type { AuthenticatedStaff } from '../authenticated-staff';
import { identityErrors } from '../identity.errors';
import type { PasswordHasher } from '../password-hasher.port';
import type { StaffSessionDto } from '../read-models/staff.dto';
import type { StaffDirectory } from '../read-models/staff-directory';

export interface LoginOutcome {
  readonly staff: AuthenticatedStaff;
  readonly session: StaffSessionDto;
}

/** Checks a username and password against the staff read model. Unknown user and wrong password look alike. */
export class LoginHandler {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly hasher: PasswordHasher,
    /** A hash of nothing in particular, verified for unknown users so timing does not reveal them. */
    private readonly decoyHash: Promise<string>,
  ) {}

  async execute(username: string, password: string): Promise<LoginOutcome> {
    const account = this.directory.byUsername(username.trim().toLowerCase());
    const matches = await this.hasher.verify(password, account?.passwordHash ?? (await this.decoyHash));
    if (!account || !matches) throw identityErrors.invalidCredentials();
    const { staffId, role, departmentIds, counterId } = account;
    return {
      staff: { staffId, username: account.username, role, departmentIds, counterId },
      session: this.directory.session(account),
    };
  }
}
