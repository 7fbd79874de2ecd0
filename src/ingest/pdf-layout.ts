/**
 * The text items of PDF pages to lines, with what the geometry tells: which
 * lines end short of the right margin, where vertical gaps fall, which
 * glyphs are raised footnote markers, which lines at a page foot are
 * footnotes, which columns of a masthead stand side by side. Pure geometry:
 * the PDF library stays in pdf.ts.
 */
import type { RawLine } from './lines.js';
import type { SourceUnit } from './locate.js';

export interface PdfItem {
  str: string;
  /** Left end of the baseline, in PDF points from the bottom-left corner of the page. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

interface Segment {
  items: PdfItem[];
  left: number;
  right: number;
}

export interface PhysicalLine {
  page: number;
  /** 1-based line on its page, counted from the top. */
  number: number;
  y: number;
  size: number;
  segments: Segment[];
  /** Raised small glyphs dropped from the line: footnote markers. */
  markers: string[];
  /** A raised glyph that opens the line: the number of the note that the line starts. */
  opener?: string;
}

/** Items whose baselines differ by less than this share of the larger font size stand on one line. */
const SAME_LINE = 0.45;
/** A raised glyph smaller than this share of its line's font size is a footnote marker. */
const MARKER_SIZE = 0.8;
/** A horizontal gap wider than this many font sizes separates columns (of a masthead, a table). */
const COLUMN_GAP = 3;
/** A gap between words wider than this share of the font size is a space. */
const WORD_GAP = 0.12;
/** Baselines further apart than this many font sizes have a vertical gap between them: a new block. */
const BLOCK_GAP = 1.45;
/** A line whose right end is this many font sizes short of the margin ends short, as a paragraph's last line does. */
const SHORT_BY = 1.5;
/** Footnotes are set this much smaller than the body text. */
const FOOTNOTE_SIZE = 0.9;

/** Lines of one page, top to bottom, with raised markers taken out. */
export function pageLines(page: PdfPage, pageNumber: number): PhysicalLine[] {
  const items = page.items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<{ y: number; size: number; items: PdfItem[] }> = [];
  for (const item of items) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(item.y - row.y) <= SAME_LINE * Math.max(item.size, row.size)) {
      row.items.push(item);
      if (item.size > row.size && item.str.trim()) {
        row.y = item.y;
        row.size = item.size;
      }
    } else rows.push({ y: item.y, size: item.str.trim() ? item.size : 0, items: [item] });
  }
  return rows
    .filter((row) => row.items.some((i) => i.str.trim()))
    .map((row, k) => {
      const markers: string[] = [];
      const isRaised = (i: PdfItem) => i.size < MARKER_SIZE * row.size && i.y > row.y + 0.15 * row.size && /^[\d*†‡a-z,]{1,4}$/.test(i.str.trim());
      // A raised number that opens its line numbers a note ("1 CAT/C/SVN/CO/3"): it stays.
      const firstGlyph = Math.min(...row.items.filter((i) => i.str.trim() && !isRaised(i)).map((i) => i.x));
      const body = row.items.filter((i) => {
        const marker = isRaised(i) && i.x > firstGlyph;
        if (marker) markers.push(i.str.trim());
        return !marker;
      });
      const first = body.filter((i) => i.str.trim()).sort((a, b) => a.x - b.x)[0];
      const opener = first && isRaised(first) ? first.str.trim() : undefined;
      return { page: pageNumber, number: k + 1, y: row.y, size: row.size, segments: segmentsOf(body, row.size), markers, opener };
    })
    .filter((line) => line.segments.length > 0);
}

function segmentsOf(items: PdfItem[], size: number): Segment[] {
  const sorted = items.slice().sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  for (const item of sorted) {
    // Space-only runs may stretch across a column gap: only glyphs count.
    if (!item.str.trim()) continue;
    const last = segments[segments.length - 1];
    if (last && item.x - last.right <= COLUMN_GAP * size) {
      last.items.push(item);
      last.right = Math.max(last.right, item.x + item.width);
    } else segments.push({ items: [item], left: item.x, right: item.x + item.width });
  }
  return segments;
}

/** The body font size: the size most characters are set in. */
export function bodySize(lines: PhysicalLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) for (const s of l.segments) for (const i of s.items) {
    const size = Math.round(i.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + i.str.length);
  }
  let best = 10;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

