import { type FormTemplateCommand, formTemplateDecider, type FormTemplateState, formTemplateStreamId } from '../../../domain/form/form-template.decider';
import type { FormTemplateEvent } from '../../../domain/form/form-template.events';
import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import type { CommandMetadata } from '../../../domain/shared';
import { CommandHandler, type CommandStep } from '../../shared/command-handling';
import { encodePosition, type EventStore } from '../../shared/event-store';
import type { IdGenerator } from '../../shared/ports';
import { formTemplateEvents } from '../form-events.reader';

export interface TemplateChanged {
  readonly id: string;
  readonly revision: number;
  readonly position: string | null;
}

/** Admins maintain templates without code: save a draft (or import a file), publish it as a version, retire. */
export class ManageFormTemplatesHandler {
  private readonly handler: CommandHandler<FormTemplateCommand, FormTemplateEvent, FormTemplateState>;

  constructor(store: EventStore, ids: IdGenerator) {
    this.handler = new CommandHandler(store, formTemplateDecider, formTemplateEvents, ids);
  }

  saveDraft(content: FormTemplateContent, metadata: CommandMetadata, expectedRevision?: number) {
    return this.run(content.id, [{ type: 'SaveFormTemplateDraft', data: { templateId: content.id, content }, metadata }], expectedRevision);
  }

  /** Import a template file: saved as a draft and, when asked, published at once. */
  importFile(content: FormTemplateContent, publish: boolean, metadata: CommandMetadata) {
    const steps: Array<CommandStep<FormTemplateCommand, FormTemplateState>> = [{ type: 'SaveFormTemplateDraft', data: { templateId: content.id, content }, metadata }];
    if (publish) steps.push((state) => (state.status !== 'none' && state.draft ? { type: 'PublishFormTemplate', data: { templateId: content.id }, metadata } : undefined));
    return this.run(content.id, steps);
  }

  publish(templateId: string, metadata: CommandMetadata, expectedRevision?: number) {
    return this.run(templateId, [{ type: 'PublishFormTemplate', data: { templateId }, metadata }], expectedRevision);
  }

  retire(templateId: string, reason: string, metadata: CommandMetadata, expectedRevision?: number) {
    return this.run(templateId, [{ type: 'RetireFormTemplate', data: { templateId, reason }, metadata }], expectedRevision);
  }

  /** For seeding from the city folder (no actor check: the system does it on first start). */
  async seed(content: FormTemplateContent, metadata: CommandMetadata): Promise<boolean> {
    const result = await this.run(content.id, [
      { type: 'SaveFormTemplateDraft', data: { templateId: content.id, content }, metadata },
      { type: 'PublishFormTemplate', data: { templateId: content.id }, metadata },
    ]);
    return result.position !== null;
  }

  private async run(templateId: string, steps: ReadonlyArray<CommandStep<FormTemplateCommand, FormTemplateState>>, expectedRevision?: number): Promise<TemplateChanged> {
    const result = await this.handler.handleSteps(formTemplateStreamId(templateId), steps, expectedRevision === undefined ? {} : { expectedRevision });
    return { id: templateId, revision: result.revision, position: result.position ? encodePosition(result.position) : null };
  }
}
