/**
 * Letters (`\p{L}`) and lower-case letters (`\p{Ll}`) told by character
 * code, for the loops that look at every character of a document, where a
 * Unicode regular expression per character would cost more than everything
 * else the loop does. As with a `u` regular expression, a surrogate pair is
 * one character and a lone surrogate is no letter.
 */

const LETTER = /^\p{L}$/u;
const LOWERCASE_LETTER = /^\p{Ll}$/u;

const IS_LETTER = 1;
const IS_LOWERCASE = 2;
const KNOWN = 4;

/** What each BMP character is, looked up once: 0 not yet, else KNOWN with IS_LETTER and IS_LOWERCASE. */
let bmpKinds: Uint8Array | undefined;

function lookUpKind(char: string): number {
  return KNOWN | (LETTER.test(char) ? IS_LETTER : 0) | (LOWERCASE_LETTER.test(char) ? IS_LOWERCASE : 0);
}

function kindOf(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return KNOWN | IS_LETTER | IS_LOWERCASE;
    return cp >= 0x41 && cp <= 0x5a ? KNOWN | IS_LETTER : KNOWN;
  }
  if (cp > 0xffff) return lookUpKind(String.fromCodePoint(cp));
  bmpKinds ??= new Uint8Array(0x10000);
  let kind = bmpKinds[cp]!;
  if (kind === 0) bmpKinds[cp] = kind = lookUpKind(String.fromCharCode(cp));
  return kind;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The length in UTF-16 units (1 or 2) of the character at `i`, of `kind`; 0 where there is none. */
function lengthAt(text: string, i: number, kind: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return kindOf((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) & kind ? 2 : 0;
  }
  return kindOf(c) & kind ? 1 : 0;
}

/** The length in UTF-16 units of the letter at `i` of `text`: 1, 2 for a letter outside the BMP, 0 where there is none. */
export function letterLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) ? 1 : 0;
  return lengthAt(text, i, IS_LETTER);
}

/** The offset of the first letter at or after `from`, or the length of the text. */
export function nextLetter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? isAsciiLetter(c) : lengthAt(text, i, IS_LETTER) > 0) return i;
  }
  return text.length;
}

/** The offset where the run of letters that ends at `end` starts (`end` itself where none does). */
export function lettersBefore(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!(kindOf((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000) & IS_LETTER)) break;
        i -= 2;
        continue;
      }
    }
    if (!(kindOf(c) & IS_LETTER)) break;
    i--;
  }
  return i;
}

/** The offset just past the run of lower-case letters that starts at `at` (`at` itself where none does). */
export function afterLowercaseLetters(text: string, at: number): number {
  let i = at;
  for (let n = lengthAt(text, i, IS_LOWERCASE); n > 0; n = lengthAt(text, i, IS_LOWERCASE)) i += n;
  return i;
}
