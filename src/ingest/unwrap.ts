/**
 * Lines to blocks: the lines a page wrapped are joined back into the
 * paragraph, item, title or masthead line they belong to, so that every
 * rendering of a document gives the same blocks whatever its line width.
 *
 * A reader that knows where paragraphs end (DOCX, HTML) says so; for a PDF
 * the reader tells which lines end short of the margin and where vertical
 * gaps are; for plain text the same is judged from line lengths and blank
 * lines. Either way a line that opens with a paragraph number, a section
 * letter or an item label after a line that could end there starts a block.
 */
import type { CleanLine } from './clean.js';
import { hyphenBreak, type WordList } from './words.js';

/** A line with what is known of the break before and after it. */
export interface FlowLine {
  line: CleanLine;
  blankBefore: boolean;
  pageBreakBefore: boolean;
  /** Ends short of the right margin: a paragraph may end here. */
  short: boolean;
  /** `short` was measured on the page (PDF), not guessed from the length of the text. */
  measured: boolean;
  /** Indentation in characters, where the text keeps it. */
  indent?: number;
  blockAfter: boolean;
  /** A rule of underscores stood right above: the footnotes of the page start here. */
  afterRule?: boolean;
}

/** Whether `text` ends a sentence, as `/[.!?;:]["”’)\]]*$/` tells, looked at from its end rather than tried at every offset. */
export function endsSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && isCloser(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const c = text.charCodeAt(end - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a; // . ! ? ; :
}

/** A closing quote, parenthesis or bracket, which may follow the end of a sentence. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d; // " ” ’ ) ]
}

/** An article tag at the end of a line: "(arts. 73 and 84)", "(arts. 4 (1) and (2), 5 and 6 (1))", "(art. 9, paras. 1 and 2)". */
const TAG_AT_END = /\((?:arts?|paras?)\.\s[\d\s,.;()a-z\u2013-]*\)$/;

/** Whether `text` ends in an article tag: a title's tag ends it as a full stop would ("General principles (arts. 7 and 83)"). */
export function endsWithTag(text: string): boolean {
  return text.endsWith(')') && TAG_AT_END.test(text.slice(-80));
}

const PARAGRAPH_NUMBER = /^\d{1,3}\.(\s+\S|(?=[A-Z“"(]))/;
const SECTION_LETTER = /^([A-H]|[IVX]{1,4})\.\s*[A-Z][a-z]/;
const ITEM_LABEL = /^\(([a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)\s*\S/;
/** A change of indentation by this many characters is a change of paragraph, not a stray space. */
const INDENT_STEP = 2;
const LIST_MAY_FOLLOW = /[:;.,]$|\b(and|or)$/;
/** A number, letter or item label alone on its line, its text on the next (pdftotext of a tab after "1."). */
const BARE_LABEL = /^(\d{1,3}\.|[A-H]\.|[IVX]{1,4}\.|\(([a-z]{1,2}|[ivx]{1,5}|\d{1,2})\))$/;

export function isTitleLike(text: string): boolean {
  if (!/^[A-Z]/.test(text) || /[.;:,]/.test(text.charAt(text.length - 1))) return false;
  return text.length <= 120 && wordCount(text) <= 14;
}

/** The words of `text` as `split(' ')` counts them, without making them. */
function wordCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) count++;
  return count;
}

/** True when `line` opens a block of its own after `prev`. */
function opensBlock(prev: FlowLine, line: FlowLine): boolean {
  const text = line.line.text;
  const prevText = prev.line.text;
  const mayEnd = line.blankBefore || line.pageBreakBefore || prev.short;
  // "(a)" after a line that ends mid-phrase is a pinpoint ("article 2\n(a)"), not an item.
  if (ITEM_LABEL.test(text) || /^\(/.test(text) && BARE_LABEL.test(text)) return mayEnd || LIST_MAY_FOLLOW.test(prevText);
  if (PARAGRAPH_NUMBER.test(text) || SECTION_LETTER.test(text) || BARE_LABEL.test(text)) {
    return mayEnd || endsSentence(prevText) || isTitleLike(prevText) || endsWithTag(prevText);
  }
  return false;
}

function endsWithHyphen(line: FlowLine): boolean {
  return line.line.softHyphenEnd || line.line.text.endsWith('-');
}

/** The text runs on from `prev` into `line`: mid-sentence into a lower-case word, or a word broken at the hyphen. */
function runsOn(prev: FlowLine, line: FlowLine): boolean {
  const prevText = prev.line.text;
  if (endsWithHyphen(prev)) return /^[\p{L}\d]/u.test(line.line.text);
  return !endsSentence(prevText) && /^[\p{Ll}\d(]/u.test(line.line.text);
}

function breaksBefore(prev: FlowLine, line: FlowLine): boolean {
  if (prev.blockAfter) return true;
  if (BARE_LABEL.test(prev.line.text)) return BARE_LABEL.test(line.line.text);
  if (opensBlock(prev, line)) return true;
  if (prev.measured && prev.short && !endsWithHyphen(prev)) return true;
  if (runsOn(prev, line)) return false;
  // A sentence ends and the next line moves in or out: another paragraph ("-layout" text keeps the indentation).
  // A title's article tag ends it as a full stop ends a sentence: "1. General measures of implementation (arts. 73 and 84)".
  const ends = endsSentence(prev.line.text) || endsWithTag(prev.line.text);
  const indents = prev.indent !== undefined && line.indent !== undefined;
  if (indents && ends && Math.abs(line.indent! - prev.indent!) >= INDENT_STEP) return true;
  // A title after the end of a sentence: "... ill-treatment.\nTrafficking in human beings".
  if (ends && line.short && isTitleLike(line.line.text)) return true;
  // A page that ends on a full line carries on onto the next page.
  if (line.pageBreakBefore) return prev.short;
  if (line.blankBefore) return true;
  return prev.short;
}

/** Groups the lines into blocks. */
export function findBlocks(lines: FlowLine[]): FlowLine[][] {
  const blocks: FlowLine[][] = [];
  let current: FlowLine[] = [];
  for (const line of lines) {
    const prev = current[current.length - 1];
    if (prev && breaksBefore(prev, line)) {
      blocks.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

export type JoinKind = 'space' | 'hyphen' | 'none';

/** How `prev` joins `next` inside a block: a space, nothing (a broken word), or straight on after a hyphen of the text. */
export function joinKind(prev: CleanLine, next: CleanLine, words: WordList): JoinKind {
  if (prev.softHyphenEnd) return 'none';
  // The last two characters of the line, looked at where they are rather than with a regular expression tried at every offset.
  const last = prev.text.charAt(prev.text.length - 1);
  const beforeLast = prev.text.charAt(prev.text.length - 2);
  // A range broken after its dash: "(2010–" + "2015)".
  if (last === '–' && /\d/.test(beforeLast) && /^\d/.test(next.text)) return 'hyphen';
  // A symbol broken after a slash: "CEDAW/" + "C/KAZ/CO/2".
  if (last === '/' && /\S/.test(beforeLast) && /^[\p{L}\d]/u.test(next.text)) return 'hyphen';
  if (!prev.text.endsWith('-')) return 'space';
  if (prev.source.hyphenAdded) return 'none';
  const halves = hyphenBreak(prev, next);
  if (halves && words.isBrokenWord(halves.head, halves.tail)) return 'none';
  // UN text breaks lines at its own hyphens: "347-" + "1" is "347-1", "ill-" + "treatment".
  return 'hyphen';
}
