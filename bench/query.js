#!/usr/bin/env node
/**
 * The two candidate engines of `tbkg query`, side by side in one run, on
 * the questions of queries/: Oxigraph's WebAssembly store (as tbkg uses
 * it: N-Quads text in, SPARQL TSV out, literal forms restored) against
 * Comunica over an N3 store (as federated queries use it). Both query the
 * union default graph as an RDF merge (each triple once). For each corpus size, each engine runs in a
 * fresh process (so start-up is a cold start): start-up to the first
 * result, load time, and the median time of each query; the rows of the
 * two engines are compared row for row (as sorted multisets).
 *
 * Corpora are the seed under its own symbol (CAT/C/KAZ/CO/2, which
 * paragraph-subgraph.rq asks for) and then under made-up ones
 * (CAT/C/X2/CO/2, CAT/C/X3/CO/2, ...), one named graph per document,
 * written once as N-Quads to the system's temporary folder.
 *
 *   npm run build && node bench/query.js [--sizes 10k,100k,1M] [--runs 3] [--query-timeout 300]
 *
 * 1M triples hold ~2 GB in the N3 store: the Comunica process gets
 * --max-old-space-size=8192.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUERIES = join(ROOT, 'queries');
const SEED = join(ROOT, 'seeds', 'CAT_C_KAZ_CO_2.txt');
const FIRST_QUERY = 'document-overview';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

if (args[0] === '--child') await child(args[1], args[2], Number(option('runs', '3')), Number(option('query-timeout', '300')));
else await parent();

/* ---------------------------------------------------------------- parent */

async function parent() {
  const sizes = option('sizes', '10k,100k').split(',').map(parseSize);
  const runs = option('runs', '3');
  const queryTimeout = option('query-timeout', '300');
  const queryNames = listQueries().map((q) => q.name);
  const summary = [];
  const details = [];
  for (const target of sizes) {
    const corpus = await buildCorpus(target);
    const results = {};
    for (const engine of ['oxigraph', 'comunica']) {
      process.stderr.write(`${corpus.triples} triples: ${engine}...\n`);
      results[engine] = await runChild(engine, corpus.file, runs, queryTimeout);
    }
    const ox = results.oxigraph;
    const co = results.comunica;
    let same = 0;
    for (const name of queryNames) {
      const a = ox.queries[name];
      const b = co.queries[name];
      const agree = a.hash !== undefined && a.hash === b.hash;
      if (agree) same++;
      details.push({ triples: corpus.triples, name, ox: a, co: b, agree });
    }
    for (const [engine, r] of Object.entries(results)) {
      const answered = queryNames.filter((n) => r.queries[n].ms !== undefined);
      const total = answered.reduce((sum, n) => sum + r.queries[n].ms, 0);
      const unanswered = queryNames.length - answered.length;
      summary.push({ triples: corpus.triples, documents: corpus.documents, engine, ...r, total, unanswered, same, count: queryNames.length });
    }
  }
  printTables(summary, details, queryNames);
}

function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`bad size "${text}" (e.g. 10k, 100k, 1M)`);
  return Math.round(Number(match[1]) * { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]]);
}

