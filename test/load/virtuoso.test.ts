// The round trip through a real store: Virtuoso from Debian, started on
// loopback ports with a private ini and a temporary database, filled by
// `tbkg load`, asked the questions of queries/ through `tbkg query
// --endpoint` (same rows as asked locally), loaded again in bulk from the
// files of `tbkg load --bulk`, and stopped by its PID.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../support/cli.js';
import { freePort, requireProgram, tbkgAsync } from './helpers.js';

const DOC = 'https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/2';
const available = requireProgram('virtuoso-t', 'apt-get install virtuoso-opensource-7');
const work = mkdtempSync(join(tmpdir(), 'tbkg-virtuoso-'));
const dbDir = join(work, 'db');
const bulkDir = join(work, 'bulk');
const password = randomBytes(9).toString('base64url');
let http = '';
let sqlPort = 0;
const env = () => ({ TBKG_STORE_USER: 'dba', TBKG_STORE_PASSWORD: password });
const endpoints = () => ['--endpoint', `${http}sparql`, '--update-endpoint', `${http}sparql-graph-crud-auth`];

async function select(query: string): Promise<Record<string, { value: string }>[]> {
  const response = await fetch(`${http}sparql?${new URLSearchParams({ query })}`, { headers: { Accept: 'application/sparql-results+json' }, signal: AbortSignal.timeout(30_000) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: { bindings: Record<string, { value: string }>[] } }).results.bindings;
}

