/**
 * The local engine (Oxigraph) and Comunica over an N3 store, each loaded
 * as `tbkg query` loads it (the default graph the merge of the document
 * graphs), give the same rows for every question of queries/: the same
 * terms, datatypes and language tags (compared as multisets, since
 * engines may order ties differently).
 */
import { QueryEngine } from '@comunica/query-sparql';
import type { Store } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadN3Store } from '../../src/query/federation.js';
import type { QueryResult } from '../../src/query/result.js';
import { resolveSources } from '../../src/query/sources.js';
import { researchQueries, rowSet, runOnSeed, type NamedQuery } from './support.js';

let comunica: QueryEngine;
let store: Store;

beforeAll(async () => {
  const { sources } = await resolveSources([]);
  store = (await loadN3Store({ sources, union: true }, { documentWarning: () => undefined })).store;
  comunica = new QueryEngine();
});

async function runInComunica(query: NamedQuery): Promise<QueryResult> {
  const result = await comunica.query(query.text, { sources: [store] });
  switch (result.resultType) {
    case 'bindings': {
      const variables = query.shape.variables!;
      const rows = (await result.execute()).map((b) => variables.map((v) => b.get(v)));
      return { kind: 'bindings', variables, rows: await rows.toArray() };
    }
    case 'boolean':
      return { kind: 'boolean', value: await result.execute() };
    case 'quads':
      return { kind: 'quads', quads: await (await result.execute()).toArray() };
    default:
      throw new Error(`unexpected result type ${result.resultType}`);
  }
}

describe('Oxigraph and Comunica', () => {
  for (const query of researchQueries()) {
    it(`agree on ${query.name}`, async () => {
      const local = await rowSet(await runOnSeed(query));
      const other = await rowSet(await runInComunica(query));
      expect(local.length).toBeGreaterThan(0);
      expect(local).toEqual(other);
    });
  }
});
