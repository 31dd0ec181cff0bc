import type { ChecklistHandler } from '../../../application/visit/checklist/checklist.handler';
import type { InterviewHandler } from '../../../application/visit/interview/interview.handler';
import type { OpenVisitHandler } from '../../../application/visit/open-visit/open-visit.handler';
import type { VisitPersonsHandler } from '../../../application/visit/persons/persons.handler';
import type { VisitProgressHandler } from '../../../application/visit/progress/progress.handler';
import type { StartServiceHandler } from '../../../application/visit/start-service/start-service.handler';
import type { StaffPolicy } from '../../../application/shared/access';
import { visitPolicies } from '../../../application/visit/visit.policies';
import { expectedRevisionFrom } from '../../http/if-match';
import { type AnyRouteDefinition, defineRoute, type RouteContext } from '../../http/route-definition';
import type { DtoClass } from '../../http/validate-body';
import {
  AddPersonFromRegisterDto,
  AddProcedureDto,
  AnswersDto,
  ConcernDto,
  CounterDto,
  HandOffDto,
  LifeEventsDto,
  ManualPersonDto,
  OptionalReasonDto,
  ReasonDto,
  RolesDto,
  StatusDto,
} from './visit-commands.dto';
import { manualPersonAllowances, manualPersonDetails } from './manual-person.mapping';
import { commandErrors, visitChangedSchema, visitOpenedSchema } from './visit.schemas';

export interface VisitCommandRouteDependencies {
  readonly openVisit: OpenVisitHandler;
  readonly startService: StartServiceHandler;
  readonly persons: VisitPersonsHandler;
  readonly interview: InterviewHandler;
  readonly checklist: ChecklistHandler;
  readonly progress: VisitProgressHandler;
}

/** One visit command route: POST/PUT/DELETE on /api/visits/:id/..., If-Match optional, answers VisitChangedDto. */
function command<Body extends object>(
  policy: StaffPolicy,
  method: 'post' | 'put' | 'delete',
  path: string,
  summary: string,
  body: DtoClass<Body> | undefined,
  run: (context: RouteContext<Body>, visitId: string, expectedRevision: number | undefined) => Promise<unknown>,
): AnyRouteDefinition {
  return defineRoute<Body>({
    method,
    path: `/api/visits/:id${path}`,
    summary,
    tags: ['visit'],
    policy,
    ...(body ? { body } : {}),
    responses: { 200: { description: 'Changed (or nothing to change)', schema: visitChangedSchema }, ...commandErrors },
    handle: async (context) => {
      const result = await run(context, context.params['id'] ?? '', expectedRevisionFrom(context.req));
      return { status: 200, body: result };
    },
  });
}

