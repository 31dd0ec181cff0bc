import { ContainerModule } from 'inversify';
import { LinkageTokens } from '../../application/linkage/linkage.tokens';
import type { ResidentRegister } from '../../application/linkage/resident-register/resident-register.port';
import { HttpTokens } from '../http/http.tokens';
import { residentRoutes } from './http/resident.routes';
import { SimulatedResidentRegister } from './simulated-register/simulated-resident-register.adapter';

/** The Linkage context: the resident register (a simulation until the base-system linkage exists) and its routes. */
export const linkageModule = new ContainerModule(({ bind }) => {
  bind<ResidentRegister>(LinkageTokens.residentRegister)
    .toResolvedValue(() => new SimulatedResidentRegister())
    .inSingletonScope();
  bind(HttpTokens.routes)
    .toResolvedValue((register: ResidentRegister) => residentRoutes({ register }), [LinkageTokens.residentRegister])
    .inSingletonScope();
});
