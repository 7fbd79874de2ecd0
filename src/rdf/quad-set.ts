/**
 * The quads of one graph as the mapping makes them: terms named by their
 * strings, each quad kept once, in the order first added. The set hands
 * them out as RDF/JS quads, or straight as sorted canonical N-Quads, the
 * form a corpus streams, without making a term object for each of them.
 */
import { DataFactory, type Literal, type NamedNode, type Quad } from 'n3';
import { sortLines, TermEncoder } from '../serialize/ntriples.js';
import { encodeUtf8 } from '../serialize/utf8.js';
import { NS } from './vocab.js';

/** A literal by its parts: a language tag, else a datatype IRI (xsd:string when neither). */
export interface LiteralParts {
  readonly value: string;
  readonly language: string;
  readonly datatype: string;
}

/** An object: an IRI, or a literal. */
export type ObjectTerm = string | LiteralParts;

const XSD_STRING = `${NS.xsd}string`;

export function plain(value: string): LiteralParts {
  return typed(value, XSD_STRING);
}

export function typed(value: string, datatype: string): LiteralParts {
  return { value, language: '', datatype };
}

export function en(value: string): LiteralParts {
  return { value, language: 'en', datatype: '' };
}

export class QuadSet {
  /** The quads in the order first added. */
  private readonly added: Array<[subject: string, predicate: string, object: ObjectTerm]> = [];
  /**
   * The objects added for each subject and predicate, to keep each quad once.
   * Keyed by the strings themselves rather than by a line or a joined key:
   * a string caches its hash, and a long literal is compared only with the
   * few other objects of the same subject and predicate.
   */
  private readonly objects = new Map<string, Map<string, ObjectTerm[]>>();

  constructor(readonly graph: string) {}

  add(subject: string, predicate: string, object: ObjectTerm): void {
    let byPredicate = this.objects.get(subject);
    if (byPredicate === undefined) this.objects.set(subject, (byPredicate = new Map()));
    const objects = byPredicate.get(predicate);
    if (objects === undefined) byPredicate.set(predicate, [object]);
    else if (objects.some((o) => sameObject(o, object))) return;
    else objects.push(object);
    this.added.push([subject, predicate, object]);
  }

  get size(): number {
    return this.added.length;
  }

  /**
   * Sorted canonical N-Quads, byte for byte what writeNQuads writes of
   * quads(). Sorted subject by subject: an IRI written in N-Quads ends with
   * the only '>' it holds, so no written subject begins another, and the
   * lines' order is that of their subjects, then of the rest of the line.
   * Sorting the subjects, then each subject's few lines, compares far fewer
   * long common prefixes than sorting all the lines would. A subject's lines
   * are sorted by predicate and object alone, the graph and " ." being the
   * same on each: where one such key begins another, the longer goes on
   * with '@', '^' or '-' (a language tag or a datatype), after the space
   * that follows the shorter in its line, so the order is the lines' order.
   */
  nquads(): string {
    let out = '';
    this.writeNQuads((line) => (out += line));
    return out;
  }

  /** The same N-Quads as UTF-8 bytes, never held whole as one string (see encodeUtf8). */
  nquadsUtf8(): Uint8Array {
    return encodeUtf8((append) => this.writeNQuads(append));
  }

  private writeNQuads(append: (line: string) => void): void {
    const encoder = new TermEncoder();
    const graph = encoder.iri(this.graph);
    const lines = new Map<string, string[]>();
    for (const [subject, byPredicate] of this.objects) {
      const rest: string[] = [];
      for (const [predicate, objects] of byPredicate) {
        const p = encoder.iri(predicate);
        for (const object of objects) {
          const o = typeof object === 'string' ? encoder.iri(object) : encoder.literal(object.value, object.language, object.datatype);
          rest.push(`${p} ${o}`);
        }
      }
      lines.set(encoder.iri(subject), rest);
    }
    // Only once every term is written is it known whether any needs code-point order.
    const codePoints = encoder.highCodeUnits;
    const end = ` ${graph} .\n`;
    for (const subject of sortLines([...lines.keys()], codePoints)) {
      for (const rest of sortLines(lines.get(subject)!, codePoints)) append(`${subject} ${rest}${end}`);
    }
  }

  quads(): Quad[] {
    const nodes = new Map<string, NamedNode>();
    const node = (iri: string): NamedNode => {
      let n = nodes.get(iri);
      if (n === undefined) nodes.set(iri, (n = DataFactory.namedNode(iri)));
      return n;
    };
    const graph = node(this.graph);
    return this.added.map(([subject, predicate, object]) =>
      DataFactory.quad(node(subject), node(predicate), typeof object === 'string' ? node(object) : literalTerm(object, node), graph));
  }
}

function sameObject(a: ObjectTerm, b: ObjectTerm): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.value === b.value && a.language === b.language && a.datatype === b.datatype;
}

function literalTerm(parts: LiteralParts, node: (iri: string) => NamedNode): Literal {
  if (parts.language) return DataFactory.literal(parts.value, parts.language);
  return DataFactory.literal(parts.value, parts.datatype === XSD_STRING ? undefined : node(parts.datatype));
}
