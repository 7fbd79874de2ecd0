#!/usr/bin/env node
/**
 * Converting a corpus end to end: `tbkg convert DIR -f nquads` on a corpus of
 * documents made by varying the seed (symbol, State, years, number of
 * paragraphs), as a user runs it (a child process, worker threads, N-Quads
 * streamed to standard output), timed with its peak memory; against the
 * floor of what serialization costs, a plain N3.js writer over the same
 * quads.
 *
 *   npm run build && node bench/corpus.js [--docs 5000] [--docs 50000] [--jobs N] [--keep]
 *     [--formats turtle,trig,jsonld,ntriples [--format-docs 1000]]
 *
 * The corpora are written to $TMPDIR/tbkg-bench-corpus-N (reused when
 * present; --keep leaves them there).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = readFileSync(join(ROOT, 'seeds', 'CAT_C_KAZ_CO_2.txt'), 'utf8');

const args = process.argv.slice(2);
const sizes = args.flatMap((a, i) => (a === '--docs' ? [Number(args[i + 1])] : []));
const jobsArg = args.indexOf('--jobs');
const JOBS = jobsArg >= 0 ? Number(args[jobsArg + 1]) : availableParallelism();
const KEEP = args.includes('--keep');
/** --formats turtle,trig,jsonld,ntriples: also time those formats on a corpus of --format-docs documents (default 1000). */
const formatsArg = args.indexOf('--formats');
const FORMATS = formatsArg >= 0 ? args[formatsArg + 1].split(',') : [];
const formatDocsArg = args.indexOf('--format-docs');
const FORMAT_DOCS = formatDocsArg >= 0 ? Number(args[formatDocsArg + 1]) : 1000;
if (sizes.length === 0) sizes.push(5000);

/** States the corpus varies over: name as the text writes it, adjective, ISO code. */
const STATES = [
  ['Kazakhstan', 'Kazakh', 'KAZ'], ['Uzbekistan', 'Uzbek', 'UZB'], ['Kyrgyzstan', 'Kyrgyz', 'KGZ'], ['Tajikistan', 'Tajik', 'TJK'],
  ['Turkmenistan', 'Turkmen', 'TKM'], ['Armenia', 'Armenian', 'ARM'], ['Georgia', 'Georgian', 'GEO'], ['Azerbaijan', 'Azerbaijani', 'AZE'],
  ['Ukraine', 'Ukrainian', 'UKR'], ['Belarus', 'Belarusian', 'BLR'], ['Mongolia', 'Mongolian', 'MNG'], ['Slovenia', 'Slovenian', 'SVN'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small deterministic generator, so that a corpus of N is always the same corpus. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The seed varied: another State, report number, session, year and months, and its first K paragraphs (K from 12 to 37). */
export function variant(n) {
  const rnd = random(n + 1);
  const [name, adjective, code] = STATES[n % STATES.length];
  const report = 2 + Math.floor(n / STATES.length) % 40;
  const year = 1995 + (n % 29);
  const session = 20 + (n % 60);
  const keep = 12 + Math.floor(rnd() * 26);
  const month = MONTHS[Math.floor(rnd() * 12)];
  let text = SEED
    .replaceAll('KAZAKHSTAN', name.toUpperCase())
    .replaceAll('Kazakhstan', name)
    .replaceAll('Kazakh ', `${adjective} `)
    .replaceAll('CAT/C/KAZ/2', `CAT/C/${code}/${report}`)
    .replaceAll('CAT/C/KAZ/Q/2', `CAT/C/${code}/Q/${report}`)
    .replaceAll('second periodic report', `${ordinalWords(report).toLowerCase()} periodic report`)
    .replaceAll('Forty-first session', `${ordinalWords(session)} session`)
    .replaceAll('2008', String(year))
    .replaceAll('2012', String(year + 4))
    .replaceAll('November', month);
  // Keep the first paragraphs: cut before paragraph keep + 1, wherever it starts.
  const cut = new RegExp(`^\\s*${keep + 1}\\. `, 'm').exec(text);
  if (cut && keep < 37) text = text.slice(0, cut.index);
  return text;
}

function ordinalWords(n) {
  const units = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const tens = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];
  const tensOrdinal = ['', '', 'Twentieth', 'Thirtieth', 'Fortieth', 'Fiftieth', 'Sixtieth', 'Seventieth', 'Eightieth', 'Ninetieth'];
  if (n < 10) return units[n][0].toUpperCase() + units[n].slice(1);
  if (n < 20) return teens[n - 10][0].toUpperCase() + teens[n - 10].slice(1);
  const t = Math.floor(n / 10);
  return n % 10 === 0 ? tensOrdinal[t] : `${tens[t]}-${units[n % 10]}`;
}

function corpus(size) {
  const dir = join(tmpdir(), `tbkg-bench-corpus-${size}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (let n = 0; n < size; n++) {
    const sub = join(dir, String(Math.floor(n / 1000)).padStart(3, '0'));
    if (n % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${String(n).padStart(6, '0')}.txt`), variant(n));
  }
  writeFileSync(marker, '');
  return dir;
}

