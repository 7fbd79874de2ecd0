/**
 * SPARQL 1.1 Query Results CSV and TSV Formats (W3C). CSV is for
 * spreadsheets and keeps plain values only (an IRI, a literal's lexical
 * form, _:label); TSV keeps every term in N-Triples syntax, so nothing is
 * lost: language tags, datatypes, IRI or string.
 */
import type * as RDF from '@rdfjs/types';
import type { Row } from '../result.js';
import { termToNTriples } from '../terms.js';
import type { BindingsWriter } from './writer.js';

export class CsvResultsWriter implements BindingsWriter {
  head(variables: string[]): string {
    return `${variables.map(csvField).join(',')}\r\n`;
  }

  row(row: Row): string {
    return `${row.map((term) => (term ? csvField(csvValue(term)) : '')).join(',')}\r\n`;
  }

  end(): string {
    return '';
  }
}

export class TsvResultsWriter implements BindingsWriter {
  head(variables: string[]): string {
    return `${variables.map((v) => `?${v}`).join('\t')}\n`;
  }

  row(row: Row): string {
    return `${row.map((term) => (term ? termToNTriples(term) : '')).join('\t')}\n`;
  }

  end(): string {
    return '';
  }
}

/** The W3C formats define no boolean form; a bare word is what a shell script can test. */
export function plainBoolean(value: boolean): string {
  return `${value}\n`;
}

function csvValue(term: RDF.Term): string {
  switch (term.termType) {
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Quad':
      return termToNTriples(term);
    default:
      return term.value;
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
