import { resolveBinding } from '../../../domain/form/binding';
import type { FormDataContext, PersonData } from '../../../domain/form/form-data-context';
import { validateFormTemplate } from '../../../domain/form/form-template.validation';
import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import { DomainError } from '../../../domain/shared';
import type { CityDirectory } from '../../city/city-directory';
import type { AuthenticatedStaff } from '../../identity/authenticated-staff';
import type { FormRenderer } from '../form-renderer.port';
import { printable } from '../render-forms/render-visit-forms.handler';

const samplePerson = (name: string, kana: string, birthDate: string, relationship: string, sex: PersonData['sex']): PersonData => ({
  name,
  nameKana: kana,
  birthDate,
  sex,
  relationship,
  address: '岩手県花巻市花城町9番30号 見本ハイツ101',
  postalCode: '025-0075',
  addressLine: '岩手県花巻市花城町9番30号',
  katagaki: '見本ハイツ101',
  registeredAddress: '岩手県花巻市花城町9番30号 見本ハイツ101',
  newAddress: '',
  newAddressLine: '',
  newKatagaki: '',
  atenaNumber: '0000000000',
  previousAddress: '宮城県仙台市青葉区本町三丁目8番1号',
  movedOn: '2026-11-20',
  nationality: '',
  residenceStatus: '',
  relationToNotifier: relationship === '世帯主' ? '本人' : relationship,
  notifierCapacity: relationship === '世帯主' ? 'self' : 'household',
});

/** 見本: a fixed sample household so an admin sees every bound item filled in the preview. */
function sampleContext(city: CityDirectory, today: string): FormDataContext {
  const head = samplePerson('見本 太郎', 'ミホン タロウ', '1980-04-01', '世帯主', 'male');
  const spouse = samplePerson('見本 花子', 'ミホン ハナコ', '1982-10-15', '妻', 'female');
  const child = samplePerson('見本 一郎', 'ミホン イチロウ', '2019-05-01', '子', 'male');
  const office = city.configuration.offices[0];
  return {
    applicant: head,
    person: child,
    concerned: [head, spouse, child],
    head,
    roles: { notifier: [head], subject: [head, spouse, child], husband: [head], wife: [spouse], father: [head], mother: [spouse], child: [child], claimant: [head] },
    household: [head, spouse, child],
    children: [child],
    visit: { date: today, ticketNumber: '12', lifeEvents: ['転入'] },
    answers: {},
    staff: { name: '窓口 担当', department: city.configuration.departments[0]?.name ?? '' },
    office: { name: office?.name ?? '', address: office?.address ?? '', phone: office?.phone ?? '' },
    city: { name: city.configuration.name, mayor: city.configuration.mayor ?? `${city.configuration.name}長` },
    today,
  };
}

/** The designer's live preview: the template as a PDF with sample data; an invalid template lists every problem. */
export class PreviewTemplateHandler {
  constructor(
    private readonly renderer: FormRenderer,
    private readonly city: CityDirectory,
    private readonly localDay: (instant: string) => string,
  ) {}

  async execute(content: FormTemplateContent, actor: AuthenticatedStaff, now: string): Promise<Buffer> {
    const problems = validateFormTemplate(content);
    if (problems.length > 0) {
      throw new DomainError('FORM_TEMPLATE.INVALID', 'invalid', `様式に誤りがあります（${problems.length}件）: ${problems[0]!.message}`, problems.map((p) => ({ field: p.path, message: p.message })));
    }
    const context = sampleContext(this.city, this.localDay(now));
    const values = Object.fromEntries(
      content.fields.map((f) => [f.id, printable(content, f.id, f.binding ? resolveBinding(f.binding, context) : f.type === 'checkbox' ? false : null)]),
    );
    return this.renderer.render([{ template: content, values, signatures: {}, qrPayload: `MDG1:preview:${content.id}` }]);
  }
}
