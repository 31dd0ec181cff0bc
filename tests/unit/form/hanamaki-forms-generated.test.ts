import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const generator = join(__dirname, '../../../infrastructure/city/cities/hanamaki/forms/_generator/generate-forms.mjs');
const relativeGenerator = 'infrastructure/city/cities/hanamaki/forms/_generator/generate-forms.mjs';

describe("Hanamaki's seed form templates", () => {
  it('are exactly what their generator writes (a template JSON edited by hand fails here)', () => {
    // The same Node that runs jest (24, from the project's `node` dev dependency), not the machine's default.
    const run = spawnSync(process.execPath, [generator, '--check'], { encoding: 'utf8', timeout: 60_000 });
    const report = [
      `node ${relativeGenerator} --check exited with ${run.status ?? run.signal}`,
      run.stdout.trim(),
      run.stderr.trim(),
      'Change the generator (forms/*.mjs, blocks.mjs ...) and run it without --check to rewrite the JSON,',
      'instead of editing a generated template by hand.',
    ]
      .filter((line) => line !== '')
      .join('\n');
    if (run.error) throw run.error;
    expect({ status: run.status, report }).toEqual({ status: 0, report: expect.stringMatching(/differing: 0\b/) });
  });
});
