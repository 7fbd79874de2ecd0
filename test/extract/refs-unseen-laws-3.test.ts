/**
 * Domestic-law provisions, fourth review round: gaps seen in older Views and decisions of the Human Rights Committee
 * and the Committee against Torture the project had not read (ordinal parts of Russian-style codes, a French code's
 * range of an article's paragraphs, Philippine acts numbered without "No.", a State's adjective and a year before an
 * act, a code set apart by a lower-case word). The sentences are written for these tests, with other names, numbers
 * and States than the texts read; the expected objects are what REFS.md has a careful lawyer mark.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, lawInstruments, laws, spans } from './refs-helpers.js';

const ctx = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction });

describe('an ordinal part or paragraph written before the article', () => {
  it('is the part of the article (REFS rule 23): "the 3rd part of", "the second part of", "part three of"', () => {
    expect(laws('He was convicted under the 3rd part of Article 211 of the Criminal Code.', ctx('CCPR', 'BLR')))
      .toEqual(['BLR Criminal Code 211 part 3']);
    expect(laws('The court applied the second part of article 342 of the Criminal Code.', ctx('CCPR', 'UZB')))
      .toEqual(['UZB Criminal Code 342 part 2']);
    expect(laws('The rally was banned under part three of article 9 of the Law on Mass Events.', ctx('CCPR', 'BLR')))
      .toEqual(['BLR Law on Mass Events 9 part 3']);
  });

  it('covers the ordinal in the span, not the article before it', () => {
    expect(spans('He was convicted under the 3rd part of Article 211 of the Criminal Code.', ctx('CCPR', 'BLR')))
      .toEqual(['3rd part of Article 211 of the Criminal Code']);
  });

  it('is a treaty article\'s paragraph as well (REFS rule 16)', () => {
    expect(articles('The author relies on the first paragraph of article 9 of the Covenant.', ctx('CCPR', 'BLR')))
      .toEqual(['CCPR 9(1)']);
  });
});

describe('an ordinal part or paragraph written after the article', () => {
  it('is its part, and the instrument after it still owns the article: "article 8, second paragraph, of the Law"', () => {
    expect(laws('Article 61 of the Constitution and article 8, second paragraph, of the Amparo Law were invoked.', ctx('CCPR', 'MEX')))
      .toEqual(['MEX Constitution 61', 'MEX Amparo Law 8 part 2']);
    expect(laws('He was charged under article 179, part four, of the Criminal Code.', ctx('CAT', 'KAZ')))
      .toEqual(['KAZ Criminal Code 179 part 4']);
  });

  it('reads "article 6, first paragraph, of the Covenant" as paragraph 1 too', () => {
    expect(articles('She invokes article 6, first paragraph, of the Covenant.', ctx('CCPR', 'MEX'))).toEqual(['CCPR 6(1)']);
  });

  it('leaves other ordinal words alone: "article 5, first sentence" has no part', () => {
    expect(laws('Under the Criminal Code, article 5, first sentence, applies.', ctx('CCPR', 'KAZ'))).toEqual(['KAZ Criminal Code 5']);
  });
});

describe('a range of one article\'s paragraphs with the article written again', () => {
  it('is one object per paragraph of that article: "articles L.214 (1) to L.214 (3)", "articles 27 (2) to 27 (4)"', () => {
    expect(laws('Under articles L.214 (1) to L.214 (3) of the Education Code, each request goes to the prefect.', ctx('CCPR', 'FRA')))
      .toEqual(['FRA Education Code L.214 part 1', 'FRA Education Code L.214 part 2', 'FRA Education Code L.214 part 3']);
    expect(laws('He was charged under articles 27 (2) to 27 (4) of the Penal Code.', ctx('CCPR', 'ESP')))
      .toEqual(['ESP Penal Code 27 part 2', 'ESP Penal Code 27 part 3', 'ESP Penal Code 27 part 4']);
  });

  it('no longer leaves the first paragraph to the committee\'s treaty', () => {
    expect(articles('He was charged under articles 27 (2) to 27 (4) of the Penal Code.', ctx('CCPR', 'ESP'))).toEqual([]);
  });

  it('is not read when the article at the end differs or the range runs backwards', () => {
    expect(laws('He was charged under articles 27 (4) to 27 (2) of the Penal Code.', ctx('CCPR', 'ESP'))).not.toContain('ESP Penal Code 27 part 3');
    expect(laws('He was charged under articles 27 (2) to 29 (1) of the Penal Code.', ctx('CCPR', 'ESP'))).not.toContain('ESP Penal Code 27 part 3');
  });
});

describe('Philippine acts and decrees numbered without "No."', () => {
  it('are named with their number: "Republic Act 9262", "Presidential Decree 1866"', () => {
    expect(lawInstruments('She sought protection under Republic Act 9262.', ctx('CCPR', 'PHL'))).toEqual(['PHL Republic Act 9262']);
    expect(laws('He was charged under section 1 of Presidential Decree 1866.', ctx('CCPR', 'PHL')))
      .toEqual(['PHL Presidential Decree 1866 1']);
  });

  it('keep "No." when it is written, and take no year for a number', () => {
    expect(lawInstruments('The death penalty was restored by Republic Act No. 7659.', ctx('CCPR', 'PHL'))).toEqual(['PHL Republic Act No. 7659']);
    expect(lawInstruments('The Republic Act 2004 reform was debated.', ctx('CCPR', 'PHL'))).toEqual(['PHL Republic Act']);
  });
});

describe('a State\'s adjective and a year before an act', () => {
  it('gives the act its State (REFS rule 21): "the Danish 1983 Aliens Act"', () => {
    expect(lawInstruments('Under the Danish 1983 Aliens Act, expulsion was barred.', ctx('CAT', 'SWE'))).toEqual(['DNK Aliens Act']);
    expect(laws('The Norwegian 2008 Immigration Act, section 73, applies.', ctx('CAT', 'SWE'))).toEqual(['NOR Immigration Act 73']);
  });
});

describe('a lower-case word that sets a code apart from another of its kind', () => {
  it('does not part the article from its code: "article 15 of the civilian Code of Criminal Procedure"', () => {
    expect(laws('No rule like article 15 of the civilian Code of Criminal Procedure applies to soldiers.', ctx('CCPR', 'NLD')))
      .toEqual(['NLD Code of Criminal Procedure 15']);
    expect(articles('No rule like article 15 of the civilian Code of Criminal Procedure applies to soldiers.', ctx('CCPR', 'NLD')))
      .toEqual([]);
    expect(laws('He was tried under article 302 of the ordinary Penal Code.', ctx('CCPR', 'ESP'))).toEqual(['ESP Penal Code 302']);
  });
});
