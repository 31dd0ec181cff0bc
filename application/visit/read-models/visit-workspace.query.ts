import { type ProposalContext, selectInterviewQuestions } from '../../../domain/procedure';
import type { ProcedureCatalogue } from '../../../domain/procedure/catalogue.types';
import { ageInYears } from '../../../domain/shared';
import { procedureStatusLabels } from '../contracts/procedure-status.contract';
import type { CityDirectory } from '../../city/city-directory';
import type { AuthenticatedStaff } from '../../identity/authenticated-staff';
import { worksInDepartment } from '../../identity/authenticated-staff';
import type { StaffDirectory } from '../../identity/read-models/staff-directory';
import type { CatalogueQueries } from '../../procedure';
import type { ReadModelStore } from '../../shared/projections';
import { visitProposalContext } from '../proposals/proposal-context.builder';
import { factLabels, sexLabels, sourceLabels } from './person-labels';
import { visitNotFound } from './visit-access';
import { type ChecklistEntryDocument, isOpenEntry, type VisitDocument } from './visit-document';
import type { ChecklistItemDto, InterviewQuestionDto, VisitWorkspaceDto } from './visit-workspace.dto';
import { visitWorkspaceProjection } from './visit-workspace.projection';
import { knownAnswerList, lifeEventParticipants } from './workspace-participants';

const statusLabels = { open: '受付中', closed: '完了', cancelled: '取消' } as const;

/** The workspace of one visit: everything known, in the words and places the counter uses. */
export class VisitWorkspaceQuery {
  constructor(
    private readonly store: ReadModelStore,
    private readonly city: CityDirectory,
    private readonly staff: StaffDirectory,
    private readonly catalogue: CatalogueQueries,
    private readonly localDay: (instant: string) => string,
  ) {}

  document(visitId: string): VisitDocument {
    const doc = this.store.get<VisitDocument>(visitWorkspaceProjection.readModel, visitId);
    if (!doc) throw visitNotFound();
    return doc;
  }

  workspace(visitId: string, viewer: AuthenticatedStaff, now: string): VisitWorkspaceDto {
    const visit = this.document(visitId);
    const { catalogue } = this.catalogue.current();
    const names = this.staff.displayNames();
    const day = this.localDay(now);
    const counter = visit.counterId ? this.city.counter(visit.counterId) : undefined;
    const personName = new Map(visit.persons.map((p) => [p.personId, p.name]));
    const checklist = visit.checklist.map((item) => this.item(item, catalogue, viewer, personName));
    const context = visitProposalContext(catalogue, visit, day, this.city.prefecture());
    return {
      id: visit.visitId,
      status: visit.status,
      statusLabel: statusLabels[visit.status],
      ticketNumber: visit.ticketNumber,
      officeId: visit.officeId,
      officeName: this.city.officeName(visit.officeId),
      departmentId: visit.departmentId,
      departmentName: this.city.departmentName(visit.departmentId),
      counterId: visit.counterId ?? '',
      counterName: counter?.name ?? '窓口未定',
      phase: visit.phase,
      openedAt: visit.openedAt,
      openedBy: visit.openedBy,
      openedByName: names.get(visit.openedBy) ?? visit.openedBy,
      since: visit.since,
      revision: visit.revision,
      persons: visit.persons.map((p) => ({
        personId: p.personId,
        source: p.source,
        sourceLabel: sourceLabels[p.source],
        atenaNumber: p.atenaNumber,
        name: p.name,
        nameKana: p.nameKana,
        birthDate: p.birthDate,
        age: ageInYears(p.birthDate, day),
        sexLabel: sexLabels[p.sex],
        relationship: p.relationship,
        isHouseholdHead: p.isHouseholdHead,
        address: p.address,
        details: { ...p.details },
        applicant: p.applicant,
        concerned: p.concerned,
        rolesAssignedIn: Object.entries(visit.roleAssignments).flatMap(([eventId, byPerson]) => (byPerson[p.personId] ? [eventId] : [])),
        factLabels: factLabels(p),
      })),
      lifeEvents: lifeEventParticipants(catalogue, context, visit.lifeEventIds),
      questions: this.questions(catalogue, visit, context),
      knownAnswers: knownAnswerList(catalogue, context),
      checklist,
      summary: {
        total: checklist.filter((i) => !i.dropped).length,
        open: visit.checklist.filter(isOpenEntry).length,
        done: checklist.filter((i) => !i.dropped && i.status === 'done').length,
        notNeeded: checklist.filter((i) => !i.dropped && i.status === 'not_needed').length,
      },
      handoffs: visit.handoffs.map((h) => ({
        at: h.at,
        byName: names.get(h.by) ?? h.by,
        fromDepartmentName: this.city.departmentName(h.fromDepartmentId),
        toDepartmentName: this.city.departmentName(h.toDepartmentId),
        toCounterName: h.toCounterId ? (this.city.counter(h.toCounterId)?.name ?? h.toCounterId) : null,
        note: h.note,
      })),
      closedAt: visit.endedAt,
      closeReason: visit.closeReason,
      cancelReason: visit.cancelReason,
    };
  }

  private item(item: ChecklistEntryDocument, catalogue: ProcedureCatalogue, viewer: AuthenticatedStaff, personName: Map<string, string>): ChecklistItemDto {
    const procedure = catalogue.procedures.find((p) => p.id === item.procedureId);
    return {
      procedureId: item.procedureId,
      name: procedure?.name ?? item.procedureId,
      category: procedure?.category ?? '',
      departmentId: item.departmentId,
      departmentName: this.city.departmentName(item.departmentId),
      place: procedure?.place && procedure.departmentId === item.departmentId ? procedure.place : this.city.placeOf(item.departmentId),
      deadline: procedure?.deadline?.text ?? null,
      bring: procedure?.bring ?? [],
      description: procedure?.description ?? '',
      personNames: item.personIds.map((id) => personName.get(id) ?? id),
      reasons: item.reasons,
      origin: item.origin,
      status: item.status,
      statusLabel: item.dropped ? '対象外' : procedureStatusLabels[item.status],
      dropped: item.dropped,
      note: item.note,
      canChange: !item.dropped && (viewer.role === 'admin' || worksInDepartment(viewer, item.departmentId)),
    };
  }

  private questions(catalogue: ProcedureCatalogue, visit: VisitDocument, context: ProposalContext): InterviewQuestionDto[] {
    const asked = selectInterviewQuestions(catalogue, context);
    return asked.map((q) => ({
      lifeEventId: visit.lifeEventIds.find((id) => catalogue.lifeEvents.find((e) => e.id === id)?.questions.some((x) => x.id === q.id)) ?? '',
      id: q.id,
      text: q.text,
      help: q.help ?? null,
      type: q.type,
      choices: q.choices ?? [],
      required: q.required,
      answer: visit.answers[q.id] ?? null,
    }));
  }
}
