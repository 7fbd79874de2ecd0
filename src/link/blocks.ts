/**
 * One document's block of a Turtle, N-Triples, TriG or JSON-LD corpus: its
 * quads (its sorted N-Quads, read back from the spill file) with its link
 * quads, written as `serialize` writes them. Pure, so that the main thread
 * and block workers make the same bytes: a corpus formats its blocks in
 * worker threads, since formatting costs several times what converting does.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Quad } from 'n3';
import { parseLines } from '../rdf/read.js';
import { projectContext, serialize, type RdfFormat } from '../serialize/index.js';
import type { JsonLdContextDocument } from '../serialize/context.js';
import { JsonLdWriter } from '../serialize/jsonld.js';

export type BlockFormat = Exclude<RdfFormat, 'nquads'>;

/** A block to format: where the document's N-Quads are in the spill file, and its link quads. */
export interface BlockTask {
  index: number;
  spill: string;
  offset: number;
  length: number;
  /** The document's link quads as N-Quads lines. */
  links: string;
  format: BlockFormat;
  base: string;
  /** The first block of the output: JSON-LD opens the document with it, and no other block comes before. */
  first: boolean;
}

export interface BlockDone {
  index: number;
  /** The block in UTF-8. */
  bytes: Uint8Array;
  /** Its quads: the document's and the links it did not hold already. */
  quads: number;
}

/**
 * The block of a document given as sorted N-Quads text, with its link
 * quads (N-Quads lines). A link may repeat a quad of the document, or
 * another link (two items of one cited paragraph): each is written once.
 */
export function formatBlock(nquads: string, links: string, format: BlockFormat, base: string, first: boolean): { text: string; quads: number } {
  const quads = parseLines(nquads, 'nquads');
  // The document's lines are few to look up and many to index: each link is looked for in the text.
  const added = new Set<string>();
  for (const line of links.split('\n')) {
    if (line !== '' && !added.has(line) && !holdsLine(nquads, line)) added.add(line);
  }
  if (added.size > 0) quads.push(...parseLines([...added].join('\n'), 'nquads'));
  return { text: blockText(quads, format, base, first), quads: quads.length };
}

/** Whether `line` (no line break) is a whole line of `text`, whose lines each end with one. */
function holdsLine(text: string, line: string): boolean {
  for (let at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
    if ((at === 0 || text.charCodeAt(at - 1) === 10) && text.charCodeAt(at + line.length) === 10) return true;
  }
  return false;
}

function blockText(quads: Quad[], format: BlockFormat, base: string, first: boolean): string {
  if (format === 'jsonld') {
    const writer = jsonLdWriter(base);
    return `${first ? writer.start() : ''}${writer.batch(quads, first)}`;
  }
  const text = serialize(quads, format, { base });
  // A blank line between the blocks of Turtle and TriG, as between their subjects.
  return first || format === 'ntriples' ? text : `\n${text}`;
}

/** What closes a JSON-LD corpus of `blocks` blocks (none: the opening too, around an empty graph). */
export function jsonLdClosing(base: string, blocks: number): string {
  const writer = jsonLdWriter(base);
  return blocks === 0 ? writer.start() + writer.end(false) : writer.end(true);
}

/**
 * A writer for one block. Not one per thread: a writer keeps every IRI it
 * wrote, which over a corpus would grow with it; the context is made once.
 */
function jsonLdWriter(base: string): JsonLdWriter {
  if (context?.base !== base) context = { base, document: projectContext(base) };
  return new JsonLdWriter(context.document);
}

let context: { base: string; document: JsonLdContextDocument } | undefined;

const utf8 = new TextEncoder();

/** A block task as a block worker runs it: the document's N-Quads read from the spill file. */
export function runBlockTask(task: BlockTask): BlockDone {
  const bytes = Buffer.allocUnsafe(task.length);
  const fd = openSync(task.spill, 'r');
  try {
    for (let read = 0; read < task.length; ) {
      const n = readSync(fd, bytes, read, task.length - read, task.offset + read);
      if (n === 0) throw new Error(`${task.spill}: ended before the document at byte ${task.offset}`);
      read += n;
    }
  } finally {
    closeSync(fd);
  }
  const { text, quads } = formatBlock(bytes.toString('utf8'), task.links, task.format, task.base, task.first);
  return { index: task.index, bytes: utf8.encode(text), quads };
}
