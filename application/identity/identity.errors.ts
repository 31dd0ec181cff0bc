import { DomainError } from '../../domain/shared';

/** Login's own errors; refusals by role or department are the AccessGuard's (application/shared/access). */
export const identityErrors = {
  invalidCredentials: () =>
    new DomainError('AUTH.INVALID_CREDENTIALS', 'unauthenticated', 'ユーザー名またはパスワードが正しくありません。'),
};
