/**
 * Page furniture: what a page carries that is not the document's text.
 * Separators, page numbers, UN job numbers and bar codes are known by their
 * form wherever they stand; running headers and footers by standing at the
 * edge of pages and coming back, digits aside, on more than one page.
 */
import type { CleanLine } from './clean.js';

/** Lines that are furniture wherever they stand. */
const FURNITURE: RegExp[] = [
  /^[-_=*.·]{3,}$/, // separators
  /^(page\s+)?\d{1,4}(\s+(of|\/)\s+\d{1,4})?$/i, // "3", "page 3", "Page 3 of 12"
  /^[-–—]\s*\d{1,4}\s*[-–—]$/, // "- 3 -"
  /^\d{1,4}\s*\/\s*\d{1,4}$/, // "3/12"
  /^GE\.\d{2}-\d{4,6}(\s*\([A-Z]\))?(\s+\d{6})*(\s+\d{6})?\s*$/, // UN job numbers: "GE.08-45678 (E) 151208"
  /^\*\d{7,}\*$/, // the bar code of a job number: "*0845678*"
];

/** How many lines at the top and at the foot of a page may be running headers or footers. */
const EDGE_LINES = 3;

export function isFurniture(text: string): boolean {
  return FURNITURE.some((re) => re.test(text));
}

/**
 * Running headers and footers: lines that stand in the same place at the top
 * or foot of more than one page and read the same there, but for a page
 * number at their end ("CAT/C/KAZ/CO/2", "CAT/C/KAZ/CO/2 page 3"). Notes at a
 * page foot that merely look alike ("12 Ibid.", "13 Ibid.") differ in their
 * first number and stay.
 */
export function runningLines(pages: CleanLine[][]): Set<CleanLine> {
  if (pages.length < 2) return new Set();
  const bySlot = new Map<string, { lines: CleanLine[]; pages: Set<number> }>();
  pages.forEach((page, p) => {
    const lines = page.filter((l) => l.text.length > 0);
    // The top of the first page is its masthead, never a running header.
    const top = p === 0 ? 0 : Math.min(EDGE_LINES, lines.length);
    const slots: Array<[string, CleanLine]> = [];
    for (let i = 0; i < top; i++) slots.push([`top ${i}`, lines[i]!]);
    for (let i = 0; i < EDGE_LINES && lines.length - 1 - i >= top; i++) slots.push([`foot ${i}`, lines[lines.length - 1 - i]!]);
    for (const [slot, line] of slots) {
      const key = `${slot} ${line.text.toLowerCase().replace(/\s+/g, ' ').replace(/\d+$/, '#')}`;
      const entry = bySlot.get(key) ?? { lines: [], pages: new Set<number>() };
      entry.lines.push(line);
      entry.pages.add(p);
      bySlot.set(key, entry);
    }
  });
  const running = new Set<CleanLine>();
  for (const { lines, pages: on } of bySlot.values()) {
    if (on.size >= 2 && lines[0]!.text.length <= 120) for (const l of lines) running.add(l);
  }
  return running;
}

/** A footnote's first line: a marker ("*", "1", "12") and its text. */
const FOOTNOTE_START = /^(\*{1,3}|[†‡]|\d{1,3}(?=\s+\S))\s*\S/;

/**
 * The footnotes at the foot of a page of plain text: from the first line that
 * starts with a marker which also stands glued to a word higher on the page
 * ("Torture*", "rights12"), down to the foot. Returns the footnote lines and
 * the body lines whose glued marker is to be dropped, with the marker's index.
 */
export function pageFootnotes(page: CleanLine[]): { notes: CleanLine[]; markers: Array<{ line: CleanLine; at: number; length: number }> } {
  const lines = page.filter((l) => l.text.length > 0);
  for (let i = Math.max(1, lines.length - 8); i < lines.length; i++) {
    const start = FOOTNOTE_START.exec(lines[i]!.text);
    if (!start) continue;
    const marker = start[1]!;
    const glued = new RegExp(`(?<=[A-Za-z)”’".,;:])${marker.replace(/[*]/g, '\\*')}(?=\\s|$|[,.;:])`);
    for (let k = i - 1; k >= 0; k--) {
      const m = glued.exec(lines[k]!.text);
      if (m) return { notes: lines.slice(i), markers: [{ line: lines[k]!, at: m.index, length: marker.length }] };
    }
  }
  return { notes: [], markers: [] };
}
