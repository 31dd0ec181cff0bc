import { chosenLifeEvents, knownAnswers, type ProposalContext } from '../../../domain/procedure';
import type { ProcedureCatalogue, QuestionDefinition } from '../../../domain/procedure/catalogue.types';
import { participantRoleLabels, type ParticipantRole } from '../../../domain/shared';
import type { KnownAnswerDto, VisitLifeEventDto } from './visit-workspace.dto';

/**
 * The workspace's view of who plays which part: every chosen life event with its roles (the catalogue's,
 * or 対象者 alone), the persons in each, and the required ones nobody plays yet.
 */
export function lifeEventParticipants(catalogue: ProcedureCatalogue, context: ProposalContext, lifeEventIds: readonly string[]): VisitLifeEventDto[] {
  const events = chosenLifeEvents(catalogue, lifeEventIds);
  const unknown = lifeEventIds.filter((id) => !events.some((event) => event.id === id)).map((id) => ({ id, name: id, roles: [], missingRoles: [] }));
  const known = events.map((event): VisitLifeEventDto => {
    const definitions = event.roles && event.roles.length > 0 ? event.roles : [{ role: 'subject' as ParticipantRole, concerned: true, multiple: true, required: false }];
    const byRole = context.participants[event.id] ?? {};
    const roles = definitions.map((definition) => ({
      role: definition.role,
      label: ('label' in definition && definition.label) || participantRoleLabels[definition.role],
      concerned: definition.concerned,
      multiple: definition.multiple,
      required: definition.required,
      personIds: [...(byRole[definition.role] ?? [])],
    }));
    return { id: event.id, name: event.name, roles, missingRoles: roles.filter((r) => r.required && r.personIds.length === 0).map((r) => r.label) };
  });
  return [...known, ...unknown];
}

function answerLabel(question: QuestionDefinition, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  const label = (v: unknown) => question.choices?.find((choice) => choice.value === v)?.label ?? String(v);
  return Array.isArray(value) ? value.map(label).join('、') : label(value);
}

/** The questions the visit answered from what it knows, as the clerk reads them. */
export function knownAnswerList(catalogue: ProcedureCatalogue, context: ProposalContext): KnownAnswerDto[] {
  const known = knownAnswers(catalogue, context);
  const questions = chosenLifeEvents(catalogue, context.lifeEvents).flatMap((event) => event.questions);
  return Object.entries(known).flatMap(([id, value]) => {
    const question = questions.find((q) => q.id === id);
    return question ? [{ id, text: question.text, answerLabel: answerLabel(question, value) }] : [];
  });
}
