/** Normalized text to the layout of a concluding-observations document. */
import type { TreatyBodyEntry } from '../catalogue/bodies.js';
import { InputError } from '../errors.js';
import type { SourceText } from '../ingest/source.js';
import type { Warning } from '../model.js';
import { checkBoldEvidence } from './bold.js';
import { otherDocumentKind } from './document-kind.js';
import { inferSymbol, readMetadata, type Metadata } from './metadata.js';
import { parseParagraph, type ParsedParagraph } from './paragraph.js';
import { findLayout, splitLines, type RawHeading, type RawSection } from './structure.js';

export type { ParsedItem, ParsedPart, ParsedParagraph } from './paragraph.js';
export type { JoinedText } from './joined.js';

/** The masthead and title of a UN document stand within its first lines. */
const FRONT_LINES_FOR_KIND = 24;
const RENDERING_NAMES: Record<SourceText['format'], string> = { text: 'text', pdf: 'PDF', docx: 'DOCX', html: 'HTML page' };

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
  const lines = splitLines(text);
  const layout = findLayout(lines);
  const other = otherDocumentKind(lines.slice(0, FRONT_LINES_FOR_KIND).map((l) => l.text));
  if (other) {
    throw new InputError(`not concluding observations: this ${RENDERING_NAMES[source.format]} looks like ${other.kind} (${other.symbol})`, source.path);
  }
  if (layout.paragraphs.length === 0) {
    throw new InputError('not concluding observations: no numbered paragraphs ("1. The Committee ...") were found', source.path);
  }
  const paragraphs = layout.paragraphs.map((raw) => parseParagraph(text, raw));
  const introduction = paragraphs.slice(0, 2).map((p) => p.joined.text);
  const metadata = readMetadata(layout.front, introduction, [...layout.notes.map((l) => l.text), ...source.notes]);
  const missing: string[] = [];
  if (!metadata.body) missing.push('the treaty body (no committee name in the heading and no symbol to tell it)');
  if (!metadata.state) missing.push('the State party (no State named in the heading and no report symbol with its code)');
  const symbol = options.symbol ?? metadata.symbol ?? (metadata.reportConsidered && inferSymbol(metadata.reportConsidered.symbol));
  if (!symbol) missing.push('the document symbol (not in the text, not inferable from a report considered; give it with --symbol)');
  if (missing.length > 0) {
    throw new InputError(`not concluding observations, or not readable as such: cannot find ${missing.join('; ')}`, source.path);
  }
  const warnings = [...layout.warnings, ...checkBoldEvidence(source, paragraphs)].map((w) => locate(w, source));
  for (const line of metadata.unread) {
    warnings.push(locate({ message: `front matter not understood, kept out of the graph: "${line.text}"`, offset: line.start }, source));
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

/** A warning's offset made a place in the source: line and column of a text or HTML file, or words ("page 3, line 12"). */
export function locate(warning: Warning, source: SourceText): Warning {
  if (warning.offset === undefined) return warning;
  const { offset, ...rest } = warning;
  if (!source.linesAreFileLines) return { ...rest, where: source.describe(offset) };
  const at = source.positionOf(offset);
  return { ...rest, line: at.line, column: at.column };
}
