import type { Warning } from './model.js';

/**
 * Errors that reach the user. Each names the file and, where there is one,
 * the line and column (or paragraph), and carries the exit code of the CLI.
 */
export class TbkgError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'TbkgError';
  }

  /** "file:line:column: message", the form editors and terminals link. */
  describe(): string {
    const where = [this.file, this.line, this.line !== undefined ? this.column : undefined]
      .filter((p) => p !== undefined)
      .join(':');
    return where ? `${where}: ${this.message}` : this.message;
  }
}

/** Input that is not what the command expects (exit code 2). */
export class InputError extends TbkgError {
  constructor(message: string, file?: string, line?: number, column?: number) {
    super(message, 2, file, line, column);
    this.name = 'InputError';
  }
}

/** Wrong usage of the command line (exit code 2). */
export class UsageError extends TbkgError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** A warning as the CLI prints it: "file:line:column: warning: ...", or the place the reader gives. */
export function describeWarning(file: string, w: Warning): string {
  const where =
    w.line !== undefined ? `${file}:${w.line}:${w.column ?? 1}`
    : w.where !== undefined ? `${file}: ${w.where}`
    : w.paragraph !== undefined ? `${file}: paragraph ${w.paragraph}`
    : file;
  return `${where}: warning: ${w.message}`;
}
