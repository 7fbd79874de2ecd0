/**
 * Seventh review round: a State's name before "Code of ...", a Roman article whose section is its part, and a bare
 * article already read as the committee's treaty's after a law only named. The sentences are written for these tests,
 * with other names, numbers and States than the Views read.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, laws } from './refs-helpers.js';

const views = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction, concludingObservations: false });

describe('a State\'s name before "Code of ..." is the jurisdiction, not part of the name', () => {
  it('"the Armenia Code of Administrative Offences", "the Tajikistan Code of Criminal Procedure"', () => {
    const text = 'She was fined under article 182 of the Armenia Code of Administrative Offences and later charged under '
      + 'article 47 of the Tajikistan Code of Criminal Procedure.';
    expect(laws(text, views('CCPR', 'ARM'))).toEqual(['ARM Code of Administrative Offences 182', 'TJK Code of Criminal Procedure 47']);
  });

  it('negatives: a code named without a State, or a State after the title, is as before', () => {
    const ctx = views('CCPR', 'GEO');
    expect(laws('under article 9 of the Code of Criminal Procedure', ctx)).toEqual(['GEO Code of Criminal Procedure 9']);
    expect(laws('under article 9 of the Code of Criminal Procedure of Armenia', ctx)).toEqual(['ARM Code of Criminal Procedure 9']);
    expect(laws('under article 9 of the Military Code of Criminal Procedure', ctx)).toEqual(['GEO Military Code of Criminal Procedure 9']);
  });
});

describe('a Roman article with a section below it', () => {
  it('"Article II, Section 14 (2) of the Constitution" is article II, part 14', () => {
    const text = 'The police acted without the warrant that Article II, Section 14 (2) of the Philippine Constitution requires.';
    expect(laws(text, views('CCPR', 'PHL'))).toEqual(['PHL Constitution II part 14']);
  });

  it('negatives: a section alone, an Arabic article with its section, a Roman article with no instrument', () => {
    const ctx = views('CCPR', 'PHL');
    expect(laws('Section 14 (2) of the Constitution requires a warrant.', ctx)).toEqual(['PHL Constitution 14 part 2']);
    expect(laws('article 20, section C, of the Political Constitution', ctx)).toEqual(['PHL Constitution 20 part C']);
    expect(laws('Article II, Section 14 requires a warrant.', ctx)).toEqual([]);
    expect(articles('Article II, Section 14 requires a warrant.', ctx)).toEqual([]);
  });
});

describe('a bare article read before as the committee\'s treaty\'s, after a law only named', () => {
  it('"article 24 of the Covenant ... the Family Code ... the scope of article 24" is the Covenant\'s', () => {
    const text = 'The author invokes article 24 of the Covenant. Since the Family Code, unlike the Civil Code, provides no '
      + 'appeal, the Committee considers that the scope of article 24 cannot be extended to the situation.';
    expect(articles(text, views('CCPR', 'MAR'))).toEqual(['CCPR 24', 'CCPR 24']);
    expect(laws(text, views('CCPR', 'MAR'))).toEqual([]);
  });

  it('a bare article given to the treaty by its frame counts too', () => {
    const text = 'She claims a violation of articles 3 and 9. Under Decree No. 512, she argues, article 9 does not allow '
      + 'the State to reintroduce the measure.';
    expect(articles(text, views('CCPR', 'PER'))).toEqual(['CCPR 3', 'CCPR 9', 'CCPR 9']);
    expect(laws(text, views('CCPR', 'PER'))).toEqual([]);
  });

  it('negatives: another number, or a law cited with its provision, keeps the law\'s article', () => {
    const ctx = views('CCPR', 'MAR');
    const other = 'The author invokes article 24 of the Covenant. The Family Code was applied, and article 31 sets the age.';
    expect(laws(other, ctx)).toEqual(['MAR Family Code 31']);
    const cited = 'The author invokes article 24 of the Covenant. Article 12 of the Family Code was applied, and article 24 sets the age.';
    expect(laws(cited, ctx)).toEqual(['MAR Family Code 12', 'MAR Family Code 24']);
    // A law named after the article in its sentence (REFS rule 20) is not passed over.
    const later = 'The author invokes article 24 of the Covenant. The Family Code applies; article 24 and the Penal Code differ.';
    expect(articles(later, ctx)).toEqual(['CCPR 24']);
    // No treaty article before: the law named last owns the bare article (REFS rule 20).
    expect(laws('The Family Code was applied, and article 24 sets the age.', ctx)).toEqual(['MAR Family Code 24']);
  });
});
