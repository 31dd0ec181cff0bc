import { DomainError } from '../shared';

export const staffErrors = {
  alreadyRegistered: (username: string) =>
    new DomainError('STAFF.ALREADY_REGISTERED', 'conflict', `職員アカウント「${username}」はすでに登録されています。`),
  invalidUsername: (username: string) =>
    new DomainError(
      'STAFF.INVALID_USERNAME',
      'invalid',
      `ユーザー名「${username}」は使えません。半角英小文字・数字・ハイフンの3〜40文字で指定してください。`,
    ),
  unknownAccount: (username: string) => new DomainError('STAFF.UNKNOWN', 'not_found', `職員アカウント「${username}」はありません。`),
  noDepartment: () =>
    new DomainError('STAFF.NO_DEPARTMENT', 'invalid', '管理者以外の職員には所属課を1つ以上指定してください。'),
  counterOutsideDepartment: (counterId: string) =>
    new DomainError('STAFF.COUNTER_OUTSIDE_DEPARTMENT', 'invalid', `窓口 ${counterId} は所属課の窓口ではありません。`),
};
