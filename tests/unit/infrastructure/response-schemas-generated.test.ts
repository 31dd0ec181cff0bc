import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const generator = join(__dirname, '../../../infrastructure/http/openapi/generate-response-schemas.mjs');

describe('the generated response schemas', () => {
  it('are exactly what ts-json-schema-generator makes of the response types today (a changed DTO without a regenerated file fails here)', () => {
    // The same Node that runs jest (24, from the project's `node` dev dependency), not the machine's default.
    const run = spawnSync(process.execPath, [generator, '--check'], { encoding: 'utf8', timeout: 120_000 });
    if (run.error) throw run.error;
    const report = [run.stdout.trim(), run.stderr.trim()].filter((line) => line !== '').join('\n');
    expect({ status: run.status, report }).toEqual({ status: 0, report: expect.stringMatching(/differing: 0\b/) });
  }, 120_000);
});
