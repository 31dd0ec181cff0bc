import type { ChecklistItemDto, VisitWorkspaceDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';

/** What the resident's guide (受付案内票) lists: only procedures and the names of the persons they concern. */
export interface GuideContent {
  readonly applicantName: string | null;
  readonly remaining: readonly ChecklistItemDto[];
  readonly done: readonly ChecklistItemDto[];
  readonly notNeeded: readonly ChecklistItemDto[];
}

export function guideContent(visit: VisitWorkspaceDto): GuideContent {
  const listed = visit.checklist.filter((item) => !item.dropped);
  return {
    applicantName: visit.persons.find((person) => person.applicant)?.name ?? null,
    remaining: listed.filter((item) => item.status === 'not_started' || item.status === 'in_progress'),
    done: listed.filter((item) => item.status === 'done'),
    notNeeded: listed.filter((item) => item.status === 'not_needed'),
  };
}
