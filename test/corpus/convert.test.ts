/**
 * `tbkg convert FOLDER... -o corpus.nq`: a corpus, streamed, converted in
 * worker threads, one named graph per document, linked at the end; a bad
 * document is reported and skipped; the same input gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { nquadsLine, ntriplesLine } from '../../src/serialize/index.js';
import { ROOT, SEED, scratchDir, tbkg } from '../support/cli.js';

const ERAS = join(ROOT, 'test', 'fixtures', 'eras');
/** The seed and the era fixtures. */
const DOCUMENTS = 1 + readdirSync(ERAS, { withFileTypes: true }).filter((e) => e.isDirectory()).length;
const DOC = 'https://w3id.org/tbkg/doc/';

function corpusFolder(): string {
  const dir = join(scratchDir(), 'corpus');
  mkdirSync(dir);
  cpSync(ERAS, join(dir, 'eras'), { recursive: true });
  mkdirSync(join(dir, 'seeds'));
  copyFileSync(SEED, join(dir, 'seeds', 'CAT_C_KAZ_CO_2.txt'));
  return dir;
}

function load(path: string): oxigraph.Store {
  const store = new oxigraph.Store();
  store.load(readFileSync(path, 'utf8'), { format: 'application/n-quads' });
  return store;
}

function select(store: oxigraph.Store, query: string): Array<Record<string, string>> {
  const rows = store.query(`PREFIX tb: <https://w3id.org/tbkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> ${query}`,
    { use_default_graph_as_union: true }) as Map<string, oxigraph.Term>[];
  return rows.map((row) => Object.fromEntries([...row.entries()].map(([k, v]) => [k, v.value])));
}

