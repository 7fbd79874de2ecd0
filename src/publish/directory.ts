/**
 * A folder written whole or not at all: built in a temporary sibling, then
 * renamed into place. A folder that tbkg did not make is never replaced.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';

export async function replaceDirectory(target: string, marker: string, build: (dir: string) => Promise<void>): Promise<void> {
  const absolute = resolve(target);
  const parent = dirname(absolute);
  const name = basename(absolute);
  await mkdir(parent, { recursive: true });
  let exists = false;
  try {
    const info = await stat(absolute);
    if (!info.isDirectory()) throw new InputError('exists and is not a folder: not replacing it', target);
    const entries = await readdir(absolute);
    if (entries.length > 0 && !entries.includes(marker)) {
      throw new InputError(`is a folder that tbkg did not write (no ${marker} in it): not replacing it; name a new or empty folder`, target);
    }
    exists = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = join(parent, `.${name}.tmp-${suffix}`);
  await mkdir(temporary);
  try {
    await build(temporary);
    await writeFile(join(temporary, marker), `written by tbkg; this folder is replaced whole by the next run\n`);
    if (exists) {
      const old = join(parent, `.${name}.old-${suffix}`);
      await rename(absolute, old);
      await rename(temporary, absolute);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temporary, absolute);
    }
  } catch (err) {
    await rm(temporary, { recursive: true, force: true });
    throw err;
  }
}
