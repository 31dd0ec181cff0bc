import type { FormTemplatesLookup } from '../../../application/form/form-templates.lookup';
import type { ManageFormTemplatesHandler } from '../../../application/form/manage-templates/manage-templates.handler';
import type { PreviewTemplateHandler } from '../../../application/form/preview/preview-template.handler';
import type { FormTemplateDetailDto, FormTemplateSummaryDto, TemplateChangedDto } from '../../../application/form/read-models/form-template-list.dto';
import type { CatalogueQueries } from '../../../application/procedure';
import { HttpProblem } from '../../http/http-problem';
import { expectedRevisionFrom } from '../../http/if-match';
import { responseSchema } from '../../http/openapi/response-schemas';
import { afterQueryParameter, type ReadAfter, readAfterResponses } from '../../http/read-after';
import { type AnyRouteDefinition, defineRoute } from '../../http/route-definition';
import { ImportTemplateDto, RetireTemplateDto, TemplateContentDto } from './form-commands.dto';
import { asTemplateContent } from './template-shape.check';
import { formPolicies } from '../../../application/form/form.policies';

export interface FormTemplateRouteDependencies {
  readonly lookup: FormTemplatesLookup;
  readonly manage: ManageFormTemplatesHandler;
  readonly preview: PreviewTemplateHandler;
  readonly catalogue: CatalogueQueries;
  /** `?after=<position>`: an admin's read waits for their own save. */
  readonly readAfter: ReadAfter;
}

const changed = responseSchema('TemplateChangedDto');
/** What every template command answers, as the routes publish it. */
const changedBody = (result: TemplateChangedDto): TemplateChangedDto => result;
const adminErrors = {
  400: { description: 'Malformed template' },
  401: { description: 'No session' },
  403: { description: 'Not an admin' },
  404: { description: 'No such template' },
  409: { description: 'Not allowed now (no draft, retired)' },
  412: { description: 'Stale If-Match' },
  422: { description: 'Invalid template: every problem listed in errors[]' },
} as const;

