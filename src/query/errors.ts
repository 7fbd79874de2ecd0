/**
 * How a query fails. `tbkg query` exits 1 for a query that fails or data
 * that cannot be read, and 2 for wrong usage: so a script can tell "my
 * command line is wrong" from "this query or this file is wrong".
 */
import { TbkgError } from '../errors.js';

/** A query that could not be answered: bad syntax, a timeout, an endpoint's error (exit code 1). */
export class QueryFailure extends TbkgError {
  constructor(message: string, file?: string, line?: number, column?: number) {
    super(message, 1, file, line, column);
    this.name = 'QueryFailure';
  }
}

/** A data file (dump or source document) that cannot be read or parsed (exit code 1). */
export class DataError extends TbkgError {
  constructor(message: string, file?: string, line?: number, column?: number) {
    super(message, 1, file, line, column);
    this.name = 'DataError';
  }
}

/** The query ran longer than --timeout allows. */
export class QueryTimeout extends QueryFailure {
  constructor(readonly seconds: number) {
    super(`the query timed out after ${seconds} s (--timeout)`);
    this.name = 'QueryTimeout';
  }
}

/**
 * The readers of src/ingest and src/rdf report a bad file as an InputError
 * (exit code 2, the convention of `convert`); for `query` a bad data file is
 * a failed run, not wrong usage, so it is re-thrown with exit code 1. A file
 * that does not exist stays wrong usage.
 */
export function asDataError(err: unknown): unknown {
  if (!(err instanceof TbkgError) || err.exitCode === 1) return err;
  if (/\bENOENT\b|no such file/i.test(err.message)) return err;
  return new DataError(err.message, err.file, err.line, err.column);
}

/** What crosses from a worker thread to the main thread: an error as plain data. */
export interface ErrorRecord {
  name: string;
  message: string;
  exitCode?: number;
  file?: string;
  line?: number;
  column?: number;
  stack?: string;
}

export function errorToRecord(err: unknown): ErrorRecord {
  if (err instanceof TbkgError) {
    return { name: err.name, message: err.message, exitCode: err.exitCode, file: err.file, line: err.line, column: err.column };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  return { name: e.name, message: e.message, stack: e.stack };
}

export function recordToError(record: ErrorRecord): Error {
  if (record.exitCode === undefined) {
    const err = new Error(record.message);
    err.name = record.name;
    if (record.stack) err.stack = record.stack;
    return err;
  }
  return new TbkgError(record.message, record.exitCode, record.file, record.line, record.column);
}
