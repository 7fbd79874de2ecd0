/**
 * Text joined from broken lines, with the offset in the normalized text of
 * every character, so that what a recognizer finds in the joined text can be
 * anchored in the document.
 */

export interface Span {
  start: number;
  end: number;
}

export class JoinedText {
  constructor(
    readonly text: string,
    /** Normalized-text offset of each character of `text`, plus one for its end. */
    private readonly offsets: Int32Array,
  ) {}

  /** The normalized-text span of `text.slice(start, end)`. */
  spanOf(start: number, end: number): Span {
    if (end <= start) {
      const at = this.offsets[start]!;
      return { start: at, end: at };
    }
    return { start: this.offsets[start]!, end: this.offsets[end - 1]! + 1 };
  }

  slice(start: number, end: number): JoinedText {
    const text = this.text.slice(start, end);
    const offsets = new Int32Array(text.length + 1);
    offsets.set(this.offsets.subarray(start, end));
    offsets[text.length] = this.offsets[end]!;
    return new JoinedText(text, offsets);
  }

  /** The same text without leading and trailing white space. */
  trim(): JoinedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return end <= start ? this.slice(start, start) : this.slice(start, end);
  }

  /** The first index of `text` at or after normalized offset `offset`. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get length(): number {
    return this.text.length;
  }
}

/**
 * Joins lines `[start, end)` of the normalized text: a line break (and any
 * blank line) becomes one space, except after a line-end hyphen, which is a
 * real hyphen in UN text ("347-" + "1" is "347-1", "ill-" + "treatment").
 */
export function joinLines(normalized: string, start: number, end: number): JoinedText {
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = start;
  while (i < end) {
    const ch = normalized[i]!;
    if (ch === '\n') {
      let j = i;
      while (j < end && normalized[j] === '\n') j++;
      if (j >= end) break;
      if (chars.length > 0 && chars[chars.length - 1] !== '-') {
        chars.push(' ');
        offsets.push(i);
      }
      i = j;
      continue;
    }
    chars.push(ch);
    offsets.push(i);
    i++;
  }
  const text = chars.join('');
  const table = new Int32Array(text.length + 1);
  table.set(offsets);
  table[text.length] = offsets.length > 0 ? offsets[offsets.length - 1]! + 1 : start;
  return new JoinedText(text, table);
}
