import { DomainError } from '../shared';

export const visitErrors = {
  alreadyOpened: (visitId: string) =>
    new DomainError('VISIT.ALREADY_OPENED', 'conflict', `来庁受付 ${visitId} はすでに受付済みです。`),
};
