import type { RecordedEvent } from '../../shared/event-store';
import type { DocumentProjection } from '../../shared/projections';
import { visitEvents } from '../visit-events.reader';
import { evolveVisitSearchEntry } from './visit-search-entry.evolve';
import { type VisitSearchDayDocument, type VisitSearchDocument, visitSearchKeys } from './visit-search.document';

export const visitSearchReadModel = 'visit-search';

/** The day's visits with one more, in order (oldest first); a replayed opening changes nothing. */
function withVisit(day: VisitSearchDayDocument, visitId: string, openedAt: string): VisitSearchDayDocument {
  if (day.visits.some((v) => v.visitId === visitId)) return day;
  const later = (v: { visitId: string; openedAt: string }) => v.openedAt > openedAt || (v.openedAt === openedAt && v.visitId > visitId);
  const at = day.visits.findIndex(later);
  const entry = { visitId, openedAt };
  return { ...day, visits: at < 0 ? [...day.visits, entry] : [...day.visits.slice(0, at), entry, ...day.visits.slice(at)] };
}

/**
 * 来庁記録の検索: one entry per visit, open or ended, and one index per opening day. A visit's opening
 * writes both; its other events only its entry. `localDay` is the city's day of an instant (its time zone).
 */
export function createVisitSearchProjection(localDay: (instant: string) => string): DocumentProjection<VisitSearchDocument> {
  const keysOf = (recorded: RecordedEvent): string[] => {
    const event = visitEvents.read(recorded);
    if (!event) return [];
    const visit = visitSearchKeys.visit(event.data.visitId);
    return event.type === 'VisitOpened' ? [visit, visitSearchKeys.day(localDay(event.data.openedAt))] : [visit];
  };
  return {
    readModel: visitSearchReadModel,
    version: 1,
    eventTypes: visitEvents.eventTypes,
    keysOf,
    evolve: (doc, recorded, key) => {
      const event = visitEvents.read(recorded);
      if (!event) return doc;
      if (key.startsWith('day/')) {
        if (event.type !== 'VisitOpened') return doc;
        const day: VisitSearchDayDocument = doc?.kind === 'day' ? doc : { kind: 'day', day: key.slice('day/'.length), visits: [] };
        return withVisit(day, event.data.visitId, event.data.openedAt);
      }
      return evolveVisitSearchEntry(doc?.kind === 'visit' ? doc : undefined, event, localDay);
    },
  };
}