/** A footnote set without raised numbers: "*text", "* text", "12 text". */
const FOOTNOTE_START = /^(\*{1,3}|[†‡](?=\s*\S)|\d{1,3}(?=\s)|[a-z](?=\s))/;
const PAGE_FOOT_FURNITURE = /^(\d{1,4}|page\s+\d+.*|GE\.\d{2}-\d+.*|\*\d{7,}\*|[-–]\s*\d+\s*[-–])$/i;

/**
 * The footnotes at the foot of a page: lines set smaller than the body,
 * below its last body line, from the first one that opens with a marker
 * raised in the text of the page (or an asterisk). Endnotes under a "Notes"
 * title are the document's text, not footnotes of a page.
 */
export function footnoteLines(lines: PhysicalLine[], body: number, afterNotesTitle: boolean): Set<PhysicalLine> {
  const notes = new Set<PhysicalLine>();
  if (afterNotesTitle) return notes;
  const markers = new Set(lines.flatMap((l) => l.markers));
  let k = lines.length - 1;
  while (k >= 0 && PAGE_FOOT_FURNITURE.test(lineText(lines[k]!))) k--;
  let top = k + 1;
  while (k >= 0 && lines[k]!.size < FOOTNOTE_SIZE * body) {
    top = k;
    k--;
  }
  for (let i = top; i < lines.length; i++) {
    const marker = lines[i]!.opener ?? FOOTNOTE_START.exec(lineText(lines[i]!))?.[1];
    if (marker && (markers.has(marker) || marker.startsWith('*'))) {
      for (let j = i; j < lines.length; j++) if (!PAGE_FOOT_FURNITURE.test(lineText(lines[j]!))) notes.add(lines[j]!);
      break;
    }
  }
  return notes;
}

export function lineText(line: PhysicalLine): string {
  return line.segments.map((s) => segmentText(s).text).join(' ');
}

/** The characters of a segment, with a space where the gap between two items is a word space. */
function segmentText(segment: Segment): { text: string; bold: number[] } {
  let text = '';
  const bold: number[] = [];
  let prev: PdfItem | undefined;
  for (const item of segment.items) {
    // A space is where the gap between two glyph runs is; space-only runs may have no width at all.
    if (!item.str.trim()) continue;
    // A typesetter's hyphen stands at the margin, however wide the gap before it.
    const addedHyphen = item.str === '-' && item === segment.items[segment.items.length - 1];
    if (prev && !addedHyphen) {
      const gap = item.x - (prev.x + prev.width);
      if (gap > WORD_GAP * Math.max(item.size, prev.size) && !/\s$/.test(text) && !/^\s/.test(item.str)) {
        text += ' ';
        bold.push(prev.bold && item.bold ? 1 : 0);
      }
    }
    text += item.str;
    for (let i = 0; i < item.str.length; i++) bold.push(item.bold ? 1 : 0);
    prev = item;
  }
  return { text, bold };
}

export interface LaidOutPdf {
  lines: RawLine[];
  /** The footnotes of the pages, left out of the lines: each note one string, marker first. */
  notes: string[];
  units: SourceUnit[];
  length: number;
}

/**
 * The pages' lines as the normalizer takes them. The reader's source is the
 * text of every physical line, each followed by a newline, so an offset
 * tells the page and the line.
 */
