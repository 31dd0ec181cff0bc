import { DomainError } from '../../domain/shared';

export const identityErrors = {
  invalidCredentials: () =>
    new DomainError('AUTH.INVALID_CREDENTIALS', 'unauthenticated', 'ユーザー名またはパスワードが正しくありません。'),
  forbiddenRole: () =>
    new DomainError('AUTH.FORBIDDEN_ROLE', 'forbidden', 'この操作を行う権限がありません。'),
  forbiddenDepartment: (departmentName: string) =>
    new DomainError('AUTH.FORBIDDEN_DEPARTMENT', 'forbidden', `${departmentName}の業務を行う権限がありません。`),
};
