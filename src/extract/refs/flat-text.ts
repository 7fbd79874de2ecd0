/**
 * A paragraph with every whitespace run (line breaks of the PDF included)
 * collapsed to one space, so that the recognizers can match "article 347-1"
 * across a line break, with the way back to the offsets of the text as given.
 */
export interface FlatText {
  readonly text: string;
  /** Offset in the original text of each character of `text`; null when the text was already flat (each offset its own). */
  readonly origin: Uint32Array | null;
  readonly originalLength: number;
  /** Whether the whitespace run that became the space at this flat offset held a line break. */
  readonly lineBreakAt: ReadonlySet<number>;
}

const WHITESPACE_RUN = /\s+/g;
/** What flattening changes: a run of two or more whitespace characters, or one that is not a plain space. */
const NOT_FLAT = /\s{2,}|[^\S ]/;
const NO_LINE_BREAKS: ReadonlySet<number> = new Set();

export function flatten(original: string): FlatText {
  // Most paragraphs come already flat: nothing to build.
  if (!NOT_FLAT.test(original)) return { text: original, origin: null, originalLength: original.length, lineBreakAt: NO_LINE_BREAKS };
  const text = original.replace(WHITESPACE_RUN, ' ');
  const origin = new Uint32Array(text.length);
  const lineBreakAt = new Set<number>();
  let flat = 0;
  let copied = 0;
  WHITESPACE_RUN.lastIndex = 0;
  for (let run = WHITESPACE_RUN.exec(original); run !== null; run = WHITESPACE_RUN.exec(original)) {
    for (let i = copied; i < run.index; i++) origin[flat++] = i;
    if (run[0].includes('\n') || run[0].includes('\r')) lineBreakAt.add(flat);
    origin[flat++] = run.index;
    copied = run.index + run[0].length;
  }
  for (let i = copied; i < original.length; i++) origin[flat++] = i;
  return { text, origin, originalLength: original.length, lineBreakAt };
}

/** The original [start, end) of a flat [start, end). */
export function originalSpan(flat: FlatText, start: number, end: number): { start: number; end: number } {
  const originOf = (offset: number): number => (flat.origin === null ? offset : flat.origin[offset]!);
  const originalStart = start < flat.text.length ? originOf(start) : flat.originalLength;
  const originalEnd = end > 0 ? originOf(end - 1) + 1 : originalStart;
  return { start: originalStart, end: Math.max(originalStart, originalEnd) };
}
