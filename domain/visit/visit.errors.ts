import { DomainError } from '../shared';

export const visitErrors = {
  alreadyOpened: (visitId: string) => new DomainError('VISIT.ALREADY_OPENED', 'conflict', `来庁受付 ${visitId} はすでに受付済みです。`),
  notFound: () => new DomainError('VISIT.NOT_FOUND', 'not_found', '指定された来庁受付は見つかりません。'),
  closed: () => new DomainError('VISIT.NOT_OPEN', 'conflict', 'この来庁受付はすでに完了しています。変更はできません。'),
  cancelled: () => new DomainError('VISIT.CANCELLED', 'conflict', 'この来庁受付は取り消されています。変更はできません。'),
  personExists: () => new DomainError('VISIT.PERSON_EXISTS', 'conflict', 'この方はすでに来庁受付に登録されています。'),
  personUnknown: () => new DomainError('VISIT.PERSON_UNKNOWN', 'not_found', '指定された方はこの来庁受付に登録されていません。'),
  personInvalid: (what: string) => new DomainError('VISIT.PERSON_INVALID', 'invalid', `登録する方の情報が正しくありません: ${what}`),
  lifeEventNotChosen: (lifeEventId: string) =>
    new DomainError('VISIT.LIFE_EVENT_NOT_CHOSEN', 'invalid', `ライフイベント「${lifeEventId}」はこの来庁受付で選ばれていません。`),
  roleUnknown: (role: string) => new DomainError('VISIT.ROLE_UNKNOWN', 'invalid', `役割「${role}」はこのライフイベントにありません。`),
  noLifeEvent: () => new DomainError('VISIT.NO_LIFE_EVENT', 'invalid', 'ライフイベントを1つ以上選んでください。'),
  procedureListed: () => new DomainError('VISIT.PROCEDURE_LISTED', 'conflict', 'この手続きはすでにチェックリストにあります。'),
  procedureUnknown: () => new DomainError('VISIT.PROCEDURE_UNKNOWN', 'not_found', 'この手続きはチェックリストにありません。'),
  procedureDropped: () => new DomainError('VISIT.PROCEDURE_DROPPED', 'conflict', 'この手続きはチェックリストから外されています。'),
  dropReasonRequired: () => new DomainError('VISIT.DROP_REASON_REQUIRED', 'invalid', '手続きを外す理由を入力してください。'),
  notOwnerDepartment: () =>
    new DomainError('VISIT.NOT_OWNER_DEPARTMENT', 'forbidden', 'この手続きの状態は、担当課の職員だけが変更できます。'),
  sameStatus: () => new DomainError('VISIT.SAME_STATUS', 'conflict', '手続きはすでにその状態です。'),
  notNeededNoteRequired: () => new DomainError('VISIT.NOTE_REQUIRED', 'invalid', '「不要」にする理由を入力してください。'),
  handOffToSelf: () => new DomainError('VISIT.HANDOFF_TO_SAME_PLACE', 'invalid', '今いる窓口と同じ窓口には引き継げません。'),
  openProceduresRemain: (count: number) =>
    new DomainError(
      'VISIT.OPEN_PROCEDURES_REMAIN',
      'conflict',
      `未完了の手続きが${count}件あります。このまま完了する場合は、その理由を記録してください。`,
    ),
  cancelReasonRequired: () => new DomainError('VISIT.CANCEL_REASON_REQUIRED', 'invalid', '取消の理由を入力してください。'),
  notHere: () =>
    new DomainError('VISIT.NOT_AT_THIS_DEPARTMENT', 'conflict', 'この来庁者は別の課に案内されています。案内先の課で対応を開始してください。'),
  alreadyInService: () => new DomainError('VISIT.ALREADY_IN_SERVICE', 'conflict', 'この来庁者はすでに対応中です。'),
};
