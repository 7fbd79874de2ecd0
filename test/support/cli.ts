/** Running the built CLI as a user would, from the project root. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED = join(ROOT, 'seeds', 'CAT_C_KAZ_CO_2.txt');
export const SHARED = join(ROOT, '..', 'shared');

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function tbkg(args: string[], input?: string): RunResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tbkg.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'tbkg-test-'));
}
