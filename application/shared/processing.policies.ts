import { staffUseCase } from './access';

/** Who may look after the processors' dead letters: admins only. */
export const processingPolicies = {
  listDeadLetters: staffUseCase('system.list-dead-letters', ['admin'], 'read'),
  replayDeadLetter: staffUseCase('system.replay-dead-letter', ['admin'], 'write'),
} as const;
