/**
 * From an offset of what a reader read to a place a person can find in the
 * source: line and column of a text file, page and line of a PDF, paragraph
 * of a DOCX, line and element of an HTML page.
 */
import type { SourcePosition } from '../model.js';
import { LineBreaks } from './line-breaks.js';

export interface SourceLocator {
  position(sourceOffset: number): SourcePosition;
  describe(position: SourcePosition): string;
  /** Line and column are those of the file itself (text, HTML), so "file:line:column" links to it. */
  readonly linesAreFileLines: boolean;
}

/** Offsets of the starts of the lines of `text` (LF, CRLF, CR and form feed end a line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const breaks = new LineBreaks(text);
  for (let at = breaks.next(0); at < text.length; at = breaks.next(starts[starts.length - 1]!)) starts.push(at + breaks.lengthAt(at));
  return starts;
}

/** The last index of `starts` (sorted) whose value is at most `offset`. */
export function lastAtOrBefore(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Lines and columns of a text file (offsets are UTF-16 offsets of its decoded text). */
export class TextLocator implements SourceLocator {
  readonly linesAreFileLines = true;
  /** Found on the first position asked for: only warnings and errors ask, and most documents have none. */
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  position(sourceOffset: number): SourcePosition {
    const starts = (this.starts ??= lineStarts(this.text));
    const i = lastAtOrBefore(starts, sourceOffset);
    return { line: i + 1, column: sourceOffset - starts[i]! + 1 };
  }

  describe(p: SourcePosition): string {
    return `line ${p.line}, column ${p.column}`;
  }
}

/** One unit of a reader's source: a line of a PDF page, a paragraph of a DOCX. */
export interface SourceUnit {
  /** Offset of the unit's first character in the reader's source. */
  start: number;
  page?: number;
  /** Line on its page (PDF), or paragraph number (DOCX). */
  line: number;
}

/**
 * Positions in a source that a reader laid out as units, one after the
 * other: lines of PDF pages, paragraphs of a DOCX.
 */
export class UnitLocator implements SourceLocator {
  readonly linesAreFileLines = false;
  private readonly starts: Int32Array;

  constructor(
    private readonly units: SourceUnit[],
    private readonly kind: 'pdf' | 'docx',
  ) {
    this.starts = Int32Array.from(units.map((u) => u.start));
  }

  position(sourceOffset: number): SourcePosition {
    if (this.units.length === 0) return { line: 1, column: 1 };
    const unit = this.units[lastAtOrBefore(this.starts, sourceOffset)]!;
    const column = sourceOffset - unit.start + 1;
    return this.kind === 'pdf'
      ? { page: unit.page, line: unit.line, column }
      : { paragraph: unit.line, line: unit.line, column };
  }

  describe(p: SourcePosition): string {
    return this.kind === 'pdf' ? `page ${p.page}, line ${p.line}` : `paragraph ${p.paragraph}`;
  }
}

/** An element of an HTML page and the span of the decoded page its text came from. */
export interface ElementSpan {
  start: number;
  path: string;
}

/** Lines and columns of an HTML file, with the path of the element that holds the text. */
export class HtmlLocator implements SourceLocator {
  readonly linesAreFileLines = true;
  private readonly lines: TextLocator;
  private readonly starts: Int32Array;

  constructor(
    html: string,
    private readonly elements: ElementSpan[],
  ) {
    this.lines = new TextLocator(html);
    this.starts = Int32Array.from(elements.map((e) => e.start));
  }

  position(sourceOffset: number): SourcePosition {
    const at = this.lines.position(sourceOffset);
    if (this.elements.length === 0) return at;
    return { ...at, element: this.elements[lastAtOrBefore(this.starts, sourceOffset)]!.path };
  }

  describe(p: SourcePosition): string {
    return `line ${p.line}, column ${p.column}${p.element ? ` (${p.element})` : ''}`;
  }
}
