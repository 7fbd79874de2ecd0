/** SPARQL 1.1 Query Results JSON Format (W3C), written row by row. */
import type * as RDF from '@rdfjs/types';
import type { Row } from '../result.js';
import { datatypeIri, XSD_STRING } from '../terms.js';
import type { BindingsWriter } from './writer.js';

export class JsonResultsWriter implements BindingsWriter {
  private variables: string[] = [];
  private rows = 0;

  head(variables: string[]): string {
    this.variables = variables;
    return `{"head":{"vars":${JSON.stringify(variables)}},"results":{"bindings":[`;
  }

  row(row: Row): string {
    const fields: string[] = [];
    row.forEach((term, i) => {
      if (term) fields.push(`${JSON.stringify(this.variables[i])}:${jsonTerm(term)}`);
    });
    return `${this.rows++ === 0 ? '\n' : ',\n'}{${fields.join(',')}}`;
  }

  end(): string {
    return `${this.rows > 0 ? '\n' : ''}]}}\n`;
  }
}

export function jsonBoolean(value: boolean): string {
  return `{"head":{},"boolean":${value}}\n`;
}

function jsonTerm(term: RDF.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `{"type":"uri","value":${JSON.stringify(term.value)}}`;
    case 'BlankNode':
      return `{"type":"bnode","value":${JSON.stringify(term.value)}}`;
    case 'Literal': {
      const value = JSON.stringify(term.value);
      if (term.language) return `{"type":"literal","value":${value},"xml:lang":${JSON.stringify(term.language)}}`;
      const datatype = datatypeIri(term);
      return datatype === XSD_STRING ? `{"type":"literal","value":${value}}` : `{"type":"literal","value":${value},"datatype":${JSON.stringify(datatype)}}`;
    }
    case 'Quad':
      // SPARQL 1.2 (RDF-star) triple terms.
      return `{"type":"triple","value":{"subject":${jsonTerm(term.subject)},"predicate":${jsonTerm(term.predicate)},"object":${jsonTerm(term.object)}}}`;
    default:
      throw new Error(`a ${term.termType} cannot be a query result`);
  }
}
