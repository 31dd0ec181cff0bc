import { publicUseCase } from './access';

export const systemPolicies = {
  health: publicUseCase('system.health'),
  openApi: publicUseCase('system.openapi'),
} as const;
