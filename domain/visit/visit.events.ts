import type { DomainEvent } from '../shared';

/** A resident was received at a counter (受付). */
export type VisitOpened = DomainEvent<
  'VisitOpened',
  {
    visitId: string;
    officeId: string;
    departmentId: string;
    counterId: string;
    /** ISO-8601 */
    openedAt: string;
    openedBy: string;
  }
>;

export type VisitEvent = VisitOpened;

export const visitEventTypes: readonly VisitEvent['type'][] = ['VisitOpened'];

export function isVisitEvent(event: { type: string }): event is VisitEvent {
  return (visitEventTypes as readonly string[]).includes(event.type);
}
