/** SPARQL Query Results XML Format (W3C), written row by row. */
import type * as RDF from '@rdfjs/types';
import type { Row } from '../result.js';
import { datatypeIri, XSD_STRING } from '../terms.js';
import type { BindingsWriter } from './writer.js';

const OPEN = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n';

export class XmlResultsWriter implements BindingsWriter {
  private variables: string[] = [];

  head(variables: string[]): string {
    this.variables = variables;
    const declared = variables.map((v) => `    <variable name="${escapeXml(v)}"/>\n`).join('');
    return `${OPEN}  <head>\n${declared}  </head>\n  <results>\n`;
  }

  row(row: Row): string {
    let xml = '    <result>\n';
    row.forEach((term, i) => {
      if (term) xml += `      <binding name="${escapeXml(this.variables[i]!)}">${xmlTerm(term)}</binding>\n`;
    });
    return `${xml}    </result>\n`;
  }

  end(): string {
    return '  </results>\n</sparql>\n';
  }
}

export function xmlBoolean(value: boolean): string {
  return `${OPEN}  <head/>\n  <boolean>${value}</boolean>\n</sparql>\n`;
}

function xmlTerm(term: RDF.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<uri>${escapeXml(term.value)}</uri>`;
    case 'BlankNode':
      return `<bnode>${escapeXml(term.value)}</bnode>`;
    case 'Literal': {
      const value = escapeXml(term.value);
      if (term.language) return `<literal xml:lang="${escapeXml(term.language)}">${value}</literal>`;
      const datatype = datatypeIri(term);
      return datatype === XSD_STRING ? `<literal>${value}</literal>` : `<literal datatype="${escapeXml(datatype)}">${value}</literal>`;
    }
    case 'Quad':
      return `<triple><subject>${xmlTerm(term.subject)}</subject><predicate>${xmlTerm(term.predicate)}</predicate><object>${xmlTerm(term.object)}</object></triple>`;
    default:
      throw new Error(`a ${term.termType} cannot be a query result`);
  }
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** Text and attribute values; a carriage return is kept as a reference, since XML parsers drop a bare one. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => XML_ESCAPES[c]!);
}
