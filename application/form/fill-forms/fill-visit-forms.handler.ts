import { resolveBinding } from '../../../domain/form/binding';
import { continuationValues } from '../../../domain/form/continuation-values';
import type { FormToFill } from '../../../domain/form/visit-forms.decider';
import type { FormValue } from '../../../domain/form/visit-forms.events';
import type { CommandMetadata } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import type { AuthenticatedStaff } from '../../identity/authenticated-staff';
import type { StaffDirectory } from '../../identity/read-models/staff-directory';
import type { CatalogueQueries } from '../../procedure';
import type { IdGenerator } from '../../shared/ports';
import type { ReadModelStore } from '../../shared/projections';
import { visitNotFound } from '../../visit';
import type { FormTemplatesLookup } from '../form-templates.lookup';
import type { VisitFactsDocument } from '../read-models/visit-facts.document';
import { visitFactsProjection } from '../read-models/visit-facts.projection';
import type { VisitFormsRunner } from '../visit-forms.runner';
import { buildFormDataContext } from './form-data-context.builder';
import { concernedIn, formLifeEvents, procedurePersons } from './form-life-events';

/**
 * Creates every form the visit's procedures need, pre-filled from what is known (the register, the
 * interview, the visit, the clerk, the office), with the rows of its 続紙 when a list has more persons than
 * the template's rows (`<fieldId>@<sheet>`, see domain/form/continuation-sheets.ts). Forms already there are kept; new procedures add forms.
 * Reads only Form's own visit facts (fed by Visit's events); the route waits for them to include the
 * caller's last write (`?after=`) first.
 */
export class FillVisitFormsHandler {
  constructor(
    private readonly readModels: ReadModelStore,
    private readonly catalogue: CatalogueQueries,
    private readonly templates: FormTemplatesLookup,
    private readonly staff: StaffDirectory,
    private readonly city: CityDirectory,
    private readonly ids: IdGenerator,
    private readonly forms: VisitFormsRunner,
    private readonly localDay: (instant: string) => string,
  ) {}

  async execute(visitId: string, actor: AuthenticatedStaff, metadata: CommandMetadata) {
    const visit = this.readModels.get<VisitFactsDocument>(visitFactsProjection.readModel, visitId);
    if (!visit) throw visitNotFound();
    const { catalogue } = this.catalogue.current();
    const wanted = new Map<string, { templateId: string; personId: string | null; procedureIds: string[] }>();
    for (const item of visit.procedures) {
      const procedure = catalogue.procedures.find((p) => p.id === item.procedureId);
      for (const templateId of procedure?.formIds ?? []) {
        const published = this.templates.publishedFor(templateId);
        if (!published) continue;
        const personIds = published.content.perPerson ? (item.personIds.length > 0 ? item.personIds : concernedIn(catalogue, visit, formLifeEvents(catalogue, visit, [item.procedureId]))) : [null];
        for (const personId of personIds) {
          const key = `${templateId}|${personId ?? ''}`;
          const entry = wanted.get(key) ?? { templateId, personId, procedureIds: [] };
          entry.procedureIds.push(item.procedureId);
          wanted.set(key, entry);
        }
      }
    }
    const account = this.staff.byUsername(actor.username);
    const staff = { name: account?.displayName ?? actor.username, department: this.city.departmentName(visit.departmentId) };
    const lifeEventNames = visit.lifeEventIds.map((id) => catalogue.lifeEvents.find((e) => e.id === id)?.name ?? id);
    const today = this.localDay(metadata.now);
    const forms: FormToFill[] = [...wanted.values()].map((entry) => {
      const published = this.templates.publishedFor(entry.templateId)!;
      const lifeEventIds = formLifeEvents(catalogue, visit, entry.procedureIds);
      const concernedIds = entry.personId ? [entry.personId] : procedurePersons(visit, entry.procedureIds, concernedIn(catalogue, visit, lifeEventIds));
      const context = buildFormDataContext({ visit, personId: entry.personId, concernedIds, lifeEventIds, lifeEventNames, staff, city: this.city, today });
      const prefilled: Record<string, FormValue> = {};
      for (const field of published.content.fields) {
        if (!field.binding) continue;
        const value = resolveBinding(field.binding, context);
        // A choice takes only one of its values: anything else is not known (the clerk chooses).
        prefilled[field.id] = field.choices && typeof value === 'string' && !field.choices.some((choice) => choice.value === value) ? null : value;
      }
      // 続紙: the persons beyond the template's rows, kept with the form so that nobody is left off the print.
      Object.assign(prefilled, continuationValues(published.content, context));
      return { formId: this.ids.next(), templateId: entry.templateId, version: published.version, procedureIds: entry.procedureIds, personId: entry.personId, prefilled };
    });
    return this.forms.run(visitId, [{ type: 'FillForms', data: { visitId, forms }, metadata }]);
  }
}
