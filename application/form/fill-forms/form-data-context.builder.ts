import type { FormDataContext, PersonData } from '../../../domain/form/form-data-context';
import { ageInYears, withinFiscalYearOfAge } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import type { VisitFactsDocument, VisitFactsPerson } from '../read-models/visit-facts.document';

/** 「〒025-0075 岩手県花巻市花城町9番30号 花城ハイツ101」 → postal code, address line and 方書. */
export function splitAddress(address: string): { postalCode: string; addressLine: string; katagaki: string } {
  const match = /^〒?\s*(\d{3}-?\d{4})\s*(.*)$/.exec(address.trim());
  const postalCode = match?.[1] ?? '';
  const rest = (match ? match[2] : address)?.trim() ?? '';
  const space = rest.search(/[\s\u3000]/);
  return space < 0 ? { postalCode, addressLine: rest, katagaki: '' } : { postalCode, addressLine: rest.slice(0, space), katagaki: rest.slice(space + 1).trim() };
}

export function personData(person: VisitFactsPerson): PersonData {
  const { postalCode, addressLine, katagaki } = splitAddress(person.address);
  return {
    name: person.name,
    nameKana: person.nameKana,
    birthDate: person.birthDate,
    sex: person.sex,
    relationship: person.relationship,
    address: [addressLine, katagaki].filter(Boolean).join(' '),
    postalCode,
    addressLine,
    katagaki,
    registeredAddress: person.registered ? [addressLine, katagaki].filter(Boolean).join(' ') : '',
    newAddress: person.registered ? '' : [addressLine, katagaki].filter(Boolean).join(' '),
    atenaNumber: person.atenaNumber,
  };
}

/** What a form's bindings see at a visit, for one form (and its person, when the form is per person). */
export function buildFormDataContext(input: {
  readonly visit: VisitFactsDocument;
  readonly personId: string | null;
  readonly concernedIds: readonly string[];
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
  return {
    applicant: applicant ? personData(applicant) : null,
    person: person ? personData(person) : null,
    concerned: concerned.map(personData),
    head: head ? personData(head) : null,
    household: visit.persons.map(personData),
    children: visit.persons
      .filter((p) => withinFiscalYearOfAge(p.birthDate, input.today, 18) && ageInYears(p.birthDate, input.today) >= 0)
      .sort((a, b) => a.birthDate.localeCompare(b.birthDate))
      .map(personData),
    visit: { date: input.today, ticketNumber: visit.ticketNumber === null ? null : String(visit.ticketNumber), lifeEvents: [...input.lifeEventNames] },
    answers: visit.answers,
    staff: input.staff,
    office: { name: office?.name ?? '', address: office?.address ?? '', phone: office?.phone ?? '' },
    city: { name: input.city.configuration.name, mayor: input.city.configuration.mayor ?? `${input.city.configuration.name}長` },
    today: input.today,
  };
}
