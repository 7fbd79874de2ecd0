/**
 * Eighth review round: a capital Roman numeral below a bare article is a law's subdivision, never a UN treaty's paragraph;
 * "with regard to" after an allegation or claim is a violation frame after the communications protocol. The sentences
 * are written for these tests, with other names, numbers and States than the Views read.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, laws } from './refs-helpers.js';

const views = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction, concludingObservations: false });

describe('a capital Roman numeral below a bare article', () => {
  it('with no law named, "article 4 (III)" is no treaty article', () => {
    const ctx = views('CCPR', 'BRA');
    const text = 'The statute entered into force in 2012; the exemptions listed in article 4 (III) do not cover the applicant.';
    expect(articles(text, ctx)).toEqual([]);
    expect(laws(text, ctx)).toEqual([]);
    expect(articles('Article 6 (IV) provides that the measure is temporary.', ctx)).toEqual([]);
  });

  it('after a named law, it is that law\'s article, as before', () => {
    const text = 'Under the Tax Code, the exemptions listed in article 4 (III) do not cover the applicant.';
    expect(laws(text, views('CESCR', 'BRA'))).toEqual(['BRA Tax Code 4 part III']);
    expect(articles(text, views('CESCR', 'BRA'))).toEqual([]);
  });

  it('negatives: Arabic paragraphs, small letters and "(I)" stay the treaty\'s; an instrument written after wins', () => {
    const ctx = views('CCPR', 'BRA');
    expect(articles('The exemptions do not satisfy article 19 (3).', ctx)).toEqual(['CCPR 19(3)']);
    expect(articles('a violation of article 25 (b) and (c)', ctx)).toEqual(['CCPR 25(b)', 'CCPR 25(c)']);
    expect(articles('a violation of article 9 (I)', ctx)).toEqual(['CCPR 9(I)']);
    expect(laws('article 21 (II) of the Code of Civil Procedure', ctx)).toEqual(['BRA Code of Civil Procedure 21 part II']);
  });
});

describe('"with regard to" after an allegation, once the communications protocol is named', () => {
  it('"the allegations made with regard to articles 4, 13 (2) and 16" are the Convention\'s', () => {
    const text = 'Article 7 of the Convention cannot be invoked on its own in a communication under the Optional Protocol. '
      + 'The Committee will examine it with the allegations made with regard to articles 4, 13 (2) and 16.';
    expect(articles(text, views('CRPD', 'KEN'))).toEqual(['CRPD 7', 'CRPD 4', 'CRPD 13(2)', 'CRPD 16']);
    const claims = 'The communication is admissible under article 2 of the Optional Protocol as to the claims in relation to article 11.';
    expect(articles(claims, views('CESCR', 'ECU'))).toEqual(['OP-ICESCR 2', 'CESCR 11']);
  });

  it('negatives: obligations, and no claim or allegation before, keep the protocol', () => {
    const ctx = views('CRPD', 'KEN');
    expect(articles('Under the Optional Protocol, its obligations with regard to article 4 include interim measures.', ctx))
      .toEqual(['OP-CRPD 4']);
    expect(articles('Under the Optional Protocol, with regard to article 4, the State party replied.', ctx)).toEqual(['OP-CRPD 4']);
  });
});
