/**
 * `tbkg stats`: what a converted corpus holds and how it is linked: its
 * documents per treaty body and per State, the reiterations that point at a
 * node of the corpus and those that point outside it, the chains of
 * successive reviews; and its VoID / DCAT description with --void.
 */
import { availableParallelism } from 'node:os';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { convertCorpus } from '../link/corpus.js';
import { corpusStats, symbolOfDocumentIri, type CorpusStats } from '../link/stats.js';
import { corpusVoid } from '../link/void.js';
import { rdfSyntaxOf } from '../rdf/read.js';
import { DEFAULT_BASE } from '../rdf/vocab.js';
import { serialize } from '../serialize/index.js';
import { stringOption, type ParsedArgs } from './args.js';
import { baseOption, outputFormat } from './convert.js';
import { Reporter, writeAtomically, writeStdout } from './output.js';
import { expandPaths } from './sources.js';

export async function statsCommand(args: ParsedArgs): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('stats needs a dump (.nq .nt .ttl .trig .jsonld, gzipped too) or a folder of documents (see tbkg stats --help)');
  const base = baseOption(args) ?? DEFAULT_BASE;
  const voidFile = stringOption(args, 'void');
  const voidFormat = voidFile ? outputFormat(undefined, voidFile) : undefined;
  const license = stringOption(args, 'license');
  const dumpUrl = stringOption(args, 'dump-url');
  for (const iri of [license, dumpUrl]) {
    if (iri !== undefined && !/^https?:\/\/\S+$/.test(iri)) throw new UsageError(`not an absolute http(s) IRI: "${iri}"`);
  }
  const reporter = new Reporter(args.values.quiet === true);

  const dumps: string[] = [];
  const sources: string[] = [];
  for (const path of args.positionals) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      throw new InputError('cannot read: no such file or folder (ENOENT)', path);
    }
    if (!isDirectory && rdfSyntaxOf(path)) dumps.push(path);
    else sources.push(path);
  }
  let scratch: string | undefined;
  try {
    if (sources.length > 0) {
      scratch = await mkdtemp(join(tmpdir(), 'tbkg-stats-'));
      const out = join(scratch, 'corpus.nq');
      const files = await expandPaths(sources);
      const converted = await convertCorpus(files, {
        ...(base !== DEFAULT_BASE ? { base } : {}), jobs: availableParallelism(), failFast: false, format: 'nquads', out,
        onDocument: (r) => { if (!r.ok) reporter.error(`${r.file ?? r.path}: error: ${r.message} (skipped)`); },
      });
      if (converted.documents === 0) throw new InputError('no document could be converted', sources.join(' '));
      dumps.push(out);
    }
    const stats = await corpusStats(dumps);
    if (args.values.json === true) await writeStdout(`${JSON.stringify(statsJson(stats), null, 2)}\n`);
    else await writeStdout(statsText(stats));
    if (voidFile && voidFormat) {
      const quads = corpusVoid(stats, { base, ...(license ? { license } : {}), ...(dumpUrl ? { dumpUrl } : {}) });
      await writeAtomically(voidFile, serialize(quads, voidFormat, { base }));
      reporter.info(`tbkg: VoID and DCAT description of ${stats.documents.length} documents -> ${voidFile}`);
    }
    return 0;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

function countBy(stats: CorpusStats, key: (d: CorpusStats['documents'][number]) => string | undefined): Array<[string, number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const d of stats.documents) {
    const k = key(d) ?? '?';
    const [docs, triples] = counts.get(k) ?? [0, 0];
    counts.set(k, [docs + 1, triples + d.triples]);
  }
  return [...counts.entries()].map(([k, [docs, triples]]): [string, number, number] => [k, docs, triples]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function statsText(stats: CorpusStats): string {
  const lines: string[] = [];
  const r = stats.reiterations;
  lines.push(`documents: ${stats.documents.length} in ${stats.graphs} graphs, ${stats.triples} triples`);
  lines.push('', 'by treaty body (documents, triples):');
  for (const [body, docs, triples] of countBy(stats, (d) => d.body)) lines.push(`  ${body.padEnd(6)} ${String(docs).padStart(6)} ${String(triples).padStart(10)}`);
  lines.push('', 'by State (documents, triples):');
  for (const [state, docs, triples] of countBy(stats, (d) => d.state)) lines.push(`  ${state.padEnd(6)} ${String(docs).padStart(6)} ${String(triples).padStart(10)}`);
  lines.push('', `reiterations: ${r.total}`);
  lines.push(`  to a paragraph or item of a document of the corpus: ${r.resolved}`);
  lines.push(`  to a document of the corpus that lacks that paragraph or item: ${r.missingInCorpus}`);
  const outside = [...r.outside.values()].reduce((a, b) => a + b, 0);
  lines.push(`  to documents outside the corpus: ${outside}${r.outside.size > 0 ? ` (${[...r.outside.entries()].sort().map(([s, n]) => `${s} ${n}`).join(', ')})` : ''}`);
  const linked = stats.documents.filter((d) => d.previous).length;
  lines.push('', `previous reviews linked: ${linked}; chains of successive reviews: ${stats.chains.length}`);
  for (const chain of stats.chains) {
    lines.push(`  ${chain.body ?? '?'} ${chain.state ?? '?'}: ${chain.reviews.map((d) => `${d.symbol ?? symbolOfDocumentIri(d.iri)}${d.adoptedOn ? ` (${d.adoptedOn.slice(0, 4)})` : ''}`).join(' -> ')}`);
  }
  const chained = new Set(stats.chains.flatMap((c) => c.reviews.map((d) => d.iri)));
  const alone = stats.documents.filter((d) => !chained.has(d.iri)).length;
  lines.push(`  reviews with no earlier or later review in the corpus: ${alone}`);
  return `${lines.join('\n')}\n`;
}

function statsJson(stats: CorpusStats): unknown {
  return {
    documents: stats.documents.length,
    graphs: stats.graphs,
    triples: stats.triples,
    byBody: Object.fromEntries(countBy(stats, (d) => d.body).map(([k, documents, triples]) => [k, { documents, triples }])),
    byState: Object.fromEntries(countBy(stats, (d) => d.state).map(([k, documents, triples]) => [k, { documents, triples }])),
    reiterations: {
      total: stats.reiterations.total,
      resolvedInCorpus: stats.reiterations.resolved,
      missingInCorpus: stats.reiterations.missingInCorpus,
      outside: Object.fromEntries([...stats.reiterations.outside.entries()].sort()),
    },
    previousReviews: stats.documents.filter((d) => d.previous).length,
    chains: stats.chains.map((c) => ({ body: c.body, state: c.state, reviews: c.reviews.map((d) => d.symbol ?? symbolOfDocumentIri(d.iri)) })),
  };
}
