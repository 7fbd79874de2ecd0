/**
 * Canonical N-Quads as this module's writers write them, read back fast:
 * the lines of a corpus document that a block of Turtle, TriG or JSON-LD is
 * made from. A general parser lexes each line with regular expressions and
 * took a third of the time of such a block; the writers' canonical form
 * (RDF 1.1 N-Triples, section 4) leaves little to decide, so each term is
 * found with indexOf. Anything else (a blank node, a comment, an escape the
 * writers never make, a stray space) makes the reader give up, and the
 * caller reads the text with a general parser instead.
 */
import { DataFactory, type NamedNode, type Quad } from 'n3';

const { literal, namedNode, quad, defaultGraph } = DataFactory;

const LT = 0x3c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SPACE = 0x20;
const DOT = 0x2e;
const NEWLINE = 0x0a;
const AT = 0x40;
const CARET = 0x5e;

/** The quads of `text`, or undefined where it is not canonical N-Quads of IRIs and literals. */
export function readCanonicalNQuads(text: string): Quad[] | undefined {
  const reader = new Reader(text);
  const quads: Quad[] = [];
  while (reader.at < text.length) {
    const q = reader.line();
    if (q === undefined) return undefined;
    quads.push(q);
  }
  return quads;
}

class Reader {
  at = 0;
  /** The named nodes read so far: subjects, predicates and graphs repeat on most lines. */
  private readonly nodes = new Map<string, NamedNode>();

  constructor(private readonly text: string) {}

  line(): Quad | undefined {
    const subject = this.iri();
    if (subject === undefined || !this.space()) return undefined;
    const predicate = this.iri();
    if (predicate === undefined || !this.space()) return undefined;
    const object = this.text.charCodeAt(this.at) === QUOTE ? this.literal() : this.iri();
    if (object === undefined || !this.space()) return undefined;
    let graph: NamedNode | undefined;
    if (this.text.charCodeAt(this.at) === LT) {
      graph = this.iri();
      if (graph === undefined || !this.space()) return undefined;
    }
    if (this.text.charCodeAt(this.at) !== DOT || this.text.charCodeAt(this.at + 1) !== NEWLINE) return undefined;
    this.at += 2;
    return quad(subject, predicate, object, graph ?? defaultGraph());
  }

  private space(): boolean {
    if (this.text.charCodeAt(this.at) !== SPACE) return false;
    this.at++;
    return true;
  }

  private iri(): NamedNode | undefined {
    const text = this.text;
    if (text.charCodeAt(this.at) !== LT) return undefined;
    const end = text.indexOf('>', this.at + 1);
    if (end < 0) return undefined;
    const written = text.slice(this.at + 1, end);
    this.at = end + 1;
    let node = this.nodes.get(written);
    if (node === undefined) {
      const value = iriValue(written);
      if (value === undefined) return undefined;
      node = namedNode(ownCopy(value));
      this.nodes.set(written, node);
    }
    return node;
  }

  private literal(): Quad['object'] | undefined {
    const text = this.text;
    const start = this.at + 1;
    // The closing quote is the first one after an even number of backslashes.
    let end = text.indexOf('"', start);
    while (end >= 0 && escaped(text, end, start)) end = text.indexOf('"', end + 1);
    if (end < 0) return undefined;
    // A line break in a literal is written as an escape: a raw one is another line.
    const lineEnd = text.indexOf('\n', start);
    if (lineEnd >= 0 && lineEnd < end) return undefined;
    const written = text.slice(start, end);
    const value = written.includes('\\') ? stringValue(written) : written;
    if (value === undefined) return undefined;
    this.at = end + 1;
    const next = text.charCodeAt(this.at);
    if (next === AT) {
      const tagEnd = text.indexOf(' ', this.at);
      if (tagEnd < 0) return undefined;
      const tag = text.slice(this.at + 1, tagEnd);
      if (!LANGUAGE_TAG.test(tag)) return undefined;
      this.at = tagEnd;
      return literal(value, tag);
    }
    if (next === CARET) {
      if (text.charCodeAt(this.at + 1) !== CARET) return undefined;
      this.at += 2;
      const datatype = this.iri();
      return datatype === undefined ? undefined : literal(value, datatype);
    }
    return literal(value);
  }
}

/**
 * The string as a string of its own. A slice of the text read would keep
 * the whole text alive for as long as the IRI is kept: a reader of a large
 * dump keeps a few IRIs of each piece it reads (stats keeps the documents'),
 * and held every piece. Joined to another string and sliced again, it is
 * copied (V8 slices only flat strings; short ones are always copied).
 */
function ownCopy(value: string): string {
  return ` ${value}`.slice(1);
}

const LANGUAGE_TAG = /^[a-zA-Z]+(?:-[a-zA-Z0-9]+)*$/;

/** Whether the quote at `at` follows an odd number of backslashes (back to `start`). */
function escaped(text: string, at: number, start: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= start && text.charCodeAt(i) === BACKSLASH; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** An IRI as written between < and >: the characters IRIREF forbids come as \uXXXX, which the writers make of nothing else. */
function iriValue(written: string): string | undefined {
  if (!written.includes('\\')) return FORBIDDEN_IN_IRI.test(written) ? undefined : written;
  if (!ESCAPED_IRI.test(written)) return undefined;
  return written.replace(/\\u([0-9A-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Characters allowed in IRIREF, or \uXXXX escapes. */
const ESCAPED_IRI = /^(?:[^\u0000-\u0020<>"{}|^`\\]|\\u[0-9A-F]{4})*$/;

const FORBIDDEN_IN_IRI = /[\u0000-\u0020<>"{}|^`]/;

const STRING_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', n: '\n', r: '\r' };

/** A string as written between quotes: only the four escapes canonical N-Triples makes. */
function stringValue(written: string): string | undefined {
  let invalid = false;
  const value = written.replace(/\\(.)/gs, (escape, character: string) => {
    const replacement = STRING_ESCAPES[character];
    if (replacement === undefined) invalid = true;
    return replacement ?? escape;
  });
  return invalid ? undefined : value;
}
