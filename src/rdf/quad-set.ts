/**
 * The quads of one graph as the mapping makes them: terms named by their
 * strings, each quad kept once, in the order first added. The set hands
 * them out as RDF/JS quads, or straight as sorted canonical N-Quads, the
 * form a corpus streams, without making a term object for each of them.
 */
import { DataFactory, type Literal, type NamedNode, type Quad } from 'n3';
import { sortLines, TermEncoder } from '../serialize/ntriples.js';
import { compareCodePoints } from '../serialize/order.js';
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
   * quads(). The lines' order is that of their subjects, then predicates,
   * then objects, each as written, so each is sorted on its own, never a
   * whole line: an IRI written in N-Quads ends with the only '>' it holds,
   * so no written subject or predicate begins another; where one written
   * object begins another, the longer goes on with '@', '^' or '-' (a
   * language tag or a datatype) where the shorter's line goes on with a
   * space, which sorts first, as the shorter object does. Most predicates
   * have one object, and a long literal is then never compared at all.
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

  private writeNQuads(append: (text: string) => void): void {
    const encoder = new TermEncoder();
    const graph = encoder.iri(this.graph);
    const subjects = new Map<string, Array<[predicate: string, objects: string[]]>>();
    for (const [subject, byPredicate] of this.objects) {
      const predicates: Array<[string, string[]]> = [];
      for (const [predicate, objects] of byPredicate) {
        const written = objects.map((o) => (typeof o === 'string' ? encoder.iri(o) : encoder.literal(o.value, o.language, o.datatype)));
        predicates.push([encoder.iri(predicate), written]);
      }
      subjects.set(encoder.iri(subject), predicates);
    }
    // Only once every term is written is it known whether any needs code-point order.
    const codePoints = encoder.highCodeUnits;
    const comparePredicates = codePoints ? byFirstCodePoints : byFirstCodeUnits;
    const end = ` ${graph} .\n`;
    for (const subject of sortLines([...subjects.keys()], codePoints)) {
      const predicates = subjects.get(subject)!;
      if (predicates.length > 1) predicates.sort(comparePredicates);
      for (const [predicate, objects] of predicates) {
        if (objects.length > 1) sortLines(objects, codePoints);
        for (const object of objects) append(`${subject} ${predicate} ${object}${end}`);
      }
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

function byFirstCodeUnits(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function byFirstCodePoints(a: [string, unknown], b: [string, unknown]): number {
  return compareCodePoints(a[0], b[0]);
}

function sameObject(a: ObjectTerm, b: ObjectTerm): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.value === b.value && a.language === b.language && a.datatype === b.datatype;
}

function literalTerm(parts: LiteralParts, node: (iri: string) => NamedNode): Literal {
  if (parts.language) return DataFactory.literal(parts.value, parts.language);
  return DataFactory.literal(parts.value, parts.datatype === XSD_STRING ? undefined : node(parts.datatype));
}
