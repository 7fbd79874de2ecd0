#!/usr/bin/env node
/**
 * Conversion speed of the seed, stage by stage, with the serializers set
 * against the usual library baselines in the same process and run:
 * N3.Writer for Turtle / N-Quads, jsonld.fromRDF + compact for JSON-LD.
 *
 *   npm run build && node bench/convert.js [--runs N]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import jsonld from 'jsonld';
import N3 from 'n3';
import { ingestBytes } from '../dist/ingest/index.js';
import { parseDocument } from '../dist/parse/index.js';
import { extractDocument } from '../dist/extract/index.js';
import { toQuads } from '../dist/rdf/map.js';
import { serialize, projectContext } from '../dist/serialize/index.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50;
const SEED = new URL('../seeds/CAT_C_KAZ_CO_2.txt', import.meta.url);
const bytes = readFileSync(SEED);

async function time(label, fn, runs = RUNS) {
  await fn(); // warm-up: JIT and caches, as a long-running conversion sees them
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { label, median: samples[Math.floor(samples.length / 2)], p90: samples[Math.floor(samples.length * 0.9)] };
}

const source = ingestBytes(bytes, 'seed');
const parsed = parseDocument(source);
const model = extractDocument(parsed);
const quads = toQuads(model);

const n3Write = (format) => new Promise((resolve, reject) => {
  const writer = new N3.Writer({ format, prefixes: { tb: 'https://w3id.org/tbkg/ontology#' } });
  writer.addQuads(quads);
  writer.end((err, out) => (err ? reject(err) : resolve(out)));
});
const plainQuads = quads.map((q) => ({ subject: q.subject, predicate: q.predicate, object: q.object, graph: q.graph }));

const rows = [
  await time('ingest (decode + normalize)', () => ingestBytes(bytes, 'seed')),
  await time('parse (layout, paragraphs, parts)', () => parseDocument(source)),
  await time('extract (references, requests)', () => extractDocument(parsed)),
  await time('rdf (model to quads)', () => toQuads(model)),
  await time('whole pipeline to quads', () => toQuads(extractDocument(parseDocument(ingestBytes(bytes, 'seed'))))),
  await time('tbkg Turtle writer', () => serialize(quads, 'turtle')),
  await time('  baseline: N3.Writer Turtle', () => n3Write('Turtle')),
  await time('tbkg N-Quads writer (sorted)', () => serialize(quads, 'nquads')),
  await time('  baseline: N3.Writer N-Quads (unsorted)', () => n3Write('N-Quads')),
  await time('tbkg JSON-LD writer (compacted, context embedded)', () => serialize(quads, 'jsonld')),
  await time('  baseline: jsonld.fromRDF + compact', async () => jsonld.compact(await jsonld.fromRDF(plainQuads), projectContext()['@context']), Math.min(RUNS, 10)),
];

console.log(`seed: ${bytes.length} bytes, ${model.paragraphs.length} paragraphs, ${quads.length} quads; ${RUNS} runs after a warm-up; node ${process.version}`);
console.log('');
console.log('| step | median ms | p90 ms |');
console.log('|---|---:|---:|');
for (const r of rows) console.log(`| ${r.label} | ${r.median.toFixed(2)} | ${r.p90.toFixed(2)} |`);
