/**
 * The words of the document, to tell a typesetter's hyphen from a hyphen of
 * the text. UN text breaks lines at its own hyphens, whose halves are words
 * ("ill-" + "treatment", "full-" + "fledged"); a typesetter breaks a word
 * where its halves are not ("com-" + "mitted", "Chil-" + "dren"), or where
 * the whole word stands elsewhere in the document.
 *
 * A document asks about a handful of line-end hyphens, so the list keeps
 * only the words those questions are about, known before it is built: no
 * string is made for the thousands of other words of the document.
 */
import type { CleanLine } from './clean.js';
import { lastAtOrBefore } from './locate.js';
import { afterLowercaseLetters, isAsciiLetter, letterLength, lettersBefore, nextLetter } from './letters.js';

/** Endings a typesetter's hyphen leaves on the next line, which are never words of their own. */
const ENDINGS = /^(ing|ings|ed|er|ers|es|s|ly|ment|ments|tion|tions|sion|sions|ity|ities|ive|al|ally|ous|ness|able|ible|ance|ence)$/;

/** The halves of a word that may be broken at the end of a line: "com-" + "mitted". */
export interface HyphenBreak {
  head: string;
  tail: string;
}

/** The letters before the hyphen that ends `prev` and the lower-case letters that open `next`, where there are both. */
export function hyphenBreak(prev: CleanLine, next: CleanLine): HyphenBreak | undefined {
  // As `/(\p{L}+)-$/u` and `/^(\p{Ll}+)/u` would find them.
  const hyphen = prev.text.length - 1;
  if (hyphen < 0 || prev.text.charCodeAt(hyphen) !== HYPHEN) return undefined;
  const headStart = lettersBefore(prev.text, hyphen);
  const tailEnd = afterLowercaseLetters(next.text, 0);
  if (headStart === hyphen || tailEnd === 0) return undefined;
  return { head: prev.text.slice(headStart, hyphen), tail: next.text.slice(0, tailEnd) };
}

/** The hyphen breaks between each line that ends in a hyphen and the line after it. */
export function hyphenBreaks(lines: readonly CleanLine[]): HyphenBreak[] {
  const breaks: HyphenBreak[] = [];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!.text;
    if (prev.charCodeAt(prev.length - 1) !== HYPHEN) continue;
    const halves = hyphenBreak(lines[i - 1]!, lines[i]!);
    if (halves) breaks.push(halves);
  }
  return breaks;
}

export class WordList {
  private readonly lines: CleanLine[];
  /** The lower-cased words that questions about the expected breaks look up. */
  private readonly expected = new Set<string>();
  /** The lower-cased halves of the expected breaks: each word of `expected` holds one. */
  private readonly halves = new Set<string>();
  /** The words of the document among `expected`, built on the first question. */
  private expectedIndex?: WordIndex;
  /** Every word of the document, built only if a break nobody expected is asked about. */
  private fullIndex?: WordIndex;

  /** The words of `lines`, for questions about the `expected` breaks (any other question is answered too, more slowly). */
  constructor(lines: Iterable<CleanLine>, expected: Iterable<HyphenBreak> = []) {
    this.lines = [...lines];
    for (const { head, tail } of expected) {
      const h = head.toLowerCase();
      const t = tail.toLowerCase();
      for (const word of lookedUp(h, t)) this.expected.add(word);
      this.halves.add(h).add(t);
    }
  }

  /** "com" + "mitted": the hyphen between them was put there to break the word. */
  isBrokenWord(head: string, tail: string): boolean {
    const h = head.toLowerCase();
    const t = tail.toLowerCase();
    const { words, compounds, compoundHeads } = this.indexFor(h, t);
    if (compounds.has(`${h}-${t}`) || compoundHeads.has(h)) return false;
    if (words.has(h + t) || (!words.has(h) && !words.has(t))) return true;
    // "ratify-" + "ing": a word and an ending that is no word.
    return !words.has(t) && ENDINGS.test(t);
  }

  private indexFor(h: string, t: string): WordIndex {
    if (lookedUp(h, t).every((w) => this.expected.has(w))) return (this.expectedIndex ??= this.indexExpected());
    return (this.fullIndex ??= indexWords(this.lines));
  }

  private indexExpected(): WordIndex {
    // Searching the document for each half pays only while there are few: beyond that a scan of every line costs less.
    const mayHold = this.halves.size <= MOST_HALVES_SOUGHT ? linesThatMayHold(this.lines, this.halves) : undefined;
    return indexWords(this.lines, this.expected, mayHold);
  }
}

/** The words `isBrokenWord` looks up for the lower-cased halves `h` and `t`. */
function lookedUp(h: string, t: string): string[] {
  return [h, t, h + t, `${h}-${t}`];
}

interface WordIndex {
  words: Set<string>;
  compounds: Set<string>;
  compoundHeads: Set<string>;
}

/**
 * The words (`\p{L}+(?:-\p{L}+)*-?`) of the lines, lower-cased, but for
 * those at the ends of a line, which may be halves of a broken word; only
 * those among `only`, when it is given, and only in the lines `mayHold`
 * marks, when it is given.
 */
