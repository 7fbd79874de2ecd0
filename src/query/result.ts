/** What any engine hands to the writers: rows of terms, a boolean, or quads. */
import type * as RDF from '@rdfjs/types';

/** One solution, its terms in the order of `variables`; undefined where a variable is unbound. */
export type Row = ReadonlyArray<RDF.Term | undefined>;

export interface BindingsResult {
  kind: 'bindings';
  variables: string[];
  rows: AsyncIterable<Row> | Iterable<Row>;
}

export interface BooleanResult {
  kind: 'boolean';
  value: boolean;
}

export interface QuadsResult {
  kind: 'quads';
  quads: AsyncIterable<RDF.Quad> | Iterable<RDF.Quad>;
}

export type QueryResult = BindingsResult | BooleanResult | QuadsResult;

/**
 * The columns of SELECT *: the engine's variables (it knows which it
 * binds), in the order the query mentions them, any others after.
 */
export function orderColumns(engineVariables: readonly string[], preferred: readonly string[] | undefined): string[] {
  if (!preferred) return [...engineVariables];
  const known = new Set(engineVariables);
  const ordered = preferred.filter((v) => known.has(v));
  const placed = new Set(ordered);
  return [...ordered, ...engineVariables.filter((v) => !placed.has(v))];
}
