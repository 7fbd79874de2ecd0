/**
 * What the guards of the recognizers ask of a paragraph (literals.ts), read
 * once for it: the text lower-cased, and the set of its lower-cased
 * trigrams. A literal one of whose trigrams is not in the set is not in the
 * text: most literals a guard looks for are told missing by a few lookups
 * instead of a scan of the text.
 */

/** A literal as a guard looks for it. */
export interface Literal {
  readonly text: string;
  /** Whether it is looked for in the text lower-cased (it is lower-cased itself). */
  readonly caseless: boolean;
  /** Its trigrams' bits in a TrigramSet; empty when it is not plain ASCII, to be looked for by a scan only. */
  readonly trigrams: Int32Array;
}

const BITS = 1 << 14;

function trigramBit(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 18;
}

export function literal(text: string, caseless: boolean): Literal {
  const bits: number[] = [];
  // Lower-casing is one character at a time for ASCII only: a literal of other characters may lower-case otherwise in a text.
  if (/^[\x00-\x7f]*$/.test(text)) {
    const lower = text.toLowerCase();
    for (let i = 2; i < lower.length; i++) bits.push(trigramBit(lower.charCodeAt(i - 2), lower.charCodeAt(i - 1), lower.charCodeAt(i)));
  }
  return { text, caseless, trigrams: Int32Array.from(bits) };
}

/** A text that a guard looks for literals in. */
export interface LiteralSource {
  /** Whether the text (lower-cased for a caseless literal) holds the literal. */
  includes(literal: Literal): boolean;
}

/** A text looked in by a scan for each literal: for a text asked about a few literals only. */
export class PlainText implements LiteralSource {
  private lower: string | undefined;

  constructor(readonly text: string) {}

  includes(literal: Literal): boolean {
    return (literal.caseless ? (this.lower ??= this.text.toLowerCase()) : this.text).includes(literal.text);
  }
}

/** A paragraph that all the recognizers' guards ask about: a literal is first looked up among its trigrams. */
export class ParagraphIndex implements LiteralSource {
  readonly lower: string;
  private readonly trigrams = new Uint32Array(BITS / 32);

  constructor(readonly text: string) {
    const lower = text.toLowerCase();
    this.lower = lower;
    const trigrams = this.trigrams;
    for (let i = 2; i < lower.length; i++) {
      const bit = trigramBit(lower.charCodeAt(i - 2), lower.charCodeAt(i - 1), lower.charCodeAt(i));
      trigrams[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  includes(literal: Literal): boolean {
    const keys = literal.trigrams;
    for (let i = 0; i < keys.length; i++) {
      const bit = keys[i]!;
      if ((this.trigrams[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return (literal.caseless ? this.lower : this.text).includes(literal.text);
  }
}

/** The index of the last paragraph asked for: the recognizers run one expression after another on one paragraph. */
let last: ParagraphIndex | null = null;

export function paragraphIndex(text: string): ParagraphIndex {
  if (last === null || last.text !== text) last = new ParagraphIndex(text);
  return last;
}
