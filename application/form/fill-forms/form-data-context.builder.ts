import type { FormDataContext, PersonData } from '../../../domain/form/form-data-context';
import { relationToNotifier } from '../../../domain/form/relation-to-notifier';
import { ageInYears, isParticipantRole, type ParticipantRole, withinFiscalYearOfAge } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import type { VisitFactsDocument, VisitFactsPerson } from '../read-models/visit-facts.document';

const joined = (...parts: string[]): string => parts.filter((part) => part !== '').join(' ');

/** A person as forms print them; `notifier` is the form's 届出人 (届出人との関係 is seen from them). */
export function personData(person: VisitFactsPerson, notifier?: VisitFactsPerson): PersonData {
  const { postalCode, addressLine, katagaki } = person.details;
  const related = (p: VisitFactsPerson) => ({ personKey: p.personId, relationship: p.relationship, sex: p.sex, birthDate: p.birthDate, isHouseholdHead: p.isHouseholdHead });
  return {
    name: person.name,
    nameKana: person.nameKana,
    birthDate: person.birthDate,
    sex: person.sex,
    relationship: person.relationship,
    address: joined(addressLine, katagaki),
    postalCode,
    addressLine,
    katagaki,
    registeredAddress: person.registered ? joined(addressLine, katagaki) : '',
    newAddress: person.registered ? '' : joined(addressLine, katagaki),
    newAddressLine: person.registered ? '' : addressLine,
    newKatagaki: person.registered ? '' : katagaki,
    atenaNumber: person.atenaNumber,
    previousAddress: person.registered ? joined(addressLine, katagaki) : (person.details.previousAddress ?? ''),
    movedOn: person.details.movedOn ?? '',
    nationality: person.details.nationality ?? '',
    residenceStatus: person.details.residenceStatus ?? '',
    relationToNotifier: relationToNotifier(related(person), notifier ? related(notifier) : undefined),
    notifierCapacity: !notifier ? '' : notifier.personId === person.personId ? 'self' : 'household',
  };
}

/**
 * Who plays which part in the form's life events: for each role, the persons of the first of those events
 * in which someone plays it (the 夫 of the 婚姻, the 届出人 of the 転入 …).
 */
export function formParticipants(visit: VisitFactsDocument, lifeEventIds: readonly string[]): Partial<Record<ParticipantRole, string[]>> {
  const roles: Partial<Record<ParticipantRole, string[]>> = {};
  for (const eventId of lifeEventIds) {
    for (const [role, ids] of Object.entries(visit.participants[eventId] ?? {})) {
      if (isParticipantRole(role) && roles[role] === undefined && ids.length > 0) roles[role] = [...ids];
    }
  }
  return roles;
}

/** What a form's bindings see at a visit, for one form (and its person, when the form is per person). */
export function buildFormDataContext(input: {
  readonly visit: VisitFactsDocument;
  readonly personId: string | null;
  readonly concernedIds: readonly string[];
  /** The chosen life events this form is for (its procedures' life events), in catalogue order. */
  readonly lifeEventIds: readonly string[];
  readonly lifeEventNames: readonly string[];
  readonly staff: { readonly name: string; readonly department: string };
  readonly city: CityDirectory;
  readonly today: string;
}): FormDataContext {
  const { visit } = input;
  const byId = new Map(visit.persons.map((p) => [p.personId, p]));
  const applicant = visit.persons.find((p) => p.applicant) ?? visit.persons[0];
  const head = visit.persons.find((p) => p.isHouseholdHead);
  const concerned = (input.concernedIds.length > 0 ? input.concernedIds.map((id) => byId.get(id)) : visit.persons.filter((p) => p.concerned)).filter(
    (p): p is VisitFactsPerson => p !== undefined,
  );
  const person = input.personId ? byId.get(input.personId) : concerned[0];
  const office = input.city.office(visit.officeId);
  const parts = formParticipants(visit, input.lifeEventIds);
  if (!parts.notifier && applicant) parts.notifier = [applicant.personId];
  const notifier = (parts.notifier?.[0] !== undefined ? byId.get(parts.notifier[0]) : undefined) ?? applicant;
  const data = (p: VisitFactsPerson) => personData(p, notifier);
  const roles = Object.fromEntries(
    Object.entries(parts).map(([role, ids]) => [role, ids.flatMap((id) => (byId.has(id) ? [data(byId.get(id)!)] : []))]),
  ) as Partial<Record<ParticipantRole, PersonData[]>>;
  return {
    applicant: applicant ? data(applicant) : null,
    person: person ? data(person) : null,
    concerned: concerned.map(data),
    head: head ? data(head) : null,
    roles,
    household: visit.persons.map(data),
    children: visit.persons
      .filter((p) => withinFiscalYearOfAge(p.birthDate, input.today, 18) && ageInYears(p.birthDate, input.today) >= 0)
      .sort((a, b) => a.birthDate.localeCompare(b.birthDate))
      .map(data),
    visit: { date: input.today, ticketNumber: visit.ticketNumber === null ? null : String(visit.ticketNumber), lifeEvents: [...input.lifeEventNames], lifeEventId: input.lifeEventIds[0] ?? null },
    answers: visit.answers,
    staff: input.staff,
    office: { name: office?.name ?? '', address: office?.address ?? '', phone: office?.phone ?? '' },
    city: { name: input.city.configuration.name, mayor: input.city.configuration.mayor ?? `${input.city.configuration.name}長` },
    today: input.today,
  };
}
