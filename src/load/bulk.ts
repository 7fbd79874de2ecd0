/**
 * `tbkg load --bulk DIR`: the graphs as split, gzipped N-Quads files and the
 * commands that load them into Virtuoso (ld_dir / rdf_loader_run /
 * checkpoint), Jena TDB2 and Oxigraph, for corpora too large for HTTP.
 */
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { iriRef } from '../serialize/ntriples.js';
import { replaceDirectory } from '../publish/directory.js';
import type { GraphSet } from './graphs.js';

export const BULK_MARKER = '.tbkg-bulk';
export const DEFAULT_BULK_CHUNK = 1_000_000;
export const BULK_PATTERN = 'tbkg-*.nq.gz';

export interface BulkResult {
  dir: string;
  files: { name: string; quads: number }[];
  graphs: number;
  quads: number;
}

export async function writeBulk(set: GraphSet, dir: string, options: { chunkQuads?: number; base: string }): Promise<BulkResult> {
  const chunkQuads = options.chunkQuads ?? DEFAULT_BULK_CHUNK;
  const absolute = resolve(dir);
  const files: { name: string; quads: number }[] = [];
  await replaceDirectory(dir, BULK_MARKER, async (tmp) => {
    let current: string[] = [];
    const flush = async (): Promise<void> => {
      if (current.length === 0) return;
      const name = `tbkg-${String(files.length + 1).padStart(6, '0')}.nq.gz`;
      // gzip without a timestamp in its header: the same graphs give the same bytes.
      await pipeline(Readable.from(current.map((l) => `${l}\n`)), createGzip({ level: 6 }), createWriteStream(join(tmp, name)));
      files.push({ name, quads: current.length });
      current = [];
    };
    for (const graph of set.graphs) {
      const suffix = ` ${iriRef(graph.iri)} .`;
      const text = await set.text(graph);
      for (const line of text.split('\n')) {
        if (line === '') continue;
        current.push(`${line.slice(0, -2)}${suffix}`);
        if (current.length >= chunkQuads) await flush();
      }
    }
    await flush();
    await writeFile(join(tmp, 'graphs.tsv'), `graph\ttriples\n${set.graphs.map((g) => `${g.iri}\t${g.triples}`).join('\n')}\n`);
    await writeFile(join(tmp, 'check.rq'), checkQuery(set));
    await writeFile(join(tmp, 'virtuoso.sql'), virtuosoScript(set, absolute, options.base));
    await writeFile(join(tmp, 'tdb2.sh'), tdb2Script(files.map((f) => f.name)), { mode: 0o755 });
    await writeFile(join(tmp, 'oxigraph.sh'), oxigraphScript(files.map((f) => f.name)), { mode: 0o755 });
    await writeFile(join(tmp, 'README.md'), readme(set, files, absolute));
  });
  return { dir: absolute, files, graphs: set.graphs.length, quads: set.triples };
}

/** Rows only for graphs whose count in the store differs from what the files hold: no row, all loaded. */
export function checkQuery(set: GraphSet): string {
  const values = set.graphs.map((g) => `    (${iriRef(g.iri)} ${g.triples})`).join('\n');
  return [
    '# Graphs whose triple count in the store differs from the bulk files (no rows: every graph is whole).',
    'SELECT ?graph ?expected (COUNT(?s) AS ?held) WHERE {',
    '  VALUES (?graph ?expected) {',
    values,
    '  }',
    '  OPTIONAL { GRAPH ?graph { ?s ?p ?o } }',
    '}',
    'GROUP BY ?graph ?expected',
    'HAVING (COUNT(?s) != ?expected)',
    '',
  ].join('\n');
}

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function virtuosoScript(set: GraphSet, dir: string, base: string): string {
  return [
    `-- Bulk load of ${set.graphs.length} graph(s), ${set.triples} triples, into Virtuoso 7.`,
    `-- This folder must be listed in DirsAllowed of virtuoso.ini (scripts/virtuoso/start.sh`,
    `-- does that through VIRTUOSO_DIRS_ALLOWED); if you move it, change the path below.`,
    `--   isql-vt 1111 dba PASSWORD ${join(dir, 'virtuoso.sql')}`,
    `-- The graphs are cleared first, so a second run replaces them rather than adding to them.`,
    ...set.graphs.map((g) => `SPARQL CLEAR GRAPH ${iriRef(g.iri)};`),
    `DELETE FROM DB.DBA.load_list WHERE ll_file LIKE ${sqlString(`${dir}/%`)};`,
    `ld_dir(${sqlString(dir)}, ${sqlString(BULK_PATTERN)}, ${sqlString(base)});`,
    `rdf_loader_run();`,
    `checkpoint;`,
    `-- Files that did not load (no rows: all loaded).`,
    `SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_file LIKE ${sqlString(`${dir}/%`)} AND (ll_state <> 2 OR ll_error IS NOT NULL);`,
    '',
  ].join('\n');
}

function tdb2Script(files: string[]): string {
  return [
    '#!/bin/sh',
    '# Loads the graphs into a Jena TDB2 database (a new folder, or an existing one: the',
    '# quads are added). Needs Apache Jena\'s tdb2.tdbloader on the PATH.',
    '#   ./tdb2.sh [DATABASE_FOLDER]   (default: ./tdb2)',
    'set -eu',
    'here="$(cd "$(dirname "$0")" && pwd)"',
    'db="${1:-$here/tdb2}"',
    `tdb2.tdbloader --loc "$db" ${files.map((f) => `"$here/${f}"`).join(' ')}`,
    '',
  ].join('\n');
}

function oxigraphScript(files: string[]): string {
  return [
    '#!/bin/sh',
    '# Loads the graphs into an Oxigraph database folder (the oxigraph command of the',
    '# oxigraph-cli package; it reads .gz files directly).',
    '#   ./oxigraph.sh [DATABASE_FOLDER]   (default: ./oxigraph)',
    'set -eu',
    'here="$(cd "$(dirname "$0")" && pwd)"',
    'db="${1:-$here/oxigraph}"',
    `oxigraph load --location "$db" ${files.map((f) => `--file "$here/${f}"`).join(' ')}`,
    '',
  ].join('\n');
}

function readme(set: GraphSet, files: { name: string; quads: number }[], dir: string): string {
  return [
    '# tbkg bulk load',
    '',
    `${set.graphs.length} named graph(s), one per document, ${set.triples} quads in ${files.length} gzipped N-Quads file(s)`,
    `(\`${BULK_PATTERN}\`); \`graphs.tsv\` lists each graph with its triple count.`,
    '',
    '| store | command |',
    '|---|---|',
    `| Virtuoso 7 | \`isql-vt 1111 dba PASSWORD ${join(dir, 'virtuoso.sql')}\` (ld_dir, rdf_loader_run, checkpoint; the folder must be in DirsAllowed) |`,
    '| Jena TDB2 | `./tdb2.sh DATABASE_FOLDER` (tdb2.tdbloader) |',
    '| Oxigraph | `./oxigraph.sh DATABASE_FOLDER` (oxigraph load) |',
    '',
    'Then run `check.rq` against the store: it returns the graphs whose count differs',
    'from `graphs.tsv`, so no row means every graph arrived whole.',
    '',
  ].join('\n');
}
