/**
 * Tenth review round: a gloss in words after a listed article ("articles 9 (liberty of person), 14 (fair trial) and
 * 26") no longer parts the list from its owner; "Ordinance" heads a domestic instrument's name as "Act" does. The
 * sentences are written for these tests, with other names, numbers and States than the Views read.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, laws } from './refs-helpers.js';

const views = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction, concludingObservations: false });

describe('a gloss in words after a listed article', () => {
  it('"articles 9 (liberty of person), 14 (fair trial) and 26 of the Covenant" lists three articles', () => {
    const text = 'The author invokes articles 9 (liberty of person), 14 (fair trial) and 26 of the Covenant.';
    expect(articles(text, views('CCPR', 'KEN'))).toEqual(['CCPR 9', 'CCPR 14', 'CCPR 26']);
  });

  it('a list of the European Convention with glosses gives no treaty article', () => {
    const text = 'He applied to Strasbourg under articles 5, paragraph 4 (review of detention), 8 (private life) and 13 (effective remedy) of the European Convention.';
    expect(articles(text, views('CCPR', 'DEU'))).toEqual([]);
  });

  it('negatives: a gloss not followed by the list or its owner ends it as before', () => {
    const ctx = views('CCPR', 'KEN');
    expect(articles('a violation of article 7 (torture). The State party replied.', ctx)).toEqual(['CCPR 7']);
    expect(articles('He cites article 12 (Police Act) of the Covenant.', ctx)).toEqual(['CCPR 12']);
  });
});

describe('"Ordinance" as the head of a name', () => {
  it('"section 31 of the Evidence Ordinance" is a provision of that ordinance', () => {
    expect(laws('The statement was admitted under section 31 of the Evidence Ordinance.', views('CCPR', 'LKA')))
      .toEqual(['LKA Evidence Ordinance 31']);
  });

  it('negative: a lower-case "ordinance" names nothing', () => {
    expect(laws('He was fined under section 4 of a municipal ordinance on noise.', views('CCPR', 'LKA'))).toEqual([]);
  });
});
