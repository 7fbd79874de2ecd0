/**
 * The character scans that stand in for regular expressions and for
 * per-character loops in the normalizer give what those gave: each is
 * checked against the expression it replaces on many random strings made
 * of the characters where the two could part ways (surrogates, letters
 * whose lower case is longer or depends on the word, spaces of every
 * kind, soft hyphens, ligatures, line breaks).
 */
import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../src/ingest/clean.js';
import { afterLowercaseLetters, letterLength, lettersBefore, nextLetter } from '../../src/ingest/letters.js';
import { LineBreaks } from '../../src/ingest/line-breaks.js';
import type { RawLine } from '../../src/ingest/lines.js';
import { lineStarts } from '../../src/ingest/locate.js';
import { endsSentence } from '../../src/ingest/unwrap.js';
import { hyphenBreak, hyphenBreaks, WordList } from '../../src/ingest/words.js';

/** A seeded generator of strings over `alphabet`, so that a failure can be replayed. */
function strings(alphabet: string[], seed: number): (maxLength: number) => string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  return (maxLength) => {
    let s = '';
    for (let n = next(maxLength + 1); n > 0; n--) s += alphabet[next(alphabet.length)];
    return s;
  };
}

const LETTERS = ['a', 'Z', 'é', 'É', 'ß', 'İ', 'Σ', 'ǅ', 'ª', '\u{1d400}', '\u{1d41a}', '\u{10428}', '\u{10400}'];
const OTHERS = ['-', ' ', '1', "'", '’', '–', '\u0301', '\ud835', '\udc00', '.', '\u00ad'];

describe('letters told by code are the letters of \\p{L} and \\p{Ll}', () => {
  const random = strings([...LETTERS, ...OTHERS], 1);
  it('at every offset, forwards and backwards', () => {
    for (let k = 0; k < 3000; k++) {
      const text = random(8);
      for (let i = 0; i <= text.length; i++) {
        expect(letterLength(text, i), `${JSON.stringify(text)} at ${i}`).toBe(/^\p{L}/u.exec(text.slice(i))?.[0].length ?? 0);
        expect(afterLowercaseLetters(text, i) - i).toBe(/^\p{Ll}*/u.exec(text.slice(i))![0].length);
        const at = text.slice(i).search(/\p{L}/u);
        expect(nextLetter(text, i)).toBe(at < 0 ? text.length : i + at);
      }
      const head = /(\p{L}+)$/u.exec(text)?.[1] ?? '';
      expect(lettersBefore(text, text.length), JSON.stringify(text)).toBe(text.length - head.length);
    }
  });
});

describe('the word list', () => {
  /** The word list as it was: every word of every line in a set, read with a regular expression. */
  function isBrokenWordByRegex(lines: string[], head: string, tail: string): boolean {
    const words = new Set<string>();
    const compounds = new Set<string>();
    const compoundHeads = new Set<string>();
    for (const line of lines) {
      const tokens = [...line.matchAll(/\p{L}+(?:-\p{L}+)*-?/gu)];
      tokens.forEach((m, i) => {
        if ((i === tokens.length - 1 && m[0].endsWith('-')) || (i === 0 && m.index === 0)) return;
        const token = m[0].replace(/-$/, '').toLowerCase();
        if (!token.includes('-')) words.add(token);
        else {
          compounds.add(token);
          for (const part of token.split('-').slice(0, -1)) compoundHeads.add(part);
        }
      });
    }
    const h = head.toLowerCase();
    const t = tail.toLowerCase();
    if (compounds.has(`${h}-${t}`) || compoundHeads.has(h)) return false;
    if (words.has(h + t) || (!words.has(h) && !words.has(t))) return true;
    return !words.has(t) && /^(ing|ings|ed|er|ers|es|s|ly|ment|ments|tion|tions|sion|sions|ity|ities|ive|al|ally|ous|ness|able|ible|ance|ence)$/.test(t);
  }

  const random = strings([...LETTERS, ...OTHERS, '-', '-', ' ', 'ab', 'ing', 'com', 'mitted', 'ill', 'treatment'], 2);
  const line = (text: string) => ({ text }) as Parameters<typeof hyphenBreak>[0];

  it('finds the halves of a line-end hyphen as the regular expressions did', () => {
    for (let k = 0; k < 5000; k++) {
      const prev = random(10);
      const next = random(6);
      const head = /(\p{L}+)-$/u.exec(prev)?.[1];
      const tail = /^(\p{Ll}+)/u.exec(next)?.[1];
      expect(hyphenBreak(line(prev), line(next)), JSON.stringify([prev, next])).toEqual(head && tail ? { head, tail } : undefined);
    }
  });

  it('answers as the full list did, for the breaks it expects and for any other', () => {
    for (let k = 0; k < 2000; k++) {
      // Now and then a document with more broken words than are looked for line by line.
      const texts = Array.from({ length: k % 50 === 0 ? 40 : 1 + (k % 6) }, () => random(12));
      const lines = texts.map(line);
      const expected = hyphenBreaks(lines);
      const lists = [new WordList(lines, expected), new WordList(lines)];
      const questions = [...expected.map((b) => [b.head, b.tail]), [random(3) || 'a', random(2) || 'b']];
      for (const t of texts) for (const m of t.matchAll(/\p{L}+/gu)) questions.push([m[0], 'ing'], ['com', m[0]]);
      for (const [head, tail] of questions) {
        const want = isBrokenWordByRegex(texts, head!, tail!);
        for (const list of lists) expect(list.isBrokenWord(head!, tail!), JSON.stringify([texts, head, tail])).toBe(want);
      }
    }
  });
});

