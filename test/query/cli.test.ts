/** `tbkg query` as a user meets it: sources, formats, errors and exit codes, timing. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, scratchDir, SEED, tbkg } from '../support/cli.js';

const EXPECTED = join(ROOT, 'test', 'query', 'expected');
const FOLLOW_UP = join(ROOT, 'queries', 'follow-up.rq');
let dir: string;
let nquads: string;

beforeAll(() => {
  dir = scratchDir();
  nquads = join(dir, 'kaz.nq');
  expect(tbkg(['convert', SEED, '-o', nquads, '-q']).status).toBe(0);
});

describe('tbkg query', () => {
  it('has help that says what the default graph is', () => {
    const help = tbkg(['query', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: tbkg query');
    expect(help.stdout).toContain('union of all');
    expect(tbkg(['--help']).stdout).toContain('query');
  });

  it('answers a .rq file on the seeds, as TSV when the output is not a terminal', () => {
    const r = tbkg(['query', FOLLOW_UP]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(EXPECTED, 'follow-up.tsv'), 'utf8'));
  });

  it('takes the query from -e or from standard input', () => {
    const text = readFileSync(FOLLOW_UP, 'utf8');
    expect(tbkg(['query', '-e', text]).stdout).toBe(readFileSync(join(EXPECTED, 'follow-up.tsv'), 'utf8'));
    expect(tbkg(['query', '-'], text).stdout).toBe(readFileSync(join(EXPECTED, 'follow-up.tsv'), 'utf8'));
    const ask = tbkg(['query', '-e', 'ASK { ?p tb:number 36 }']);
    expect(ask.stdout).toBe('true\n');
  });

  it('never reads a missing QUERY file as a query: exit code 2', () => {
    const missing = tbkg(['query', 'no-such.rq']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such.rq: no such query file');
    const text = tbkg(['query', 'SELECT * WHERE { ?s ?p ?o }']);
    expect(text.status).toBe(2);
    expect(text.stderr).toContain('use -e');
  });

  it('shows a syntax error with its line, column and token: exit code 1', () => {
    const file = join(dir, 'bad.rq');
    writeFileSync(file, 'SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o > )\n}\n');
    const r = tbkg(['query', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:3:15: syntax error: unexpected ")"`);
  });

  it('refuses wrong usage with exit code 2', () => {
    const q = ['query', FOLLOW_UP];
    expect(tbkg([...q, '-t', 'html']).status).toBe(2);
    expect(tbkg([...q, '-f', 'rdfxml']).status).toBe(2);
    expect(tbkg([...q, '--timeout', 'soon']).status).toBe(2);
    expect(tbkg([...q, '--retries', '-1']).status).toBe(2);
    expect(tbkg([...q, '-o', join(dir, 'out.ttl')]).status).toBe(2);
    expect(tbkg([...q, nquads, '--endpoint', 'http://127.0.0.1:9/sparql']).status).toBe(2);
    expect(tbkg([...q, 'no-such-source.nq']).status).toBe(2);
    const secret = tbkg([...q, '--endpoint', 'http://me:secret@127.0.0.1:9/sparql']);
    expect(secret.status).toBe(2);
    expect(secret.stderr).toContain('TBKG_ENDPOINT_USER');
  });

  it('reports a bad data file with file:line:column: exit code 1', () => {
    const bad = join(dir, 'bad.ttl');
    writeFileSync(bad, '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e .\n');
    const r = tbkg(['query', FOLLOW_UP, bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: invalid turtle`));
  });

  it('queries an N-Quads dump: its default graph, with a warning when only named graphs hold data', () => {
    const empty = tbkg(['query', FOLLOW_UP, nquads]);
    expect(empty.status).toBe(0);
    expect(empty.stdout).toBe('?symbol\t?paragraph\t?heading\t?deadline\t?requestedIn\n');
    expect(empty.stderr).toContain('the default graph is empty but 1 named graph holds data');
    const union = tbkg(['query', FOLLOW_UP, nquads, '--union-default-graph']);
    expect(union.stderr).toBe('');
    expect(union.stdout).toBe(readFileSync(join(EXPECTED, 'follow-up.tsv'), 'utf8'));
    const graph = tbkg(['query', '-e', 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }', nquads]);
    expect(graph.stdout).toBe('?g\n<https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2>\n');
  });

  it('reads gzipped and JSON-LD dumps, and mixes dumps with documents', () => {
    const gz = join(dir, 'kaz.nq.gz');
    writeFileSync(gz, gzipSync(readFileSync(nquads)));
    expect(tbkg(['query', FOLLOW_UP, gz, '--union-default-graph']).stdout).toBe(readFileSync(join(EXPECTED, 'follow-up.tsv'), 'utf8'));
    const jsonld = join(dir, 'kaz.jsonld');
    expect(tbkg(['convert', SEED, '-o', jsonld, '-q']).status).toBe(0);
    expect(tbkg(['query', FOLLOW_UP, jsonld, '--union-default-graph']).stdout).toBe(readFileSync(join(EXPECTED, 'follow-up.tsv'), 'utf8'));
    // The same document twice, as a dump and as a source: the merged default graph holds each triple once.
    const count = tbkg(['query', '-e', 'SELECT (COUNT(*) AS ?n) WHERE { ?p a tb:Paragraph }', nquads, SEED]);
    expect(count.stdout).toBe('?n\n"37"^^<http://www.w3.org/2001/XMLSchema#integer>\n');
  });

  it('writes -o files in the format of their extension, whole or not at all', () => {
    const srj = join(dir, 'follow-up.srj');
    expect(tbkg(['query', FOLLOW_UP, '-o', srj]).status).toBe(0);
    expect(JSON.parse(readFileSync(srj, 'utf8')).results.bindings).toHaveLength(4);
    const csv = join(dir, 'follow-up.csv');
    expect(tbkg(['query', FOLLOW_UP, '-o', csv]).status).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')[1]).toBe('CAT/C/KAZ/CO/2,7,Torture and ill-treatment,P1Y,36');
    const ttl = join(dir, 'para-17.ttl');
    expect(tbkg(['query', join(ROOT, 'queries', 'paragraph-subgraph.rq'), '-o', ttl]).status).toBe(0);
    const turtle = readFileSync(ttl, 'utf8');
    expect(turtle).toContain('@prefix tb: <https://w3id.org/tbkg/ontology#> .');
    expect(turtle).not.toContain('@prefix skos:');
    expect(turtle).toContain('"16614"^^xsd:nonNegativeInteger');
    const failed = join(dir, 'failed.tsv');
    expect(tbkg(['query', '-e', 'SELECT * WHERE { ?s ?p }', '-o', failed]).status).toBe(1);
    expect(existsSync(failed)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints its times with --time, and the algebra with --explain', () => {
    const timed = tbkg(['query', FOLLOW_UP, '--time']);
    expect(timed.stderr).toMatch(/^tbkg query: time: parse \d+ ms, load \d+ ms \(\d+ quads\), query \d+ ms, print \d+ ms; first result at \d+ ms, done at \d+ ms/);
    const explained = tbkg(['query', FOLLOW_UP, '--explain']);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toContain('# engine: Oxigraph (local), 1 source; default graph: the union of all graphs');
    expect(explained.stdout).toContain('(triple ?request tb:followUpOn ?paragraphNode)');
    expect(explained.stdout).not.toContain('P1Y');
  });

  it('stops a query that runs past --timeout: exit code 1', () => {
    const started = Date.now();
    const r = tbkg(['query', '-e', 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', '--timeout', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the query timed out after 1 s');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
