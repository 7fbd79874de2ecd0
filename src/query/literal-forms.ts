/**
 * Oxigraph stores typed literals by value: "17292"^^xsd:nonNegativeInteger
 * comes back as "17292"^^xsd:integer, "05"^^xsd:integer as "5", "P12M" as
 * "P1Y" (oxigraph issues #526 and #1413; there is no option to turn it
 * off). tbkg writes its text anchors as xsd:nonNegativeInteger, so without
 * care every anchor offset would change datatype on the way through.
 *
 * So the typed literals of the data are collected while it loads, Oxigraph
 * is asked how it normalizes each (in a scratch store), and a value read
 * from the data is given back its written form, when only one written
 * form in the data has that value. Computed values (COUNT, BIND, VALUES)
 * are left alone: they were never written anywhere.
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser, type Quad } from 'n3';
import { Store } from 'oxigraph';
import { parseTsvTerm, termToNTriples, XSD, XSD_STRING } from './terms.js';

/** What crosses to the main thread: N-Triples keys, normalized form to written form. */
export interface LiteralFormsTable {
  restore: Record<string, string>;
  /** Normalized forms that more than one written form share: those cannot be given back. */
  ambiguous: string[];
}

const TYPED_LITERAL = /"((?:[^"\\\n]|\\.)*)"\^\^<(http:\/\/www\.w3\.org\/2001\/XMLSchema#[A-Za-z]+)>/g;

export class LiteralFormsCollector {
  private readonly written = new Set<string>();

  add(term: RDF.Term): void {
    if (term.termType === 'Literal' && !term.language && term.datatype.value.startsWith(XSD) && term.datatype.value !== XSD_STRING) {
      this.written.add(termToNTriples(term));
    }
  }

  addQuads(quads: Iterable<Quad>): void {
    for (const q of quads) this.add(q.object);
  }

  /** N-Triples and N-Quads: typed literals are found by their syntax, without a parse. */
  addLineText(text: string): void {
    if (!text.includes('^^')) return;
    for (const match of text.matchAll(TYPED_LITERAL)) {
      const lexical = match[1]!.includes('\\') ? (parseTsvTerm(`"${match[1]}"`) as RDF.Literal).value : match[1]!;
      this.add(DataFactory.literal(lexical, DataFactory.namedNode(match[2]!)));
    }
  }

  /** Turtle and TriG name datatypes by prefix, so they are parsed (only when they name any). */
  addTurtleText(text: string, format: 'text/turtle' | 'application/trig', baseIRI: string): void {
    if (!text.includes('^^')) return;
    this.addQuads(new Parser({ format, baseIRI }).parse(text));
  }

  /** Asks Oxigraph how it stores each written form; keeps those it changes. */
  table(): LiteralFormsTable {
    if (this.written.size === 0) return { restore: {}, ambiguous: [] };
    const written = [...this.written];
    const scratch = new Store();
    scratch.load(written.map((literal, i) => `<urn:x:${i}> <urn:x:o> ${literal} .\n`).join(''), { format: 'application/n-triples' });
    const tsv = scratch.query('SELECT ?s ?o WHERE { ?s ?p ?o }', { results_format: 'tsv' }) as string;
    const byNormalized = new Map<string, string[]>();
    for (const line of tsv.split('\n').slice(1)) {
      if (line === '') continue;
      const [subject, object] = line.split('\t') as [string, string];
      const original = written[Number(subject.slice('<urn:x:'.length, -1))]!;
      const normalized = termToNTriples(parseTsvTerm(object));
      const forms = byNormalized.get(normalized);
      if (forms) forms.push(original);
      else byNormalized.set(normalized, [original]);
    }
    const restore: Record<string, string> = {};
    const ambiguous: string[] = [];
    for (const [normalized, forms] of byNormalized) {
      if (forms.length === 1) {
        if (forms[0] !== normalized) restore[normalized] = forms[0]!;
      } else {
        ambiguous.push(normalized);
      }
    }
    return { restore, ambiguous };
  }
}

/** Gives values read from the data their written form back; counts those it could not. */
export class LiteralRestorer {
  private readonly ambiguous: Set<string>;
  private readonly cache = new Map<string, RDF.Term>();
  /** Values shown as Oxigraph normalized them, because two written forms share them. */
  unrestorable = 0;

  constructor(private readonly table: LiteralFormsTable) {
    this.ambiguous = new Set(table.ambiguous);
  }

  get active(): boolean {
    return Object.keys(this.table.restore).length > 0 || this.ambiguous.size > 0;
  }

  restore<T extends RDF.Term | undefined>(term: T): T | RDF.Literal {
    if (!term || term.termType !== 'Literal' || term.language) return term;
    const key = termToNTriples(term);
    const written = this.table.restore[key];
    if (written === undefined) {
      if (this.ambiguous.has(key)) this.unrestorable++;
      return term;
    }
    let restored = this.cache.get(written);
    if (!restored) {
      restored = parseTsvTerm(written);
      this.cache.set(written, restored);
    }
    return restored as RDF.Literal;
  }
}
