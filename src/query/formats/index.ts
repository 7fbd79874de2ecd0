/** The result formats of SELECT and ASK, and how a file name implies one. */
import type { PrefixShortener } from '../terms.js';
import { CsvResultsWriter, plainBoolean, TsvResultsWriter } from './csv.js';
import { jsonBoolean, JsonResultsWriter } from './json.js';
import { tableBoolean, TableWriter } from './table.js';
import type { BindingsWriter } from './writer.js';
import { xmlBoolean, XmlResultsWriter } from './xml.js';

export type ResultsFormat = 'table' | 'json' | 'xml' | 'csv' | 'tsv';

export const RESULTS_FORMATS: readonly ResultsFormat[] = ['table', 'json', 'xml', 'csv', 'tsv'];

export function isResultsFormat(value: string): value is ResultsFormat {
  return (RESULTS_FORMATS as readonly string[]).includes(value);
}

const BY_EXTENSION: Readonly<Record<string, ResultsFormat>> = {
  srj: 'json',
  json: 'json',
  srx: 'xml',
  xml: 'xml',
  csv: 'csv',
  tsv: 'tsv',
  txt: 'table',
};

/** .srj/.json, .srx/.xml, .csv, .tsv, .txt (a table). */
export function resultsFormatFromExtension(path: string): ResultsFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : BY_EXTENSION[extension];
}

export interface WriterOptions {
  shortener: PrefixShortener;
  /** Terminal width for the table; undefined: no wrapping. */
  width?: number;
}

export function bindingsWriter(format: ResultsFormat, options: WriterOptions): BindingsWriter {
  switch (format) {
    case 'json':
      return new JsonResultsWriter();
    case 'xml':
      return new XmlResultsWriter();
    case 'csv':
      return new CsvResultsWriter();
    case 'tsv':
      return new TsvResultsWriter();
    case 'table':
      return new TableWriter(options);
  }
}

export function booleanText(format: ResultsFormat, value: boolean): string {
  switch (format) {
    case 'json':
      return jsonBoolean(value);
    case 'xml':
      return xmlBoolean(value);
    case 'table':
      return tableBoolean(value);
    default:
      return plainBoolean(value);
  }
}

export type { BindingsWriter } from './writer.js';