/** The seed under as many symbols as it takes to reach `target` triples; written once. */
async function buildCorpus(target) {
  const dir = join(tmpdir(), 'tbkg-bench-query');
  await mkdir(dir, { recursive: true });
  const { readSource } = await import('../dist/ingest/index.js');
  const { convertSource } = await import('../dist/pipeline.js');
  const { nquadsLine } = await import('../dist/serialize/index.js');
  const source = await readSource(SEED);
  const perDocument = convertSource(source).quads.length;
  const documents = Math.max(1, Math.round(target / perDocument));
  const fingerprint = createHash('sha256').update(readFileSync(SEED)).update(String(statSync(join(ROOT, 'dist', 'pipeline.js')).mtimeMs)).digest('hex').slice(0, 12);
  const file = join(dir, `corpus-${documents}-${fingerprint}-seed-first.nq`);
  const manifest = `${file}.count`;
  if (existsSync(file) && existsSync(manifest)) return { file, documents, triples: Number(readFileSync(manifest, 'utf8')) };
  // A corpus of an older build of the converter is stale: remove it.
  for (const old of readdirSync(dir)) if (old.startsWith(`corpus-${documents}-`)) rmSync(join(dir, old));
  process.stderr.write(`building a corpus of ${documents} documents...\n`);
  const out = createWriteStream(`${file}.tmp`);
  let triples = 0;
  for (let i = 1; i <= documents; i++) {
    const { quads } = convertSource(source, i === 1 ? {} : { symbol: `CAT/C/X${i}/CO/2` });
    let text = '';
    for (const q of quads) text += nquadsLine(q);
    triples += quads.length;
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
  renameSync(`${file}.tmp`, file);
  writeFileSync(manifest, String(triples));
  return { file, documents, triples };
}

function runChild(engine, file, runs, queryTimeout) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const childProcess = spawn(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', engine, file, '--runs', runs, '--query-timeout', queryTimeout], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    childProcess.stdout.on('data', (chunk) => (out += chunk));
    childProcess.on('error', reject);
    childProcess.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${engine} on ${file} exited with ${code}`));
      resolve({ ...JSON.parse(out), wallMs: performance.now() - started });
    });
  });
}

function printTables(summary, details, queryNames) {
  const ms = (v) => (v === undefined || Number.isNaN(v) ? '-' : v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(1));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`node ${process.version}, ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB; oxigraph ${pkgVersion('oxigraph')}, @comunica/query-sparql ${pkgVersion('@comunica/query-sparql')}, n3 ${pkgVersion('n3')}`);
  console.log('');
  console.log('| triples | documents | engine | start-up to first result ms | import ms | load ms | all queries ms | peak RSS MB | same rows |');
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|---|');
  for (const s of summary) {
    const total = `${ms(s.total)}${s.unanswered ? ` + ${s.unanswered} unanswered` : ''}`;
    console.log(`| ${s.triples.toLocaleString('en')} | ${s.documents} | ${s.engine} | ${ms(s.firstResultMs)} | ${ms(s.importMs)} | ${ms(s.loadMs)} | ${total} | ${Math.round(s.peakRssMb)} | ${s.same}/${s.count} |`);
  }
  const sizes = [...new Set(details.map((d) => d.triples))];
  console.log('');
  console.log(`| query | ${sizes.map((t) => `${t.toLocaleString('en')}: oxigraph ms | comunica ms | rows`).join(' | ')} |`);
  console.log(`|---|${sizes.map(() => '---:|---:|---:').join('|')}|`);
  for (const name of queryNames) {
    const cells = sizes.map((t) => {
      const d = details.find((x) => x.triples === t && x.name === name);
      const rows = d.agree ? String(d.ox.rows) : `${d.ox.rows ?? '-'} vs ${d.co.rows ?? '-'} DIFFER`;
      return `${ms(d.ox.ms)}${d.ox.error ? ` (${d.ox.error})` : ''} | ${ms(d.co.ms)}${d.co.error ? ` (${d.co.error})` : ''} | ${rows}`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}

function pkgVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function listQueries() {
  return readdirSync(QUERIES)
    .filter((f) => f.endsWith('.rq'))
    .sort()
    .map((f) => ({ name: f.slice(0, -3), text: readFileSync(join(QUERIES, f), 'utf8') }));
}

/* ----------------------------------------------------------------- child */

async function child(engine, file, runs, queryTimeoutSeconds) {
  const report = { engine, queries: {} };
  let peakRss = process.memoryUsage().rss;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const importStarted = performance.now();
  const { parseQuery } = await import('../dist/query/syntax.js');
  const { termToNTriples } = await import('../dist/query/terms.js');
  const runner = engine === 'oxigraph' ? await oxigraphRunner() : await comunicaRunner();
  report.importMs = performance.now() - importStarted;

  const loadStarted = performance.now();
  await runner.load(file);
  report.loadMs = performance.now() - loadStarted;
  sample();

  const queries = listQueries().map((q) => ({ ...q, shape: parseQuery({ text: q.text, origin: q.name }) }));
  queries.sort((a, b) => (a.name === FIRST_QUERY ? -1 : b.name === FIRST_QUERY ? 1 : 0));
  for (const query of queries) {
    const times = [];
    let rows;
    try {
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const result = await withTimeout(runner.run(query, () => report.firstResultMs ??= performance.now()), queryTimeoutSeconds);
        times.push(performance.now() - started);
        rows = result;
        sample();
      }
      const lines = rows.map((r) => r.map((t) => (t ? termToNTriples(t) : '')).join('\t')).sort();
      report.queries[query.name] = {
        ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)],
        rows: lines.length,
        hash: createHash('sha256').update(lines.join('\n')).digest('hex'),
      };
    } catch (err) {
      report.queries[query.name] = { error: err.message.slice(0, 60) };
    }
  }
  report.peakRssMb = peakRss / 2 ** 20;
  process.stdout.write(JSON.stringify(report));
}

function withTimeout(promise, seconds) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${seconds} s`)), seconds * 1000))),
  ]).finally(() => clearTimeout(timer));
}

