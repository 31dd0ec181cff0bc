import { kanaMatchKey, nameMatchKey } from '../../../domain/linkage';
import type { CityDirectory } from '../../city/city-directory';
import type { CatalogueQueries } from '../../procedure';
import { listsVisit, mayWorkOnListedVisit, type VisitListAccess } from '../../shared/access';
import type { ReadModelStore } from '../../shared/projections';
import { type VisitSearchStatus, type VisitSearchStatusFilter, visitSearchStatusLabels } from '../contracts/visit-search-status.contract';
import { comesAfter, encodeVisitSearchCursor, type VisitSearchCursor } from './visit-search.cursor';
import type { VisitSearchDayDocument, VisitSearchDocument, VisitSearchEntryDocument } from './visit-search.document';
import { visitSearchKeys } from './visit-search.document';
import type { VisitSearchItemDto, VisitSearchResultDto } from './visit-search.dto';
import { visitSearchReadModel } from './visit-search.projection';

/** What the search was asked, already checked at the edge: real days, from <= to, a limit within bounds. */
export interface VisitSearchCriteria {
  /** YYYY-MM-DD (city time zone), both included. */
  readonly from: string;
  readonly to: string;
  readonly ticketNumber?: number;
  /** Part of a person's name or reading, typed any way (full or half width, hiragana or katakana, spaces). */
  readonly name?: string;
  readonly status?: VisitSearchStatusFilter;
  readonly limit: number;
  readonly cursor?: VisitSearchCursor;
}

const DAY_MS = 86_400_000;

/** The days from `to` back to `from`, both included (YYYY-MM-DD, calendar arithmetic only). */
function* daysDescending(to: string, from: string): Generator<string> {
  for (let t = Date.parse(`${to}T00:00:00Z`); t >= Date.parse(`${from}T00:00:00Z`); t -= DAY_MS) yield new Date(t).toISOString().slice(0, 10);
}

function statusOf(entry: VisitSearchEntryDocument): VisitSearchStatus {
  return entry.status === 'open' ? entry.phase : entry.status;
}

function matchesStatus(status: VisitSearchStatus, filter: VisitSearchStatusFilter | undefined): boolean {
  if (filter === undefined) return true;
  return filter === 'open' ? status === 'waiting' || status === 'in_service' : status === filter;
}

/** A name criterion as both matching keys: the kanji name's and the reading's. */
function nameMatcher(name: string | undefined): (entry: VisitSearchEntryDocument) => boolean {
  if (name === undefined) return () => true;
  const nameKey = nameMatchKey(name);
  const kanaKey = kanaMatchKey(name);
  return (entry) => entry.persons.some((p) => (nameKey !== '' && p.nameKey.includes(nameKey)) || (kanaKey !== '' && p.kanaKey.includes(kanaKey)));
}

/**
 * 来庁記録の検索: visits opened between two days, open or ended, newest first, filtered by ticket, name and
 * status, and only those the caller's list access shows (the AccessGuard's decision, never re-made here).
 * Reads the day indexes of the days asked for and the entries they name, and stops one match past the page.
 */
export class VisitSearchQuery {
  constructor(
    private readonly store: ReadModelStore,
    private readonly city: CityDirectory,
    private readonly catalogue: CatalogueQueries,
    /** The city's day of an instant (its time zone). */
    readonly localDay: (instant: string) => string,
  ) {}

  search(criteria: VisitSearchCriteria, access: VisitListAccess): VisitSearchResultDto {
    const matchesName = nameMatcher(criteria.name);
    const matches = (entry: VisitSearchEntryDocument) =>
      listsVisit(access, entry.departmentsInvolved) &&
      (criteria.ticketNumber === undefined || entry.ticketNumber === criteria.ticketNumber) &&
      matchesStatus(statusOf(entry), criteria.status) &&
      matchesName(entry);
    const found: VisitSearchEntryDocument[] = [];
    let more = false;
    const cursor = criteria.cursor;
    const newest = cursor && cursor.day < criteria.to ? cursor.day : criteria.to;
    scan: for (const day of daysDescending(newest, criteria.from)) {
      const index = this.store.get<VisitSearchDocument>(visitSearchReadModel, visitSearchKeys.day(day));
      if (index?.kind !== 'day') continue;
      for (const visit of newestFirst(index)) {
        if (cursor && !comesAfter(visit, cursor)) continue;
        const entry = this.store.get<VisitSearchDocument>(visitSearchReadModel, visitSearchKeys.visit(visit.visitId));
        if (entry?.kind !== 'visit' || !matches(entry)) continue;
        if (found.length === criteria.limit) {
          more = true;
          break scan;
        }
        found.push(entry);
      }
    }
    const last = found.at(-1);
    return {
      from: criteria.from,
      to: criteria.to,
      limit: criteria.limit,
      items: found.map((entry) => this.item(entry, access)),
      nextCursor: more && last ? encodeVisitSearchCursor({ day: last.openedDay, openedAt: last.openedAt, visitId: last.visitId }) : null,
    };
  }

  private item(entry: VisitSearchEntryDocument, access: VisitListAccess): VisitSearchItemDto {
    const { catalogue } = this.catalogue.current();
    const status = statusOf(entry);
    const persons = [...entry.persons].sort((a, b) => Number(b.applicant) - Number(a.applicant));
    return {
      visitId: entry.visitId,
      ticketNumber: entry.ticketNumber,
      officeName: this.city.officeName(entry.officeId),
      openedAt: entry.openedAt,
      openedDay: entry.openedDay,
      status,
      statusLabel: visitSearchStatusLabels[status],
      persons: persons.map((p) => ({ name: p.name, nameKana: p.nameKana, applicant: p.applicant })),
      departments: entry.departmentsInvolved.map((id) => ({ departmentId: id, name: this.city.departmentName(id) })),
      lifeEventNames: entry.lifeEventIds.map((id) => catalogue.lifeEvents.find((e) => e.id === id)?.name ?? id),
      proceduresDone: entry.proceduresDone,
      proceduresOpen: entry.proceduresOpen,
      closedAt: entry.closedAt,
      workable: entry.status === 'open' && mayWorkOnListedVisit(access, entry.departmentsInvolved),
    };
  }
}

function newestFirst(index: VisitSearchDayDocument): readonly { readonly visitId: string; readonly openedAt: string }[] {
  return [...index.visits].reverse();
}
