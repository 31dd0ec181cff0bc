import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import { formTemplateStreamId } from '../../../domain/form/form-template.decider';
import type { EventStore } from '../../shared/event-store';
import type { Clock, Logger } from '../../shared/ports';
import type { ManageFormTemplatesHandler } from '../manage-templates/manage-templates.handler';

/** The city folder's templates are published as version 1 for every template the store does not have yet. */
export class SeedFormTemplatesHandler {
  constructor(
    private readonly store: EventStore,
    private readonly templates: ManageFormTemplatesHandler,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async execute(contents: readonly FormTemplateContent[], correlationId: string): Promise<number> {
    let seeded = 0;
    for (const content of contents) {
      if ((await this.store.readStream(formTemplateStreamId(content.id), { maxCount: 1 })).length > 0) continue;
      if (await this.templates.seed(content, { now: this.clock.now(), actor: 'system', correlationId })) seeded++;
    }
    if (seeded > 0) this.logger.info('form templates seeded', { count: seeded });
    return seeded;
  }
}
