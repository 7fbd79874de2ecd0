/**
 * One line's characters cleaned: soft hyphens, zero-width characters and
 * byte-order marks dropped, every kind of space made one space, runs of
 * spaces folded, ligatures spelled out, hyphen variants made "-", and the
 * line trimmed. Each character keeps its source offset and weight.
 */
import type { RawLine } from './lines.js';

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Characters that stand for a space in extracted text. */
const SPACE_LIKE = /[\t\v\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
/** Characters that carry nothing: zero-width spaces and joiners, BOM, other controls. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/;
const SOFT_HYPHEN = '\u00ad';
/** Hyphen (U+2010) and non-breaking hyphen (U+2011): the same hyphen as "-" in the text. */
const HYPHENS = /[\u2010\u2011]/;

export interface CleanLine {
  text: string;
  offsets: number[];
  bold: boolean[];
  /** Offset in the source just past the line. */
  endOffset: number;
  /** The line ended in a soft hyphen: a word broken at the line end. */
  softHyphenEnd: boolean;
  source: RawLine;
}

/** A line of printable ASCII, single spaces, no bold: nothing to clean but its ends. */
const PLAIN = /^ *[\x21-\x7e](?:[\x21-\x7e]| (?=[\x21-\x7e]))* *$/;

export function cleanLine(raw: RawLine): CleanLine {
  if (raw.bold === undefined) {
    if (PLAIN.test(raw.text) && !/ - *$/.test(raw.text)) {
      const start = raw.text.length - raw.text.trimStart().length;
      const trimmed = raw.text.trim();
      // The same as the general loop below gives such a line, character for character.
      const offsets: number[] = new Array(trimmed.length);
      for (let i = 0; i < trimmed.length; i++) offsets[i] = raw.offsets[start + i]!;
      return { text: trimmed, offsets, bold: new Array<boolean>(trimmed.length).fill(false), endOffset: raw.endOffset, softHyphenEnd: false, source: raw };
    }
  }
  const chars: string[] = [];
  const offsets: number[] = [];
  const bold: boolean[] = [];
  let pendingSpace = -1;
  let softHyphenEnd = false;
  for (let i = 0; i < raw.text.length; i++) {
    let ch = raw.text[i]!;
    const at = raw.offsets[i]!;
    if (ch === SOFT_HYPHEN) {
      softHyphenEnd = true;
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    if (SPACE_LIKE.test(ch) || ch === '\r' || ch === '\n' || ch === '\f') ch = ' ';
    if (ch === ' ') {
      if (chars.length > 0 && pendingSpace < 0) pendingSpace = at;
      continue;
    }
    softHyphenEnd = false;
    if (pendingSpace >= 0) {
      chars.push(' ');
      offsets.push(pendingSpace);
      // A space between two bold words is bold: the bold span runs on.
      bold.push(raw.bold?.[i] === 1 && bold[bold.length - 1] === true);
      pendingSpace = -1;
    }
    if (HYPHENS.test(ch)) ch = '-';
    const weight = raw.bold?.[i] === 1;
    for (const c of LIGATURES[ch] ?? ch) {
      chars.push(c);
      offsets.push(at);
      bold.push(weight);
    }
  }
  // pdftotext -layout sets a typesetter's line-end hyphen apart: "incorporat -".
  const last = chars.length - 1;
  if (chars[last] === '-' && chars[last - 1] === ' ' && /\p{Ll}/u.test(chars[last - 2] ?? '')) {
    chars.splice(last - 1, 1);
    offsets.splice(last - 1, 1);
    bold.splice(last - 1, 1);
  }
  return { text: chars.join(''), offsets, bold, endOffset: raw.endOffset, softHyphenEnd, source: raw };
}
