/**
 * The line breaks of a text: "\r\n", "\r", "\n", and the form feed that
 * ends a page. Each kind is found with `indexOf`, which scans far faster
 * than a loop that looks at every character.
 */
const LF = 0x0a;
const CR = 0x0d;

export class LineBreaks {
  /** The next "\n", "\r" and "\f" found so far: -1 before the first look, the length of the text when there is none. */
  private lf = -1;
  private cr = -1;
  private ff = -1;

  constructor(private readonly text: string) {}

  /** The offset of the first line break at or after `from`, or the length of the text. Offsets asked for must not go back. */
  next(from: number): number {
    if (this.lf < from) this.lf = this.find('\n', from);
    if (this.cr < from) this.cr = this.find('\r', from);
    if (this.ff < from) this.ff = this.find('\f', from);
    return Math.min(this.lf, this.cr, this.ff);
  }

  /** The length of the line break at `at`: 2 for "\r\n", else 1. */
  lengthAt(at: number): number {
    return this.text.charCodeAt(at) === CR && this.text.charCodeAt(at + 1) === LF ? 2 : 1;
  }

  private find(char: string, from: number): number {
    const at = this.text.indexOf(char, from);
    return at < 0 ? this.text.length : at;
  }
}
