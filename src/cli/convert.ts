/**
 * `tbkg convert`: source documents to an RDF dump. Files named one by one
 * must all convert (the first bad one stops the run, nothing is written);
 * a folder is a corpus, where one bad document is reported and the others
 * converted. Documents are converted in parallel by worker threads and
 * written as they finish, in the order given (see link/sinks.ts).
 */
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { describeWarning, UsageError } from '../errors.js';
import { convertCorpus, type DocumentResult } from '../link/corpus.js';
import { formatFromExtension, isRdfFormat, RDF_FORMATS, type RdfFormat } from '../serialize/index.js';
import { stringOption, type ParsedArgs } from './args.js';
import { Reporter } from './output.js';
import { expandPaths } from './sources.js';

export async function convertCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('convert needs at least one FILE or folder (see tbkg convert --help)');
  const files = await expandPaths(args.positionals);
  const out = stringOption(args, 'output');
  const format = outputFormat(stringOption(args, 'format'), out);
  const base = baseOption(args);
  const symbol = stringOption(args, 'symbol');
  if (symbol !== undefined && files.length > 1) throw new UsageError('--symbol names one document: give one FILE with it');
  const corpus = await namesAFolder(args.positionals);
  const jobs = jobsOption(args) ?? (files.length > 1 ? availableParallelism() : 1);
  const quiet = args.values.quiet === true;
  const reporter = new Reporter(quiet);
  const progress = new Progress(!quiet && process.stderr.isTTY === true);
  const started = performance.now();
  /** The first document of each symbol, by its index in `files`. */
  const symbols = new Map<string, number>();

  const onDocument = (r: DocumentResult, done: number, total: number) => {
    progress.clear();
    if (r.ok) {
      const earlier = symbols.get(r.symbol);
      if (earlier !== undefined) reporter.warn(`${r.path}: warning: same symbol ${r.symbol} as ${files[earlier]}: the two graphs are merged`);
      else symbols.set(r.symbol, r.index);
      for (const w of r.warnings) reporter.warn(describeWarning(r.path, w));
    } else if (corpus) {
      reporter.error(`${describeFailure(r)} (skipped; the other documents are converted)`);
    }
    progress.show(done, total, performance.now() - started);
  };

  // Turtle, TriG, N-Triples and JSON-LD are written in the link phase, document by document: it shows too.
  let linkingStarted = 0;
  const onLinked = (done: number, total: number) => {
    if (done === 1) linkingStarted = performance.now();
    progress.show(done, total, performance.now() - linkingStarted, format === 'nquads' ? 'linking' : 'linking and writing');
  };

  const result = await convertCorpus(files, {
    ...(base ? { base } : {}), ...(symbol ? { symbol } : {}), jobs, failFast: !corpus, format, ...(out ? { out } : {}), onDocument, onLinked,
  });
  progress.clear();
  const ms = Math.round(performance.now() - started);
  const failed = result.failed.length;
  if (result.documents === 0) {
    reporter.error(`tbkg convert: no document converted (${failed} failed); nothing written`);
    return 2;
  }
  const docs = `${result.documents} document${result.documents === 1 ? '' : 's'}`;
  const failedNote = failed > 0 ? `, ${failed} failed` : '';
  reporter.info(`tbkg: converted ${docs}${failedNote}: ${result.paragraphs} paragraphs, ${result.triples} triples, ${result.warnings} warnings, ${ms} ms${out ? ` -> ${out}` : ''}`);
  if (result.documents > 1) {
    const l = result.links;
    reporter.info(`tbkg: links: ${l.reiterations} reiterations, ${l.resolved} to a paragraph or item in the corpus, ${l.unresolvedInCorpus} to one the corpus lacks, ${l.outside} to documents outside it; ${l.previousReviews} previous reviews linked`);
  }
  return failed > 0 ? 1 : 0;
}

/** Whether a path of the command line is a folder: the run is then a corpus, tolerant of bad documents. */
async function namesAFolder(paths: string[]): Promise<boolean> {
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) return true;
  }
  return false;
}

function jobsOption(args: ParsedArgs): number | undefined {
  const raw = stringOption(args, 'jobs');
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 256) throw new UsageError(`--jobs must be a number of worker threads from 1 to 256, got "${raw}"`);
  return Number(raw);
}

function describeFailure(f: { path: string; message: string; file?: string; line?: number; column?: number }): string {
  const where = [f.file ?? f.path, f.line, f.line !== undefined ? f.column : undefined].filter((p) => p !== undefined).join(':');
  return `${where}: error: ${f.message}`;
}

/** One line on a terminal, rewritten as documents are done; nothing when standard error is a pipe or a file. */
class Progress {
  private shown = false;
  private last = 0;

  constructor(private readonly enabled: boolean) {}

  /** `what`: what is being done to the documents ("linking and writing"), when it is not their conversion. */
  show(done: number, total: number, elapsed: number, what = ''): void {
    if (!this.enabled || total < 2) return;
    const now = performance.now();
    if (done < total && now - this.last < 100) return;
    this.last = now;
    const rate = elapsed > 0 ? Math.round((done * 1000) / elapsed) : 0;
    process.stderr.write(`\rtbkg: ${what ? `${what} ` : ''}${done}/${total} documents, ${rate} documents/s\u001b[K`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    process.stderr.write('\r\u001b[K');
    this.shown = false;
  }
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
