/**
 * The states of a procedure on a visit's checklist and what staff call them: one declaration for the
 * server's read models (status labels on boards, the workspace and the timeline) and the Angular app
 * (the status buttons and messages of the checklist). The domain records a status with its own type
 * (domain/visit/checklist.ts); visit-contracts.conformance.ts keeps the two the same.
 */

/** 未着手 / 対応中 / 完了 / 不要 */
export type ProcedureStatus = 'not_started' | 'in_progress' | 'done' | 'not_needed';

/** In the order a clerk works through them. */
export const procedureStatuses: readonly ProcedureStatus[] = ['not_started', 'in_progress', 'done', 'not_needed'];

export const procedureStatusLabels: Readonly<Record<ProcedureStatus, string>> = {
  not_started: '未着手',
  in_progress: '対応中',
  done: '完了',
  not_needed: '不要',
};
