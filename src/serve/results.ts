/** SPARQL results in the W3C formats (JSON, XML, CSV, TSV) and as HTML, from Oxigraph's SPARQL JSON. */
import { Parser } from 'n3';
import { esc } from '../publish/html.js';
import { serialize } from '../serialize/index.js';
import type { SparqlResult } from './sparql.js';

interface JsonTerm {
  type: 'uri' | 'literal' | 'bnode' | 'typed-literal' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}
interface JsonResults {
  head: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
}

export const SELECT_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values', 'application/json', 'text/html'] as const;
export const ASK_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml', 'application/json', 'text/html'] as const;
export const GRAPH_TYPES = ['text/turtle', 'application/n-triples', 'application/ld+json', 'text/html'] as const;

/** Short names for the "format" parameter of a query URL. */
export const FORMAT_NAMES: Record<string, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  html: 'text/html',
  turtle: 'text/turtle',
  ttl: 'text/turtle',
  ntriples: 'application/n-triples',
  nt: 'application/n-triples',
  jsonld: 'application/ld+json',
};

export function offeredTypes(result: SparqlResult): readonly string[] {
  return result.form === 'SELECT' ? SELECT_TYPES : result.form === 'ASK' ? ASK_TYPES : GRAPH_TYPES;
}

/** The body of a result in `mediaType` (one of offeredTypes), and a page for people when it is text/html. */
export function formatResult(result: SparqlResult, mediaType: string, base: string, page: (table: string, count: string) => string): string {
  if ('ntriples' in result) {
    if (mediaType === 'application/n-triples') return result.ntriples;
    const quads = new Parser({ format: 'application/n-triples' }).parse(result.ntriples);
    if (mediaType === 'application/ld+json') return serialize(quads, 'jsonld', { base });
    const turtle = serialize(quads, 'turtle', { base });
    if (mediaType === 'text/html') return page(`<pre>${esc(turtle)}</pre>`, `${result.rows} triple${result.rows === 1 ? '' : 's'}`);
    return turtle;
  }
  const json = JSON.parse(result.json) as JsonResults;
  if (mediaType === 'application/sparql-results+json' || mediaType === 'application/json') return result.json;
  if (mediaType === 'application/sparql-results+xml') return xmlResults(json);
  if (mediaType === 'text/csv') return csvResults(json);
  if (mediaType === 'text/tab-separated-values') return tsvResults(json);
  if (json.boolean !== undefined) return page(`<p class="boolean">${json.boolean ? 'true' : 'false'}</p>`, 'ASK');
  return page(htmlTable(json), `${result.rows} row${result.rows === 1 ? '' : 's'}`);
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function xmlResults(json: JsonResults): string {
  const vars = json.head.vars ?? [];
  const out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', '  <head>', ...vars.map((v) => `    <variable name="${xmlEscape(v)}"/>`), '  </head>'];
  if (json.boolean !== undefined) {
    out.push(`  <boolean>${json.boolean}</boolean>`);
  } else {
    out.push('  <results>');
    for (const row of json.results?.bindings ?? []) {
      out.push('    <result>');
      for (const v of vars) {
        const t = row[v];
        if (!t) continue;
        let inner: string;
        if (t.type === 'uri') inner = `<uri>${xmlEscape(t.value)}</uri>`;
        else if (t.type === 'bnode') inner = `<bnode>${xmlEscape(t.value)}</bnode>`;
        else if (t['xml:lang']) inner = `<literal xml:lang="${xmlEscape(t['xml:lang'])}">${xmlEscape(t.value)}</literal>`;
        else if (t.datatype) inner = `<literal datatype="${xmlEscape(t.datatype)}">${xmlEscape(t.value)}</literal>`;
        else inner = `<literal>${xmlEscape(t.value)}</literal>`;
        out.push(`      <binding name="${xmlEscape(v)}">${inner}</binding>`);
      }
      out.push('    </result>');
    }
    out.push('  </results>');
  }
  out.push('</sparql>', '');
  return out.join('\n');
}

/** SPARQL 1.1 CSV: plain values, RFC 4180 quoting, CRLF line ends. */
function csvResults(json: JsonResults): string {
  const vars = json.head.vars ?? [];
  const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [vars.map(field).join(',')];
  for (const row of json.results?.bindings ?? []) lines.push(vars.map((v) => (row[v] ? field(row[v]!.type === 'bnode' ? `_:${row[v]!.value}` : row[v]!.value) : '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** SPARQL 1.1 TSV: terms in Turtle syntax, "?" before each variable in the header. */
function tsvResults(json: JsonResults): string {
  const vars = json.head.vars ?? [];
  const lines = [vars.map((v) => `?${v}`).join('\t')];
  for (const row of json.results?.bindings ?? []) lines.push(vars.map((v) => (row[v] ? turtleTerm(row[v]!) : '')).join('\t'));
  return `${lines.join('\n')}\n`;
}

function turtleTerm(t: JsonTerm): string {
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return `_:${t.value}`;
  const lexical = `"${t.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
  if (t['xml:lang']) return `${lexical}@${t['xml:lang']}`;
  if (t.datatype && t.datatype !== 'http://www.w3.org/2001/XMLSchema#string') return `${lexical}^^<${t.datatype}>`;
  return lexical;
}

function htmlTable(json: JsonResults): string {
  const vars = json.head.vars ?? [];
  const cell = (t: JsonTerm | undefined): string => {
    if (!t) return '';
    if (t.type === 'uri') return /^https?:\/\//.test(t.value) ? `<a href="${esc(t.value)}">${esc(t.value)}</a>` : esc(t.value);
    if (t.type === 'bnode') return esc(`_:${t.value}`);
    return esc(t.value) + (t['xml:lang'] ? ` <small>@${esc(t['xml:lang'])}</small>` : '');
  };
  const head = `<tr>${vars.map((v) => `<th>?${esc(v)}</th>`).join('')}</tr>`;
  const rows = (json.results?.bindings ?? []).map((row) => `<tr>${vars.map((v) => `<td>${cell(row[v])}</td>`).join('')}</tr>`);
  return `<table class="props results">\n${head}\n${rows.join('\n')}\n</table>`;
}
