import { DomainError } from '../../../domain/shared';

export const accessErrors = {
  /** The caller's role may not run this use case at all. */
  forbiddenRole: () => new DomainError('AUTH.FORBIDDEN_ROLE', 'forbidden', 'この操作を行う権限がありません。'),
  /** The caller may see the data but not change it (auditors; supervisors of another department). */
  readOnly: () => new DomainError('AUTH.READ_ONLY', 'forbidden', 'この来庁受付を変更する権限がありません（閲覧のみできます）。'),
  forbiddenDepartment: (departmentName: string) =>
    new DomainError('AUTH.FORBIDDEN_DEPARTMENT', 'forbidden', `${departmentName}の業務を行う権限がありません。`),
  /** A visit the caller may not see answers exactly as a visit that does not exist. */
  visitNotFound: () => new DomainError('VISIT.NOT_FOUND', 'not_found', '指定された来庁受付は見つかりません。'),
  unknownCounter: (counterId: string) => new DomainError('CITY.UNKNOWN_COUNTER', 'not_found', `窓口「${counterId}」は登録されていません。`),
  unknownDepartment: (departmentId: string) =>
    new DomainError('CITY.UNKNOWN_DEPARTMENT', 'not_found', `課「${departmentId}」は登録されていません。`),
};
