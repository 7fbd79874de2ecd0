/**
 * What the guards of the recognizers ask of a paragraph, read in one pass
 * over it: the set of its lower-cased trigrams, and which words of WORDS it
 * holds (the text lower-cased is made only when a literal needs it).
 *
 * A literal one of whose trigrams is not in the set is not in the text: most
 * literals a guard looks for (literals.ts) are told missing by a few lookups
 * instead of a scan of the text. A word is told by one lookup.
 */
import { Vocabulary, wordHash } from './words.js';

/** The words paragraph indexes tell: recognizers add theirs as their modules load, before any paragraph is read. */
export const WORDS = new Vocabulary();

/** A literal as a guard looks for it. */
export interface Literal {
  readonly text: string;
  /** Whether it is looked for in the text lower-cased (it is lower-cased itself). */
  readonly caseless: boolean;
  /** Its trigrams' bits in a paragraph's set; empty when it is not plain ASCII, to be looked for by a scan only. */
  readonly trigrams: Int32Array;
}

const TRIGRAM_BITS = 1 << 12;

/** The bit of the trigram that ends a rolling hash of lower-cased character codes (see `step`). */
function trigramBit(rolling: number): number {
  return Math.imul(rolling, 0x9e3779b1) >>> 20;
}

/** The rolling hash of the last three character codes, with `code` the last. */
function step(rolling: number, code: number): number {
  return ((rolling << 7) ^ code) & 0x1fffff;
}

export function literal(text: string, caseless: boolean): Literal {
  const bits: number[] = [];
  // Lower-casing is one character at a time for ASCII only: a literal of other characters may lower-case otherwise in a text.
  if (/^[\x00-\x7f]*$/.test(text)) {
    const lower = text.toLowerCase();
    let rolling = 0;
    for (let i = 0; i < lower.length; i++) {
      rolling = step(rolling, lower.charCodeAt(i));
      if (i >= 2) bits.push(trigramBit(rolling));
    }
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

/**
 * "İ" and the Kelvin sign "K" lower-case to ASCII letters: next to a word
 * they make it another word of the lower-cased text, though an expression
 * that wants the word whole still matches ("Torture" before "İ" is not the
 * word "torture" of "torturei̇").
 */
const LOWERS_TO_ASCII = /[\u0130\u212a]/;

/** A paragraph that all the recognizers' guards ask about. */
export class ParagraphIndex implements LiteralSource {
  /**
   * The trigram set (TRIGRAM_BITS bits) then one bit for each word of WORDS:
   * one allocation, since a paragraph index is made for every paragraph and
   * part, and a typed array costs more to make than a few hundred bytes to fill.
   */
  private readonly bits: Int32Array;
  private readonly wordCount = WORDS.size;
  private readonly wordsAreWhole: boolean;
  private lowered: string | undefined;

  constructor(readonly text: string) {
    this.wordsAreWhole = !LOWERS_TO_ASCII.test(text);
    // Without "İ" or "K", a character of the text lower-cased is ASCII exactly
    // when it is, and then it is the character with A-Z made a-z: the words and
    // the (ASCII) trigrams a literal looks up are read from the text as it is,
    // with no lower-cased copy made. (Every other character of Unicode lower-cases
    // to characters that are no ASCII, one for one; test/extract/refs-guards.test.ts
    // checks it.) With them, the text lower-cased is read, as it is searched.
    const source = this.wordsAreWhole ? text : text.toLowerCase();
    if (!this.wordsAreWhole) this.lowered = source;
    const bits = new Int32Array(TRIGRAM_BITS / 32 + ((this.wordCount + 31) >>> 5));
    this.bits = bits;
    const length = source.length;
    let rolling = 0;
    let wordStart = -1;
    let hash = 0;
    // One step past the end closes the last word (in the loop: code after the loop that seldom runs makes V8 drop the loop's optimized code).
    for (let i = 0; i <= length; i++) {
      let code = i < length ? source.charCodeAt(i) : 0;
      if (code >= 65 && code <= 90) code |= 32;
      if (code >= 97 && code <= 122) {
        if (wordStart < 0) {
          wordStart = i;
          hash = 0;
        }
        hash = wordHash(hash, code);
      } else if (wordStart >= 0) {
        const id = WORDS.idOfLetters(source, wordStart, i, hash);
        if (id >= 0) bits[TRIGRAM_BITS / 32 + (id >>> 5)]! |= 1 << (id & 31);
        wordStart = -1;
      }
      if (i === length) break;
      rolling = step(rolling, code);
      if (i >= 2) {
        const bit = trigramBit(rolling);
        bits[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  }

  /** The text lower-cased, made only when a caseless literal passed its trigrams. */
  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }

  includes(literal: Literal): boolean {
    const keys = literal.trigrams;
    const bits = this.bits;
    for (let i = 0; i < keys.length; i++) {
      const bit = keys[i]!;
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return (literal.caseless ? this.lower : this.text).includes(literal.text);
  }

  /** Whether the word (an id of WORDS) is a word of the paragraph. */
  hasWord(id: number): boolean {
    if (id >= this.wordCount) throw new Error('a word added to WORDS after a paragraph was indexed');
    return (this.bits[TRIGRAM_BITS / 32 + (id >>> 5)]! & (1 << (id & 31))) !== 0;
  }

  /**
   * Whether an expression may match here that holds the word whole, bounded
   * by characters that are no ASCII letters: it is a word of the paragraph,
   * or the paragraph has a letter that lower-cases to ASCII.
   */
  mayHoldWhole(id: number): boolean {
    return this.hasWord(id) || !this.wordsAreWhole;
  }
}

/** The index of the last paragraph asked for: the recognizers run one expression after another on one paragraph. */
let last: ParagraphIndex | null = null;

export function paragraphIndex(text: string): ParagraphIndex {
  if (last === null || last.text !== text) last = new ParagraphIndex(text);
  return last;
}
