import { join } from 'node:path';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';
import { loadCityConfiguration } from '../../../infrastructure/city/city-config.loader';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const sampleCity = join(__dirname, '..', '..', 'support', 'fixtures', 'city-sample');

describe('another city by configuration alone', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ cityDir: sampleCity });
  });
  afterAll(() => server.stop());

  it('serves the other city\'s counters and demo staff with no code change', async () => {
    const clerk = new ApiClient(server.url);
    expect((await clerk.login('juumin-01', TEST_PASSWORD)).status).toBe(200);
    const city = await clerk.json<{ name: string }>('GET', '/api/city');
    expect(city.body.name).toBe('見本町');
    const counters = await clerk.json<Array<{ id: string }>>('GET', '/api/counters');
    expect(counters.body.map((c) => c.id)).toEqual(['juumin-01', 'juumin-02']);
    expect((await clerk.json('POST', '/api/visits', { counterId: 'juumin-02' })).status).toBe(201);
    expect((await clerk.login('shimin-toroku-01', TEST_PASSWORD)).status).toBe(401);
  });

  it('refuses a city folder whose counter names an unknown department, in Japanese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'madoguchi-city-'));
    const broken = JSON.parse(JSON.stringify(loadCityConfiguration(sampleCity).city)) as { counters: Array<{ departmentId: string }> };
    broken.counters[0]!.departmentId = 'nai';
    writeFileSync(join(dir, 'city.json'), JSON.stringify(broken));
    copyFileSync(join(sampleCity, 'demo-staff.json'), join(dir, 'demo-staff.json'));
    expect(() => loadCityConfiguration(dir)).toThrow('市の設定: 窓口「住民課 1番窓口」の課「nai」がありません。');
    rmSync(dir, { recursive: true, force: true });
  });
});
