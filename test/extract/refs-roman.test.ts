/**
 * Capital Roman article numbers, as Hungary's Fundamental Law, the Philippine Constitution and some francophone laws
 * number their articles ("article XXIII, paragraph 6, of the Fundamental Law", "Article V of Law No. 93-12"): a
 * domestic instrument's articles only; the UN treaties number theirs in Arabic figures. Sentences written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, laws } from './refs-helpers.js';

const ctx = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction, concludingObservations: false });

describe('Roman article numbers of domestic instruments (REFS rules 19, 22, 23)', () => {
  it('reads the article and its paragraph (the paragraph was taken for the article)', () => {
    expect(laws('Under article XXIV, paragraph 3, of the Fundamental Law, the right to vote may be restricted.', ctx('CRPD', 'HUN')))
      .toEqual(['HUN Fundamental Law XXIV part 3']);
    expect(laws('The Fundamental Law, article XII (2), protects the freedom of work.', ctx('CCPR', 'HUN')))
      .toEqual(['HUN Fundamental Law XII part 2']);
  });

  it('reads V and X alone, and a Roman article of a numbered law', () => {
    expect(laws('Pursuant to Article V of Law No. 88-17 of 3 May 1988, the newspaper was closed.', ctx('CCPR', 'CMR')))
      .toEqual(['CMR Law No. 88-17 V']);
    expect(laws('The court applied article X of the Fundamental Law.', ctx('CCPR', 'HUN'))).toEqual(['HUN Fundamental Law X']);
  });

  it('keeps "Article III, Section 4 (2)" one provision: article III, part 4', () => {
    expect(laws('Article IV, Section 4 (2) of the Philippine Constitution guarantees the privacy of communication.', ctx('CCPR', 'PHL')))
      .toEqual(['PHL Constitution IV part 4']);
  });

  it('gives no treaty article: a UN treaty has no Roman article, another instrument\'s is no UN treaty\'s', () => {
    const context = ctx('CCPR', 'HUN');
    expect(articles('Under article IV, the State must act, and article VI of the Covenant is cited wrongly.', context)).toEqual([]);
    expect(laws('Under article IV, the State must act, and article VI of the Covenant is cited wrongly.', context)).toEqual([]);
    expect(articles('Articles II and III of the Convention on the Prevention and Punishment of the Crime of Genocide apply.', context)).toEqual([]);
    expect(articles('Article XVIII of the American Declaration of the Rights and Duties of Man applies.', context)).toEqual([]);
  });

  it('reads no Roman "I" alone, which may be a slip for 1', () => {
    expect(laws('Under article I of the Fundamental Law, the capital is Budapest.', ctx('CCPR', 'HUN'))).toEqual([]);
  });
});
