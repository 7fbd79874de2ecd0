/**
 * A paragraph with every whitespace run (line breaks of the PDF included)
 * collapsed to one space, so that the recognizers can match "article 347-1"
 * across a line break, with the way back to the offsets of the text as given.
 */
export interface FlatText {
  readonly text: string;
  /** Offset in the original text of each character of `text`. */
  readonly origin: readonly number[];
  readonly originalLength: number;
  /** Whether the whitespace run that became the space at this flat offset held a line break. */
  readonly lineBreakAt: ReadonlySet<number>;
}

export function flatten(original: string): FlatText {
  let text = '';
  const origin: number[] = [];
  const lineBreakAt = new Set<number>();
  const whitespace = /\s+/y;
  let i = 0;
  while (i < original.length) {
    whitespace.lastIndex = i;
    const run = whitespace.exec(original);
    if (run) {
      if (run[0].includes('\n') || run[0].includes('\r')) lineBreakAt.add(text.length);
      origin.push(i);
      text += ' ';
      i += run[0].length;
    } else {
      origin.push(i);
      text += original[i];
      i += 1;
    }
  }
  return { text, origin, originalLength: original.length, lineBreakAt };
}

/** The original [start, end) of a flat [start, end). */
export function originalSpan(flat: FlatText, start: number, end: number): { start: number; end: number } {
  const originalStart = start < flat.origin.length ? flat.origin[start]! : flat.originalLength;
  const originalEnd = end > 0 ? flat.origin[end - 1]! + 1 : originalStart;
  return { start: originalStart, end: Math.max(originalStart, originalEnd) };
}