/** Oxigraph the way `tbkg query` drives it: src/query/local.ts (text in, default graph merged, TSV out). */
async function oxigraphRunner() {
  const { LocalDataset, rawToResult } = await import('../dist/query/local.js');
  const { LiteralRestorer } = await import('../dist/query/literal-forms.js');
  let dataset;
  let restorer;
  return {
    async load(file) {
      const loaded = await LocalDataset.load({ sources: [dumpSource(file)], union: true }, { documentWarning: () => undefined });
      dataset = loaded.dataset;
      restorer = new LiteralRestorer(loaded.summary.literalForms);
    },
    async run(query, firstResult) {
      return collect(rawToResult(dataset.evaluate(query.text, query.shape.form), query.shape, restorer), firstResult);
    },
  };
}

/** Comunica over an N3 store, loaded as federated queries load it: src/query/federation.ts. */
async function comunicaRunner() {
  const { QueryEngine } = await import('@comunica/query-sparql');
  const { loadN3Store } = await import('../dist/query/federation.js');
  const engine = new QueryEngine();
  let store;
  return {
    async load(file) {
      store = (await loadN3Store({ sources: [dumpSource(file)], union: true }, { documentWarning: () => undefined })).store;
    },
    async run(query, firstResult) {
      const result = await engine.query(query.text, { sources: [store] });
      if (result.resultType === 'boolean') return collect({ kind: 'boolean', value: await result.execute() }, firstResult);
      if (result.resultType === 'quads') return collect({ kind: 'quads', quads: await result.execute() }, firstResult);
      const variables = query.shape.variables;
      const stream = await result.execute();
      const rows = (async function* () {
        for await (const b of stream) yield variables.map((v) => b.get(v));
      })();
      return collect({ kind: 'bindings', variables, rows }, firstResult);
    },
  };
}

function dumpSource(file) {
  return { kind: 'dump', path: file, syntax: 'nquads', gzip: false };
}

/** Every row of a result (quads as subject, predicate, object), noting when the first arrived. */
async function collect(result, firstResult) {
  const rows = [];
  if (result.kind === 'boolean') {
    firstResult();
    return [[{ termType: 'Literal', value: String(result.value), language: '', datatype: { value: 'http://www.w3.org/2001/XMLSchema#boolean' } }]];
  }
  if (result.kind === 'bindings') {
    for await (const row of result.rows) {
      firstResult();
      rows.push(row);
    }
  } else {
    for await (const q of result.quads) {
      firstResult();
      rows.push([q.subject, q.predicate, q.object]);
    }
  }
  firstResult();
  return rows;
}
