import { ContainerModule } from 'inversify';
import type { CityDirectory } from '../../application/city/city-directory';
import type { AuthenticatedStaff } from '../../application/identity/authenticated-staff';
import { AccessGuard } from '../../application/shared/access';
import type { EventStore } from '../../application/shared/event-store';
import type { ReadModelChange, ReadModelStore } from '../../application/shared/projections';
import { SharedTokens } from '../../application/shared/shared.tokens';
import { VisitAccessScope } from '../../application/visit/visit-access.scope';
import type { AppConfig } from '../composition/app-config';
import { CompositionTokens } from '../composition/composition.tokens';
import { HttpTokens } from './http.tokens';
import type { LiveChannel } from './live/live-channel';
import { liveRoutes } from './live/live.routes';
import { createLiveVisibility } from './live/live-visibility';
import { SessionCodec, type SessionPayload } from './session/session-codec';
import { sessionStillValid } from './session/session-validity';
import { type StaffAccountDocument, staffAccountProjection } from '../../application/identity/read-models/staff-account.projection';
import type { CookieSettings } from './session/session-cookie';

/** Sessions, cookie settings, the access guard every route passes, and the live channel's route. */
export const httpModule = new ContainerModule(({ bind }) => {
  bind<SessionCodec>(HttpTokens.sessions)
    .toResolvedValue((config: AppConfig) => new SessionCodec(config.sessionSecret), [CompositionTokens.config])
    .inSingletonScope();
  bind<CookieSettings>(HttpTokens.cookies)
    .toResolvedValue((config: AppConfig) => ({ secure: config.cookieSecure }), [CompositionTokens.config])
    .inSingletonScope();
  bind<AccessGuard>(HttpTokens.accessGuard)
    .toResolvedValue(
      (events: EventStore, readModels: ReadModelStore, city: CityDirectory) => {
        const visits = new VisitAccessScope(events, readModels);
        return new AccessGuard({
          visitDepartments: (visitId, authoritative) => visits.departmentsOf(visitId, authoritative),
          departmentName: (departmentId) => city.department(departmentId)?.name,
          counterDepartment: (counterId) => {
            const counter = city.counter(counterId);
            return counter && { departmentId: counter.departmentId, departmentName: counter.departmentName };
          },
        });
      },
      [SharedTokens.eventStore, SharedTokens.readModelStore, SharedTokens.city],
    )
    .inSingletonScope();
  bind(HttpTokens.routes)
    .toResolvedValue(
      (channel: LiveChannel, store: ReadModelStore) => {
        const visible: (change: ReadModelChange, staff: AuthenticatedStaff) => boolean = createLiveVisibility(store);
        const stillValid = (session: SessionPayload): boolean => {
          const account = store.get<StaffAccountDocument>(staffAccountProjection.readModel, session.username);
          return account !== undefined && sessionStillValid(account, session);
        };
        return liveRoutes(channel, visible, stillValid);
      },
      [HttpTokens.liveChannel, SharedTokens.readModelStore],
    )
    .inSingletonScope();
});
