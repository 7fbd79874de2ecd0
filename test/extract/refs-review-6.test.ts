/**
 * Sixth review round: a bare treaty article in a treaty's frame after a domestic act the paragraph only names,
 * "that Convention" / "the latter Convention" after a convention other than the committee's, "Decree Law No. N" written
 * without a hyphen, and "Code of ... of the ..." titles cut short. The sentences are written for these tests, with other
 * names, numbers and States than the Views read.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, instruments, lawInstruments, laws } from './refs-helpers.js';

const views = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction, concludingObservations: false });

describe('a bare article in a treaty frame after a domestic act named without a provision', () => {
  it('"Under article N, States parties must / shall ..." is the committee\'s treaty\'s, not the act\'s', () => {
    const text = 'The author was excluded under the Electoral Rolls Act. Under article 29 (a), States parties shall guarantee '
      + 'political rights, and under article 4 (1), States parties undertake to ensure the full realization of all rights.';
    expect(articles(text, views('CRPD', 'NZL'))).toEqual(['CRPD 29(a)', 'CRPD 4(1)']);
    expect(laws(text, views('CRPD', 'NZL'))).toEqual([]);
    expect(lawInstruments(text, views('CRPD', 'NZL'))).toEqual(['NZL Electoral Rolls Act']);
  });

  it('the subject may be "the State party" with an obligation, or States parties "are required"', () => {
    const text = 'The Schools Act says nothing of sign language. Pursuant to article 24 (3), States parties are required to '
      + 'facilitate it; under article 2, the State party is under an obligation to provide an effective remedy.';
    expect(articles(text, views('CRPD', 'IRL'))).toEqual(['CRPD 24(3)', 'CRPD 2']);
  });

  it('"the obligation contained / set out in article N" is the treaty\'s', () => {
    const text = 'Section 7 of the Guardianship Act was applied, in disregard of the obligation set out in article 12 (4) to '
      + 'respect the rights and will of the person.';
    expect(articles(text, views('CRPD', 'CAN'))).toEqual(['CRPD 12(4)']);
    expect(laws(text, views('CRPD', 'CAN'))).toEqual(['CAN Guardianship Act 7']);
  });

  it('negatives: the act\'s own article stays its own', () => {
    const ctx = views('CRPD', 'NZL');
    // Written with its owner, whatever follows.
    expect(laws('Under section 11 of the Electoral Rolls Act, the State must keep a roll.', ctx)).toEqual(['NZL Electoral Rolls Act 11']);
    expect(laws('Article 8 of the Electoral Rolls Act obliges States parties to nothing.', ctx)).toEqual(['NZL Electoral Rolls Act 8']);
    // A bare article with no frame after the act.
    const plain = 'The author invoked the Electoral Rolls Act. Under article 8 (2), the registrar must strike out a name.';
    expect(laws(plain, ctx)).toEqual(['NZL Electoral Rolls Act 8 part 2']);
    expect(articles(plain, ctx)).toEqual([]);
    // "the State party submits": no obligation, no frame.
    const submits = 'The Electoral Rolls Act applies. Under article 8, the State party submits, the registrar decides.';
    expect(laws(submits, ctx)).toEqual(['NZL Electoral Rolls Act 8']);
    // An obligation written "under" a law's article that is named right after it stays that law's.
    expect(laws('the obligation contained in article 6 of the Electoral Rolls Act', ctx)).toEqual(['NZL Electoral Rolls Act 6']);
  });
});

describe('"that Convention", "the latter Convention" refer to the convention named last', () => {
  it('after the European Convention: no treaty article (REFS rule 18)', () => {
    const text = 'The State party relies on article 13 of the European Convention on Human Rights and argues that the conditions of '
      + 'article 35 (1) of that Convention, and article 35 (3) (b) of the latter Convention, are met.';
    expect(articles(text, views('CEDAW', 'NOR'))).toEqual([]);
    expect(articles(text, views('CRC', 'NOR'))).toEqual([]);
    expect(instruments(text, views('CRC', 'NOR'))).toContain('echr');
  });

  it('"the said Convention", "this Convention" after the Refugee Convention are it', () => {
    const text = 'Article 32 of the 1951 Convention relating to the Status of Refugees bars his expulsion; article 33 of the said '
      + 'Convention and article 31 of this Convention are invoked.';
    expect(articles(text, views('CAT', 'CAN'))).toEqual([]);
  });

  it('after a UN treaty named last, that treaty\'s article', () => {
    const cedaw = 'The author cites the Convention on the Rights of the Child. Article 3 (1) of that Convention requires the best interests of the child.';
    expect(articles(cedaw, views('CEDAW', 'ESP'))).toEqual(['CRC 3(1)']);
    const covenant = 'She also relies on the International Covenant on Economic, Social and Cultural Rights; article 11 of that Covenant protects housing.';
    expect(articles(covenant, views('CCPR', 'ESP'))).toEqual(['CESCR 11']);
  });

  it('"the Convention" of the committee named last is the committee\'s treaty, and so is "that Convention" after it', () => {
    const text = 'Article 34 of the European Convention on Human Rights differs. The Convention, however, protects children, and '
      + 'article 12 of that Convention gives them a voice.';
    expect(articles(text, views('CRC', 'BEL'))).toEqual(['CRC 12']);
  });

  it('with no convention named before, "that Convention" is still the committee\'s treaty (REFS rule 14)', () => {
    expect(articles('The author claims that article 16 of that Convention was breached.', views('CAT', 'MAR'))).toEqual(['CAT 16']);
  });

  it('"the Convention" after the European Convention stays the committee\'s treaty (REFS rule 14)', () => {
    const text = 'He invokes the European Convention on Human Rights. Article 22 of the Convention allows the complaint.';
    expect(articles(text, views('CAT', 'SWE'))).toEqual(['CAT 22']);
  });
});

describe('"Decree Law No. N" without a hyphen', () => {
  it('is named as written, as "Decree-Law No. N" is', () => {
    const ctx = views('CCPR', 'TUR');
    expect(laws('He was dismissed under article 2 (1) (b) of Decree Law No. 672.', ctx)).toEqual(['TUR Decree Law No. 672 2 part 1']);
    expect(laws('He was dismissed under article 4 of Decree-Law No. 701.', ctx)).toEqual(['TUR Decree-Law No. 701 4']);
    expect(lawInstruments('The measure was taken by Decree Law No. 670.', ctx)).toEqual(['TUR Decree Law No. 670']);
    expect(lawInstruments('the Emergency Decree Law No. 12', views('CCPR', 'PRT'))).toEqual(['PRT Emergency Decree Law No. 12']);
  });

  it('negatives: "Law No. N" alone, and a decree followed by another law, are unchanged', () => {
    const ctx = views('CCPR', 'TUR');
    expect(lawInstruments('under Law No. 7145', ctx)).toEqual(['TUR Law No. 7145']);
    expect(laws('article 6 of Decree No. 9 and article 3 of Law No. 7145', ctx)).toEqual(['TUR Decree No. 9 6', 'TUR Law No. 7145 3']);
  });
});

describe('"Code of ... of the ..." titles run on', () => {
  it('over "of the" and capitalized words', () => {
    const ctx = views('CCPR', 'URY');
    expect(laws('Article 212 of the Code of Organization of the Military Courts and article 9 of the Code of Procedure of the '
      + 'Administrative Tribunals were applied.', ctx))
      .toEqual(['URY Code of Organization of the Military Courts 212', 'URY Code of Procedure of the Administrative Tribunals 9']);
    // Bare articles after it still belong to it, under its full name.
    expect(laws('the Code of Organization of the Judiciary (COJ) ... as stated in article 44', ctx))
      .toEqual(['URY Code of Organization of the Judiciary 44']);
  });

  it('negatives: a State after "of the" is the jurisdiction, not the name', () => {
    const ctx = views('CCPR', 'URY');
    expect(laws('article 14 of the Code of Criminal Procedure of the Russian Federation', ctx)).toEqual(['RUS Code of Criminal Procedure 14']);
    expect(laws('article 3 of the Code of Civil Procedure of the Republic of Moldova', ctx)).toEqual(['MDA Code of Civil Procedure 3']);
    expect(laws('article 3 of the Code of Civil Procedure of the Kyrgyz Republic', ctx)).toEqual(['KGZ Code of Civil Procedure 3']);
    // A State's form that is not in the list of States stops the name too.
    expect(laws('article 8 of the Code of Criminal Procedure of the Russian Soviet Federative Socialist Republic', ctx))
      .toEqual(['URY Code of Criminal Procedure 8']);
    // Lower-case words after "of the" are no title.
    expect(laws('article 5 of the Code of Criminal Procedure of the time', ctx)).toEqual(['URY Code of Criminal Procedure 5']);
  });
});
