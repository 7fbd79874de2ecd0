/**
 * The lines a reader read to normalized text, the same for every rendering:
 * characters cleaned, page furniture and footnotes dropped, wrapped lines
 * joined back into blocks, one block per line with a blank line between
 * blocks, every character mapped back to its place in the source.
 */
import { cleanLine, type CleanLine } from './clean.js';
import { isFootnoteRule, isFurniture, isSymbolLine, pageFootnotes, runningLines, symbolOfLine } from './furniture.js';
import type { RawLine } from './lines.js';
import type { SourceLocator } from './locate.js';
import { SourceTextBuilder, type SourceFormat, type SourceText } from './source.js';
import { endsSentence, findBlocks, joinKind, type FlowLine } from './unwrap.js';
import { hyphenBreaks, WordList } from './words.js';

export interface NormalizeOptions {
  path: string;
  format: SourceFormat;
  locator: SourceLocator;
  /** Offset in the reader's source just past its end. */
  endOffset: number;
  /** Whether the format can show bold (PDF, DOCX, HTML). */
  carriesBold: boolean;
  /** Find footnotes at the foot of pages from the text alone (plain text); a PDF reader knows them by their type. */
  textFootnotes?: boolean;
  /** The footnotes a reader dropped itself (a PDF's, told by their type), each note one string. */
  notes?: string[];
}

