/**
 * RDF terms in the three textual forms a query result needs: the
 * N-Triples form of SPARQL TSV (lossless, tabs escaped), the TSV that
 * Oxigraph hands back (read back into terms), and the short form of the
 * table (IRIs by prefix, literals with their language or datatype).
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const XSD_STRING = `${XSD}string`;
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

const STRING_ESCAPES = /["\\\n\r\t]/g;
const ECHAR: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const IRI_ESCAPES = /[\u0000-\u0020<>"{}|^`\\]/g;

function quoteString(value: string): string {
  STRING_ESCAPES.lastIndex = 0;
  return STRING_ESCAPES.test(value) ? `"${value.replace(STRING_ESCAPES, (c) => ECHAR[c]!)}"` : `"${value}"`;
}

function iriRef(iri: string): string {
  IRI_ESCAPES.lastIndex = 0;
  if (!IRI_ESCAPES.test(iri)) return `<${iri}>`;
  return `<${iri.replace(IRI_ESCAPES, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}>`;
}

/** A literal's datatype IRI, whatever RDF/JS implementation made it. */
export function datatypeIri(literal: RDF.Literal): string {
  if (literal.language) return RDF_LANG_STRING;
  return literal.datatype?.value ?? XSD_STRING;
}

/**
 * The N-Triples form, with tabs escaped as SPARQL TSV requires: the same
 * text for the same term whatever engine produced it, so it is also the
 * key on which two engines' rows are compared.
 */
export function termToNTriples(term: RDF.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return iriRef(term.value);
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const lexical = quoteString(term.value);
      if (term.language) return `${lexical}@${term.language}${directionOf(term)}`;
      const datatype = datatypeIri(term);
      return datatype === XSD_STRING ? lexical : `${lexical}^^${iriRef(datatype)}`;
    }
    case 'Quad':
      return `<<( ${termToNTriples(term.subject)} ${termToNTriples(term.predicate)} ${termToNTriples(term.object)} )>>`;
    case 'Variable':
      return `?${term.value}`;
    case 'DefaultGraph':
      return '';
  }
}

function directionOf(literal: RDF.Literal): string {
  const direction = (literal as RDF.Literal & { direction?: string }).direction;
  return direction ? `--${direction}` : '';
}

/**
 * Reads one term of SPARQL TSV as Oxigraph writes it: N-Triples terms, plus
 * the Turtle short forms of integers, decimals, doubles and booleans.
 */
export function parseTsvTerm(field: string): RDF.Term {
  const reader = new TermReader(field);
  const term = reader.term();
  reader.expectEnd();
  return term;
}

class TermReader {
  private at = 0;

  constructor(private readonly text: string) {}

  term(): RDF.Term {
    this.skipSpaces();
    const c = this.text[this.at];
    if (c === '<') return this.text.startsWith('<<', this.at) ? this.tripleTerm() : DataFactory.namedNode(this.iri());
    if (c === '_' && this.text[this.at + 1] === ':') return this.blankNode();
    if (c === '"') return this.literal();
    return this.bareLiteral();
  }

  expectEnd(): void {
    this.skipSpaces();
    if (this.at !== this.text.length) throw new Error(`unexpected text after a term: ${this.text.slice(this.at, this.at + 40)}`);
  }

  private skipSpaces(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private iri(): string {
    const end = this.text.indexOf('>', this.at);
    if (end < 0) throw new Error(`unterminated IRI: ${this.text.slice(this.at, this.at + 40)}`);
    const raw = this.text.slice(this.at + 1, end);
    this.at = end + 1;
    return raw.includes('\\') ? unescapeString(raw) : raw;
  }

  private blankNode(): RDF.BlankNode {
    const match = /^_:([^\s)>]+)/.exec(this.text.slice(this.at));
    if (!match) throw new Error('bad blank node');
    this.at += match[0].length;
    return DataFactory.blankNode(match[1]!);
  }