describe('tbkg convert FOLDER -o corpus.nq', () => {
  let dir: string;
  let out: string;
  let run: ReturnType<typeof tbkg>;

  beforeAll(() => {
    dir = corpusFolder();
    out = join(scratchDir(), 'corpus.nq');
    run = tbkg(['convert', dir, '-o', out, '--jobs', '2']);
  });

  it('converts every document, one named graph each, and says so', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`converted ${DOCUMENTS} documents: \\d+ paragraphs, \\d+ triples, 0 warnings, \\d+ ms -> `));
    // The reviews of the Russian Federation under the OPSC and the OPAC are under two treaties: neither is the other's previous review.
    expect(run.stderr).toMatch(/links: 10 reiterations, 7 to a paragraph or item in the corpus, 0 to one the corpus lacks, 3 to documents outside it; 3 previous reviews linked/);
    // No progress line when standard error is not a terminal.
    expect(run.stderr).not.toContain('\r');
    const graphs = select(load(out), 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a tb:ConcludingObservations } FILTER(?g = ?d) }');
    expect(graphs).toHaveLength(DOCUMENTS);
  });

  it('points the seed\'s reiteration of A/56/44, para. 129 (e) at the item node of the converted annual report', () => {
    const store = load(out);
    const [row] = select(store, `SELECT ?target ?text ?label WHERE {
      GRAPH <${DOC}CAT/C/KAZ/CO/2> { <${DOC}CAT/C/KAZ/CO/2#para_25__rec> tb:reiterates ?target }
      GRAPH <${DOC}A/56/44> { ?target a tb:Item ; tb:label ?label ; tb:text ?text } }`);
    expect(row).toEqual({ target: `${DOC}A/56/44#para_129__rec__item_e`, label: 'e', text: expect.stringMatching(/^Guarantee the full independence and impartiality of the judiciary/) });
    // No stray pinpoint node beside the very node.
    expect(select(store, `SELECT ?p WHERE { <${DOC}A/56/44#para_129__item_e> ?p ?o }`)).toEqual([]);
  });

  it('links the successive reviews of Kazakhstan by the Committee against Torture', () => {
    const rows = select(load(out), `SELECT ?later ?earlier WHERE { ?later tb:previousReview ?earlier }`)
      .map((r) => `${r.later!.replace(DOC, '')} -> ${r.earlier!.replace(DOC, '')}`).sort();
    expect(rows).toEqual(['CAT/C/KAZ/CO/2 -> A/56/44', 'CAT/C/KAZ/CO/3 -> CAT/C/KAZ/CO/2', 'CAT/C/KAZ/CO/4 -> CAT/C/KAZ/CO/3']);
  });

  it('writes the same bytes in one thread and in two, and twice', () => {
    const one = join(scratchDir(), 'one.nq');
    const again = join(scratchDir(), 'again.nq');
    expect(tbkg(['convert', dir, '-o', one, '--jobs', '1', '-q']).status).toBe(0);
    expect(tbkg(['convert', dir, '-o', again, '--jobs', '2', '-q']).status).toBe(0);
    expect(readFileSync(one)).toEqual(readFileSync(out));
    expect(readFileSync(again)).toEqual(readFileSync(out));
  });

  it('leaves no temporary file beside the output', () => {
    const outDir = join(out, '..');
    expect(readdirSync(outDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('streams Turtle, N-Triples, TriG and JSON-LD document by document: the same graph as the N-Quads dump, the same bytes twice', async () => {
    const lines = (quads: Quad[], withGraph: boolean) => new Set(quads.map((q) => (withGraph ? nquadsLine(q) : ntriplesLine(q))));
    const dataset = new Parser({ format: 'application/n-quads' }).parse(readFileSync(out, 'utf8'));
    const [triples] = /(\d+) triples/.exec(run.stderr)!.slice(1);
    for (const [ext, mediaType, named] of [['ttl', 'text/turtle', false], ['nt', 'application/n-triples', false], ['trig', 'application/trig', true], ['jsonld', '', true]] as const) {
      const file = join(scratchDir(), `corpus.${ext}`);
      const r = tbkg(['convert', dir, '-o', file, '--jobs', '2']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`${triples} triples`);
      const text = readFileSync(file, 'utf8');
      const quads = ext === 'jsonld'
        ? new Parser({ format: 'application/n-quads' }).parse(await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' }) as unknown as string)
        : new Parser({ format: mediaType }).parse(text);
      expect(lines(quads, named), ext).toEqual(lines(dataset, named));
      const again = join(scratchDir(), `again.${ext}`);
      expect(tbkg(['convert', dir, '-o', again, '--jobs', '1', '-q']).status).toBe(0);
      expect(readFileSync(again, 'utf8') === text, ext).toBe(true);
    }
  });
});

// A terminal is needed for the progress line: script(1) of util-linux gives the run one.
const SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!SCRIPT)('the progress line', () => {
  it('shows on a terminal while converting, then while linking and writing, and never when piped', () => {
    const dir = corpusFolder();
    const out = join(scratchDir(), 'corpus.ttl');
    const command = [process.execPath, join(ROOT, 'bin', 'tbkg.js'), 'convert', dir, '-o', out, '--jobs', '2'].map((a) => `'${a}'`).join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', cwd: ROOT });
    expect(run.status, run.stdout).toBe(0);
    const shown = run.stdout.split(/[\r\n]+/).map((l) => l.replace(/\u001b\[K/g, '').trim()).filter((l) => l.length > 0);
    expect(shown).toContainEqual(expect.stringMatching(/^tbkg: 14\/14 documents, \d+ documents\/s$/));
    expect(shown).toContainEqual(expect.stringMatching(/^tbkg: linking and writing 14\/14 documents, \d+ documents\/s$/));
    expect(shown).toContainEqual(expect.stringMatching(/^tbkg: converted 14 documents: /));
    const piped = tbkg(['convert', dir, '-o', out, '--jobs', '2']);
    expect(piped.status).toBe(0);
    expect(piped.stderr).not.toMatch(/documents\/s|\r/);
  });
});

describe('a bad document in a folder', () => {
  it('is reported with its reason and skipped; the others are written; the exit code is 1', () => {
    const dir = corpusFolder();
    writeFileSync(join(dir, 'minutes.txt'), 'Summary record of the 842nd meeting\n\nThe meeting was called to order at 10 a.m.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = join(scratchDir(), 'corpus.nq');
    const r = tbkg(['convert', dir, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/minutes\.txt: error: .*no numbered paragraphs.*\(skipped/);
    expect(r.stderr).toMatch(/empty\.txt: error: the file is empty/);
    expect(r.stderr).toMatch(new RegExp(`converted ${DOCUMENTS} documents, 2 failed: `));
    expect(select(load(out), 'SELECT DISTINCT ?d WHERE { ?d a tb:ConcludingObservations }')).toHaveLength(DOCUMENTS);
  });

  it('when every document fails, writes nothing and exits with 2, leaving an earlier dump as it was', () => {
    const dir = join(scratchDir(), 'bad');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'nothing here\n');
    writeFileSync(join(dir, 'b.txt'), 'nor here\n');
    const out = join(scratchDir(), 'corpus.nq');
    writeFileSync(out, 'an earlier dump\n');
    const r = tbkg(['convert', dir, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no document converted (2 failed)');
    expect(readFileSync(out, 'utf8')).toBe('an earlier dump\n');
  });

  it('stops a run of documents named one by one (the first bad one), writing nothing', () => {
    const dir = scratchDir();
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'nothing here\n');
    const out = join(dir, 'out.nq');
    const r = tbkg(['convert', SEED, bad, join(ERAS, 'cat-2014', 'CAT_C_KAZ_CO_3.txt'), '-o', out, '--jobs', '2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(bad);
    expect(existsSync(out)).toBe(false);
  });
});

describe('worker threads and the options of the process', () => {
  it('start whatever V8 options node was given, also under node -e', () => {
    const dir = join(scratchDir(), 'two');
    mkdirSync(dir);
    copyFileSync(SEED, join(dir, 'CAT_C_KAZ_CO_2.txt'));
    copyFileSync(join(ERAS, 'cat-2014', 'CAT_C_KAZ_CO_3.txt'), join(dir, 'CAT_C_KAZ_CO_3.txt'));
    const expected = tbkg(['convert', dir, '-f', 'nquads', '--jobs', '1', '-q']);
    expect(expected.status, expected.stderr).toBe(0);
    const v8 = spawnSync(process.execPath, ['--max-old-space-size=4096', '--stack-size=2000', join(ROOT, 'bin', 'tbkg.js'), 'convert', dir, '-f', 'nquads', '--jobs', '2', '-q'],
      { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(v8.status, v8.stderr).toBe(0);
    expect(v8.stdout).toBe(expected.stdout);
    const main = JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'));
    const script = `import(${main}).then(async (m) => { process.exitCode = await m.main(${JSON.stringify(['convert', dir, '-f', 'nquads', '--jobs', '2', '-q'])}); })`;
    const evaluated = spawnSync(process.execPath, ['--input-type=module', '--max-old-space-size=4096', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(evaluated.status, evaluated.stderr).toBe(0);
    expect(evaluated.stdout).toBe(expected.stdout);
  });
});

describe('convert --jobs', () => {
  it('refuses what is not a number of threads', () => {
    expect(tbkg(['convert', SEED, '--jobs', 'many']).status).toBe(2);
    expect(tbkg(['convert', SEED, '--jobs', '0']).status).toBe(2);
  });
});
