/** Normalized text to the layout of a concluding-observations document. */
import type { TreatyBodyEntry } from '../catalogue/bodies.js';
import { InputError } from '../errors.js';
import type { SourceText } from '../ingest/source.js';
import type { Warning } from '../model.js';
import { inferSymbol, readMetadata, type Metadata } from './metadata.js';
import { parseParagraph, type ParsedParagraph } from './paragraph.js';
import { findLayout, splitLines, type RawHeading, type RawSection } from './structure.js';

export type { ParsedItem, ParsedPart, ParsedParagraph } from './paragraph.js';
export type { JoinedText } from './joined.js';

export interface ParseOptions {
  /** The document's UN symbol, when the user gives it. */
  symbol?: string;
}

export interface ParsedDocument {
  source: SourceText;
  symbol: string;
  symbolSource: 'text' | 'inferred' | 'given';
  body: TreatyBodyEntry;
  metadata: Metadata;
  sections: RawSection[];
  headings: RawHeading[];
  paragraphs: ParsedParagraph[];
  warnings: Warning[];
}

export function parseDocument(source: SourceText, options: ParseOptions = {}): ParsedDocument {
  const text = source.text;
  const layout = findLayout(splitLines(text));
  if (layout.paragraphs.length === 0) {
    throw new InputError('not concluding observations: no numbered paragraphs ("1. The Committee ...") were found', source.path);
  }
  const paragraphs = layout.paragraphs.map((raw) => parseParagraph(text, raw));
  const introduction = paragraphs.slice(0, 2).map((p) => p.joined.text);
  const metadata = readMetadata(layout.front, introduction);
  const missing: string[] = [];
  if (!metadata.body) missing.push('the treaty body (no committee name in the heading and no symbol to tell it)');
  if (!metadata.state) missing.push('the State party (no State named in the heading and no report symbol with its code)');
  const symbol = options.symbol ?? metadata.symbol ?? (metadata.reportConsidered && inferSymbol(metadata.reportConsidered.symbol));
  if (!symbol) missing.push('the document symbol (not in the text, not inferable from a report considered; give it with --symbol)');
  if (missing.length > 0) {
    throw new InputError(`not concluding observations, or not readable as such: cannot find ${missing.join('; ')}`, source.path);
  }
  const warnings = layout.warnings.map((w) => locate(w, source));
  for (const line of metadata.unread) {
    const at = source.positionOf(line.start);
    warnings.push({ message: `front matter not understood, kept out of the graph: "${line.text}"`, line: at.line, column: at.column });
  }
  return {
    source,
    symbol: symbol!,
    symbolSource: options.symbol ? 'given' : metadata.symbol ? 'text' : 'inferred',
    body: metadata.body!,
    metadata,
    sections: layout.sections,
    headings: layout.headings,
    paragraphs,
    warnings,
  };
}

function locate(warning: Warning, source: SourceText): Warning {
  if (warning.offset === undefined) return warning;
  const { offset, ...rest } = warning;
  const at = source.positionOf(offset);
  return { ...rest, line: at.line, column: at.column };
}
