/**
 * The Done-when of the corpus: the seed (CAT/C/KAZ/CO/2, 2008), an earlier
 * review (the conclusions in A/56/44, 2001) and two later ones
 * (CAT/C/KAZ/CO/3, 2014; CAT/C/KAZ/CO/4, 2023), converted together, link into
 * a chain that queries/review-chain.rq walks, every reiteration of a review
 * of the chain pointing at the very node of the earlier review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED, scratchDir, tbkg } from '../support/cli.js';

const ERAS = join(ROOT, 'test', 'fixtures', 'eras');

describe('queries/review-chain.rq on the seed and the Kazakhstan reviews of the Committee against Torture', () => {
  let store: oxigraph.Store;

  beforeAll(() => {
    const out = join(scratchDir(), 'kaz.nq');
    const run = tbkg(['convert', SEED, join(ERAS, 'cat-2001-annual-report', 'A_56_44_KAZ.txt'), join(ERAS, 'cat-2014', 'CAT_C_KAZ_CO_3.txt'),
      join(ERAS, 'cat-2023', 'CAT_C_KAZ_CO_4.txt'), '-o', out, '-q']);
    expect(run.status, run.stderr).toBe(0);
    store = new oxigraph.Store();
    store.load(readFileSync(out, 'utf8'), { format: 'application/n-quads' });
  });

  it('walks the chain back to 2001, every reiteration of the chain in it', () => {
    const query = readFileSync(join(ROOT, 'queries', 'review-chain.rq'), 'utf8');
    const rows = (store.query(query, { use_default_graph_as_union: true }) as Map<string, oxigraph.Term>[])
      .map((row) => ['review', 'adopted', 'paragraph', 'earlierDocument', 'earlierParagraph', 'earlierItem', 'earlier']
        .map((v) => row.get(v)?.value ?? '').join(' | '));
    expect(rows).toEqual([
      'CAT/C/KAZ/CO/2 | 2008-11-18 | 25 | A/56/44 | 129 | e | earlier review',
      'CAT/C/KAZ/CO/2 | 2008-11-18 | 26 | A/56/44 | 128 | c | earlier review',
      'CAT/C/KAZ/CO/2 | 2008-11-18 | 27 | A/56/44 | 129 | f | earlier review',
      'CAT/C/KAZ/CO/2 | 2008-11-18 | 29 | A/56/44 | 129 | d | earlier review',
      'CAT/C/KAZ/CO/2 | 2008-11-18 | 31 | CEDAW/C/KAZ/CO/2 | 18 |  | cited document',
      'CAT/C/KAZ/CO/3 | 2014-11-27 | 9 | CAT/C/KAZ/CO/2 | 25 |  | earlier review',
      'CAT/C/KAZ/CO/3 | 2014-11-27 | 10 | CAT/C/KAZ/CO/2 | 29 |  | earlier review',
      'CAT/C/KAZ/CO/4 | 2023-05-10 | 10 | CAT/C/KAZ/CO/3 | 9 |  | earlier review',
    ]);
  });

  it('queries/reiterated-recommendations.rq finds the very earlier items and paragraphs of the corpus', () => {
    const query = readFileSync(join(ROOT, 'queries', 'reiterated-recommendations.rq'), 'utf8');
    const rows = (store.query(query, { use_default_graph_as_union: true }) as Map<string, oxigraph.Term>[])
      .map((row) => ['document', 'paragraph', 'kind', 'earlierDocument', 'earlierParagraph', 'earlierItem']
        .map((v) => row.get(v)?.value.replace(/^.*#/, '') ?? '').join(' | '));
    expect(rows).toEqual([
      'CAT/C/KAZ/CO/2 | 25 | Recommendation | A/56/44 | 129 | e',
      'CAT/C/KAZ/CO/2 | 26 | Concern | A/56/44 | 128 | c',
      'CAT/C/KAZ/CO/2 | 27 | Recommendation | A/56/44 | 129 | f',
      'CAT/C/KAZ/CO/2 | 29 | Recommendation | A/56/44 | 129 | d',
      'CAT/C/KAZ/CO/2 | 31 | Recommendation | CEDAW/C/KAZ/CO/2 | 18 | ',
      'CAT/C/KAZ/CO/3 | 9 | Recommendation | CAT/C/KAZ/CO/2 | 25 | ',
      'CAT/C/KAZ/CO/3 | 10 | Recommendation | CAT/C/KAZ/CO/2 | 29 | ',
      'CAT/C/KAZ/CO/4 | 10 | Recommendation | CAT/C/KAZ/CO/3 | 9 | ',
    ]);
  });

  it('follows one recommendation from 2023 back to 2001 through the reiterations alone', () => {
    const [row] = store.query(`PREFIX tb: <https://w3id.org/tbkg/ontology#>
      SELECT (COUNT(?step) AS ?steps) ?origin WHERE {
        <https://w3id.org/tbkg/doc/CAT/C/KAZ/CO/4#para_10__rec> (tb:reiterates/tb:hasPart?)+ ?step .
        OPTIONAL { ?step a tb:Item . BIND(?step AS ?origin) } } GROUP BY ?origin HAVING(BOUND(?origin))`,
    { use_default_graph_as_union: true }) as Map<string, oxigraph.Term>[];
    expect(row?.get('origin')?.value).toBe('https://w3id.org/tbkg/doc/A/56/44#para_129__rec__item_e');
  });
});
