/**
 * Plain text, as extracted from a UN PDF by any tool or saved from a
 * browser: CRLF or LF, form feeds between pages, running headers, page
 * numbers, a byte-order mark, one line per paragraph or wrapped lines,
 * pdftotext with and without -layout.
 */
import { InputError } from '../errors.js';
import { decodeText } from './decode.js';
import type { RawLine } from './lines.js';
import { isFurniture } from './furniture.js';
import { LineBreaks } from './line-breaks.js';
import { lineAt, oneToOneOffsets } from './lines.js';
import { TextLocator } from './locate.js';
import { normalizeLines } from './normalize.js';
import type { SourceText } from './source.js';

/** A run of this many spaces inside a line is a gap between columns (pdftotext -layout of a masthead). */
const COLUMN_GAP = /\S( {5,})(?=\S)/g;

export function readText(bytes: Uint8Array, path: string): SourceText {
  if (bytes.length === 0) throw new InputError('the file is empty', path);
  return textToSource(decodeText(bytes, path), path);
}

export function textToSource(text: string, path: string): SourceText {
  return normalizeLines(textLines(text), {
    path,
    format: 'text',
    locator: new TextLocator(text),
    endOffset: text.length,
    carriesBold: false,
    textFootnotes: true,
  });
}

const FORM_FEED = 0x0c;
/** The spaces of the shortest `COLUMN_GAP`: a line without them is one column. */
const FIVE_SPACES = '     ';

/** A number or item label set apart from its text by a tab: "1.       The Committee". */
const LABEL = /^(\d{1,3}\.|[A-H]\.|\([a-z]{1,2}\))$/;
/** A line indented this far that starts where a column of the lines above starts belongs to that column. */
const COLUMN_INDENT = 30;

interface Part {
  text: string;
  /** Index of the part in its line: its column on the page. */
  start: number;
}

interface PhysicalLine {
  start: number;
  parts: Part[];
  pageBreakBefore: boolean;
}

/**
 * The lines of a text, form feeds marking page breaks. Lines that stand in
 * columns (pdftotext -layout of a masthead: "UNITED NATIONS      CAT") are
 * read column by column, each column line a block of its own.
 */
export function textLines(text: string): RawLine[] {
  const physical: PhysicalLine[] = [];
  const breaks = new LineBreaks(text);
  let pageBreak = false;
  // Every line, the last one too, ends in a line break or at the end of the text, after which there is no line.
  for (let start = 0; ; ) {
    const end = breaks.next(start);
    physical.push({ start, parts: splitColumns(text.slice(start, end)), pageBreakBefore: pageBreak });
    if (end >= text.length) break;
    pageBreak = text.charCodeAt(end) === FORM_FEED;
    start = end + breaks.lengthAt(end);
    if (start >= text.length) break;
  }
  const offsets = oneToOneOffsets(text.length);
  const lines: RawLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const line = physical[i]!;
    if (line.parts.length < 2) {
      const part = line.parts[0]!;
      lines.push(lineAt(offsets, part.text, line.start + part.start, { pageBreakBefore: line.pageBreakBefore, indent: part.start }));
      continue;
    }
    const group = columnGroup(physical, i);
    const columns = group.starts.map(() => [] as RawLine[]);
    for (const member of group.lines) {
      for (const part of member.parts) {
        if (!part.text.trim()) continue;
        const column = nearest(group.starts, part.start);
        columns[column]!.push(lineAt(offsets, part.text, member.start + part.start, { breakAfter: 'block' }));
      }
    }
    const read = columns.flat();
    if (read[0]) read[0].pageBreakBefore = line.pageBreakBefore;
    lines.push(...read);
    i += group.lines.length - 1;
  }
  return lines;
}

/** The lines from `first` on that stand in the columns its parts open. */
function columnGroup(physical: PhysicalLine[], first: number): { starts: number[]; lines: PhysicalLine[] } {
  const starts = physical[first]!.parts.map((p) => p.start);
  const lines = [physical[first]!];
  for (let k = first + 1; k < physical.length; k++) {
    const line = physical[k]!;
    if (line.pageBreakBefore) break;
    const parts = line.parts.filter((p) => p.text.trim());
    const aligned = parts.length > 0 && parts.every((p) => starts.some((s) => Math.abs(s - p.start) <= 2));
    const inColumns = parts.length >= 2 || (parts.length === 1 && parts[0]!.start >= COLUMN_INDENT);
    if (!aligned || !inColumns) break;
    lines.push(line);
  }
  return { starts, lines };
}

function nearest(starts: number[], at: number): number {
  let best = 0;
  starts.forEach((s, i) => {
    if (Math.abs(s - at) < Math.abs(starts[best]! - at)) best = i;
  });
  return best;
}

/** A line's parts split at column gaps; a label set apart by a tab stays with its text. */
function splitColumns(line: string): Part[] {
  if (!line.includes(FIVE_SPACES)) return [trimmedPart(line, 0)];
  // A job number and its date stamps set apart by wide gaps ("GE.22-16543 (E)     101122     111122") are one furniture line.
  if (isFurniture(line.trim().replace(/\s+/g, ' '))) return [trimmedPart(line, 0)];
  const parts: Part[] = [];
  let from = 0;
  for (const gap of line.matchAll(COLUMN_GAP)) {
    const end = gap.index! + 1;
    const left = line.slice(from, end);
    if (LABEL.test(left.trim())) continue;
    parts.push(trimmedPart(left, from));
    from = end + gap[1]!.length;
  }
  parts.push(trimmedPart(line.slice(from), from));
  return parts;
}

function trimmedPart(text: string, start: number): Part {
  const trimmed = text.trimStart();
  return { text: trimmed, start: start + text.length - trimmed.length };
}