describe('line breaks found with indexOf', () => {
  const random = strings(['a', ' ', '\n', '\r', '\r\n', '\f', '\u2028', 'é'], 3);
  it('start the lines where a scan of every character started them', () => {
    for (let k = 0; k < 5000; k++) {
      const text = random(12);
      const starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 12 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
      expect(lineStarts(text), JSON.stringify(text)).toEqual(starts);
      const breaks = new LineBreaks(text);
      const first = /[\r\n\f]/.exec(text);
      expect(breaks.next(0)).toBe(first ? first.index : text.length);
    }
  });
});

describe('the end of a sentence told from the end of the line', () => {
  const random = strings(['a', '.', '!', '?', ';', ':', '"', '”', '’', ')', ']', ' ', ','], 4);
  it('is what /[.!?;:]["”’)\\]]*$/ tells', () => {
    for (let k = 0; k < 20000; k++) {
      const text = random(6);
      expect(endsSentence(text), JSON.stringify(text)).toBe(/[.!?;:]["”’)\]]*$/.test(text));
    }
  });
});

describe('cleanLine', () => {
  /** The characters of a line cleaned one by one, as the normalizer always did. */
  function cleanByCharacter(raw: RawLine): { text: string; offsets: number[]; bold: number[]; softHyphenEnd: boolean } {
    const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };
    const chars: string[] = [];
    const offsets: number[] = [];
    const bold: number[] = [];
    let pendingSpace = -1;
    let softHyphenEnd = false;
    for (let i = 0; i < raw.text.length; i++) {
      let ch = raw.text[i]!;
      const at = raw.offsets[i]!;
      if (ch === '\u00ad') {
        softHyphenEnd = true;
        continue;
      }
      if (/[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/.test(ch)) continue;
      if (/[\t\v\u00a0\u2000-\u200a\u202f\u205f\u3000\r\n\f ]/.test(ch)) {
        if (chars.length > 0 && pendingSpace < 0) pendingSpace = at;
        continue;
      }
      softHyphenEnd = false;
      if (pendingSpace >= 0) {
        chars.push(' ');
        offsets.push(pendingSpace);
        bold.push(raw.bold?.[i] === 1 && bold[bold.length - 1] === 1 ? 1 : 0);
        pendingSpace = -1;
      }
      if (/[\u2010\u2011]/.test(ch)) ch = '-';
      for (const c of LIGATURES[ch] ?? ch) {
        chars.push(c);
        offsets.push(at);
        bold.push(raw.bold?.[i] === 1 ? 1 : 0);
      }
    }
    const last = chars.length - 1;
    if (chars[last] === '-' && chars[last - 1] === ' ' && /\p{Ll}/u.test(chars[last - 2] ?? '')) {
      chars.splice(last - 1, 1);
      offsets.splice(last - 1, 1);
      bold.splice(last - 1, 1);
    }
    return { text: chars.join(''), offsets, bold, softHyphenEnd };
  }

  const plain = strings([' ', ' ', ' ', 'a', 'Z', '-', '.', '~'], 5);
  const any = strings([' ', ' ', 'a', 'b', '-', '.', '\t', '\u00a0', '\u00ad', '\u200b', '\ufb03', '\u2010', 'é', '\r', '\x7f', '\ud835', '\udc00', '\u2028'], 6);

  it('gives plain, blank and any other line, bold or not, what the loop over its characters gave', () => {
    for (let k = 0; k < 20000; k++) {
      const text = k % 2 ? plain(12) : any(k % 5 ? 10 : 40);
      const offsets = Int32Array.from(text.split(''), (_, i) => 100 + 2 * i);
      const bold = k % 3 === 0 ? Uint8Array.from(text.split(''), (_, i) => (i * 7 + k) % 3 === 0 ? 1 : 0) : undefined;
      const raw: RawLine = { text, offsets, bold, endOffset: 999 };
      const want = cleanByCharacter(raw);
      const got = cleanLine(raw);
      expect([got.text, [...got.offsets], got.bold ? [...got.bold] : want.bold.map(() => 0), got.softHyphenEnd], JSON.stringify(text)).toEqual([
        want.text,
        want.offsets,
        want.bold,
        want.softHyphenEnd,
      ]);
    }
  });
});
