#!/usr/bin/env node
/**
 * Conversion time of the seed in each of its renderings (test/fixtures/renderings):
 * reading alone (ingest: bytes to normalized text), the whole conversion to quads
 * in a warm process, and a cold `tbkg convert` as a user runs it (start-up and the
 * lazy loading of the PDF, DOCX or HTML reader included).
 *
 *   npm run build && node bench/ingest.js [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readBytes } from '../dist/ingest/index.js';
import { convertSource } from '../dist/pipeline.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
const COLD_RUNS = 5;
const DIR = join(ROOT, 'test', 'fixtures', 'renderings');
const files = [join(ROOT, 'seeds', 'CAT_C_KAZ_CO_2.txt'), ...readdirSync(DIR).filter((f) => f.startsWith('CAT_C_KAZ_CO_2.')).sort().map((f) => join(DIR, f))];

function median(samples) {
  const sorted = samples.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function warm(fn, runs) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

function cold(file) {
  const samples = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'tbkg.js'), 'convert', file, '-f', 'nquads', '-q'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    samples.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${file}: ${r.stderr}`);
  }
  return median(samples);
}

const rows = [];
for (const file of files) {
  const bytes = readFileSync(file);
  const ingest = await warm(() => readBytes(bytes, file), RUNS);
  const whole = await warm(async () => convertSource(await readBytes(bytes, file)), RUNS);
  rows.push({ name: file.slice(file.lastIndexOf('/') + 1), size: statSync(file).size, ingest, whole, cold: cold(file) });
}

console.log(`${RUNS} warm runs after a warm-up (median), ${COLD_RUNS} cold CLI runs (median); node ${process.version}`);
console.log('');
console.log('| rendering | bytes | ingest ms | whole conversion ms | cold `tbkg convert` ms |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.size.toLocaleString('en')} | ${r.ingest.toFixed(1)} | ${r.whole.toFixed(1)} | ${r.cold.toFixed(0)} |`);
