#!/usr/bin/env node
/**
 * Load throughput into Virtuoso: a corpus made of the seed's graph copied
 * under N document IRIs, loaded by `tbkg load` over the Graph Store protocol
 * (one PUT and one COUNT per graph), then written by `tbkg load --bulk` and
 * loaded by Virtuoso's bulk loader (ld_dir / rdf_loader_run / checkpoint).
 * Starts its own Virtuoso (scripts/virtuoso/start.sh) and stops it by PID.
 *
 *   npm run build && node bench/load.js [--docs N]   (default 540: about 1 M triples)
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { convertFile } from '../dist/pipeline.js';
import { writeNQuads } from '../dist/serialize/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const docsArg = process.argv.indexOf('--docs');
const DOCS = docsArg > 0 ? Number(process.argv[docsArg + 1]) : 540;
const DOC = 'https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2';

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args, env = {}) {
  const started = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { ...r, seconds };
}

async function count(http, query) {
  const response = await fetch(`${http}sparql?${new URLSearchParams({ query })}`, { headers: { Accept: 'application/sparql-results+json' } });
  return Number((await response.json()).results.bindings[0].n.value);
}

const work = mkdtempSync(join(tmpdir(), 'tbkg-bench-load-'));
const outDir = join(ROOT, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const corpus = join(outDir, `corpus-${DOCS}.nq`);
const { quads } = await convertFile(join(ROOT, 'seeds', 'CAT_C_KAZ_CO_2.txt'));
const seedLines = writeNQuads(quads);
const parts = [];
for (let i = 1; i <= DOCS; i++) parts.push(seedLines.replaceAll(`<${DOC}`, `<https://w3id.org/tbkg/doc/BENCH/C/KAZ/CO/${i}`));
writeFileSync(corpus, parts.join(''));
const triples = quads.length * DOCS;

const password = randomBytes(9).toString('base64url');
const sqlPort = await freePort();
const httpPort = await freePort();
const dbDir = join(work, 'db');
const started = run('bash', [join(ROOT, 'scripts/virtuoso/start.sh'), dbDir, String(sqlPort), String(httpPort)], { VIRTUOSO_DBA_PASSWORD: password, VIRTUOSO_DIRS_ALLOWED: work, VIRTUOSO_BUFFERS: '200000', VIRTUOSO_WATCH_PID: String(process.pid) });
const http = /http=(\S+)/.exec(started.stdout)[1];
const rows = [];
try {
  rows.push(['Virtuoso start (fresh database)', `${started.seconds.toFixed(1)} s`, '']);
  const env = { TBKG_STORE_USER: 'dba', TBKG_STORE_PASSWORD: password };
  const endpoints = ['--endpoint', `${http}sparql`, '--update-endpoint', `${http}sparql-graph-crud-auth`];
  const load = run(process.execPath, ['bin/tbkg.js', 'load', corpus, ...endpoints], env);
  const reported = /in ([\d.]+) s \((\d+) triples\/s\)/.exec(load.stderr);
  rows.push([`tbkg load: HTTP (PUT + COUNT per graph), ${DOCS} graphs`, `${reported[1]} s`, `${Number(reported[2]).toLocaleString('en')} triples/s`]);
  rows.push(['  the same, whole command (reading and sorting the dump included)', `${load.seconds.toFixed(1)} s`, `${Math.round(triples / load.seconds).toLocaleString('en')} triples/s`]);
  const held = await count(http, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/tbkg/doc/BENCH/')) }");
  if (held !== triples) throw new Error(`Virtuoso holds ${held} triples, ${triples} were sent`);
  const rerun = run(process.execPath, ['bin/tbkg.js', 'load', corpus, ...endpoints, '--resume'], env);
  rows.push([`tbkg load --resume: ${DOCS} COUNTs, nothing sent`, `${rerun.seconds.toFixed(1)} s`, '']);

  // The bulk corpus has graphs of its own, so the bulk loader starts from empty graphs.
  const bulkCorpus = join(outDir, `corpus-${DOCS}-bulk.nq`);
  writeFileSync(bulkCorpus, readFileSync(corpus, 'utf8').replaceAll('/doc/BENCH/', '/doc/BULK/'));
  const bulkDir = join(work, 'bulk');
  const bulk = run(process.execPath, ['bin/tbkg.js', 'load', bulkCorpus, '--bulk', bulkDir]);
  rows.push(['tbkg load --bulk: write gzipped N-Quads and loader commands', `${bulk.seconds.toFixed(1)} s`, `${Math.round(triples / bulk.seconds).toLocaleString('en')} triples/s`]);
  const inBulkGraphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/tbkg/doc/BULK/')) }";
  const before = await count(http, inBulkGraphs);
  const isql = run('isql-vt', [`127.0.0.1:${sqlPort}`, 'dba', password, join(bulkDir, 'virtuoso.sql')]);
  const after = await count(http, inBulkGraphs);
  if (before !== 0 || after !== triples) throw new Error(`bulk load: ${before} triples before, ${after} after; expected 0 and ${triples}`);
  rows.push([`Virtuoso bulk loader on those files (isql-vt virtuoso.sql)`, `${isql.seconds.toFixed(1)} s`, `${Math.round(triples / isql.seconds).toLocaleString('en')} triples/s`]);
} finally {
  run('bash', [join(ROOT, 'scripts/virtuoso/stop.sh'), dbDir]);
  rmSync(work, { recursive: true, force: true });
}

console.log(`Load into Virtuoso 7.2.5 (Debian): ${DOCS} graphs, ${triples.toLocaleString('en')} triples (${(readFileSync(corpus).length / 1e6).toFixed(0)} MB of N-Quads)\n`);
console.log('| step | time | throughput |');
console.log('|---|---:|---:|');
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
