/** Running the queries of queries/ on the seed through the library, the way the CLI does. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as RDF from '@rdfjs/types';
import { TsvResultsWriter } from '../../src/query/formats/csv.js';
import { LiteralRestorer } from '../../src/query/literal-forms.js';
import { LocalDataset, rawToResult } from '../../src/query/local.js';
import type { QueryResult } from '../../src/query/result.js';
import { resolveSources } from '../../src/query/sources.js';
import { parseQuery, type QueryShape } from '../../src/query/syntax.js';
import { termToNTriples } from '../../src/query/terms.js';
import { projectPrefixes } from '../../src/serialize/index.js';
import { ROOT } from '../support/cli.js';

export const QUERIES_DIR = join(ROOT, 'queries');
export const EXPECTED_DIR = join(ROOT, 'test', 'query', 'expected');

export interface NamedQuery {
  name: string;
  text: string;
  shape: QueryShape;
}

export function researchQueries(): NamedQuery[] {
  return readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.rq'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(QUERIES_DIR, file), 'utf8');
      return { name: file.slice(0, -3), text, shape: parseQuery({ text, origin: file }, projectPrefixes()) };
    });
}

/** The file that holds a query's expected answer: TSV for SELECT and ASK, sorted N-Triples for graphs. */
export function expectedFile(query: NamedQuery): string {
  return join(EXPECTED_DIR, `${query.name}.${query.shape.form === 'CONSTRUCT' || query.shape.form === 'DESCRIBE' ? 'nt' : 'tsv'}`);
}

let seed: Promise<{ dataset: LocalDataset; restorer: LiteralRestorer }> | undefined;

/** The graph of seeds/, loaded once into Oxigraph as `tbkg query` loads it. */
export function seedDataset(): Promise<{ dataset: LocalDataset; restorer: LiteralRestorer }> {
  seed ??= (async () => {
    const { sources } = await resolveSources([]);
    const { dataset, summary } = await LocalDataset.load({ sources, union: true }, { documentWarning: () => undefined });
    return { dataset, restorer: new LiteralRestorer(summary.literalForms) };
  })();
  return seed;
}

export async function runOnSeed(query: NamedQuery): Promise<QueryResult> {
  const { dataset, restorer } = await seedDataset();
  return rawToResult(dataset.evaluate(query.shape.text, query.shape.form), query.shape, restorer);
}

/**
 * The answer as the expected files hold it: SPARQL TSV in the query's
 * order, "true"/"false", or the graph as N-Triples lines in code-point order.
 */
export async function answerText(result: QueryResult): Promise<string> {
  if (result.kind === 'boolean') return `${result.value}\n`;
  if (result.kind === 'bindings') {
    const writer = new TsvResultsWriter();
    let text = writer.head(result.variables);
    for await (const row of result.rows) text += writer.row(row);
    return text + writer.end();
  }
  const lines: string[] = [];
  for await (const q of result.quads) lines.push(`${termToNTriples(q.subject)} ${termToNTriples(q.predicate)} ${termToNTriples(q.object)} .`);
  return `${sortByCodePoint(lines).join('\n')}\n`;
}

/** Rows as a multiset, for engines that may order ties differently: one sorted line per row. */
export async function rowSet(result: QueryResult): Promise<string[]> {
  if (result.kind === 'boolean') return [String(result.value)];
  if (result.kind === 'quads') return (await answerText(result)).split('\n');
  const rows: string[] = [];
  for await (const row of result.rows) {
    rows.push(result.variables.map((v, i) => `${v}=${row[i] ? termToNTriples(row[i] as RDF.Term) : ''}`).join('\t'));
  }
  return sortByCodePoint(rows);
}

function sortByCodePoint(lines: string[]): string[] {
  return lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