export function visitCommandRoutes(deps: VisitCommandRouteDependencies): AnyRouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/visits',
      summary: "受付: open a visit at a counter of the clerk's department; issues the office's ticket number of the day",
      tags: ['visit'],
      policy: visitPolicies.open,
      body: CounterDto,
      responses: { 201: { description: 'Visit opened; Location names it', schema: visitOpenedSchema }, ...commandErrors },
      handle: async ({ body, metadata }) => {
        const opened = await deps.openVisit.execute({ counterId: body.counterId }, metadata);
        return { status: 201, body: opened, headers: { Location: `/api/visits/${opened.id}`, ETag: `"${opened.revision}"` } };
      },
    }),
    command(visitPolicies.startService, 'post', '/service-start', '呼出・対応開始 at a counter of the department the resident was sent to', CounterDto, ({ body, staff, metadata }, id, rev) =>
      deps.startService.execute(id, body, staff, metadata, rev),
    ),
    command(visitPolicies.addPersonFromRegister, 'post', '/persons', 'Add a resident from the register (optionally with the household); re-proposes procedures', AddPersonFromRegisterDto, ({ body, metadata }, id, rev) =>
      deps.persons.addFromRegister(id, { atenaNumber: body.atenaNumber, withHousehold: body.withHousehold ?? false, concerned: body.concerned ?? true, applicant: body.applicant ?? false }, metadata, rev),
    ),
    command(visitPolicies.addPersonManually, 'post', '/persons/manual', 'Add a person the register does not know (moving in); re-proposes procedures', ManualPersonDto, ({ body, metadata }, id, rev) =>
      deps.persons.addManually(
        id,
        {
          name: body.name.trim(),
          nameKana: body.nameKana.trim(),
          birthDate: body.birthDate,
          sex: body.sex,
          relationship: body.relationship.trim(),
          isHouseholdHead: body.isHouseholdHead,
          details: manualPersonDetails(body),
          applicant: body.applicant,
          concerned: body.concerned,
          facts: {
            insurance: { ...body.insurance, nenkin: body.insurance.nenkin ?? null },
            allowances: manualPersonAllowances(body),
            sealRegistered: false,
            hasMyNumberCard: body.hasMyNumberCard,
            registered: false,
          },
        },
        metadata,
        rev,
      ),
    ),
    command(visitPolicies.assignRoles, 'put', '/life-events/:lifeEventId/persons/:personId/roles', "Which parts a person plays in a chosen life event (届出人, 夫, 母 ...); null: the catalogue's default; re-proposes procedures", RolesDto, ({ params, body, metadata }, id, rev) =>
      deps.persons.assignRoles(id, { lifeEventId: params['lifeEventId'] ?? '', personId: params['personId'] ?? '', roles: body.roles ?? null }, metadata, rev),
    ),
    command(visitPolicies.removePerson, 'delete', '/persons/:personId', 'Remove a person from the visit; re-proposes procedures', undefined, ({ params, metadata }, id, rev) =>
      deps.persons.remove(id, params['personId'] ?? '', metadata, rev),
    ),
    command(visitPolicies.setConcerned, 'put', '/persons/:personId/concerned', 'Whether the life event concerns this person; re-proposes procedures', ConcernDto, ({ params, body, metadata }, id, rev) =>
      deps.persons.setConcerned(id, params['personId'] ?? '', body.concerned, metadata, rev),
    ),
    command(visitPolicies.chooseLifeEvents, 'put', '/life-events', 'Choose the life events (転入, 出生 ...); re-proposes procedures', LifeEventsDto, ({ body, metadata }, id, rev) =>
      deps.interview.chooseLifeEvents(id, body.lifeEventIds, metadata, rev),
    ),
    command(visitPolicies.answer, 'put', '/answers', 'Record interview answers; re-proposes procedures', AnswersDto, ({ body, metadata }, id, rev) =>
      deps.interview.answer(id, body.answers, metadata, rev),
    ),
    command(visitPolicies.addProcedure, 'post', '/procedures', 'Add a procedure by hand', AddProcedureDto, ({ body, metadata }, id, rev) =>
      deps.checklist.add(id, { procedureId: body.procedureId, personIds: body.personIds ?? [], note: body.note ?? null }, metadata, rev),
    ),
    command(visitPolicies.dropProcedure, 'post', '/procedures/:procedureId/drop', 'Drop a procedure from the checklist (a reason is required)', ReasonDto, ({ params, body, metadata }, id, rev) =>
      deps.checklist.drop(id, params['procedureId'] ?? '', body.reason, metadata, rev),
    ),
    command(visitPolicies.changeProcedureStatus, 'put', '/procedures/:procedureId/status', "Set a procedure's status (未着手・対応中・完了・不要) by its department", StatusDto, ({ params, body, staff, metadata }, id, rev) =>
      deps.checklist.changeStatus(id, params['procedureId'] ?? '', body.status, body.note ?? null, staff, metadata, rev),
    ),
    command(visitPolicies.handOff, 'post', '/hand-off', "引継ぎ: send the resident to another department's counter", HandOffDto, ({ body, metadata }, id, rev) =>
      deps.progress.handOff(id, { toDepartmentId: body.toDepartmentId, toCounterId: body.toCounterId ?? null, note: body.note ?? null }, metadata, rev),
    ),
    command(visitPolicies.close, 'post', '/close', 'Close the visit (refused while procedures are open, unless a reason is given)', OptionalReasonDto, ({ body, metadata }, id, rev) =>
      deps.progress.close(id, body.reason ?? null, metadata, rev),
    ),
    command(visitPolicies.cancel, 'post', '/cancel', 'Cancel the visit (a reason is required)', ReasonDto, ({ body, metadata }, id, rev) =>
      deps.progress.cancel(id, body.reason, metadata, rev),
    ),
  ];
}
