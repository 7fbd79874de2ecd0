/**
 * Eleventh review round: an abbreviation defined in a parenthesis right after a law's name ("the Prevention of
 * Terrorism Act No. 48 of 1979 (hereinafter "the PTA")") names that law where the same paragraph or footnote uses it
 * ("section 15 (2) of the PTA"). The sentences are written for these tests, with other names, numbers and States than
 * the Views read.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, laws } from './refs-helpers.js';

const views = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction, concludingObservations: false });

describe('an abbreviation defined after a law\'s name', () => {
  const ctx = views('CCPR', 'LKA');

  it('"(hereinafter “the SOA”)" after a numbered act: its sections, listed or after the name, are the act\'s', () => {
    const text = 'He was held under the Security Operations Act No. 12 of 1985 (as amended by Act No. 3 of 1990) '
      + '(hereinafter “the SOA”). Section 14 (3) of the SOA and sections 6 and 8 of the SOA bar bail; the SOA, '
      + 'section 21 (1), admits confessions.';
    expect(laws(text, ctx)).toEqual([
      'LKA Security Operations Act 14 part 3', 'LKA Security Operations Act 6', 'LKA Security Operations Act 8',
      'LKA Security Operations Act 21 part 1',
    ]);
  });

  it('"(hereinafter referred to as "the PSA")", "(MRA)" and "(the "HA")" define the abbreviation too', () => {
    expect(laws('The Public Safety Act 2004 (hereinafter referred to as "the PSA") applies; see section 5 of the PSA and section 7 (1) of the PSA.', views('CCPR', 'KEN')))
      .toEqual(['KEN Public Safety Act 5', 'KEN Public Safety Act 7 part 1']);
    expect(laws('The Media Regulation Act (MRA) was applied under section 12 of the MRA.', views('CCPR', 'ZMB')))
      .toEqual(['ZMB Media Regulation Act 12']);
    expect(laws('The Housing Act (the "HA") and section 3 of the HA.', views('CESCR', 'ESP')))
      .toEqual(['ESP Housing Act 3']);
  });

  it('negative: without the definition in the same text, the abbreviation names nothing (REFS rule 4)', () => {
    expect(laws('Section 9 (1) of the SOA provides as follows.', ctx)).toEqual([]);
    expect(laws('The court relied on section 4 of the SOA. The Security Operations Act (SOA) was repealed.', ctx)).toEqual([]);
  });

  it('negative: a treaty\'s or an organization\'s acronym is never a law\'s', () => {
    expect(articles('The International Covenant on Civil and Political Rights (ICCPR) binds it; see article 9 of the ICCPR.', ctx))
      .toEqual(['CCPR 9']);
    expect(laws('The International Covenant on Civil and Political Rights (ICCPR) binds it; see article 9 of the ICCPR.', ctx)).toEqual([]);
    expect(laws('The Refugee Act (UNHCR) and section 2 of the UNHCR.', ctx)).toEqual([]);
    expect(laws('The Convention against Torture (hereinafter "the CAT") and article 3 of the CAT.', views('CAT', 'LKA'))).toEqual([]);
  });

  it('negative: a parenthesis that does not follow the law\'s name defines nothing', () => {
    expect(laws('Under the Criminal Code, which the Ministry of Justice (MOJ) applies, and section 3 of the MOJ.', ctx)).toEqual([]);
  });
});

describe('an act of the European Union named by its number', () => {
  it('a bare "art. 5 (2)" after "Council Directive 2011/95/EU" is the directive\'s, not the committee\'s treaty\'s', () => {
    expect(articles('See also Council Directive 2011/95/EU on standards for the qualification of refugees, art. 5 (2).', views('CAT', 'NLD'))).toEqual([]);
    expect(articles('See Regulation (EU) No 603/2013, art. 9.', views('CAT', 'NLD'))).toEqual([]);
  });

  it('negatives: the treaty named after it, and a law\'s section, are read as before', () => {
    expect(articles('See Directive 2011/95/EU, art. 5 (2). The State party relies on article 3 of the Convention.', views('CAT', 'NLD')))
      .toEqual(['CAT 3']);
    expect(laws('The Aliens Act implements Directive 2008/115/EC; see section 12 of the Aliens Act.', views('CAT', 'NLD')))
      .toEqual(['NLD Aliens Act 12']);
  });
});