/** No wrapped line is this long: where many lines are, the text has one line per paragraph. */
const PARAGRAPH_LINE_LENGTH = 250;
const PARAGRAPH_LINE_SHARE = 0.2;
/** A line shorter than this share of the usual full line ends short of the margin. */
const SHORT_LINE_SHARE = 0.8;
/** A line without a full stop this much shorter than a full line is a title or a masthead line. */
const TITLE_LINE_SHARE = 0.6;
/** A number, letter or label glued to the text it opens: "1.The Committee", "A.Introduction", "(a)The". */
const GLUED_LABEL = /^(\d{1,3}\.|[A-H]\.|\([a-z]\))(?=[A-Z“"][a-z]?)/;

export function normalizeLines(raw: RawLine[], options: NormalizeOptions): SourceText {
  let lines = toFlow(raw);
  lines = dropFurniture(lines);
  const notes: string[] = [...(options.notes ?? [])];
  if (options.textFootnotes) lines = dropTextFootnotes(lines, notes);
  markShortLines(lines, raw.some((r) => r.short !== undefined));
  const cleanLines = lines.map((l) => l.line);
  const words = new WordList(cleanLines, hyphenBreaks(cleanLines));
  // Each line adds its text and a space, or two line breaks and the space after a glued label; the text ends in a line break.
  const out = new SourceTextBuilder(lines.reduce((n, l) => n + l.line.text.length + 3, 1));
  let previousEnd = 0;
  for (const block of findBlocks(lines)) {
    if (out.size > 0) {
      out.append('\n', previousEnd);
      out.append('\n', previousEnd);
    }
    block.forEach((flow, i) => {
      const line = flow.line;
      if (i === 0) {
        appendLine(out, line, GLUED_LABEL.exec(line.text)?.[0].length ?? -1, 0);
      } else {
        const prev = block[i - 1]!.line;
        const kind = joinKind(prev, line, words);
        if (kind === 'none' && prev.text.endsWith('-') && !prev.softHyphenEnd) out.dropLast();
        if (kind === 'space') out.append(' ', prev.endOffset, prev.bold?.[prev.bold.length - 1] === 1 && line.bold?.[0] === 1);
        appendLine(out, line, -1, 0);
      }
      previousEnd = line.endOffset;
    });
  }
  out.append('\n', options.endOffset);
  return out.build({ path: options.path, format: options.format, locator: options.locator, carriesBold: options.carriesBold, notes }, options.endOffset);
}

/** Appends a cleaned line; a space goes in after its first `spaceAfter` characters when that is not -1. */
function appendLine(out: SourceTextBuilder, line: CleanLine, spaceAfter: number, from: number): void {
  if (spaceAfter < 0) {
    out.appendRun(line.text, line.offsets, line.bold, from);
    return;
  }
  for (let k = from; k < line.text.length; k++) {
    out.append(line.text[k]!, line.offsets[k]!, line.bold?.[k] === 1);
    if (k === spaceAfter - 1) out.append(' ', line.offsets[k]!);
  }
}

/** Blank lines and page breaks become flags of the next line with text. */
function toFlow(raw: RawLine[]): FlowLine[] {
  const lines: FlowLine[] = [];
  let blank = false;
  let page = false;
  for (const r of raw) {
    const line = cleanLine(r);
    page ||= r.pageBreakBefore === true;
    blank ||= r.blankBefore === true;
    if (line.text.length === 0) {
      blank = lines.length > 0;
      continue;
    }
    lines.push({ line, blankBefore: blank && lines.length > 0, pageBreakBefore: page && lines.length > 0, short: r.short === true, measured: r.short !== undefined, indent: r.indent, blockAfter: r.breakAfter === 'block' });
    blank = false;
    page = false;
  }
  return lines;
}

function pagesOf(lines: FlowLine[]): FlowLine[][] {
  const pages: FlowLine[][] = [[]];
  for (const l of lines) {
    if (l.pageBreakBefore) pages.push([]);
    pages[pages.length - 1]!.push(l);
  }
  return pages;
}

/**
 * Drops separators, page numbers, job numbers and running headers; a page
 * break stands where they stood. A symbol alone on its line is a running
 * header where it opens a page after the first or repeats a symbol line met
 * before (the masthead's).
 */
function dropFurniture(lines: FlowLine[]): FlowLine[] {
  const running = runningLines(pagesOf(lines).map((p) => p.map((l) => l.line)));
  const kept: FlowLine[] = [];
  const symbols = new Set<string>();
  let pageBreak = false;
  let rule = false;
  for (const l of lines) {
    // The rule above the footnotes of a page breaks no page: the notes are told by standing under it.
    if (isFootnoteRule(l.line.text) && kept.length > 0) {
      rule = true;
      continue;
    }
    if (rule) {
      l.afterRule = true;
      rule = false;
    }
    let runningSymbol = false;
    if (isSymbolLine(l.line.text)) {
      const symbol = symbolOfLine(l.line.text);
      runningSymbol = symbols.has(symbol) || (kept.length > 0 && (pageBreak || l.pageBreakBefore));
      symbols.add(symbol);
    }
    if (runningSymbol || isFurniture(l.line.text) || running.has(l.line)) {
      pageBreak ||= kept.length > 0;
      continue;
    }
    if (pageBreak) {
      l.pageBreakBefore = true;
      pageBreak = false;
    }
    kept.push(l);
  }
  return kept;
}

/**
 * Drops the footnotes at the foot of each page of plain text, and their
 * markers in the text above; the notes' text is kept apart (`notes`), for the
 * note of a title says at which session the document was adopted. The last
 * page's notes are told only under a rule: without one, a note there is the
 * end of the text ("* Adopted by the Committee at its ... session").
 */
function dropTextFootnotes(lines: FlowLine[], notesOut: string[]): FlowLine[] {
  const notes = new Set<CleanLine>();
  const markers = new Map<CleanLine, Array<{ at: number; length: number }>>();
  const pages = pagesOf(lines);
  pages.forEach((page, p) => {
    const rule = page.findIndex((l) => l.afterRule);
    if (p === pages.length - 1 && rule < 0) return;
    let found = pageFootnotes(page.map((l) => l.line), rule);
    if (found.notes.length === 0 && rule > 0 && p > 0 && p === pages.length - 1) {
      // Under a rule at the end of the text, a note's marker may stand on an earlier page: the
      // title's "Ecuador*" and its note "* Adopted by the Committee at ..." (text saved from a page).
      const before = pages.slice(0, p).flat().map((l) => l.line).filter((l) => l.text.length > 0);
      const under = page.slice(0, rule).filter((l) => l.line.text.length > 0).length;
      found = pageFootnotes([...before, ...page.map((l) => l.line)], before.length + under);
    }
    for (const n of found.notes) notes.add(n);
    for (const m of found.markers) markers.set(m.line, [...(markers.get(m.line) ?? []), m]);
    notesOut.push(...joinNotes(found.notes));
  });
  const kept: FlowLine[] = [];
  for (const l of lines) {
    if (notes.has(l.line)) continue;
    // Markers dropped from the right, so that the indices of those to their left hold.
    for (const marker of (markers.get(l.line) ?? []).sort((a, b) => b.at - a.at)) l.line = withoutChars(l.line, marker.at, marker.length);
    kept.push(l);
  }
  return kept;
}

/** Footnote lines to notes: a line that opens with a marker starts a note, any other runs on. */
function joinNotes(lines: CleanLine[]): string[] {
  const notes: string[] = [];
  for (const line of lines) {
    if (notes.length === 0 || /^(\*{1,3}|[†‡]|\d{1,3})\s/.test(line.text)) notes.push(line.text);
    else notes[notes.length - 1] += ` ${line.text}`;
  }
  return notes;
}

function withoutChars(line: CleanLine, at: number, length: number): CleanLine {
  return {
    ...line,
    text: line.text.slice(0, at) + line.text.slice(at + length),
    offsets: withoutItems(line.offsets, at, length, new Int32Array(line.offsets.length - length)),
    bold: line.bold && withoutItems(line.bold, at, length, new Uint8Array(line.bold.length - length)),
  };
}

/** `xs` but for its `length` items from `at`, copied into `into`. */
function withoutItems<T extends Int32Array | Uint8Array>(xs: T, at: number, length: number, into: T): T {
  into.set(xs.subarray(0, at));
  into.set(xs.subarray(at + length), at);
  return into;
}

/**
 * Plain text has no margins: a line ends short, as the last line of a
 * paragraph does, when it is well under the usual length of a full line of
 * the document and ends a sentence, or is so short that it can only be a
 * title or a masthead line. A text written one line per paragraph has no
 * wrapped lines at all: every line is a block.
 */
function markShortLines(lines: FlowLine[], readerKnows: boolean): void {
  if (readerKnows) return;
  // A typed array sorts numbers by value without a comparison function.
  const lengths = new Int32Array(lines.map((l) => l.line.text.length).filter((n) => n >= 20)).sort();
  if (lengths.length === 0) return;
  const paragraphLines = lengths.filter((n) => n > PARAGRAPH_LINE_LENGTH).length;
  if (paragraphLines > PARAGRAPH_LINE_SHARE * lengths.length) {
    for (const l of lines) l.blockAfter = true;
    return;
  }
  const full = lengths[Math.floor(lengths.length * 0.8)]!;
  for (const l of lines) {
    const fill = l.line.text.length / full;
    l.short = fill < SHORT_LINE_SHARE && (endsSentence(l.line.text) || fill < TITLE_LINE_SHARE);
  }
}
