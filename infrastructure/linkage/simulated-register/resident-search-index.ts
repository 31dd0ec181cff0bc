import type { ResidentRecord, ResidentSearchQuery } from '../../../application/linkage/resident-register/resident-record';
import { addressMatchKey, digitsMatchKey, kanaMatchKey, nameMatchKey, toHalfWidthAlphanumeric } from '../../../domain/linkage';

/**
 * Search keys built once for every record: matching keys of the name (and its fallback), the reading and
 * the address, maps by 宛名番号 and by birth date, and each record's place in 五十音 order. A search is
 * then a filter over precomputed strings, well under a millisecond for a few thousand records.
 */

export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 500;

interface Entry {
  readonly record: ResidentRecord;
  readonly names: readonly string[];
  readonly kana: string;
  readonly addresses: readonly string[];
  /** Position in reading order (then birth date, then 宛名番号). */
  readonly order: number;
}

interface Criteria {
  readonly name?: string;
  readonly kana?: string;
  readonly birthDate?: string;
  readonly address?: string;
  readonly atenaNumber?: string;
}

/** 2 for an exact match, 1 for a match at the start, 0 anywhere else, -1 for no match. */
function matchScore(keys: readonly string[], query: string): number {
  let best = -1;
  for (const key of keys) {
    if (key === query) return 2;
    if (key.startsWith(query)) best = Math.max(best, 1);
    else if (best < 0 && key.includes(query)) best = 0;
  }
  return best;
}

/** 9番30号 -> 9-30, 8区60番地 -> 8区60: the way an address is often typed. */
function hyphenated(banchi: string): string {
  return banchi.replace(/(\d+)番地?(?=\d)/g, '$1-').replace(/(\d+)(番地?|号)/g, '$1');
}

function criteriaOf(query: ResidentSearchQuery): Criteria {
  const present = (value: string | undefined, key: (text: string) => string) => {
    const normalized = value === undefined ? '' : key(value);
    return normalized.length > 0 ? normalized : undefined;
  };
  const criteria = {
    name: present(query.name, nameMatchKey),
    kana: present(query.kana, kanaMatchKey),
    birthDate: present(query.birthDate, (text) => toHalfWidthAlphanumeric(text).trim()),
    address: present(query.address, addressMatchKey),
    atenaNumber: present(query.atenaNumber, digitsMatchKey),
  };
  return Object.fromEntries(Object.entries(criteria).filter(([, value]) => value !== undefined));
}

export class ResidentSearchIndex {
  private readonly entries: readonly Entry[];
  private readonly byAtena = new Map<string, Entry>();
  private readonly byBirthDate = new Map<string, Entry[]>();

  constructor(records: readonly ResidentRecord[]) {
    const collator = new Intl.Collator('ja');
    const sorted = [...records].sort(
      (a, b) => collator.compare(a.nameKana, b.nameKana) || a.birthDate.localeCompare(b.birthDate) || a.atenaNumber.localeCompare(b.atenaNumber),
    );
    this.entries = sorted.map((record, order) => {
      const { city, town, banchi, katagaki } = record.address;
      const local = [town + banchi + katagaki, town + hyphenated(banchi) + katagaki];
      return {
        record,
        names: [...new Set([nameMatchKey(record.name), nameMatchKey(record.nameFallback)])],
        kana: kanaMatchKey(record.nameKana),
        addresses: [...local, ...local.map((text) => city + text)].map(addressMatchKey),
        order,
      };
    });
    for (const entry of this.entries) {
      this.byAtena.set(entry.record.atenaNumber, entry);
      const sameDay = this.byBirthDate.get(entry.record.birthDate) ?? [];
      sameDay.push(entry);
      this.byBirthDate.set(entry.record.birthDate, sameDay);
    }
  }

  get size(): number {
    return this.entries.length;
  }

  byAtenaNumber(atenaNumber: string): ResidentRecord | undefined {
    return this.byAtena.get(digitsMatchKey(atenaNumber))?.record;
  }

  /**
   * Every criterion must match (AND). Order: best match first (exact, then at the start, then anywhere,
   * summed over the text criteria), current residents before former ones, then 五十音 order of the reading.
   * No criterion at all finds nothing.
   */
  search(query: ResidentSearchQuery): ResidentRecord[] {
    const criteria = criteriaOf(query);
    if (Object.keys(criteria).length === 0) return [];
    const limit = query.limit === undefined || !Number.isFinite(query.limit) ? DEFAULT_SEARCH_LIMIT : Math.min(Math.max(1, Math.floor(query.limit)), MAX_SEARCH_LIMIT);
    const candidates = criteria.atenaNumber !== undefined
      ? [this.byAtena.get(criteria.atenaNumber)].filter((entry): entry is Entry => entry !== undefined)
      : criteria.birthDate !== undefined
        ? (this.byBirthDate.get(criteria.birthDate) ?? [])
        : this.entries;
    const hits: Array<{ entry: Entry; score: number }> = [];
    for (const entry of candidates) {
      if (criteria.birthDate !== undefined && entry.record.birthDate !== criteria.birthDate) continue;
      let score = 0;
      let matched = true;
      for (const [keys, value] of [
        [entry.names, criteria.name],
        [[entry.kana], criteria.kana],
        [entry.addresses, criteria.address],
      ] as const) {
        if (value === undefined) continue;
        const s = matchScore(keys, value);
        if (s < 0) {
          matched = false;
          break;
        }
        score += s;
      }
      if (matched) hits.push({ entry, score });
    }
    hits.sort((a, b) => b.score - a.score || Number(a.entry.record.status !== '住民') - Number(b.entry.record.status !== '住民') || a.entry.order - b.entry.order);
    return hits.slice(0, limit).map((hit) => hit.entry.record);
  }
}
