import { isParticipantRole } from '../shared';
import type {
  AddPerson,
  AssignRoles,
  AnswerInterview,
  ChooseLifeEvents,
  OpenVisit,
  RemovePerson,
  SetPersonConcern,
  StartService,
} from './visit.commands';
import { personPayload } from './visit-event-payloads';
import { visitErrors } from './visit.errors';
import type { VisitEvent } from './visit.events';
import type { VisitState } from './visit.state';
import { requireOpen } from './visit-guards';

export function openVisit(command: OpenVisit, state: VisitState): VisitEvent[] {
  if (state.status !== 'none') throw visitErrors.alreadyOpened(command.data.visitId);
  return [{ type: 'VisitOpened', data: { ...command.data, openedAt: command.metadata.now, openedBy: command.metadata.actor } }];
}

export function startService(command: StartService, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const { departmentId, counterId } = command.data;
  if (departmentId !== visit.departmentId) throw visitErrors.notHere();
  if (visit.phase === 'in_service' && visit.departmentId === departmentId && visit.counterId === counterId) throw visitErrors.alreadyInService();
  return [{ type: 'VisitServiceStarted', data: { visitId: visit.visitId, departmentId, counterId, at: command.metadata.now } }];
}

export function addPerson(command: AddPerson, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const { person } = command.data;
  if (!person.name.trim()) throw visitErrors.personInvalid('氏名がありません');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(person.birthDate)) throw visitErrors.personInvalid('生年月日の形式が正しくありません');
  if (person.birthDate > command.metadata.now.slice(0, 10)) throw visitErrors.personInvalid('生年月日が未来の日付です');
  const duplicate = visit.persons.some(
    (p) => p.personId === person.personId || (person.atenaNumber !== null && p.atenaNumber === person.atenaNumber),
  );
  if (duplicate) throw visitErrors.personExists();
  return [{ type: 'PersonAddedToVisit', data: { visitId: visit.visitId, person: personPayload(person) } }];
}

export function removePerson(command: RemovePerson, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  if (!visit.persons.some((p) => p.personId === command.data.personId)) throw visitErrors.personUnknown();
  return [{ type: 'PersonRemovedFromVisit', data: { visitId: visit.visitId, personId: command.data.personId } }];
}

export function setPersonConcern(command: SetPersonConcern, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const person = visit.persons.find((p) => p.personId === command.data.personId);
  if (!person) throw visitErrors.personUnknown();
  if (person.concerned === command.data.concerned) return [];
  return [{ type: 'PersonConcernChanged', data: { visitId: visit.visitId, personId: person.personId, concerned: command.data.concerned } }];
}

export function chooseLifeEvents(command: ChooseLifeEvents, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const lifeEventIds = [...new Set(command.data.lifeEventIds)];
  if (lifeEventIds.length === 0) throw visitErrors.noLifeEvent();
  if (JSON.stringify([...lifeEventIds].sort()) === JSON.stringify([...visit.lifeEventIds].sort())) return [];
  return [{ type: 'LifeEventsChosen', data: { visitId: visit.visitId, lifeEventIds } }];
}

export function answerInterview(command: AnswerInterview, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const changed = Object.fromEntries(
    Object.entries(command.data.answers).filter(([id, value]) => JSON.stringify(visit.answers[id]) !== JSON.stringify(value)),
  );
  if (Object.keys(changed).length === 0) return [];
  return [{ type: 'InterviewAnswered', data: { visitId: visit.visitId, answers: changed } }];
}

/** The clerk says which parts a person plays in one of the chosen life events (the catalogue's roles were checked by the caller). */
export function assignRoles(command: AssignRoles, state: VisitState): VisitEvent[] {
  const visit = requireOpen(state);
  const { lifeEventId, personId } = command.data;
  if (!visit.persons.some((p) => p.personId === personId)) throw visitErrors.personUnknown();
  if (!visit.lifeEventIds.includes(lifeEventId)) throw visitErrors.lifeEventNotChosen(lifeEventId);
  const roles = command.data.roles === null ? null : [...new Set(command.data.roles)];
  const unknown = roles?.find((role) => !isParticipantRole(role));
  if (unknown !== undefined) throw visitErrors.roleUnknown(unknown);
  const before = visit.roleAssignments[lifeEventId]?.[personId] ?? null;
  if (JSON.stringify(before === null ? null : [...before].sort()) === JSON.stringify(roles === null ? null : [...roles].sort())) return [];
  return [{ type: 'ParticipantRolesAssigned', data: { visitId: visit.visitId, lifeEventId, personId, roles } }];
}
