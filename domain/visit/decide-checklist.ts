import { isOpen, mergeProposals } from './checklist';
import type { AddProcedureByHand, ChangeProcedureStatus, DropProcedure, ProposeProcedures } from './visit.commands';
import { procedurePayload } from './visit-event-payloads';
import { visitErrors } from './visit.errors';
import type { VisitEvent } from './visit.events';
import type { VisitState } from './visit.state';
import { requireOpen, requireText } from './visit-guards';

export function proposeProcedures(command: ProposeProcedures, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const resolved: VisitEvent[] =
    JSON.stringify(visit.participants) === JSON.stringify(command.data.participants)
      ? []
      : [{ type: 'ParticipantsResolved', data: { visitId: visit.visitId, participants: command.data.participants } }];
  const { added, updated, withdrawn } = mergeProposals(visit.checklist, command.data.proposals);
  if (added.length + updated.length + withdrawn.length === 0) return resolved;
  return [
    ...resolved,
    {
      type: 'ProceduresProposed',
      data: {
        visitId: visit.visitId,
        added: added.map(procedurePayload),
        updated: updated.map(procedurePayload),
        withdrawn,
        catalogueRevision: command.data.catalogueRevision,
      },
    },
  ];
}

export function addProcedureByHand(command: AddProcedureByHand, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const existing = visit.checklist.find((item) => item.procedureId === command.data.procedure.procedureId);
  if (existing && !existing.dropped) throw visitErrors.procedureListed();
  return [{ type: 'ProcedureAddedByHand', data: { visitId: visit.visitId, procedure: procedurePayload(command.data.procedure), note: requireText(command.data.note) } }];
}

export function dropProcedure(command: DropProcedure, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const item = visit.checklist.find((i) => i.procedureId === command.data.procedureId);
  if (!item) throw visitErrors.procedureUnknown();
  if (item.dropped) throw visitErrors.procedureDropped();
  const reason = requireText(command.data.reason);
  if (!reason) throw visitErrors.dropReasonRequired();
  return [{ type: 'ProcedureDropped', data: { visitId: visit.visitId, procedureId: item.procedureId, reason } }];
}

export function changeProcedureStatus(command: ChangeProcedureStatus, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const { procedureId, to, by } = command.data;
  const item = visit.checklist.find((i) => i.procedureId === procedureId);
  if (!item) throw visitErrors.procedureUnknown();
  if (item.dropped) throw visitErrors.procedureDropped();
  if (by.role !== 'admin' && !by.departmentIds.includes(item.departmentId)) throw visitErrors.notOwnerDepartment();
  if (item.status === to) throw visitErrors.sameStatus();
  const note = requireText(command.data.note);
  if (to === 'not_needed' && !note) throw visitErrors.notNeededNoteRequired();
  return [
    {
      type: 'ProcedureStatusChanged',
      data: { visitId: visit.visitId, procedureId, from: item.status, to, departmentId: item.departmentId, note },
    },
  ];
}

export function countOpen(state: VisitState): number {
  return state.status === 'none' ? 0 : state.checklist.filter(isOpen).length;
}
