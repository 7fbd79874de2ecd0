/**
 * `tbkg refs`: the reference recognizers on any UN human-rights text, one
 * JSON object per line, as REFS.md writes them, with `start` and `end` in
 * code points. A text is read paragraph by paragraph (nothing carries from
 * one to the next, REFS rule 4); a decision (a JSON array of {ID, Text,
 * Footnotes}, as the shared corpus has them) paragraph by paragraph and
 * footnote by footnote, each object naming its paragraph.
 */
import { readFile } from 'node:fs/promises';
import { TREATY_BODIES } from '../catalogue/bodies.js';
import { STATES } from '../catalogue/states.js';
import { parseSymbol, treatyOfDocument } from '../catalogue/symbols.js';
import { canonicalTreatyCode } from '../catalogue/treaties.js';
import { InputError, UsageError } from '../errors.js';
import { findReferences, type RefContext, type Reference } from '../extract/refs/index.js';
import { decodeText } from '../ingest/decode.js';
import { detectFormat, readBytes } from '../ingest/index.js';
import { stringOption, type ParsedArgs } from './args.js';
import { Reporter, writeStdout } from './output.js';

/** A unit of text the recognizers run on, and where it sits. */
interface Unit {
  text: string;
  /** UTF-16 offset of the unit in the text the offsets count into. */
  offset: number;
  /** The text the offsets count into (the whole file, or one field of a decision's paragraph). */
  whole: string;
  extra?: Record<string, string | number>;
}

