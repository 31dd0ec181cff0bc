import { isOpen } from './checklist';
import type { CancelVisit, CloseVisit, HandOffVisit } from './visit.commands';
import { visitErrors } from './visit.errors';
import type { VisitEvent } from './visit.events';
import type { VisitState } from './visit.state';
import { requireOpen, requireText } from './visit-guards';

export function handOffVisit(command: HandOffVisit, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const { toDepartmentId, toCounterId } = command.data;
  if (toDepartmentId === visit.departmentId && (toCounterId === null || toCounterId === visit.counterId)) throw visitErrors.handOffToSelf();
  return [
    {
      type: 'VisitHandedOff',
      data: {
        visitId: visit.visitId,
        fromDepartmentId: visit.departmentId,
        fromCounterId: visit.counterId ?? '',
        toDepartmentId,
        toCounterId,
        note: requireText(command.data.note),
        at: command.metadata.now,
      },
    },
  ];
}

export function closeVisit(command: CloseVisit, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const open = visit.checklist.filter(isOpen).map((item) => item.procedureId);
  const reason = requireText(command.data.reason);
  if (open.length > 0 && !reason) throw visitErrors.openProceduresRemain(open.length);
  return [{ type: 'VisitClosed', data: { visitId: visit.visitId, departmentId: visit.departmentId, at: command.metadata.now, openProcedureIds: open, reason } }];
}

export function cancelVisit(command: CancelVisit, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const reason = requireText(command.data.reason);
  if (!reason) throw visitErrors.cancelReasonRequired();
  return [{ type: 'VisitCancelled', data: { visitId: visit.visitId, departmentId: visit.departmentId, at: command.metadata.now, reason } }];
}
