import { applyBindingFilter, type BindingValue } from '@madoguchi/application/form/contracts/binding-filters.contract';
import { type BindingParts, bindingParts } from './binding-text';
import { bindingRoots } from './binding-words';

interface SamplePerson {
  readonly [key: string]: BindingValue;
}

/** The sample household of the server's preview (見本 太郎・花子・一郎), so the example matches the PDF. */
function samplePerson(name: string, nameKana: string, birthDate: string, relationship: string, sex: string): SamplePerson {
  return {
    name,
    nameKana,
    birthDate,
    sex,
    relationship,
    address: '岩手県花巻市花城町9番30号 見本ハイツ101',
    postalCode: '025-0075',
    addressLine: '岩手県花巻市花城町9番30号',
    katagaki: '見本ハイツ101',
    atenaNumber: '0000000000',
  };
}

const head = samplePerson('見本 太郎', 'ミホン タロウ', '1980-04-01', '世帯主', 'male');
const spouse = samplePerson('見本 花子', 'ミホン ハナコ', '1982-10-15', '妻', 'female');
const child = samplePerson('見本 一郎', 'ミホン イチロウ', '2019-05-01', '子', 'male');

export interface ExampleCity {
  readonly cityName: string;
  readonly officeName: string;
  readonly departmentName: string;
  /** YYYY-MM-DD */
  readonly today: string;
}

function baseValue(parts: BindingParts, city: ExampleCity): BindingValue {
  // A person's age is 満年齢 on the day, counted as the server's `age` filter counts it.
  const person = (p: SamplePerson): BindingValue =>
    parts.key === 'age' ? applyBindingFilter('age', p['birthDate'] ?? null, city.today) : parts.key ? (p[parts.key] ?? null) : null;
  switch (parts.root) {
    case 'applicant':
    case 'head':
      return person(head);
    case 'person':
      return person(child);
    case 'concerned':
    case 'household': {
      const member = [head, spouse, child][parts.index ?? 0];
      return member ? person(member) : null;
    }
    case 'children': {
      const member = [child][parts.index ?? 0];
      return member ? person(member) : null;
    }
    case 'visit':
      return ({ date: city.today, ticketNumber: '12', lifeEvents: '転入' } as Record<string, BindingValue>)[parts.key ?? ''] ?? null;
    case 'staff':
      return ({ name: '窓口 担当', department: city.departmentName } as Record<string, BindingValue>)[parts.key ?? ''] ?? null;
    case 'office':
      return ({ name: city.officeName, address: '（庁舎の住所）', phone: '（庁舎の電話番号）' } as Record<string, BindingValue>)[parts.key ?? ''] ?? null;
    case 'city':
      return ({ name: city.cityName, mayor: `${city.cityName}長` } as Record<string, BindingValue>)[parts.key ?? ''] ?? null;
    case 'today':
      return city.today;
    case 'answers':
      return `（聞き取りの「${parts.key ?? ''}」の回答）`;
    default:
      return null;
  }
}

/**
 * What a binding gives with the sample data, or '' when it gives nothing. The filters are the server's
 * own (the published binding-filters contract), so the example reads as the preview and the PDF print.
 */
export function bindingExample(binding: string, city: ExampleCity): string {
  const parts = bindingParts(binding);
  if (!parts || !bindingRoots[parts.root]) return '';
  const value = parts.filters.reduce<BindingValue>((current, filter) => applyBindingFilter(filter, current, city.today), baseValue(parts, city));
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  return value;
}