async function countGraph(graph: string): Promise<number> {
  return Number((await select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`))[0]!.n.value);
}

interface JsonTerm {
  type: string;
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

const XSD_DURATION = 'http://www.w3.org/2001/XMLSchema#duration';

/**
 * Virtuoso 7.2.5 answers an xsd:duration of years and months as a number of
 * months ("P1Y" comes back as "12"): both sides are compared in months.
 */
function durationValue(value: string): string {
  if (/^\d+$/.test(value)) return `${value} months`;
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(value);
  return m ? `${Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0)} months` : value;
}

/** A row as text that two engines agree on: language tags in lower case, xsd:string implicit, "typed-literal" a literal. */
function canonicalRows(json: { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: Record<string, JsonTerm>[] } }): string[] {
  if (json.boolean !== undefined) return [String(json.boolean)];
  const vars = json.head.vars ?? [];
  return (json.results?.bindings ?? [])
    .map((row) =>
      vars
        .map((v) => {
          const t = row[v];
          if (!t) return `${v}=`;
          if (t.type === 'uri') return `${v}=<${t.value}>`;
          if (t.type === 'bnode') return `${v}=_:`;
          const datatype = t.datatype && t.datatype !== 'http://www.w3.org/2001/XMLSchema#string' ? `^^${t.datatype}` : '';
          const value = t.datatype === XSD_DURATION ? durationValue(t.value) : t.value;
          return `${v}="${value}"${t['xml:lang'] ? `@${t['xml:lang'].toLowerCase()}` : ''}${datatype}`;
        })
        .join(' | '),
    )
    .sort();
}

describe.runIf(available)('a round trip through Virtuoso', () => {
  beforeAll(async () => {
    sqlPort = await freePort();
    const httpPort = await freePort();
    const started = spawnSync('bash', [join(ROOT, 'scripts', 'virtuoso', 'start.sh'), dbDir, String(sqlPort), String(httpPort)], {
      encoding: 'utf8',
      env: { ...process.env, VIRTUOSO_DBA_PASSWORD: password, VIRTUOSO_DIRS_ALLOWED: work, VIRTUOSO_BUFFERS: '20000', VIRTUOSO_WATCH_PID: String(process.pid) },
      timeout: 90_000,
    });
    if (started.status !== 0) throw new Error(`Virtuoso did not start:\n${started.stdout}\n${started.stderr}`);
    http = /http=(\S+)/.exec(started.stdout)![1]!;
  }, 120_000);

  afterAll(() => {
    const stopped = spawnSync('bash', [join(ROOT, 'scripts', 'virtuoso', 'stop.sh'), dbDir], { encoding: 'utf8', timeout: 60_000 });
    rmSync(work, { recursive: true, force: true });
    if (stopped.status !== 0) throw new Error(`Virtuoso did not stop: ${stopped.stderr}`);
  }, 90_000);

  it('runs on loopback only, from its own database folder', () => {
    const ini = readFileSync(join(dbDir, 'virtuoso.ini'), 'utf8');
    expect(ini).toMatch(new RegExp(`ServerPort\\s+= 127\\.0\\.0\\.1:${sqlPort}`));
    expect(ini).toContain(`DatabaseFile       = ${dbDir}/virtuoso.db`);
    expect(ini).toMatch(/ResultSetMaxRows\s+= 1000000/);
    expect(readFileSync(join(dbDir, 'virtuoso.pid'), 'utf8')).toMatch(/^\d+\n$/);
  });

  it('tbkg load fills it: the graph of the seed, counted, through Digest authentication', async () => {
    const r = await tbkgAsync(['load', SEED, ...endpoints()], env());
    expect(r.stderr).toMatch(/loaded 1 graph\(s\), 1853 triples/);
    expect(r.status).toBe(0);
    expect(await countGraph(DOC)).toBe(1853);
  });

  it('a second load replaces the graph (PUT), in chunks too, and --resume skips it', async () => {
    const again = await tbkgAsync(['load', SEED, ...endpoints(), '--chunk-size', '400'], env());
    expect(again.status).toBe(0);
    expect(await countGraph(DOC)).toBe(1853);
    const resumed = await tbkgAsync(['load', SEED, ...endpoints(), '--resume'], env());
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/loaded 0 graph\(s\), 0 triples.*skipped 1 graph/);
  });

  it('a wrong password stops with 401 and loads nothing', async () => {
    const r = await tbkgAsync(['load', SEED, ...endpoints()], { ...env(), TBKG_STORE_PASSWORD: 'wrong' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/HTTP 401 Unauthorized/);
    expect(r.stderr).toContain(`not loaded (1): ${DOC} (failed)`);
  });

  it('the queries of queries/ give the same rows through tbkg query --endpoint as locally', async () => {
    const queries = readdirSync(join(ROOT, 'queries')).filter((f) => f.endsWith('.rq')).sort();
    expect(queries.length).toBeGreaterThan(0);
    const differences: string[] = [];
    for (const file of queries) {
      const path = join(ROOT, 'queries', file);
      if (/^\s*(CONSTRUCT|DESCRIBE)\b/im.test(readFileSync(path, 'utf8').replace(/#.*$/gm, ''))) {
        const local = await tbkgAsync(['query', path, '-f', 'ntriples']);
        expect(local.status, `${file} locally: ${local.stderr}`).toBe(0);
        const remote = await tbkgAsync(['query', path, '-f', 'ntriples', '--endpoint', `${http}sparql`, '--timeout', '30']);
        expect(remote.status, `${file} through Virtuoso: ${remote.stderr}`).toBe(0);
        const a = local.stdout.split('\n').filter(Boolean).sort();
        const b = remote.stdout.split('\n').filter(Boolean).sort();
        expect(a.length, `${file} returns no triples locally`).toBeGreaterThan(0);
        if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${file}: local ${a.length} triples, Virtuoso ${b.length}`);
        continue;
      }
      const local = await tbkgAsync(['query', path, '-t', 'json']);
      expect(local.status, `${file} locally: ${local.stderr}`).toBe(0);
      const remote = await tbkgAsync(['query', path, '-t', 'json', '--endpoint', `${http}sparql`, '--timeout', '30']);
      expect(remote.status, `${file} through Virtuoso: ${remote.stderr}`).toBe(0);
      const a = canonicalRows(JSON.parse(local.stdout));
      const b = canonicalRows(JSON.parse(remote.stdout));
      if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${file}: local ${a.length} rows, Virtuoso ${b.length} rows\n  local:    ${a.slice(0, 3).join('\n            ')}\n  Virtuoso: ${b.slice(0, 3).join('\n            ')}`);
      expect(a.length, `${file} returns no rows locally`).toBeGreaterThan(0);
    }
    expect(differences, differences.join('\n')).toEqual([]);
  }, 240_000);

  it('the queries of queries/ give the same rows over the SPARQL protocol (GET) as locally', async () => {
    const prefixes: Record<string, string> = {
      tb: 'https://w3id.org/tbkg/ontology#', eli: 'http://data.europa.eu/eli/ontology#', dcterms: 'http://purl.org/dc/terms/',
      skos: 'http://www.w3.org/2004/02/skos/core#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#', rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#', oa: 'http://www.w3.org/ns/oa#', cito: 'http://purl.org/spar/cito/', owl: 'http://www.w3.org/2002/07/owl#',
    };
    const queries = readdirSync(join(ROOT, 'queries')).filter((f) => f.endsWith('.rq')).sort();
    const differences: string[] = [];
    for (const file of queries) {
      const path = join(ROOT, 'queries', file);
      let text = readFileSync(path, 'utf8');
      // tbkg query lets a query use the project's prefixes undeclared; a store needs them declared.
      for (const [name, ns] of Object.entries(prefixes)) {
        if (new RegExp(`(^|[\\s(/^|])${name}:`).test(text.replace(/#.*$/gm, '')) && !new RegExp(`PREFIX\\s+${name}:`, 'i').test(text)) text = `PREFIX ${name}: <${ns}>\n${text}`;
      }
      const graphForm = /^\s*(CONSTRUCT|DESCRIBE)\b/im.test(text.replace(/#.*$/gm, ''));
      const local = await tbkgAsync(['query', path, ...(graphForm ? ['-f', 'ntriples'] : ['-t', 'json'])]);
      expect(local.status, `${file} locally: ${local.stderr}`).toBe(0);
      const response = await fetch(`${http}sparql?${new URLSearchParams({ query: text })}`, {
        headers: { Accept: graphForm ? 'application/n-triples' : 'application/sparql-results+json' },
        signal: AbortSignal.timeout(30_000),
      });
      expect(response.status, file).toBe(200);
      const body = await response.text();
      let a: string[];
      let b: string[];
      if (graphForm) {
        const canonical = (nt: string) => new Parser({ format: 'application/n-triples' }).parse(nt).map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`).sort();
        a = canonical(local.stdout);
        b = canonical(body);
      } else {
        a = canonicalRows(JSON.parse(local.stdout));
        b = canonicalRows(JSON.parse(body));
      }
      expect(a.length, `${file} returns nothing locally`).toBeGreaterThan(0);
      if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${file}: local ${a.length}, Virtuoso ${b.length}\n  local:    ${a.filter((x) => !b.includes(x)).slice(0, 2).join('\n            ')}\n  Virtuoso: ${b.filter((x) => !a.includes(x)).slice(0, 2).join('\n            ')}`);
    }
    expect(differences, differences.join('\n')).toEqual([]);
  }, 240_000);

  it('tbkg load --bulk writes files that isql-vt loads with ld_dir / rdf_loader_run / checkpoint', async () => {
    const base = 'http://bulk.example.org/tbkg/';
    const r = await tbkgAsync(['load', SEED, '--bulk', bulkDir, '--base', base, '--chunk-size', '1000']);
    expect(r.status).toBe(0);
    expect(readdirSync(bulkDir).filter((f) => f.endsWith('.nq.gz'))).toEqual(['tbkg-000001.nq.gz', 'tbkg-000002.nq.gz']);
    const check = readFileSync(join(bulkDir, 'check.rq'), 'utf8');
    // Before the load the check names the missing graph; after it, nothing.
    expect(await select(check)).toHaveLength(1);
    const isql = spawnSync('isql-vt', [`127.0.0.1:${sqlPort}`, 'dba', password, join(bulkDir, 'virtuoso.sql')], { encoding: 'utf8', timeout: 120_000 });
    expect(isql.status, isql.stderr).toBe(0);
    expect(isql.stdout).not.toMatch(/\*\*\* Error/);
    expect(isql.stdout).toMatch(/0 Rows\./);
    expect(await select(check)).toHaveLength(0);
    expect(await countGraph(`${base}doc/CAT/C/KAZ/CO/2`)).toBe(1853);
    // Run again: the graph is replaced, not doubled.
    const twice = spawnSync('isql-vt', [`127.0.0.1:${sqlPort}`, 'dba', password, join(bulkDir, 'virtuoso.sql')], { encoding: 'utf8', timeout: 120_000 });
    expect(twice.status).toBe(0);
    expect(await countGraph(`${base}doc/CAT/C/KAZ/CO/2`)).toBe(1853);
  }, 180_000);
});
