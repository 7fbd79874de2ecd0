/** Links across a corpus: pinpoints resolved to the nodes of cited documents, reviews chained. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../../src/pipeline.js';
import { chainReviews, compactNumbers, hasParagraph, linkDocuments, resolvePinpoint, type LinkRecord, type ReviewSummary } from '../../src/link/index.js';
import { ROOT, SEED } from '../support/cli.js';

const ERAS = join(ROOT, 'test', 'fixtures', 'eras');
const DOC = 'https://w3id.org/tbkg/doc/';

describe('paragraph numbers of a document, compact', () => {
  it('writes runs and finds a number in them', () => {
    expect(compactNumbers([121, 122, 123, 124, 125, 126, 127, 128, 129])).toBe('121-129');
    expect(compactNumbers([3, 1, 2, 7, 9, 8, 12])).toBe('1-3,7-9,12');
    expect(hasParagraph('1-3,7-9,12', '8')).toBe(true);
    expect(hasParagraph('1-3,7-9,12', '10')).toBe(false);
    // A range or a decimal pinpoint names no one paragraph node.
    expect(hasParagraph('1-37', '62-73')).toBe(false);
    expect(hasParagraph('1-37', '8.10')).toBe(false);
  });
});

describe('resolvePinpoint', () => {
  const record: LinkRecord = {
    symbol: 'A/56/44',
    graph: `${DOC}A/56/44`,
    paragraphs: '121-129',
    holders: ['128:concern:a,b,c,d,e,f', '129:rec:a,b,c,d,e,f,g,h', '21:concern:a,b,c', '21:rec:a,b,c', '5::a,b'],
    reiterations: [],
  };

  it('points a paragraph pinpoint at the paragraph, an item pinpoint at the item of the part that holds it', () => {
    expect(resolvePinpoint(record, '129', null, 'recommendation')).toBe(`${DOC}A/56/44#para_129`);
    expect(resolvePinpoint(record, '129', 'e', 'recommendation')).toBe(`${DOC}A/56/44#para_129__rec__item_e`);
    expect(resolvePinpoint(record, '128', 'c', 'concern')).toBe(`${DOC}A/56/44#para_128__concern__item_c`);
  });

  it('takes an item two parts hold from the part of the citing kind, else from the recommendation', () => {
    expect(resolvePinpoint({ ...record, paragraphs: '1-129' }, '21', 'b', 'concern')).toBe(`${DOC}A/56/44#para_21__concern__item_b`);
    expect(resolvePinpoint({ ...record, paragraphs: '1-129' }, '21', 'b', 'paragraph')).toBe(`${DOC}A/56/44#para_21__rec__item_b`);
    expect(resolvePinpoint({ ...record, paragraphs: '1-129' }, '5', 'a', 'recommendation')).toBe(`${DOC}A/56/44#para_5__item_a`);
  });

  it('resolves nothing the document lacks', () => {
    expect(resolvePinpoint(record, '130', null, 'recommendation')).toBeNull();
    expect(resolvePinpoint(record, '129', 'z', 'recommendation')).toBeNull();
    expect(resolvePinpoint(record, '122', 'a', 'recommendation')).toBeNull();
  });
});

describe('chainReviews', () => {
  const review = (symbol: string, date: string | undefined, first?: number, last?: number, body = 'CAT', state = 'KAZ'): ReviewSummary => ({
    symbol, graph: `${DOC}${symbol}`, body, treaty: body, state, ...(date ? { date } : {}),
    ...(first !== undefined ? { firstReport: first, lastReport: last ?? first } : {}),
  });

  it('orders the reviews of one State by one body by their dates, whatever the input order', () => {
    const chains = chainReviews([review('CAT/C/KAZ/CO/3', '2014-11-27', 3), review('A/56/44', '2001-05-17', 1), review('CAT/C/KAZ/CO/2', '2008-11-18', 2)]);
    expect(Object.fromEntries(chains.previous)).toEqual({
      [`${DOC}CAT/C/KAZ/CO/2`]: `${DOC}A/56/44`,
      [`${DOC}CAT/C/KAZ/CO/3`]: `${DOC}CAT/C/KAZ/CO/2`,
    });
  });

  it('keeps bodies, States and treaties apart', () => {
    const chains = chainReviews([review('CAT/C/KAZ/CO/2', '2008-11-18', 2), review('CEDAW/C/KAZ/CO/2', '2007-02-02', 2, 2, 'CEDAW'),
      review('CAT/C/UZB/CO/3', '2007-11-20', 3, 3, 'CAT', 'UZB')]);
    expect(chains.previous.size).toBe(0);
  });

  it('does not link over a missing report, and says so', () => {
    const chains = chainReviews([review('A/56/44', '2001-05-17', 1), review('CAT/C/KAZ/CO/3', '2014-11-27', 3)]);
    expect(chains.previous.size).toBe(0);
    expect(chains.gaps).toEqual([['CAT/C/KAZ/CO/3', 'A/56/44']]);
  });

  it('links combined reports that follow on, and reviews whose reports are unknown', () => {
    const chains = chainReviews([review('CEDAW/C/PAR/CC/3-5', '2005-01-19', 3, 5, 'CEDAW', 'PRY'), review('CEDAW/C/PRY/CO/6', '2011-10-20', 6, 6, 'CEDAW', 'PRY'),
      review('CEDAW/C/PRY/CO/7', '2017-07-10', undefined, undefined, 'CEDAW', 'PRY')]);
    expect(chains.previous.get(`${DOC}CEDAW/C/PRY/CO/6`)).toBe(`${DOC}CEDAW/C/PAR/CC/3-5`);
    expect(chains.previous.get(`${DOC}CEDAW/C/PRY/CO/7`)).toBe(`${DOC}CEDAW/C/PRY/CO/6`);
  });

  it('leaves undated reviews out of the chains', () => {
    const chains = chainReviews([review('CAT/C/KAZ/CO/2', '2008-11-18', 2), review('CAT/C/KAZ/CO/3', undefined, 3)]);
    expect(chains.previous.size).toBe(0);
    expect(chains.undated).toEqual(['CAT/C/KAZ/CO/3']);
  });
});

describe('linkDocuments (in memory)', () => {
  it('links the seed to the very nodes of the 2001 conclusions, and the reviews into a chain', async () => {
    const models = await Promise.all([
      SEED, join(ERAS, 'cat-2001-annual-report', 'A_56_44_KAZ.txt'), join(ERAS, 'cat-2014', 'CAT_C_KAZ_CO_3.txt'),
    ].map(async (f) => (await convertFile(f)).model));
    const linked = linkDocuments(models);
    const triples = linked.quads.filter((q) => q.predicate.value.endsWith('#reiterates') || q.predicate.value.endsWith('#previousReview'))
      .map((q) => `${q.subject.value.replace(DOC, '')} ${q.predicate.value.split('#')[1]} ${q.object.value.replace(DOC, '')}`).sort();
    expect(triples).toEqual([
      'CAT/C/KAZ/CO/2 previousReview A/56/44',
      'CAT/C/KAZ/CO/2#para_25__rec reiterates A/56/44#para_129__rec__item_e',
      'CAT/C/KAZ/CO/2#para_26__concern reiterates A/56/44#para_128__concern__item_c',
      'CAT/C/KAZ/CO/2#para_27__rec reiterates A/56/44#para_129__rec__item_f',
      'CAT/C/KAZ/CO/2#para_29__rec reiterates A/56/44#para_129__rec__item_d',
      'CAT/C/KAZ/CO/2#para_31__rec reiterates CEDAW/C/KAZ/CO/2#para_18',
      'CAT/C/KAZ/CO/3 previousReview CAT/C/KAZ/CO/2',
      'CAT/C/KAZ/CO/3#para_10__rec reiterates CAT/C/KAZ/CO/2#para_29',
      'CAT/C/KAZ/CO/3#para_9__rec reiterates CAT/C/KAZ/CO/2#para_25',
    ]);
    expect(linked.resolved).toBe(6);
    expect(linked.outside).toBe(1);
    // A pinpoint outside the corpus keeps its description; one inside points at a node that its own document describes.
    const described = new Set(linked.quads.map((q) => q.subject.value));
    expect(described.has(`${DOC}CEDAW/C/KAZ/CO/2#para_18`)).toBe(true);
    expect(described.has(`${DOC}A/56/44#para_129__item_e`)).toBe(false);
    expect(described.has(`${DOC}A/56/44#para_129__rec__item_e`)).toBe(true);
    expect(readFileSync(SEED, 'utf8')).toContain('A/56/44, para. 129 (e)');
  });
});
