import { ContainerModule } from 'inversify';
import type { CityDirectory } from '../../application/city/city-directory';
import { SharedTokens } from '../../application/shared/shared.tokens';
import { HttpTokens } from '../http/http.tokens';
import { cityRoutes } from './http/city.routes';

export const cityModule = new ContainerModule(({ bind }) => {
  bind(HttpTokens.routes)
    .toResolvedValue((city: CityDirectory) => cityRoutes(city), [SharedTokens.city])
    .inSingletonScope();
});
