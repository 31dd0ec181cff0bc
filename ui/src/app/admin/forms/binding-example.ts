import { formatJapaneseDate } from '../../core/dates/japanese-date';
import { toKatakana } from '../../visits/workspace/manual-person-options';
import { type BindingParts, bindingParts } from './binding-text';
import { bindingRoots } from './binding-words';

type Sample = string | number | boolean | readonly string[] | null;

interface SamplePerson {
  readonly [key: string]: Sample;
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

const eraLetters: Readonly<Record<string, string>> = { 令和: 'R', 平成: 'H', 昭和: 'S', 大正: 'T', 明治: 'M' };

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function applyFilter(value: Sample, filter: string, today: string): Sample {
  if (value === null) return null;
  const text = String(value);
  const era = () => formatJapaneseDate(`${text}T00:00:00+09:00`);
  switch (filter) {
    case 'era':
      return era();
    case 'eraShort': {
      const match = /^(\D+?)(元|\d+)年(\d+)月(\d+)日$/.exec(era());
      return match ? `${eraLetters[match[1] ?? ''] ?? match[1]}${match[2] === '元' ? 1 : match[2]}.${match[3]}.${match[4]}` : text;
    }
    case 'eraYear':
      return era().replace(/年.*$/, '年');
    case 'age':
      return ageOn(text, today);
    case 'katakana':
      return toKatakana(text);
    case 'fullwidth':
      return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
    case 'sexLabel':
      return text === 'male' ? '男' : text === 'female' ? '女' : '';
    case 'yesNo':
      return value === true ? 'はい' : value === false ? 'いいえ' : text;
    case 'first':
      return text.split('\n')[0] ?? '';
    default:
      return value;
  }
}

function baseValue(parts: BindingParts, city: ExampleCity): Sample {
  const person = (p: SamplePerson): Sample => (parts.key === 'age' ? ageOn(String(p['birthDate']), city.today) : parts.key ? (p[parts.key] ?? null) : null);
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
      return ({ date: city.today, ticketNumber: '12', lifeEvents: '転入' } as Record<string, Sample>)[parts.key ?? ''] ?? null;
    case 'staff':
      return ({ name: '窓口 担当', department: city.departmentName } as Record<string, Sample>)[parts.key ?? ''] ?? null;
    case 'office':
      return ({ name: city.officeName, address: '（庁舎の住所）', phone: '（庁舎の電話番号）' } as Record<string, Sample>)[parts.key ?? ''] ?? null;
    case 'city':
      return ({ name: city.cityName, mayor: `${city.cityName}長` } as Record<string, Sample>)[parts.key ?? ''] ?? null;
    case 'today':
      return city.today;
    case 'answers':
      return `（聞き取りの「${parts.key ?? ''}」の回答）`;
    default:
      return null;
  }
}

/** What a binding gives with the sample data (as the preview prints it), or '' when it gives nothing. */
export function bindingExample(binding: string, city: ExampleCity): string {
  const parts = bindingParts(binding);
  if (!parts || !bindingRoots[parts.root]) return '';
  let value = baseValue(parts, city);
  for (const filter of parts.filters) value = applyFilter(value, filter, city.today);
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  return Array.isArray(value) ? value.join('、') : String(value);
}
