import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CityConfiguration, DemoStaffConfiguration } from '../../application/city/city-configuration';

export class CityConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CityConfigurationError';
  }
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new CityConfigurationError(`市の設定ファイル ${file} を読み込めません: ${(error as Error).message}`);
  }
}

function assertUnique(kind: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new CityConfigurationError(`市の設定: ${kind}「${id}」が重複しています。`);
    seen.add(id);
  }
}

/** Reads and checks a city folder: city.json (offices, departments, counters, hours) and demo-staff.json. */
export function loadCityConfiguration(dir: string): { city: CityConfiguration; demoStaff: DemoStaffConfiguration[] } {
  const city = readJson<CityConfiguration>(join(dir, 'city.json'));
  if (!city.id || !city.name || !Array.isArray(city.offices) || !Array.isArray(city.departments) || !Array.isArray(city.counters)) {
    throw new CityConfigurationError(`市の設定 ${dir}/city.json に id, name, offices, departments, counters が必要です。`);
  }
  assertUnique('庁舎', city.offices.map((o) => o.id));
  assertUnique('課', city.departments.map((d) => d.id));
  assertUnique('窓口', city.counters.map((c) => c.id));
  const offices = new Set(city.offices.map((o) => o.id));
  const departments = new Set(city.departments.map((d) => d.id));
  for (const department of city.departments) {
    if (department.phone !== undefined && typeof department.phone !== 'string') {
      throw new CityConfigurationError(`市の設定: 課「${department.name}」の phone は文字列で書きます。`);
    }
    if (!offices.has(department.officeId)) {
      throw new CityConfigurationError(`市の設定: 課「${department.name}」の庁舎「${department.officeId}」がありません。`);
    }
  }
  for (const counter of city.counters) {
    if (!departments.has(counter.departmentId)) {
      throw new CityConfigurationError(`市の設定: 窓口「${counter.name}」の課「${counter.departmentId}」がありません。`);
    }
  }
  const demoStaff = readJson<DemoStaffConfiguration[]>(join(dir, 'demo-staff.json'));
  return { city, demoStaff };
}
