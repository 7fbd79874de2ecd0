/** A results writer turns rows into text; the caller decides where the text goes. */
import type { Row } from '../result.js';

export interface BindingsWriter {
  head(variables: string[]): string;
  /** The text of one row; a writer that must see rows first (the table) may return '' and catch up later. */
  row(row: Row): string;
  end(): string;
}
