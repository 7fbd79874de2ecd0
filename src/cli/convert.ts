/** `tbkg convert`: source documents to an RDF dump. */
import type { Quad } from 'n3';
import { UsageError } from '../errors.js';
import type { Warning } from '../model.js';
import { convertFile } from '../pipeline.js';
import { formatFromExtension, isRdfFormat, RDF_FORMATS, serialize, type RdfFormat } from '../serialize/index.js';
import { stringOption, type ParsedArgs } from './args.js';
import { Reporter, writeAtomically, writeStdout } from './output.js';
import { expandPaths } from './sources.js';

export async function convertCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('convert needs at least one FILE or folder (see tbkg convert --help)');
  const files = await expandPaths(args.positionals);
  const out = stringOption(args, 'output');
  const format = outputFormat(stringOption(args, 'format'), out);
  const base = baseOption(args);
  const symbol = stringOption(args, 'symbol');
  if (symbol !== undefined && files.length > 1) throw new UsageError('--symbol names one document: give one FILE with it');
  const reporter = new Reporter(args.values.quiet === true);
  const started = performance.now();

  const quads: Quad[] = [];
  let paragraphs = 0;
  let warnings = 0;
  const symbols = new Map<string, string>();
  for (const file of files) {
    const { model, quads: documentQuads } = await convertFile(file, { base, symbol });
    const earlier = symbols.get(model.symbol);
    if (earlier) reporter.warn(`${file}: warning: same symbol ${model.symbol} as ${earlier}: the two graphs are merged`);
    symbols.set(model.symbol, file);
    for (const q of documentQuads) quads.push(q);
    paragraphs += model.paragraphs.length;
    for (const w of model.warnings) reporter.warn(describeWarning(file, w));
    warnings += model.warnings.length;
  }
  const text = serialize(quads, format, { base });
  if (out) await writeAtomically(out, text);
  else await writeStdout(text);
  const ms = Math.round(performance.now() - started);
  const docs = `${files.length} document${files.length === 1 ? '' : 's'}`;
  reporter.info(`tbkg: converted ${docs}: ${paragraphs} paragraphs, ${quads.length} triples, ${warnings} warnings, ${ms} ms${out ? ` -> ${out}` : ''}`);
  return 0;
}

export function outputFormat(explicit: string | undefined, out: string | undefined): RdfFormat {
  if (explicit !== undefined) {
    if (!isRdfFormat(explicit)) throw new UsageError(`unknown format "${explicit}": one of ${RDF_FORMATS.join(', ')}`);
    return explicit;
  }
  if (out === undefined) return 'turtle';
  const guessed = formatFromExtension(out);
  if (!guessed) throw new UsageError(`cannot tell the format from "${out}": use .ttl .nt .nq .trig .jsonld or give -f`);
  return guessed;
}

export function baseOption(args: ParsedArgs): string | undefined {
  const base = stringOption(args, 'base');
  if (base === undefined) return undefined;
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+[/#]$/.test(base)) {
    throw new UsageError(`--base must be an absolute http(s) IRI ending in "/" or "#", got "${base}"`);
  }
  return base;
}

export function describeWarning(file: string, w: Warning): string {
  const where =
    w.line !== undefined ? `${file}:${w.line}:${w.column ?? 1}`
    : w.where !== undefined ? `${file}: ${w.where}`
    : w.paragraph !== undefined ? `${file}: paragraph ${w.paragraph}`
    : file;
  return `${where}: warning: ${w.message}`;
}