  private literal(): RDF.Literal {
    let end = this.at + 1;
    while (end < this.text.length && this.text[end] !== '"') end += this.text[end] === '\\' ? 2 : 1;
    if (end >= this.text.length) throw new Error(`unterminated string: ${this.text.slice(this.at, this.at + 40)}`);
    const raw = this.text.slice(this.at + 1, end);
    const value = raw.includes('\\') ? unescapeString(raw) : raw;
    this.at = end + 1;
    if (this.text[this.at] === '@') {
      const match = /^@([A-Za-z]+(?:-[A-Za-z0-9]+)*)/.exec(this.text.slice(this.at));
      if (!match) throw new Error('bad language tag');
      this.at += match[0].length;
      return DataFactory.literal(value, match[1]!);
    }
    if (this.text.startsWith('^^<', this.at)) {
      this.at += 2;
      return DataFactory.literal(value, DataFactory.namedNode(this.iri()));
    }
    return DataFactory.literal(value);
  }

  private bareLiteral(): RDF.Literal {
    const match = /^[^\s)]+/.exec(this.text.slice(this.at));
    if (!match) throw new Error(`expected a term: ${this.text.slice(this.at, this.at + 40)}`);
    const token = match[0];
    this.at += token.length;
    if (token === 'true' || token === 'false') return DataFactory.literal(token, DataFactory.namedNode(`${XSD}boolean`));
    if (/^[+-]?\d+$/.test(token)) return DataFactory.literal(token, DataFactory.namedNode(`${XSD}integer`));
    if (/^[+-]?\d*\.\d+$/.test(token)) return DataFactory.literal(token, DataFactory.namedNode(`${XSD}decimal`));
    if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(token)) return DataFactory.literal(token, DataFactory.namedNode(`${XSD}double`));
    throw new Error(`not an RDF term: ${token}`);
  }

  private tripleTerm(): RDF.Quad {
    const open = this.text.startsWith('<<(', this.at) ? '<<(' : '<<';
    const close = open === '<<(' ? ')>>' : '>>';
    this.at += open.length;
    const subject = this.term();
    const predicate = this.term();
    const object = this.term();
    this.skipSpaces();
    if (!this.text.startsWith(close, this.at)) throw new Error('unterminated triple term');
    this.at += close.length;
    return DataFactory.quad(subject as RDF.Quad_Subject, predicate as RDF.Quad_Predicate, object as RDF.Quad_Object) as unknown as RDF.Quad;
  }
}

const UNESCAPES: Readonly<Record<string, string>> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

function unescapeString(raw: string): string {
  return raw.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (_, u4: string, u8: string, c: string) => {
    if (u4) return String.fromCharCode(parseInt(u4, 16));
    if (u8) return String.fromCodePoint(parseInt(u8, 16));
    return UNESCAPES[c] ?? c;
  });
}

/**
 * IRIs as prefixed names for people: the longest namespace that starts the
 * IRI wins. Local parts may hold "/" or "#" (treaty:CAT/art_2,
 * doc:CAT/C/KAZ/CO/2#para_7): the table is for reading, and the namespaces
 * are the ones the query declared or the project's own, so the full IRI is
 * never in doubt; the W3C formats always write IRIs in full.
 */
export class PrefixShortener {
  private readonly namespaces: Array<[name: string, namespace: string]>;

  constructor(prefixes: Record<string, string>) {
    this.namespaces = Object.entries(prefixes)
      .filter(([, namespace]) => namespace.length > 0)
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  }

  iri(iri: string): string {
    for (const [name, namespace] of this.namespaces) {
      if (iri.length > namespace.length && iri.startsWith(namespace)) {
        const local = iri.slice(namespace.length);
        if (/^[^\s<>"{}|^`\\]+$/.test(local)) return `${name}:${local}`;
      }
    }
    return iriRef(iri);
  }

  /** The table form: "text"@en, "5"^^xsd:integer, "plain", tb:Paragraph, <http://...>, _:b0. */
  term(term: RDF.Term): string {
    switch (term.termType) {
      case 'NamedNode':
        return this.iri(term.value);
      case 'Literal': {
        const lexical = quoteString(term.value);
        if (term.language) return `${lexical}@${term.language}${directionOf(term)}`;
        const datatype = datatypeIri(term);
        return datatype === XSD_STRING ? lexical : `${lexical}^^${this.iri(datatype)}`;
      }
      case 'Quad':
        return `<<( ${this.term(term.subject)} ${this.term(term.predicate)} ${this.term(term.object)} )>>`;
      default:
        return termToNTriples(term);
    }
  }
}

export { RDF_LANG_STRING, XSD, XSD_STRING };
