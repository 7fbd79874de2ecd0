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
  /** A numbered (or, under Roman sections, lettered) sub-section title, above the subject headings. */
  subsection?: boolean;
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
  /** Notes set apart from the text: "* Adopted by the Committee at its fifty-third session (3-28 November 2014)." */
  notes: Line[];
  warnings: Warning[];
}

const PARAGRAPH_START = /^(\d{1,3})\.\s*(?=\S)/;
const SECTION_LINE = /^([A-H])\.\s+(\S.*)$/;
const ROMAN_SECTION_LINE = /^((?:X|IX|IV|V?I{0,3}))\.\s+(\S.*)$/;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** A numbered sub-section title ("1. General measures of implementation") standing outside the paragraph numbering. */
const NUMBERED_TITLE = /^(\d{1,2})\.\s+(\S.*)$/;
/** The first paragraph of an annual-report chapter continues the report's numbering: "121. The Committee considered ...". */
const CONSIDERATION_START = /^\d{1,3}\.\s*The Committee (?:against Torture |on [A-Z][\w ,]+? )?(?:considered|began its consideration|has considered)\b/;
/**
 * Section titles that documents without letters or numerals use (concluding
 * comments of the 2000s): "Introduction", "Positive aspects", "Principal
 * areas of concern and recommendations".
 */
const UNLETTERED_SECTION = /^(?:Introduction|Positive aspects|Factors and difficulties (?:impeding|affecting) the (?:implementation|application) of the (?:Convention|Covenant)|Principal (?:areas|subjects) of concerns? and recommendations|Principal (?:areas|subjects) of concern|Concerns and recommendations|Subjects of concern|(?:Suggestions and )?[Rr]ecommendations|Follow-up(?: procedure)?|Other recommendations|Dissemination and follow-up)$/;
/** A note set apart by an asterisk: the footnote of a title. */
const NOTE_LINE = /^\*+\s*\S/;
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

/** How a document labels its sections: "A. Introduction", "I. Introduction", or "Introduction" alone. */
type SectionStyle = 'letters' | 'roman' | 'unlettered';

