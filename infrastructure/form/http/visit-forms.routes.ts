import type { CompleteFormsHandler } from '../../../application/form/complete-forms/complete-forms.handler';
import type { FillVisitFormsHandler } from '../../../application/form/fill-forms/fill-visit-forms.handler';
import type { VisitFormsQuery } from '../../../application/form/read-models/visit-forms.query';
import type { RenderVisitFormsHandler } from '../../../application/form/render-forms/render-visit-forms.handler';
import { expectedRevisionFrom } from '../../http/if-match';
import { responseSchema } from '../../http/openapi/response-schemas';
import { afterQueryParameter, type ReadAfter, readAfterResponses } from '../../http/read-after';
import { type AnyRouteDefinition, defineRoute } from '../../http/route-definition';
import { FormValuesDto, PrintedDto, SignatureDto, VoidFormDto } from './form-commands.dto';
import { formPolicies } from '../../../application/form/form.policies';
import { checkSignaturePng } from './signature-png.check';

export interface VisitFormRouteDependencies {
  readonly fill: FillVisitFormsHandler;
  readonly complete: CompleteFormsHandler;
  readonly render: RenderVisitFormsHandler;
  readonly query: VisitFormsQuery;
  /** `?after=<position>`: waits until the read models include the caller's own write. */
  readonly readAfter: ReadAfter;
}

const changed = responseSchema('VisitFormsChanged');
const errors = {
  400: { description: 'Invalid body' },
  401: { description: 'No session' },
  403: { description: 'Not allowed' },
  404: { description: 'No such visit or form' },
  409: { description: 'Not possible now' },
  412: { description: 'Stale If-Match' },
  422: { description: 'Invalid values or missing required items (every one listed)' },
} as const;
const pdf = { 200: { description: 'PDF', contentType: 'application/pdf', schema: { type: 'string', format: 'binary' } }, ...errors };

/** 申請書: fill every form a visit needs, complete what is missing, sign, print as one PDF, void. */
export function visitFormRoutes(deps: VisitFormRouteDependencies): AnyRouteDefinition[] {
  const pdfHeaders = (name: string) => ({ 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${name}.pdf"`, 'Cache-Control': 'no-store' });
  return [
    defineRoute({
      method: 'post',
      path: '/api/visits/:id/forms',
      summary:
        'Create every form the checklist needs, pre-filled from what is known (existing forms are kept); with after, once the visit facts include that position (e.g. the interview answer just recorded)',
      tags: ['form'],
      policy: formPolicies.fillVisitForms,
      query: [afterQueryParameter],
      responses: {
        200: { description: 'Filled', schema: changed },
        ...errors,
        ...readAfterResponses,
        409: { description: 'Not possible now, or after beyond the event store head (READ.POSITION_AHEAD)' },
      },
      handle: async ({ req, res, params, staff, metadata }) => {
        // Fill decides from Form's own visit facts: first wait until they include the caller's last write.
        await deps.readAfter(req.query, res);
        return { status: 200, body: await deps.fill.execute(params['id'] ?? '', staff, metadata) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/visits/:id/forms',
      summary: "A visit's forms with every item, its source (known, entered, empty) and what is missing",
      tags: ['form'],
      policy: formPolicies.viewVisitForms,
      query: [afterQueryParameter],
      responses: { 200: { description: 'Forms', schema: responseSchema('VisitFormsDto') }, ...errors, ...readAfterResponses },
      handle: async ({ req, res, params }) => {
        await deps.readAfter(req.query, res);
        const forms = deps.query.forms(params['id'] ?? '');
        return { status: 200, body: forms, headers: { ETag: `"${forms.revision}"` } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/visits/:id/forms/values',
      summary: 'Enter or correct items: once for the whole visit (formId null) or on one form',
      tags: ['form'],
      policy: formPolicies.completeValues,
      body: FormValuesDto,
      bodyLimitBytes: 256 * 1024,
      responses: { 200: { description: 'Saved', schema: changed }, ...errors },
      handle: async ({ req, params, body, metadata }) => ({
        status: 200,
        body: await deps.complete.enter(params['id'] ?? '', body.formId ?? null, body.values, metadata, expectedRevisionFrom(req)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/visits/:id/forms/:formId/signature',
      summary: 'Record the signature drawn on the touch panel (PNG, base64 or data URL)',
      tags: ['form'],
      policy: formPolicies.sign,
      body: SignatureDto,
      bodyLimitBytes: 1024 * 1024,
      responses: { 200: { description: 'Signed', schema: changed }, ...errors },
      handle: async ({ params, body, metadata }) => {
        const signature = await checkSignaturePng(body.png);
        return { status: 200, body: await deps.complete.sign(params['id'] ?? '', params['formId'] ?? '', body.fieldId, signature.base64, metadata) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/visits/:id/forms/:formId/void',
      summary: 'Void a form (a reason is required)',
      tags: ['form'],
      policy: formPolicies.voidForm,
      body: VoidFormDto,
      responses: { 200: { description: 'Voided', schema: changed }, ...errors },
      handle: async ({ req, params, body, metadata }) => ({
        status: 200,
        body: await deps.complete.void(params['id'] ?? '', params['formId'] ?? '', body.reason, metadata, expectedRevisionFrom(req)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/visits/:id/forms/printed',
      summary:
        'Record that forms were printed (and on which printer). A form with an empty required signature box is refused (422 FORM.SIGNATURE_REQUIRED) unless signedOnPaper records, with a note, that the resident signs on paper; the PDF is then printed with that box empty',
      tags: ['form'],
      policy: formPolicies.recordPrinted,
      body: PrintedDto,
      responses: { 200: { description: 'Recorded', schema: changed }, ...errors },
      handle: async ({ params, body, metadata }) => ({
        status: 200,
        body: await deps.complete.recordPrinted(params['id'] ?? '', body.formIds, body.printer ?? 'browser', body.signedOnPaper ? { note: body.signedOnPaper.note } : null, metadata),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/visits/:id/forms/pdf',
      summary:
        "All of a visit's forms as one PDF to print at once (refused while required items are empty, then while a required signature box is neither signed nor recorded as signed on paper)",
      tags: ['form'],
      policy: formPolicies.renderVisitForms,
      responses: pdf,
      handle: async ({ params }) => ({ status: 200, body: await deps.render.execute(params['id'] ?? '', 'all'), headers: pdfHeaders(`visit-forms-${params['id']}`) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/visits/:id/forms/:formId/pdf',
      summary: 'One form as PDF (refused like all of them)',
      tags: ['form'],
      policy: formPolicies.renderVisitForms,
      responses: pdf,
      handle: async ({ params }) => ({ status: 200, body: await deps.render.execute(params['id'] ?? '', [params['formId'] ?? '']), headers: pdfHeaders(`form-${params['formId']}`) }),
    }),
  ];
}