export function layOut(pages: PdfPage[]): LaidOutPdf {
  const all = pages.map((p, i) => pageLines(p, i + 1));
  const body = bodySize(all.flat());
  const right = marginOf(all.flat(), body);
  const justified = right.justified;
  const lines: RawLine[] = [];
  const units: SourceUnit[] = [];
  let cursor = 0;
  let notesTitleSeen = false;
  const noteTexts: string[] = [];
  for (const page of all) {
    const notes = footnoteLines(page, body, notesTitleSeen);
    for (const note of page.filter((l) => notes.has(l))) {
      const text = lineText(note).trim();
      const opener = note.opener ?? FOOTNOTE_START.exec(text)?.[1];
      if (opener || noteTexts.length === 0) noteTexts.push(note.opener ? `${note.opener} ${text}` : text);
      else noteTexts[noteTexts.length - 1] += ` ${text}`;
    }
    const offsets = new Map<PhysicalLine, number>();
    for (const line of page) {
      if (/^(notes|endnotes)$/i.test(lineText(line).trim())) notesTitleSeen = true;
      units.push({ start: cursor, page: line.page, line: line.number });
      offsets.set(line, cursor);
      cursor += lineText(line).length + 1;
    }
    let prev: PhysicalLine | undefined;
    for (const piece of readingOrder(page.filter((l) => !notes.has(l)))) {
      const { line, segment, inColumns } = piece;
      const gap = prev && prev !== line ? (prev.y - line.y) / Math.max(prev.size, line.size) : 0;
      const { text: segmentString, bold } = segmentText(segment);
      const at = offsets.get(line)! + segmentStart(line, segment);
      const offsetsOfText = new Int32Array(segmentString.length);
      for (let i = 0; i < segmentString.length; i++) offsetsOfText[i] = at + i;
      const last = segment.items[segment.items.length - 1]!;
      if (inColumns && lines.length > 0 && !piece.continuesColumn) lines[lines.length - 1]!.breakAfter = 'block';
      lines.push({
        text: segmentString,
        offsets: offsetsOfText,
        bold: Uint8Array.from(bold),
        endOffset: at + segmentString.length,
        pageBreakBefore: prev === undefined,
        blankBefore: gap > BLOCK_GAP,
        breakAfter: inColumns ? 'block' : undefined,
        short: justified ? segment.right < right.edge - SHORT_BY * line.size : undefined,
        hyphenAdded: last.str === '-' && segment.items.length > 1,
      });
      prev = line;
    }
  }
  return { lines, notes: noteTexts, units, length: cursor };
}

interface Piece {
  line: PhysicalLine;
  segment: Segment;
  /** The segment stands in a column beside another (a masthead, a table): a block of its own. */
  inColumns: boolean;
  continuesColumn?: boolean;
}

/**
 * Segments in reading order: top to bottom, except that lines set in
 * columns side by side (a masthead: "UNITED NATIONS | CAT", then "Distr.",
 * "GENERAL", the symbol and the date under CAT) are read column by column.
 */
function readingOrder(lines: PhysicalLine[]): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.segments.length < 2) {
      pieces.push({ line, segment: line.segments[0]!, inColumns: false });
      continue;
    }
    const starts = line.segments.map((s) => s.left);
    const group = [line];
    for (let k = i + 1; k < lines.length; k++) {
      const next = lines[k]!;
      const aligned = next.segments.every((s) => starts.some((x) => Math.abs(x - s.left) <= next.size));
      const rightOnly = next.segments.length === 1 && Math.abs(next.segments[0]!.left - starts[0]!) > next.size;
      if (!aligned || (next.segments.length < 2 && !rightOnly)) break;
      group.push(next);
    }
    starts.forEach((_, column) => {
      let first = true;
      for (const member of group) {
        for (const segment of member.segments) {
          if (nearestColumn(starts, segment.left) !== column) continue;
          pieces.push({ line: member, segment, inColumns: true, continuesColumn: !first });
          first = false;
        }
      }
    });
    i += group.length - 1;
  }
  return pieces;
}

function nearestColumn(starts: number[], x: number): number {
  let best = 0;
  starts.forEach((s, i) => {
    if (Math.abs(s - x) < Math.abs(starts[best]! - x)) best = i;
  });
  return best;
}

/** Where a segment's text starts in its line's text (segments are joined by one space). */
function segmentStart(line: PhysicalLine, segment: Segment): number {
  let at = 0;
  for (const s of line.segments) {
    if (s === segment) return at;
    at += segmentText(s).text.length + 1;
  }
  return 0;
}

/**
 * The right margin of the body text, and whether the text is justified:
 * most full lines of body size end within a font size of the same place.
 */
function marginOf(lines: PhysicalLine[], body: number): { edge: number; justified: boolean } {
  const rights = lines
    .filter((l) => Math.abs(l.size - body) < 0.6 && l.segments.length === 1)
    .map((l) => l.segments[0]!.right)
    .sort((a, b) => a - b);
  if (rights.length === 0) return { edge: 0, justified: false };
  const edge = rights[Math.floor(rights.length * 0.9)]!;
  const atMargin = rights.filter((r) => r > edge - body).length;
  return { edge, justified: atMargin / rights.length >= 0.4 };
}
