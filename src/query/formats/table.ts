/**
 * A table for people at a terminal: columns in the order of the
 * projection, IRIs shortened by prefix, literals with their language tag
 * or datatype ("text"@en, "5"^^xsd:integer), so nothing is lost but
 * length. Column widths come from the first rows (the rest stream through
 * at those widths); at a terminal, long cells wrap to fit its width.
 */
import type { Row } from '../result.js';
import type { PrefixShortener } from '../terms.js';
import type { BindingsWriter } from './writer.js';

export interface TableOptions {
  shortener: PrefixShortener;
  /** The terminal's width; undefined (piped) means no wrapping. */
  width?: number;
  /** How many rows set the column widths before the first line is written. */
  sampleRows?: number;
}

const MIN_COLUMN = 8;

export class TableWriter implements BindingsWriter {
  private variables: string[] = [];
  private pending: string[][] = [];
  private widths: number[] | undefined;
  private readonly sampleRows: number;

  constructor(private readonly options: TableOptions) {
    this.sampleRows = options.sampleRows ?? 200;
  }

  head(variables: string[]): string {
    this.variables = variables;
    return '';
  }

  row(row: Row): string {
    const cells = row.map((term) => (term ? this.options.shortener.term(term) : ''));
    if (this.widths) return this.line(cells);
    this.pending.push(cells);
    return this.pending.length >= this.sampleRows ? this.flush() : '';
  }

  end(): string {
    return this.widths ? this.rule('-') : `${this.flush()}${this.rule('-')}`;
  }

  private flush(): string {
    this.widths = fitWidths(this.variables, this.pending, this.options.width);
    let text = `${this.rule('-')}${this.line(this.variables)}${this.rule('=')}`;
    for (const cells of this.pending) text += this.line(cells);
    this.pending = [];
    return text;
  }

  private rule(fill: string): string {
    return `+${this.widths!.map((w) => fill.repeat(w + 2)).join('+')}+\n`;
  }

  /** One row, as many terminal lines as its tallest wrapped cell needs. */
  private line(cells: readonly string[]): string {
    const wrapping = this.options.width !== undefined;
    const columns = cells.map((cell, i) => (wrapping ? wrap(cell, this.widths![i]!) : [cell]));
    const height = Math.max(1, ...columns.map((c) => c.length));
    let text = '';
    for (let k = 0; k < height; k++) {
      text += `| ${columns.map((c, i) => pad(c[k] ?? '', this.widths![i]!)).join(' | ')} |\n`;
    }
    return text;
  }
}

/**
 * Natural widths, then the widest column is narrowed, one character at a
 * time, until the table fits the terminal or every column is at its minimum.
 */
function fitWidths(variables: string[], rows: string[][], terminal: number | undefined): number[] {
  const widths = variables.map((v, i) => Math.max(length(v), ...rows.map((r) => length(r[i] ?? ''))));
  if (terminal === undefined) return widths;
  const frame = 3 * widths.length + 1;
  let total = widths.reduce((a, b) => a + b, 0) + frame;
  while (total > terminal) {
    let widest = 0;
    for (let i = 1; i < widths.length; i++) if (widths[i]! > widths[widest]!) widest = i;
    if (widths[widest]! <= Math.max(MIN_COLUMN, length(variables[widest]!))) break;
    widths[widest]!--;
    total--;
  }
  return widths;
}

/** Lines of at most `width` characters, broken after a space where there is one. */
function wrap(text: string, width: number): string[] {
  const chars = [...text];
  if (chars.length <= width) return [text];
  const lines: string[] = [];
  let start = 0;
  while (chars.length - start > width) {
    let cut = start + width;
    const space = chars.lastIndexOf(' ', cut - 1);
    if (space > start) cut = space + 1;
    lines.push(chars.slice(start, cut).join('').trimEnd());
    start = cut;
  }
  lines.push(chars.slice(start).join(''));
  return lines;
}

function length(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function pad(text: string, width: number): string {
  const missing = width - length(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}

export function tableBoolean(value: boolean): string {
  return `${value}\n`;
}
