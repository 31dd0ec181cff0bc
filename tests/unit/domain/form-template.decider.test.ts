import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formTemplateDecider } from '../../../domain/form/form-template.decider';
import type { FormTemplateEvent } from '../../../domain/form/form-template.events';
import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import { deciderSpec } from '../../support/given-when-then';

const spec = deciderSpec(formTemplateDecider);
const metadata = { now: '2026-11-24T02:00:00.000Z', actor: 'admin', correlationId: 'c' };
const template = JSON.parse(readFileSync(join(__dirname, '../../support/fixtures/form-templates/test-form.json'), 'utf8')) as FormTemplateContent;
const id = template.id;
const drafted: FormTemplateEvent = { type: 'FormTemplateDraftSaved', data: { templateId: id, content: template } };
const published: FormTemplateEvent = { type: 'FormTemplateVersionPublished', data: { templateId: id, version: 1, content: template, publishedAt: metadata.now } };

describe('form template decider', () => {
  it('saves a valid draft, and nothing when the same draft is saved again', () => {
    spec([]).when({ type: 'SaveFormTemplateDraft', data: { templateId: id, content: template }, metadata }).then([drafted]);
    spec([drafted]).when({ type: 'SaveFormTemplateDraft', data: { templateId: id, content: template }, metadata }).then([]);
  });

  it('refuses an invalid template with every problem listed, and a changed id', () => {
    const broken = { ...template, fields: [...template.fields, { id: 'Bad Id', label: '', type: 'text' as const, required: false, binding: 'nobody.name' }] };
    spec([]).when({ type: 'SaveFormTemplateDraft', data: { templateId: id, content: broken }, metadata }).thenThrows('FORM_TEMPLATE.INVALID');
    spec([]).when({ type: 'SaveFormTemplateDraft', data: { templateId: 'other', content: template }, metadata }).thenThrows('FORM_TEMPLATE.ID_MISMATCH');
  });

  it('publishes the draft as the next version, and needs a draft to publish', () => {
    spec([drafted]).when({ type: 'PublishFormTemplate', data: { templateId: id }, metadata }).then([published]);
    spec([drafted, published]).when({ type: 'PublishFormTemplate', data: { templateId: id }, metadata }).thenThrows('FORM_TEMPLATE.NO_DRAFT');
    const second = { ...published, data: { ...published.data, version: 2 } } as FormTemplateEvent;
    spec([drafted, published, drafted]).when({ type: 'PublishFormTemplate', data: { templateId: id }, metadata }).then([second]);
  });

  it('retires with a reason, once', () => {
    const retired: FormTemplateEvent = { type: 'FormTemplateRetired', data: { templateId: id, reason: '様式改正', retiredAt: metadata.now } };
    spec([drafted, published]).when({ type: 'RetireFormTemplate', data: { templateId: id, reason: '様式改正' }, metadata }).then([retired]);
    spec([drafted, published]).when({ type: 'RetireFormTemplate', data: { templateId: id, reason: '' }, metadata }).thenThrows('FORM_TEMPLATE.REASON_REQUIRED');
    spec([drafted, published, retired]).when({ type: 'RetireFormTemplate', data: { templateId: id, reason: 'x' }, metadata }).thenThrows('FORM_TEMPLATE.RETIRED');
    spec([]).when({ type: 'PublishFormTemplate', data: { templateId: id }, metadata }).thenThrows('FORM_TEMPLATE.NOT_FOUND');
  });
});