/** 様式の管理: admins design, import/export, preview, publish and retire templates without code. */
export function formTemplateRoutes(deps: FormTemplateRouteDependencies): AnyRouteDefinition[] {
  const procedureIdsOf = (templateId: string) => deps.catalogue.current().catalogue.procedures.filter((p) => p.formIds.includes(templateId)).map((p) => p.id);
  const requireDocument = (id: string) => {
    const doc = deps.lookup.document(id);
    if (!doc) throw new HttpProblem(404, 'FORM_TEMPLATE.NOT_FOUND', `様式「${id}」は登録されていません。`);
    return doc;
  };
  const { readAfter } = deps;
  const summaries = (): FormTemplateSummaryDto[] =>
    deps.lookup
      .all()
      .map((doc): FormTemplateSummaryDto => {
        const content = doc.draft ?? doc.published?.content;
        return {
          id: doc.id,
          name: content?.name ?? doc.id,
          category: content?.category ?? '',
          publishedVersion: doc.published?.version ?? null,
          hasDraft: doc.draft !== null,
          retired: doc.retired !== null,
          updatedAt: doc.updatedAt,
          pages: content?.pages.length ?? 0,
          procedureIds: procedureIdsOf(doc.id),
        };
      })
      .sort((a, b) => a.category.localeCompare(b.category, 'ja') || a.name.localeCompare(b.name, 'ja'));
  return [
    defineRoute({
      method: 'get',
      path: '/api/form-templates',
      summary: 'Every form template: published version, draft, retired, linked procedures',
      tags: ['form'],
      policy: formPolicies.listTemplates,
      query: [afterQueryParameter],
      responses: { 200: { description: 'Templates', schema: responseSchema('FormTemplateSummaryList') }, 401: { description: 'No session' }, ...readAfterResponses },
      handle: async ({ req, res }) => {
        await readAfter(req.query, res);
        return { status: 200, body: summaries() };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/form-templates/:id',
      summary: 'One template: draft, published content, versions; ETag is its revision',
      tags: ['form'],
      policy: formPolicies.viewTemplate,
      query: [afterQueryParameter],
      responses: { 200: { description: 'Template', schema: responseSchema('FormTemplateDetailDto') }, 401: { description: 'No session' }, 404: { description: 'Not found' }, ...readAfterResponses },
      handle: async ({ req, res, params }) => {
        await readAfter(req.query, res);
        const doc = requireDocument(params['id'] ?? '');
        const body: FormTemplateDetailDto = { ...doc, procedureIds: procedureIdsOf(doc.id) };
        return { status: 200, body, headers: { ETag: `"${doc.revision}"` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/form-templates/:id/export',
      summary: 'Download a template as a JSON file (the draft if there is one, else the published version)',
      tags: ['form'],
      policy: formPolicies.exportTemplate,
      responses: {
        200: { description: 'JSON file: the template content', schema: responseSchema('FormTemplateContent') },
        401: { description: 'No session' },
        403: { description: 'Not an admin' },
        404: { description: 'Not found' },
      },
      handle: ({ params }) => {
        const doc = requireDocument(params['id'] ?? '');
        const content = doc.draft ?? doc.published?.content;
        return { status: 200, body: content, headers: { 'Content-Disposition': `attachment; filename="${doc.id}.json"` } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/form-templates/:id/draft',
      summary: 'Save the draft of a template (create it if new) (admin)',
      tags: ['form'],
      policy: formPolicies.saveDraft,
      body: TemplateContentDto,
      bodyLimitBytes: 1024 * 1024,
      responses: { 200: { description: 'Saved', schema: changed }, ...adminErrors },
      handle: async ({ req, params, body, metadata }) => ({
        status: 200,
        body: changedBody(await deps.manage.saveDraft(asTemplateContent(body.content, params['id']), metadata, expectedRevisionFrom(req))),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/form-templates/import',
      summary: 'Import a template file; optionally publish it at once (admin)',
      tags: ['form'],
      policy: formPolicies.importTemplate,
      body: ImportTemplateDto,
      bodyLimitBytes: 1024 * 1024,
      responses: { 200: { description: 'Imported', schema: changed }, ...adminErrors },
      handle: async ({ body, metadata }) => ({ status: 200, body: changedBody(await deps.manage.importFile(asTemplateContent(body.template), body.publish ?? false, metadata)) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/form-templates/:id/publish',
      summary: 'Publish the draft as the next version; new forms use it (admin)',
      tags: ['form'],
      policy: formPolicies.publishTemplate,
      responses: { 200: { description: 'Published', schema: changed }, ...adminErrors },
      handle: async ({ req, params, metadata }) => ({ status: 200, body: changedBody(await deps.manage.publish(params['id'] ?? '', metadata, expectedRevisionFrom(req))) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/form-templates/:id/retire',
      summary: 'Retire a template: no new forms from it; filled ones keep their version (admin)',
      tags: ['form'],
      policy: formPolicies.retireTemplate,
      body: RetireTemplateDto,
      responses: { 200: { description: 'Retired', schema: changed }, ...adminErrors },
      handle: async ({ req, params, body, metadata }) => ({ status: 200, body: changedBody(await deps.manage.retire(params['id'] ?? '', body.reason, metadata, expectedRevisionFrom(req))) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/form-templates/preview',
      summary: 'Render a template (as being designed) with sample data, as PDF (admin)',
      tags: ['form'],
      policy: formPolicies.previewTemplate,
      body: TemplateContentDto,
      bodyLimitBytes: 1024 * 1024,
      responses: { 200: { description: 'PDF', contentType: 'application/pdf', schema: { type: 'string', format: 'binary' } }, ...adminErrors },
      handle: async ({ body, staff, metadata }) => ({
        status: 200,
        body: await deps.preview.execute(asTemplateContent(body.content), staff, metadata.now),
        headers: { 'Content-Type': 'application/pdf', 'Cache-Control': 'no-store' },
      }),
    }),
  ];
}
