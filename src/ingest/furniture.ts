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
  /^\d{2}-\d{5}\s*\([A-Z]\)(\s+\d{6})*\s*$/, // New York job numbers: "07-46133 (E) 170807"
  /^\*\d{7,}\*$/, // the bar code of a job number: "*0845678*"
];

/** How many lines at the top and at the foot of a page may be running headers or footers. */
const EDGE_LINES = 3;

export function isFurniture(text: string): boolean {
  return FURNITURE.some((re) => re.test(text));
}

/**
 * A UN document symbol alone on its line, with or without a page number:
 * "CERD/C/304/Add.55", "E/C.12/1/Add.94 page 2". Where it stands at the top
 * of a page or repeats a line seen before (the masthead's symbol), it is a
 * running header or footer, even on the one page of a two-page document,
 * where running lines cannot be told by coming back.
 */
const SYMBOL_LINE = /^[A-Z][A-Za-z0-9.]*(?:\/[A-Za-z0-9.\-]+){2,}(?:\s+(?:page\s+)?\d{1,4})?$/i;

export function isSymbolLine(text: string): boolean {
  return text.length <= 60 && text.includes('/') && SYMBOL_LINE.test(text);
}

/** The symbol of a symbol line without its page number, to compare it with the masthead's. */
export function symbolOfLine(text: string): string {
  return text.replace(/\s+(?:page\s+)?\d{1,4}$/i, '');
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

/** A marker glued to a word of the text: "Torture*", "rights12", "meetings,2". */
function gluedMarker(marker: string): RegExp {
  return new RegExp(`(?<=[A-Za-z)”’".,;:])${marker.replace(/[*]/g, '\\*')}(?=\\s|$|[,.;:])`);
}

/**
 * The footnotes at the foot of a page of plain text: from the first line that
 * starts with a marker which also stands glued to a word higher on the page
 * ("Torture*", "rights12"), down to the foot. Where a rule of underscores
 * stood above them (`rule`, the index of the line after it), the notes start
 * there however many lines they take. Returns the footnote lines and the body
 * lines whose glued markers are to be dropped, each marker's index with it.
 */
export function pageFootnotes(page: CleanLine[], rule = -1): { notes: CleanLine[]; markers: Array<{ line: CleanLine; at: number; length: number }> } {
  const lines = page.filter((l) => l.text.length > 0);
  const first = rule > 0 ? Math.min(rule, lines.length) : Math.max(1, lines.length - 8);
  for (let i = first; i < lines.length; i++) {
    const start = FOOTNOTE_START.exec(lines[i]!.text);
    if (!start) {
      if (rule > 0) break;
      continue;
    }
    const at = markerAbove(lines, i, start[1]!);
    if (!at) continue;
    const notes = lines.slice(i);
    const markers = [at];
    // Every other note of the page drops its own marker in the text above.
    for (let k = i + 1; k < lines.length; k++) {
      const next = FOOTNOTE_START.exec(lines[k]!.text);
      const found = next ? markerAbove(lines, i, next[1]!) : undefined;
      if (found && !markers.some((m) => m.line === found.line && m.at === found.at)) markers.push(found);
    }
    return { notes, markers };
  }
  return { notes: [], markers: [] };
}

/** The last place above line `below` where `marker` stands glued to a word. */
function markerAbove(lines: CleanLine[], below: number, marker: string): { line: CleanLine; at: number; length: number } | undefined {
  const glued = gluedMarker(marker);
  for (let k = below - 1; k >= 0; k--) {
    const m = glued.exec(lines[k]!.text);
    if (m) return { line: lines[k]!, at: m.index, length: marker.length };
  }
  return undefined;
}

/** The rule of underscores that sets a page's footnotes apart from its text. */
export function isFootnoteRule(text: string): boolean {
  return /^_{5,}$/.test(text);
}
