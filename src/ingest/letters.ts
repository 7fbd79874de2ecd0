/**
 * Letters (`\p{L}`) told by character code, for the loops that look at every
 * character of a document, where a Unicode regular expression per character
 * would cost more than everything else the loop does.
 */

const LETTER = /^\p{L}$/u;

/** Whether each BMP character is a letter: 0 not yet known, 1 a letter, 2 not a letter. */
let bmpLetters: Uint8Array | undefined;

function isLetterCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  bmpLetters ??= new Uint8Array(0x10000);
  let known = bmpLetters[cp]!;
  if (known === 0) bmpLetters[cp] = known = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
  return known === 1;
}

/**
 * The length in UTF-16 units of the letter at `i` of `text`: 1, 2 for a
 * letter outside the BMP, 0 where there is none. As with a `u` regular
 * expression, a surrogate pair is one character and a lone surrogate none.
 */
export function letterLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isLetterCodePoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isLetterCodePoint(c) ? 1 : 0;
}
