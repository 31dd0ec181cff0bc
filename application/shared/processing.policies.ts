import { staffUseCase } from './access';

/** Who may look after the processors, their errors and their dead letters: admins only. */
export const processingPolicies = {
  listProcessors: staffUseCase('system.list-processors', ['admin'], 'read'),
  listDeadLetters: staffUseCase('system.list-dead-letters', ['admin'], 'read'),
  replayDeadLetter: staffUseCase('system.replay-dead-letter', ['admin'], 'write'),
} as const;
