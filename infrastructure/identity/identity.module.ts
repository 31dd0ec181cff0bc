import { ContainerModule } from 'inversify';
import type { CityDirectory } from '../../application/city/city-directory';
import { IdentityTokens } from '../../application/identity/identity.tokens';
import { LoginHandler } from '../../application/identity/login/login.handler';
import type { PasswordHasher } from '../../application/identity/password-hasher.port';
import { staffAccountProjection } from '../../application/identity/read-models/staff-account.projection';
import { StaffDirectory } from '../../application/identity/read-models/staff-directory';
import { RegisterStaffHandler } from '../../application/identity/register-staff/register-staff.handler';
import { SeedDemoStaffHandler } from '../../application/identity/seed-demo-staff/seed-demo-staff.handler';
import type { EventStore } from '../../application/shared/event-store';
import type { Clock, IdGenerator, Logger } from '../../application/shared/ports';
import type { ReadModelStore } from '../../application/shared/projections';
import { SharedTokens } from '../../application/shared/shared.tokens';
import type { AppConfig } from '../composition/app-config';
import { CompositionTokens } from '../composition/composition.tokens';
import { HttpTokens } from '../http/http.tokens';
import { EndSessionsHandler } from '../../application/identity/end-sessions/end-sessions.handler';
import type { ProjectionRunner } from '../../application/shared/projections';
import type { SessionCodec } from '../http/session/session-codec';
import type { CookieSettings } from '../http/session/session-cookie';
import { identityRoutes } from './http/identity.routes';
import { ScryptPasswordHasher } from './scrypt-password.hasher';

/** Staff accounts, login and the demo accounts of a fresh installation. */
export const identityModule = new ContainerModule(({ bind }) => {
  bind(SharedTokens.projections).toConstantValue(staffAccountProjection);
  bind<PasswordHasher>(IdentityTokens.passwordHasher)
    .toResolvedValue((config: AppConfig) => new ScryptPasswordHasher(config.passwordHashCost), [CompositionTokens.config])
    .inSingletonScope();
  bind<StaffDirectory>(IdentityTokens.staffDirectory)
    .toResolvedValue((store: ReadModelStore, city: CityDirectory) => new StaffDirectory(store, city), [SharedTokens.readModelStore, SharedTokens.city])
    .inSingletonScope();
  bind<LoginHandler>(IdentityTokens.login)
    .toResolvedValue(
      (directory: StaffDirectory, hasher: PasswordHasher) => new LoginHandler(directory, hasher, hasher.hash('decoy password, never valid')),
      [IdentityTokens.staffDirectory, IdentityTokens.passwordHasher],
    )
    .inSingletonScope();
  bind<RegisterStaffHandler>(IdentityTokens.registerStaff)
    .toResolvedValue(
      (store: EventStore, ids: IdGenerator, hasher: PasswordHasher, city: CityDirectory) => new RegisterStaffHandler(store, ids, hasher, city),
      [SharedTokens.eventStore, SharedTokens.ids, IdentityTokens.passwordHasher, SharedTokens.city],
    )
    .inSingletonScope();
  bind<SeedDemoStaffHandler>(IdentityTokens.seedDemoStaff)
    .toResolvedValue(
      (store: EventStore, register: RegisterStaffHandler, clock: Clock, ids: IdGenerator, logger: Logger) =>
        new SeedDemoStaffHandler(store, register, clock, ids, logger),
      [SharedTokens.eventStore, IdentityTokens.registerStaff, SharedTokens.clock, SharedTokens.ids, SharedTokens.logger],
    )
    .inSingletonScope();
  bind<EndSessionsHandler>(IdentityTokens.endSessions)
    .toResolvedValue(
      (store: EventStore, ids: IdGenerator, runner: ProjectionRunner) => new EndSessionsHandler(store, ids, (position) => runner.waitFor(position)),
      [SharedTokens.eventStore, SharedTokens.ids, SharedTokens.projectionRunner],
    )
    .inSingletonScope();
  bind(HttpTokens.routes)
    .toResolvedValue(
      (login: LoginHandler, endSessions: EndSessionsHandler, directory: StaffDirectory, sessions: SessionCodec, cookies: CookieSettings, clock: Clock) =>
        identityRoutes({ login, endSessions, directory, sessions, cookies, clock }),
      [IdentityTokens.login, IdentityTokens.endSessions, IdentityTokens.staffDirectory, HttpTokens.sessions, HttpTokens.cookies, SharedTokens.clock],
    )
    .inSingletonScope();
});