export function findLayout(lines: Line[]): Layout {
  const layout: Layout = { front: [], sections: [], headings: [], paragraphs: [], notes: [], warnings: [] };
  let section: RawSection | undefined;
  let heading: RawHeading | undefined;
  let current: RawParagraph | undefined;
  let style: SectionStyle | undefined;
  let expected = 1;

  const paragraphNumberAt = (i: number): number | undefined => {
    const m = PARAGRAPH_START.exec(lines[i]!.text);
    if (!m) return undefined;
    const n = Number(m[1]);
    if (n >= expected && n <= expected + MAX_NUMBER_GAP) return n;
    // An annual report's chapter numbers its paragraphs on from the report's.
    if (layout.paragraphs.length === 0 && n > expected && CONSIDERATION_START.test(lines[i]!.text)) return n;
    return undefined;
  };
  const nextLineStartsParagraph = (i: number): boolean => i + 1 < lines.length && paragraphNumberAt(i + 1) !== undefined;
  const startSection = (label: string, title: string, line: Line): void => {
    section = { label, title, line };
    layout.sections.push(section);
    heading = undefined;
    current = undefined;
  };
  const startHeading = (title: string, line: Line, subsection = false): void => {
    heading = subsection ? { title, line, subsection } : { title, line };
    layout.headings.push(heading);
    current = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const number = paragraphNumberAt(i);
    if (number !== undefined) {
      if (number !== expected && layout.paragraphs.length > 0) {
        layout.warnings.push({ message: `paragraph numbers jump from ${expected - 1} to ${number}`, paragraph: number });
      }
      const m = PARAGRAPH_START.exec(line.text)!;
      current = { number, bodyStart: line.start + m[0].length, end: line.end, lines: [line], section, heading };
      layout.paragraphs.push(current);
      expected = number + 1;
      continue;
    }
    if (NOTE_LINE.test(line.text) && line.blankBefore) {
      layout.notes.push(line);
      current = undefined;
      continue;
    }
    const sectionMatch = SECTION_LINE.exec(line.text);
    if (sectionMatch && style !== 'roman' && style !== 'unlettered' && isNextSection(sectionMatch[1]!, section) && looksLikeTitle(sectionMatch[2]!)) {
      style = 'letters';
      startSection(sectionMatch[1]!, sectionMatch[2]!, line);
      continue;
    }
    const romanMatch = ROMAN_SECTION_LINE.exec(line.text);
    if (romanMatch && romanMatch[1] && style !== 'letters' && style !== 'unlettered' && isNextRoman(romanMatch[1], section) && looksLikeTitle(romanMatch[2]!)) {
      style = 'roman';
      startSection(romanMatch[1], romanMatch[2]!, line);
      continue;
    }
    if (UNLETTERED_SECTION.test(line.text) && (style === undefined || style === 'unlettered') && line.blankBefore) {
      style = 'unlettered';
      startSection(String(layout.sections.length + 1), line.text, line);
      continue;
    }
    // A lettered sub-section of a document whose sections are numbered in Roman numerals.
    if (sectionMatch && style === 'roman' && looksLikeTitle(sectionMatch[2]!)) {
      startHeading(sectionMatch[2]!, line, true);
      continue;
    }
    // A numbered sub-section ("1. General measures of implementation") below the paragraph numbers reached.
    const numberedTitle = NUMBERED_TITLE.exec(line.text);
    if (numberedTitle && layout.paragraphs.length > 0 && Number(numberedTitle[1]) < expected && looksLikeTitle(numberedTitle[2]!, true) && line.blankBefore) {
      startHeading(numberedTitle[2]!, line, true);
      continue;
    }
    const previous = lines[i - 1];
    const afterBreak = !previous || previous === section?.line || previous === heading?.line || /[.;:)”"]$/.test(previous.text);
    if (layout.paragraphs.length > 0 && afterBreak && looksLikeTitle(line.text) && nextLineStartsParagraph(i)) {
      startHeading(line.text, line);
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

function isNextRoman(label: string, previous: RawSection | undefined): boolean {
  const expected = previous ? ROMAN[ROMAN.indexOf(previous.label) + 1] : 'I';
  return label === expected;
}

/**
 * The article tag that closes a title, sub-paragraphs included: "(art. 5)",
 * "(art. 9, paras. 1 and 2)", "(arts. 3, 4 (2) and (3), 5, 6 and 7)".
 */
const CLOSING_ARTICLE_TAG = /\s*\(\s*arts?\.\s*\d[^()]*(?:\([^()]*\)[^()]*)*\)$/i;

/**
 * A short line without sentence punctuation, starting with a capital: a
 * title. A closing article tag does not count towards its length: the
 * Optional Protocols' sections carry long ones ("VI. Prohibition of the sale
 * of children, child pornography and child prostitution and related matters
 * (arts. 3, 4 (2) and (3), 5, 6 and 7)"). With `long`, a tagged title may be longer still: a
 * numbered sub-section below the paragraph numbers reached that names a part of the Migrant Workers
 * Convention ("5. Promotion of sound, equitable, humane and lawful conditions in connection with
 * international migration of workers and members of their families (arts. 64–71)").
 */
function looksLikeTitle(text: string, long = false): boolean {
  if (!/^[A-Z]/.test(text)) return false;
  if (/[.;:,-]$/.test(text)) return false;
  if (/^\(?[a-z]\)/.test(text)) return false;
  const untagged = text.replace(CLOSING_ARTICLE_TAG, '');
  const words = untagged.split(' ').length;
  if (long && untagged.length < text.length) return words <= 24 && untagged.length <= 200;
  return words <= 14 && untagged.length <= 120;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