function indexWords(lines: readonly CleanLine[], only?: ReadonlySet<string>, mayHold?: Uint8Array): WordIndex {
  const index: WordIndex = { words: new Set(), compounds: new Set(), compoundHeads: new Set() };
  const shapes = only && new WordShapes(only);
  const keep = (word: string) => !only || only.has(word);
  const add = (text: string, start: number, end: number, plain: boolean, last: boolean) => {
    const hyphenEnd = text.charCodeAt(end - 1) === HYPHEN;
    // The ends of a line may be halves of a broken word.
    if ((last && hyphenEnd) || start === 0) return;
    const stop = hyphenEnd ? end - 1 : end;
    if (shapes && plain && !shapes.has(text.charCodeAt(start), stop - start)) return;
    const token = text.slice(start, stop).toLowerCase();
    if (!token.includes('-')) {
      if (keep(token)) index.words.add(token);
      return;
    }
    if (keep(token)) index.compounds.add(token);
    for (const part of token.split('-').slice(0, -1)) if (keep(part)) index.compoundHeads.add(part);
  };
  const scanner = new WordScanner();
  for (let i = 0; i < lines.length; i++) {
    if (mayHold && mayHold[i] === 0) continue;
    const text = lines[i]!.text;
    scanner.reset(text);
    // Each word is added once the next one is looked for, when it is known whether it is the last of the line.
    for (let found = scanner.next(); found; ) {
      const { start, end, plain } = scanner;
      found = scanner.next();
      add(text, start, end, plain, !found);
    }
  }
  return index;
}

/** How many halves of broken words are looked for with indexOf at most (see `linesThatMayHold`). */
const MOST_HALVES_SOUGHT = 12;

/**
 * Which lines may hold one of `words` (lower-cased, no line break in them):
 * those whose lower case contains one. They are found in the lower-cased
 * document with indexOf, far faster than a scan of every character; the
 * words are looked for in the lines that hold one.
 *
 * Undefined (any line may) where lower-casing the whole document is not
 * lower-casing each of its characters in place: a capital I with a dot
 * (U+0130) lengthens, a sigma (U+03A3) takes the form of its place in the
 * word; no other character does either.
 */
function linesThatMayHold(lines: readonly CleanLine[], words: ReadonlySet<string>): Uint8Array | undefined {
  const text = lines.map((l) => l.text).join('\n');
  const lower = text.toLowerCase();
  if (lower.length !== text.length || text.includes('\u03a3')) return undefined;
  const starts = new Int32Array(lines.length);
  for (let i = 1; i < lines.length; i++) starts[i] = starts[i - 1]! + lines[i - 1]!.text.length + 1;
  const mayHold = new Uint8Array(lines.length);
  for (const word of innermost(words)) {
    for (let at = lower.indexOf(word); at >= 0; ) {
      const line = lastAtOrBefore(starts, at);
      mayHold[line] = 1;
      // The rest of that line need not be searched.
      at = line + 1 < lines.length ? lower.indexOf(word, starts[line + 1]) : -1;
    }
  }
  return mayHold;
}

/** The words that hold none of the others: a line that holds one of the words holds one of these. */
function innermost(words: ReadonlySet<string>): string[] {
  const all = [...words];
  return all.filter((w) => !all.some((other) => other !== w && w.includes(other)));
}

/**
 * The first letters and lengths of some words, to rule out at a glance a
 * word of ASCII letters that is none of them.
 */
class WordShapes {
  /** For each ASCII first letter, bit `n` set for a word of length `n` (31 for 31 and longer). */
  private readonly lengths = new Uint32Array(128);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const first = word.charCodeAt(0);
      if (first < 0x80) this.lengths[first]! |= lengthBit(word.length);
    }
  }

  /** Whether a word of ASCII letters that starts with `first` (in either case) and has `length` letters may be among the words. */
  has(first: number, length: number): boolean {
    const lower = first >= 0x41 && first <= 0x5a ? first + 0x20 : first;
    return (this.lengths[lower]! & lengthBit(length)) !== 0;
  }
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

const HYPHEN = 0x2d;

/**
 * The words of a line one after the other, as `/\p{L}+(?:-\p{L}+)*-?/gu`
 * finds them, each with its `start`, its `end` and whether it is `plain`:
 * ASCII letters only, but for a final hyphen.
 */
class WordScanner {
  start = 0;
  end = 0;
  plain = true;
  private text = '';

  reset(text: string): void {
    this.text = text;
    this.end = 0;
  }

  /** Moves on to the next word; false when there is none. */
  next(): boolean {
    const text = this.text;
    let i = nextLetter(text, this.end);
    if (i >= text.length) return false;
    this.start = i;
    let plain = true;
    for (;;) {
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c < 0x80) {
          if (!isAsciiLetter(c)) break;
          i++;
        } else {
          const n = letterLength(text, i);
          if (n === 0) break;
          plain = false;
          i += n;
        }
      }
      if (i >= text.length || text.charCodeAt(i) !== HYPHEN) break;
      i++;
      // A hyphen between letters joins them into one word; any other ends the word.
      if (letterLength(text, i) === 0) break;
      plain = false;
    }
    this.end = i;
    this.plain = plain;
    return true;
  }
}
