/** Sentence boundaries in UN prose, where "para. 12" and "arts. 2" end no sentence. */

/** Words whose full stop ends no sentence. */
const ABBREVIATIONS = new Set(['art', 'arts', 'para', 'paras', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'e.g', 'i.e', 'etc', 'add', 'rev', 'corr', 'vol', 'p', 'pp', 'sect', 'chap', 'cf', 'st', 'inc', 'co']);

/** Starts of the sentences of `text` within `[from, to)`. */
export function* sentenceStarts(text: string, from: number, to: number): Generator<number> {
  let i = from;
  while (i < to && text[i] === ' ') i++;
  if (i < to) yield i;
  const boundary = /[.!?:]["”’)]*\s+(?=[A-Z“"])/g;
  boundary.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null && m.index < to) {
    const next = m.index + m[0].length;
    if (next >= to) break;
    if (text[m.index] === '.' && isAbbreviation(text, m.index)) continue;
    yield next;
  }
}

export function sentenceEnd(text: string, start: number, limit: number): number {
  const boundary = /[.!?:]["”’)]*(\s|$)/g;
  boundary.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null && m.index < limit) {
    if (text[m.index] === '.' && isAbbreviation(text, m.index)) continue;
    return m.index + 1;
  }
  return limit;
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 8), dot))?.[1]?.toLowerCase();
  return word !== undefined && ABBREVIATIONS.has(word.replace(/^\./, ''));
}

/** The start of the sentence that holds `offset`. */
export function sentenceStartBefore(text: string, offset: number): number {
  let start = 0;
  for (const s of sentenceStarts(text, 0, text.length)) {
    if (s > offset) break;
    start = s;
  }
  return start;
}