/**
 * `tbkg convert DIR -f nquads --jobs N -q` in a child process, its N-Quads counted as they stream
 * in; the child reports its peak resident memory (worker threads included) as it exits.
 */
function convert(dir, format = 'nquads') {
  return new Promise((resolve, reject) => {
    const script = `import('${join(ROOT, 'dist', 'cli', 'main.js')}').then(async (m) => { const code = await m.main(${JSON.stringify(['convert', dir, '-f', format, '--jobs', String(JOBS)])}); const u = process.resourceUsage(); process.stderr.write('\\nRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); process.exitCode = code; })`;
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Only the bytes are counted here, so that this process takes next to no CPU from the two it measures;
    // the triples are those of convert's own summary (checked against the bytes' lines in the tests).
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
    });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const rss = Number(/RSS (\d+)/.exec(stderr)?.[1] ?? NaN) * 1024;
      // CPU time of the whole process, every thread: what a document costs whoever else shares the cores.
      const cpuMs = Number(/CPU (\d+)/.exec(stderr)?.[1] ?? NaN) / 1000;
      const lines = Number(/converted [^:]*: \d+ paragraphs, (\d+) triples/.exec(stderr)?.[1] ?? NaN);
      if (code !== 0) reject(new Error(`tbkg convert exited with ${code}: ${stderr.slice(0, 2000)}`));
      else resolve({ ms, lines, bytes, rss, cpuMs });
    });
  });
}

/** The N3.js writer over the same quads: the dump read back in chunks, only the writing timed. */
async function n3WriterMs(dir) {
  const { spawnSync } = await import('node:child_process');
  const dump = join(tmpdir(), `tbkg-bench-corpus-${Date.now()}.nq`);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'tbkg.js'), 'convert', dir, '-o', dump, '--jobs', String(JOBS), '-q']);
  if (run.status !== 0) throw new Error(String(run.stderr));
  let writing = 0;
  let quads = [];
  const flush = async () => {
    const t = performance.now();
    await new Promise((resolve, reject) => {
      const writer = new N3.Writer({ format: 'N-Quads' });
      writer.addQuads(quads);
      writer.end((err, out) => (err ? reject(err) : resolve(out)));
    });
    writing += performance.now() - t;
    quads = [];
  };
  const parser = new N3.StreamParser({ format: 'N-Quads' });
  const { createReadStream } = await import('node:fs');
  createReadStream(dump).pipe(parser);
  for await (const q of parser) {
    quads.push(q);
    if (quads.length >= 100_000) await flush();
  }
  await flush();
  rmSync(dump, { force: true });
  return writing;
}

const rows = [];
for (const size of sizes) {
  const dir = corpus(size);
  const result = await convert(dir);
  const floor = size <= 10_000 ? await n3WriterMs(dir) : undefined;
  rows.push({ size, ...result, floor });
  if (!KEEP && size > 10_000) rmSync(dir, { recursive: true, force: true });
}