export async function refsCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError('refs reads one FILE, or - for standard input (see tbkg refs --help)');
  const [path] = args.positionals as [string];
  const reporter = new Reporter(args.values.quiet === true);
  const bytes = path === '-' ? await readStdin() : await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read: ${err.code === 'ENOENT' ? 'no such file (ENOENT)' : err.message}`, path);
  });
  const { units, decision } = await unitsOf(bytes, path);
  const texts = units.map((u) => u.text);
  const treaty = treatyOption(args) ?? inferTreaty(texts.join('\n'), path);
  if (!treaty) throw new UsageError('cannot tell whose treaty "the Convention" is: give --treaty CODE (CAT, CCPR, CESCR, CERD, CEDAW, CRC, CRPD, CMW, CED)');
  const jurisdiction = jurisdictionOption(args) ?? inferJurisdiction(texts);
  if (!jurisdiction) reporter.warn(`${path}: warning: no State named in the text: domestic laws have jurisdiction null (give --jurisdiction ISO3)`);
  const ctx: RefContext = { treaty, jurisdiction: jurisdiction ?? '', concludingObservations: !(decision || isDecisionText(texts, path)) };
  const lines: string[] = [];
  for (const unit of units) {
    const cp = codePointCounter(unit.whole);
    for (const ref of findReferences(unit.text, ctx)) {
      const object = refsObject(ref, jurisdiction ?? null);
      if (!object) continue;
      lines.push(JSON.stringify({ ...object, start: cp(unit.offset + ref.start), end: cp(unit.offset + ref.end), ...unit.extra }));
    }
  }
  await writeStdout(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
}

/** A reference as REFS.md writes it; instruments named without a provision are not references there. */
export function refsObject(ref: Reference, jurisdiction: string | null): Record<string, unknown> | null {
  switch (ref.kind) {
    case 'un-document':
      return { kind: ref.kind, symbol: ref.symbol, paragraph: ref.paragraph, item: ref.item };
    case 'treaty-article':
      return {
        kind: ref.kind, treaty: ref.treaty, article: ref.article, paragraph: ref.paragraph ?? null,
        ...(ref.items && ref.items.length > 0 ? { items: ref.items } : {}),
        ...(ref.range ? { range: true } : {}),
      };
    case 'law':
      return {
        kind: ref.kind, jurisdiction: ref.jurisdiction === '' ? jurisdiction : ref.jurisdiction, instrument: ref.instrument,
        article: ref.article ?? null, part: ref.part ?? null, ...(ref.chapter ? { chapter: ref.chapter } : {}),
      };
    default:
      return null;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A decision's paragraph, its fields read whatever their case ("Text" or "text"). */
interface DecisionParagraph {
  id: string;
  text: string | undefined;
  footnotes: Array<{ n: number; text: string }>;
}

/** The units of a file: a decision's paragraphs and footnotes, or a text's paragraphs; whether it is a decision. */
async function unitsOf(bytes: Buffer, path: string): Promise<{ units: Unit[]; decision: boolean }> {
  const decision = asDecision(bytes);
  if (decision) {
    const units: Unit[] = [];
    for (const { id, text, footnotes } of decision) {
      if (text !== undefined) units.push(decisionUnit(text, { id, field: 'Text' }));
      for (const f of footnotes) units.push(decisionUnit(f.text, { id, field: 'Footnotes', footnote: f.n }));
    }
    return { units, decision: true };
  }
  const format = detectFormat(bytes);
  // A PDF, DOCX or HTML file is read as convert reads it; offsets count into its normalized text.
  if (bytes.length === 0) throw new InputError('the file is empty', path);
  const text = format === 'text' ? decodeText(bytes, path) : (await readBytes(bytes, path)).text;
  return { units: paragraphsOf(text).map(({ start, end }) => ({ text: text.slice(start, end), offset: start, whole: text })), decision: false };
}

/** The words that open a decision on a communication (Views, decisions of inadmissibility), in its first paragraphs. */
const DECISION_WORDS = /\b(?:[Tt]he\s+author\s+of\s+the\s+communication|[Tt]he\s+(?:complainant|petitioner)\s+is\b|(?:Views|Decision)\s+adopted\s+by\s+the\s+Committee|Communication\s+(?:No\.|submitted\s+by))/;
const CONCLUDING_WORDS = /\b[Cc]oncluding\s+observations\s+on\s+the\b/;
const OPENING_PARAGRAPHS = 8;

/**
 * Whether a text is a decision on a communication, where a closing "(art. 12)." is no Convention-article tag of
 * concluding observations: a file named by a decision's symbol ("ccpr-c-126-d-2773-2016.txt", ".../D/..."), or a text
 * whose first paragraphs open as decisions do ("The author of the communication is ...", "Views adopted by the
 * Committee ...", "Communication No. ...") and do not present themselves as concluding observations. Any other text is
 * read as concluding observations are, as before.
 */
export function isDecisionText(paragraphs: readonly string[], path: string): boolean {
  if (/\/D\/\d/.test(symbolOfFileName(path))) return true;
  const opening = paragraphs.slice(0, OPENING_PARAGRAPHS).join('\n');
  return DECISION_WORDS.test(opening) && !CONCLUDING_WORDS.test(opening);
}

/**
 * A decision as a JSON array of paragraphs, each with its text under "Text"
 * (the shared corpus) or "text", its footnotes under "Footnotes" or
 * "footnotes" ({n, text} objects, or strings numbered from 1) and its number
 * under "ID", "id" or "paragraphId"; also such an array under "paragraphs"
 * of an object. Anything else is text.
 */
function asDecision(bytes: Buffer): DecisionParagraph[] | null {
  const head = bytes.subarray(0, 64).toString('utf8').trimStart();
  if (!head.startsWith('[') && !head.startsWith('{')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  if (isRecord(parsed) && Array.isArray(parsed.paragraphs)) parsed = parsed.paragraphs;
  if (!Array.isArray(parsed) || parsed.length === 0) return null;
  const paragraphs: DecisionParagraph[] = [];
  for (const p of parsed) {
    if (!isRecord(p)) return null;
    const text = field(p, 'text');
    const footnotesField = field(p, 'footnotes');
    if (text === undefined && footnotesField === undefined) return null;
    const footnotes = footnotesField ?? [];
    if ((text !== undefined && text !== null && typeof text !== 'string') || !Array.isArray(footnotes)) return null;
    const id = field(p, 'id') ?? field(p, 'paragraphid');
    paragraphs.push({
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : '',
      text: typeof text === 'string' ? text : undefined,
      footnotes: footnotes.flatMap((f: unknown, i) => {
        if (typeof f === 'string') return [{ n: i + 1, text: f }];
        if (isRecord(f) && typeof f.text === 'string') return [{ n: typeof f.n === 'number' ? f.n : i + 1, text: f.text }];
        return [];
      }),
    });
  }
  return paragraphs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field by its lower-case name, whatever the case it is written in. */
function field(record: Record<string, unknown>, lowerName: string): unknown {
  for (const key in record) if (key.toLowerCase() === lowerName) return record[key];
  return undefined;
}

/** A field of a decision, its footnote markers ("[[fn:3]]") blanked so that offsets stay those of the text as given. */
function decisionUnit(text: string, extra: Record<string, string | number>): Unit {
  const blanked = text.replace(/\[\[fn:\d+\]\]/g, (marker) => ' '.repeat(marker.length));
  return { text: blanked, offset: 0, whole: text, extra };
}

const PARAGRAPH_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\([a-z]\))\s+\S/;

/** Paragraphs: blocks between blank lines, and a numbered line ("12.", "4.3") starts one. */
export function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const hasBlankLines = /\n[ \t]*\r?\n/.test(text);
  let start = -1;
  let end = 0;
  const re = /([^\n]*)(\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const line = m[1]!;
    const lineStart = m.index;
    const blank = line.trim().length === 0;
    const startsParagraph = !hasBlankLines || PARAGRAPH_NUMBER.test(line);
    if (blank || (startsParagraph && start >= 0)) {
      if (start >= 0) out.push({ start, end });
      start = -1;
    }
    if (!blank) {
      if (start < 0) start = lineStart;
      end = lineStart + line.replace(/\r$/, '').length;
    }
    if (m[2] === '') break;
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

/** UTF-16 offset to code points, counted once for the whole text. */
function codePointCounter(text: string): (index: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (index) => index;
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0, cp = 0; i <= text.length; i++) {
    prefix[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
  }
  return (index) => prefix[index]!;
}

function treatyOption(args: ParsedArgs): string | undefined {
  const raw = stringOption(args, 'treaty');
  if (raw === undefined) return undefined;
  const code = canonicalTreatyCode(raw);
  if (!code) throw new UsageError(`unknown treaty "${raw}": one of CAT, CCPR, CESCR, CERD, CEDAW, CRC, CRPD, CMW, CED or a protocol (OPCAT, OP-ICCPR, ...)`);
  return code;
}

function jurisdictionOption(args: ParsedArgs): string | undefined {
  const raw = stringOption(args, 'jurisdiction');
  if (raw === undefined) return undefined;
  if (!/^[A-Za-z]{3}$/.test(raw)) throw new UsageError(`--jurisdiction takes an ISO 3166 alpha-3 code ("KAZ"), got "${raw}"`);
  return raw.toUpperCase();
}

/**
 * The committee whose text this is: from a file named by its symbol
 * ("cat-c-46-d-341-2008.json"), else the committee the text names most.
 */
/** The symbol a file is named by: "cat-c-46-d-341-2008.json" is CAT/C/46/D/341/2008. */
function symbolOfFileName(path: string): string {
  const name = path.split(/[\\/]/).pop()!.replace(/\.[a-z]+$/i, '');
  return name.replace(/^e-c-12-/i, 'E/C.12/').replace(/[-_ ]+/g, '/').toUpperCase();
}

export function inferTreaty(text: string, path: string): string | undefined {
  const symbol = symbolOfFileName(path);
  const body = parseSymbol(symbol).body;
  const fromName = TREATY_BODIES.find((b) => b.code === body);
  // A review under a protocol (CRC/C/OPSC/...) speaks of that protocol as its own.
  if (fromName) return treatyOfDocument(symbol, fromName);
  let best: { treaty: string; count: number } | undefined;
  for (const b of TREATY_BODIES) {
    if (!b.reviewsReports) continue;
    const count = text.split(b.name).length - 1;
    if (count > 0 && (!best || count > best.count)) best = { treaty: b.treaty, count };
  }
  return best?.treaty;
}

const STATE_NAMES = STATES.flatMap((s) => s.names.map((n) => ({ iso3: s.iso3, name: n })))
  .filter((s) => s.name.length > 3)
  .sort((a, b) => b.name.length - a.name.length);

/**
 * The State the text names most: the State party of a decision or report.
 * The first paragraphs, which present the parties ("a national of Saudi
 * Arabia ... violations by the State party"), count ten times as much as the
 * others, which cite the jurisprudence on other States.
 */
export function inferJurisdiction(paragraphs: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { iso3, name } of STATE_NAMES) {
    const re = new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    paragraphs.forEach((text, i) => {
      const n = (text.match(re) ?? []).length;
      if (n > 0) counts.set(iso3, (counts.get(iso3) ?? 0) + n * (i < 2 ? 10 : 1));
    });
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
