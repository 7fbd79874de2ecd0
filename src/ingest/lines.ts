/**
 * What every reader hands to the normalizer: the lines of the document as
 * read, each character with its offset in the reader's source, its weight,
 * and what the reader could tell about the break after the line.
 */

export interface RawLine {
  text: string;
  /** Offset in the reader's source of each UTF-16 unit of `text`. */
  offsets: Int32Array;
  /** 1 where the character is set in bold; absent where the format has no bold. */
  bold?: Uint8Array;
  /** Offset in the reader's source just past the line. */
  endOffset: number;
  /**
   * 'block': a paragraph, table cell or manual line break ends here (DOCX,
   * HTML, a column of a masthead). Absent: the line may wrap into the next
   * one, which the normalizer judges from the text and the hints below.
   */
  breakAfter?: 'block';
  /** A blank line (plain text) or a vertical gap (PDF) stands before the line. */
  blankBefore?: boolean;
  /** A page ended before the line (form feed, page furniture, a new PDF page). */
  pageBreakBefore?: boolean;
  /** PDF: the line ends well before the right margin, like the last line of a paragraph. */
  short?: boolean;
  /** Plain text: how far the line is indented, in characters (pdftotext -layout keeps indentation). */
  indent?: number;
  /** PDF: the line-end hyphen is a glyph of its own that a typesetter added to break a word. */
  hyphenAdded?: boolean;
}

/**
 * Offsets 0, 1, 2, … of a source read one to one, such as a text file: the
 * offsets of each of its lines are a view of this one table.
 */
export function oneToOneOffsets(length: number): Int32Array {
  const offsets = new Int32Array(length);
  for (let i = 0; i < length; i++) offsets[i] = i;
  return offsets;
}

/** A line whose characters all come one to one from `start` onwards in the source whose `oneToOneOffsets` are given. */
export function lineAt(sourceOffsets: Int32Array, text: string, start: number, extra: Partial<RawLine> = {}): RawLine {
  return { text, offsets: sourceOffsets.subarray(start, start + text.length), endOffset: start + text.length, ...extra };
}

/** Collects the characters of one line with their source offsets and weight. */
export class LineCollector {
  private chars: string[] = [];
  private offsets: number[] = [];
  private bold: number[] = [];

  push(text: string, offsetOf: (i: number) => number, bold: boolean): void {
    for (let i = 0; i < text.length; i++) {
      this.chars.push(text[i]!);
      this.offsets.push(offsetOf(i));
      this.bold.push(bold ? 1 : 0);
    }
  }

  get empty(): boolean {
    return this.chars.length === 0;
  }

  /** The collected line, and a fresh start for the next one. */
  take(endOffset: number, extra: Partial<RawLine> = {}): RawLine {
    const line: RawLine = {
      text: this.chars.join(''),
      offsets: Int32Array.from(this.offsets),
      bold: Uint8Array.from(this.bold),
      endOffset,
      ...extra,
    };
    this.chars = [];
    this.offsets = [];
    this.bold = [];
    return line;
  }
}