console.log(`tbkg convert DIR -f nquads --jobs ${JOBS} (child process, N-Quads streamed to a pipe that counts their bytes); node ${process.version}, ${availableParallelism()} cores`);
console.log('');
console.log('| documents | triples | MB of N-Quads | seconds | documents/s | triples/s | CPU ms per document | peak RSS MB | N3.Writer s | ratio to N3.Writer |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const s = r.ms / 1000;
  console.log(`| ${r.size.toLocaleString('en')} | ${r.lines.toLocaleString('en')} | ${(r.bytes / 2 ** 20).toFixed(0)} | ${s.toFixed(1)} | ${Math.round(r.size / s)} | ${Math.round(r.lines / s).toLocaleString('en')} | ${(r.cpuMs / r.size).toFixed(1)} | ${(r.rss / 2 ** 20).toFixed(0)} | ${r.floor !== undefined ? (r.floor / 1000).toFixed(1) : '-'} | ${r.floor !== undefined ? (r.ms / r.floor).toFixed(1) : '-'} |`);
}

// The other formats, whose blocks are made in the link phase: on a smaller corpus, N-Quads beside them.
if (FORMATS.length > 0) {
  const dir = corpus(FORMAT_DOCS);
  console.log('');
  console.log(`tbkg convert DIR -f FORMAT --jobs ${JOBS} on ${FORMAT_DOCS.toLocaleString('en')} documents (child process, output streamed to a pipe that counts its bytes):`);
  console.log('');
  console.log('| format | seconds | documents/s | CPU ms per document | peak RSS MB | MB written |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const format of ['nquads', ...FORMATS.filter((f) => f !== 'nquads')]) {
    const r = await convert(dir, format);
    const s = r.ms / 1000;
    console.log(`| ${format} | ${s.toFixed(1)} | ${Math.round(FORMAT_DOCS / s)} | ${(r.cpuMs / FORMAT_DOCS).toFixed(1)} | ${(r.rss / 2 ** 20).toFixed(0)} | ${(r.bytes / 2 ** 20).toFixed(0)} |`);
  }
}

// Where a document's time goes: each stage of the pipeline in this thread, over the first documents of the corpus.
const stageDocs = Math.min(500, sizes[0]);
const stages = await stageTimes(corpus(sizes[0]), stageDocs);
console.log('');
console.log(`One thread, per document (median of 3 rounds over ${stageDocs} documents, after one to warm up):`);
console.log('');
console.log('| stage | ms per document |');
console.log('|---|---:|');
for (const [name, ms] of stages) console.log(`| ${name} | ${ms.toFixed(2)} |`);

async function stageTimes(dir, count) {
  const { readdirSync } = await import('node:fs');
  const dist = (path) => import(join(ROOT, 'dist', path));
  const { readSource } = await dist('ingest/index.js');
  const { parseDocument } = await dist('parse/index.js');
  const { extractDocument } = await dist('extract/index.js');
  const { toNQuadsDeferringReiterations } = await dist('rdf/map.js');
  const files = [];
  for (const sub of readdirSync(dir).filter((d) => !d.startsWith('.')).sort()) {
    for (const f of readdirSync(join(dir, sub)).sort()) if (files.length < count) files.push(join(dir, sub, f));
  }
  const names = ['read and normalize (ingest)', 'structure (parse)', 'references (extract)', 'quads as sorted N-Quads in UTF-8 (rdf)'];
  const rounds = [];
  for (let round = 0; round < 4; round++) {
    const sums = names.map(() => 0);
    for (const file of files) {
      let t = performance.now();
      const lap = (i) => { const now = performance.now(); sums[i] += now - t; t = now; };
      const source = await readSource(file); lap(0);
      const parsed = parseDocument(source, {}); lap(1);
      const model = extractDocument(parsed); lap(2);
      toNQuadsDeferringReiterations(model, {}); lap(3);
    }
    if (round > 0) rounds.push(sums.map((ms) => ms / files.length));
  }
  const median = (i) => rounds.map((r) => r[i]).sort((a, b) => a - b)[1];
  const rows = names.map((name, i) => [name, median(i)]);
  rows.push(['whole document', rows.reduce((sum, [, ms]) => sum + ms, 0)]);
  return rows;
}
