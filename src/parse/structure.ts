/**
 * The layout of a document: front matter, sections ("C. Main subjects of
 * concern and recommendations"), subject headings and numbered paragraphs,
 * found line by line in the normalized text.
 */
import type { Warning } from '../model.js';

export interface Line {
  text: string;
  start: number;
  end: number;
  /** A blank line stands right before this one. */
  blankBefore: boolean;
}

export interface RawSection {
  label: string;
  title: string;
  line: Line;
}

export interface RawHeading {
  title: string;
  line: Line;
}

export interface RawParagraph {
  number: number;
  /** Offset of the text after "N. " on the first line. */
  bodyStart: number;
  end: number;
  lines: Line[];
  section?: RawSection;
  heading?: RawHeading;
}

export interface Layout {
  front: Line[];
  sections: RawSection[];
  headings: RawHeading[];
  paragraphs: RawParagraph[];
  warnings: Warning[];
}

const PARAGRAPH_START = /^(\d{1,3})\.\s*(?=\S)/;
const SECTION_LINE = /^([A-H])\.\s+(\S.*)$/;
/** At most this many paragraph numbers may be missing before a warning turns into a refusal to jump. */
const MAX_NUMBER_GAP = 3;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let blankBefore = false;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end === start) blankBefore = true;
    else {
      lines.push({ text: text.slice(start, end), start, end, blankBefore });
      blankBefore = false;
    }
    start = end + 1;
  }
  return lines;
}

export function findLayout(lines: Line[]): Layout {
  const layout: Layout = { front: [], sections: [], headings: [], paragraphs: [], warnings: [] };
  let section: RawSection | undefined;
  let heading: RawHeading | undefined;
  let current: RawParagraph | undefined;
  let expected = 1;

  const paragraphNumberAt = (i: number): number | undefined => {
    const m = PARAGRAPH_START.exec(lines[i]!.text);
    if (!m) return undefined;
    const n = Number(m[1]);
    return n >= expected && n <= expected + MAX_NUMBER_GAP ? n : undefined;
  };
  const nextLineStartsParagraph = (i: number): boolean => i + 1 < lines.length && paragraphNumberAt(i + 1) !== undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const number = paragraphNumberAt(i);
    if (number !== undefined) {
      if (number !== expected) {
        layout.warnings.push({ message: `paragraph numbers jump from ${expected - 1} to ${number}`, paragraph: number });
      }
      const m = PARAGRAPH_START.exec(line.text)!;
      current = { number, bodyStart: line.start + m[0].length, end: line.end, lines: [line], section, heading };
      layout.paragraphs.push(current);
      expected = number + 1;
      continue;
    }
    const sectionMatch = SECTION_LINE.exec(line.text);
    if (sectionMatch && isNextSection(sectionMatch[1]!, section) && looksLikeTitle(sectionMatch[2]!)) {
      section = { label: sectionMatch[1]!, title: sectionMatch[2]!, line };
      layout.sections.push(section);
      heading = undefined;
      current = undefined;
      continue;
    }
    const previous = lines[i - 1];
    const afterBreak = !previous || previous === section?.line || previous === heading?.line || /[.;:)”"]$/.test(previous.text);
    if (layout.paragraphs.length > 0 && afterBreak && looksLikeTitle(line.text) && nextLineStartsParagraph(i)) {
      heading = { title: line.text, line };
      layout.headings.push(heading);
      current = undefined;
      continue;
    }
    if (current) {
      current.lines.push(line);
      current.end = line.end;
    } else if (layout.paragraphs.length === 0) {
      layout.front.push(line);
    } else {
      // Text between a section title and the next numbered paragraph: kept
      // with the paragraph before, never dropped.
      const last = layout.paragraphs[layout.paragraphs.length - 1]!;
      last.lines.push(line);
      last.end = line.end;
      layout.warnings.push({ message: `unnumbered text after a title kept in paragraph ${last.number}: "${clip(line.text)}"`, offset: line.start, paragraph: last.number });
    }
  }
  return layout;
}

function isNextSection(label: string, previous: RawSection | undefined): boolean {
  const expected = previous ? String.fromCharCode(previous.label.charCodeAt(0) + 1) : 'A';
  return label === expected;
}

/** A short line without sentence punctuation, starting with a capital: a title. */
function looksLikeTitle(text: string): boolean {
  if (!/^[A-Z]/.test(text)) return false;
  if (/[.;:,-]$/.test(text)) return false;
  if (/^\(?[a-z]\)/.test(text)) return false;
  const words = text.split(' ').length;
  return words <= 14 && text.length <= 120;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
