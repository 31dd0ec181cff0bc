import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/app-config';

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
}

/** The built server (`npm run build:server`) as its own process, as `npm start` runs it. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const main = join(projectRoot(), 'dist', 'server', 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build:server\` (npm test does it in pretest).`);
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', PASSWORD_HASH_COST: '1024', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const started = startedUrl(output);
      if (started) {
        clearTimeout(timer);
        resolve(started);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { url, child, output: () => output };
}

/** The url of the JSON log line {"msg":"madoguchi started","url":...}, whatever the order of its fields. */
function startedUrl(output: string): string | undefined {
  for (const line of output.split('\n')) {
    if (!line.includes('madoguchi started')) continue;
    try {
      const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
      if (entry.msg === 'madoguchi started' && typeof entry.url === 'string') return entry.url;
    } catch {
      // not a complete JSON line yet
    }
  }
  return undefined;
}

export function waitForExit(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}
