import type { LifeEventDefinition, ProcedureDefinition, ProposalRule } from '../../../domain/procedure/catalogue.types';
import type { CatalogueQueries } from '../../../application/procedure';
import type { CatalogueDto, CatalogueSavedDto } from '../../../application/procedure/read-models/catalogue.dto';
import type { SaveCatalogueEntryHandler } from '../../../application/procedure/save-catalogue-entry/save-catalogue-entry.handler';
import { HttpProblem } from '../../http/http-problem';
import { expectedRevisionFrom } from '../../http/if-match';
import { responseSchema } from '../../http/openapi/response-schemas';
import { afterQueryParameter, type ReadAfter, readAfterResponses } from '../../http/read-after';
import { type AnyRouteDefinition, defineRoute } from '../../http/route-definition';
import { LifeEventDefinitionDto, ProcedureDefinitionDto, ProposalRuleDto } from './catalogue-entry.dto';
import { procedurePolicies } from '../../../application/procedure/procedure.policies';

const savedSchema = responseSchema('CatalogueSavedDto');
const errors = {
  400: { description: 'Malformed entry' },
  401: { description: 'No session' },
  403: { description: 'Not an admin' },
  412: { description: 'Someone saved the catalogue since you loaded it (If-Match)' },
  422: { description: 'The catalogue would be invalid (every problem listed)' },
} as const;

function sameId(pathId: string | undefined, bodyId: string): void {
  if (pathId !== bodyId) throw new HttpProblem(400, 'CATALOGUE.ID_MISMATCH', `URL の id「${pathId}」と内容の id「${bodyId}」が違います。`);
}

/** The procedure catalogue: read by every clerk, changed by admins; a change applies to the next proposal. */
export function catalogueRoutes(queries: CatalogueQueries, save: SaveCatalogueEntryHandler, readAfter: ReadAfter): AnyRouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/catalogue',
      summary: 'The procedure catalogue: procedures, life events with their questions, proposal rules; ETag is its revision (?after=<position> waits for your save)',
      tags: ['procedure'],
      policy: procedurePolicies.viewCatalogue,
      query: [afterQueryParameter],
      responses: { 200: { description: 'Catalogue', schema: responseSchema('CatalogueDto') }, 401: { description: 'No session' }, ...readAfterResponses },
      handle: async ({ req, res }) => {
        await readAfter(req.query, res);
        const current = queries.current();
        const body: CatalogueDto = { revision: current.revision, ...current.catalogue };
        return { status: 200, body, headers: { ETag: `"${current.revision}"` } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/catalogue/procedures/:id',
      summary: 'Create or change a procedure (admin)',
      tags: ['procedure'],
      policy: procedurePolicies.saveProcedure,
      body: ProcedureDefinitionDto,
      bodyLimitBytes: 256 * 1024,
      responses: { 200: { description: 'Saved', schema: savedSchema }, ...errors },
      handle: async ({ req, params, body, staff, metadata }) => {
        sameId(params['id'], body.id);
        const procedure = { ...body } as ProcedureDefinition;
        const saved: CatalogueSavedDto = await save.execute({ kind: 'procedure', procedure }, staff, metadata, expectedRevisionFrom(req));
        return { status: 200, body: saved };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/catalogue/life-events/:id',
      summary: 'Create or change a life event and its interview questions (admin)',
      tags: ['procedure'],
      policy: procedurePolicies.saveLifeEvent,
      body: LifeEventDefinitionDto,
      bodyLimitBytes: 256 * 1024,
      responses: { 200: { description: 'Saved', schema: savedSchema }, ...errors },
      handle: async ({ req, params, body, staff, metadata }) => {
        sameId(params['id'], body.id);
        const lifeEvent = { ...body } as unknown as LifeEventDefinition;
        const saved: CatalogueSavedDto = await save.execute({ kind: 'lifeEvent', lifeEvent }, staff, metadata, expectedRevisionFrom(req));
        return { status: 200, body: saved };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/catalogue/rules/:id',
      summary: 'Create or change a proposal rule (JSON Logic) (admin)',
      tags: ['procedure'],
      policy: procedurePolicies.saveRule,
      body: ProposalRuleDto,
      bodyLimitBytes: 256 * 1024,
      responses: { 200: { description: 'Saved', schema: savedSchema }, ...errors },
      handle: async ({ req, params, body, staff, metadata }) => {
        sameId(params['id'], body.id);
        const rule = { ...body } as ProposalRule;
        const saved: CatalogueSavedDto = await save.execute({ kind: 'rule', rule }, staff, metadata, expectedRevisionFrom(req));
        return { status: 200, body: saved };
      },
    }),
  ];
}
