/** Writing results: atomically to files, so a failed run never leaves half a dump. */
import { rename, rm, writeFile } from 'node:fs/promises';
import { temporaryPathBeside } from '../files.js';

export async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = temporaryPathBeside(path);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
}

export async function writeStdout(content: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(content, (err) => (err ? reject(err) : resolve()));
  });
}

/** Messages for people go to standard error, so standard output stays data. */
export class Reporter {
  constructor(readonly quiet: boolean) {}

  warn(message: string): void {
    if (!this.quiet) process.stderr.write(`${message}\n`);
  }

  info(message: string): void {
    if (!this.quiet) process.stderr.write(`${message}\n`);
  }

  error(message: string): void {
    process.stderr.write(`${message}\n`);
  }
}
