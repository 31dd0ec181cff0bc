import type { ProcedureCatalogue } from '../../../domain/procedure/catalogue.types';
import { formatEraDate } from '../../../domain/shared';
import { cityClosedDays } from '../../city/city-closed-days';
import type { CityDirectory } from '../../city/city-directory';
import type { CatalogueQueries } from '../../procedure';
import { computeDeadline, type DeadlineStart } from './procedure-deadline';
import type { ChecklistEntryDocument, VisitDocument } from './visit-document';
import type { GuideDepartmentDto, GuideProcedureDto, VisitGuideDto } from './visit-guide.dto';

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The resident's guide of one visit: the workspace's document, the catalogue's deadlines computed into days
 * (from the life event's day when the visit knows it, else the visit's day; past the city's closed days) and
 * each department's place and phone from the city configuration.
 */
export class VisitGuideQuery {
  private readonly isClosed: (day: string) => boolean;

  constructor(
    private readonly document: (visitId: string) => VisitDocument,
    private readonly city: CityDirectory,
    private readonly catalogue: CatalogueQueries,
    private readonly localDay: (instant: string) => string,
  ) {
    this.isClosed = cityClosedDays(city.configuration.hours);
  }

  guide(visitId: string, now: string): VisitGuideDto {
    const visit = this.document(visitId);
    const { catalogue } = this.catalogue.current();
    const visitDay = this.localDay(visit.openedAt);
    const listed = visit.checklist.filter((entry) => !entry.dropped);
    const item = (entry: ChecklistEntryDocument) => this.procedure(entry, visit, catalogue, visitDay);
    const remaining = listed.filter((entry) => entry.status === 'not_started' || entry.status === 'in_progress').map(item);
    const office = this.city.office(visit.officeId);
    return {
      visitId: visit.visitId,
      ticketNumber: visit.ticketNumber,
      cityName: this.city.configuration.name,
      officeName: office?.name ?? visit.officeId,
      officePhone: office?.phone ?? null,
      issuedOn: this.localDay(now),
      applicantName: visit.persons.find((person) => person.applicant)?.name ?? null,
      remaining,
      done: listed.filter((entry) => entry.status === 'done').map(item),
      notNeeded: listed.filter((entry) => entry.status === 'not_needed').map(item),
      departments: [...new Set(remaining.map((procedure) => procedure.departmentId))].map((id) => this.department(id)),
    };
  }

  private procedure(entry: ChecklistEntryDocument, visit: VisitDocument, catalogue: ProcedureCatalogue, visitDay: string): GuideProcedureDto {
    const procedure = catalogue.procedures.find((p) => p.id === entry.procedureId);
    const names = new Map(visit.persons.map((person) => [person.personId, person.name]));
    return {
      procedureId: entry.procedureId,
      name: procedure?.name ?? entry.procedureId,
      personNames: entry.personIds.map((id) => names.get(id) ?? '').filter((name) => name !== ''),
      departmentId: entry.departmentId,
      departmentName: this.city.departmentName(entry.departmentId),
      place: procedure?.place && procedure.departmentId === entry.departmentId ? procedure.place : this.placeOf(entry.departmentId, visit.officeId),
      deadline: procedure?.deadline
        ? computeDeadline(procedure.deadline, this.start(entry, visit, catalogue, visitDay), this.isClosed, (day) => formatEraDate(day, 'year'))
        : null,
      bring: procedure?.bring ?? [],
    };
  }

  /**
   * The day the entry's life event happened, when the visit knows it: a date answered for one of the
   * entry's life events, else the move day (異動日) of the persons it concerns (of the visit's concerned
   * persons for a procedure of the whole visit), the earliest first.
   */
  private start(entry: ChecklistEntryDocument, visit: VisitDocument, catalogue: ProcedureCatalogue, visitDay: string): DeadlineStart {
    const eventIds = new Set(catalogue.rules.filter((rule) => entry.ruleIds.includes(rule.id)).flatMap((rule) => rule.lifeEventIds));
    const answered = catalogue.lifeEvents
      .filter((event) => eventIds.has(event.id) && visit.lifeEventIds.includes(event.id))
      .flatMap((event) => event.questions.filter((question) => question.type === 'date').map((question) => visit.answers[question.id]))
      .filter(isDay);
    const persons = entry.personIds.length > 0 ? visit.persons.filter((p) => entry.personIds.includes(p.personId)) : visit.persons.filter((p) => p.concerned);
    const moved = persons.map((person) => person.details.movedOn).filter(isDay);
    const eventDay = [...answered].sort()[0] ?? [...moved].sort()[0] ?? null;
    return { eventDay, visitDay };
  }

  /** 本館 1階 1〜10番窓口; the office's name first when the department sits in another office than the visit's. */
  private placeOf(departmentId: string, visitOfficeId: string): string {
    const { officeName, building, floor, counters } = this.department(departmentId);
    const department = this.city.department(departmentId);
    const office = department && department.officeId !== visitOfficeId ? officeName : null;
    return [office, building !== officeName || !office ? building : null, floor, counters].filter(Boolean).join(' ');
  }

  private department(id: string): GuideDepartmentDto {
    const department = this.city.department(id);
    const office = department ? this.city.office(department.officeId) : undefined;
    const numbers = this.city.configuration.counters
      .filter((counter) => counter.departmentId === id)
      .map((counter) => counter.number)
      .sort((a, b) => a - b);
    return {
      departmentId: id,
      name: department?.name ?? id,
      officeName: office?.name ?? '',
      building: department?.building ?? '',
      floor: department?.floor ?? '',
      counters: counterRange(numbers),
      phone: department?.phone ?? office?.phone ?? null,
    };
  }
}

/** [1..10] → 1〜10番窓口, [3] → 3番窓口, [1, 3] → 1・3番窓口, [] → null. */
export function counterRange(numbers: readonly number[]): string | null {
  if (numbers.length === 0) return null;
  const first = numbers[0] ?? 0;
  const last = numbers[numbers.length - 1] ?? 0;
  if (numbers.length === 1) return `${first}番窓口`;
  const contiguous = numbers.every((n, i) => n === first + i);
  return contiguous ? `${first}〜${last}番窓口` : `${numbers.join('・')}番窓口`;
}
