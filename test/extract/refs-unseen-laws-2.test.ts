/**
 * Domestic-law provisions, third review round: gaps seen in Views and decisions
 * the project had not read (Swedish Aliens Act chapters, Canadian and New Zealand
 * acts named with their State, codes called "former", laws of the former Soviet
 * Union with their titles in quotation marks). The sentences are written for
 * these tests, with other names, numbers and States than the texts read; the
 * expected objects are what REFS.md has a careful lawyer mark.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, lawInstruments, laws, spans } from './refs-helpers.js';

const ctx = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction });

describe('a chapter written before a list of sections', () => {
  it('is the chapter of every section of the list, not only of the first (REFS rule 22)', () => {
    expect(laws('She could apply for a fresh examination under chapter 9, sections 4 and 7, of the Aliens Act.', ctx('CAT', 'SWE')))
      .toEqual(['SWE Aliens Act ch. 9 4', 'SWE Aliens Act ch. 9 7']);
    expect(laws('The Board found no grounds for protection under Chapter 3, Sections 2, 5 and 6 of the Aliens Act.', ctx('CCPR', 'SWE')))
      .toEqual(['SWE Aliens Act ch. 3 2', 'SWE Aliens Act ch. 3 5', 'SWE Aliens Act ch. 3 6']);
  });

  it('a single section keeps its chapter, as before', () => {
    expect(laws('A permit may be granted under Chapter 7, Section 3 of the Aliens Act.', ctx('CCPR', 'SWE')))
      .toEqual(['SWE Aliens Act ch. 7 3']);
  });
});

describe('a hyphen between two numbers after a plural keyword', () => {
  it('is a range of sections or articles, written out (README: law ranges)', () => {
    expect(laws('The applicants did not qualify as refugees under Chapter 6, Sections 3-4 of the Aliens Act.', ctx('CAT', 'SWE')))
      .toEqual(['SWE Aliens Act ch. 6 3', 'SWE Aliens Act ch. 6 4']);
    expect(laws('He was charged under articles 210-212 of the Criminal Code.', ctx('CCPR', 'BLR')))
      .toEqual(['BLR Criminal Code 210', 'BLR Criminal Code 211', 'BLR Criminal Code 212']);
  });

  it('is still a law\'s own numbering after a singular keyword, or when the second number is the smaller', () => {
    expect(laws('He was convicted under article 118-2 of the Criminal Code.', ctx('CCPR', 'KAZ'))).toEqual(['KAZ Criminal Code 118-2']);
    expect(laws('He was convicted under articles 212-1 of the Criminal Code.', ctx('CCPR', 'UZB'))).toEqual(['UZB Criminal Code 212-1']);
    expect(laws('Sections 4-2 and 4-5 of the Immigration Act were applied.', ctx('CCPR', 'NOR')))
      .toEqual(['NOR Immigration Act 4-2', 'NOR Immigration Act 4-5']);
  });

  it('gives a treaty\'s range the same object as before', () => {
    expect(articles('The author invokes articles 9-11 of the Covenant.', ctx('CCPR', 'SWE'))).toEqual(['CCPR 9-11 range']);
  });
});

describe('a State\'s name opening the name of an act', () => {
  it('is its jurisdiction, not part of the name: "Canada Immigration Act", "New Zealand Bill of Rights Act"', () => {
    expect(laws('The tribunal relied on section 19 (1) of the Canada Immigration Act.', ctx('CCPR', 'CAN')))
      .toEqual(['CAN Immigration Act 19 part 1']);
    // "New" is no leading word of a sentence here: the whole State's name goes, not its first word.
    expect(laws('He relied on section 24 of the New Zealand Bill of Rights Act 1990.', ctx('CCPR', 'NZL')))
      .toEqual(['NZL Bill of Rights Act 24']);
    expect(lawInstruments('The extradition was decided under the United Kingdom Extradition Act.', ctx('CAT', 'SWE')))
      .toEqual(['GBR Extradition Act']);
  });

  it('another State\'s act is that State\'s, whatever the State party', () => {
    expect(laws('Under section 6 of the Kenya Penal Code Act, the offence carries a prison term.', ctx('CAT', 'SWE')))
      .toEqual(['KEN Penal Code Act 6']);
  });

  it('a name that is only the State and its head stays whole', () => {
    expect(lawInstruments('The Canada Act was passed in 1982.', ctx('CCPR', 'CAN'))).toEqual(['CAN Canada Act']);
  });
});

describe('"the former Code"', () => {
  it('a provision "of the former Criminal Code" belongs to that code', () => {
    const text = 'The summons referred to article 205 of the former Criminal Code of Armenia, which was repealed in 2003.';
    expect(laws(text, ctx('CAT', 'SWE'))).toEqual(['ARM Criminal Code 205']);
    expect(spans(text, ctx('CAT', 'SWE'))).toEqual(['article 205 of the former Criminal Code of Armenia']);
    expect(laws('He was tried under section 12 of the old Aliens Act and sentenced.', ctx('CAT', 'DNK'))).toEqual(['DNK Aliens Act 12']);
  });

  it('is no article of the committee\'s treaty', () => {
    expect(articles('The charge fell under article 14 of the former Penal Code.', ctx('CAT', 'TUN'))).toEqual([]);
    expect(laws('The charge fell under article 14 of the former Penal Code.', ctx('CAT', 'TUN'))).toEqual(['TUN Penal Code 14']);
  });
});

describe('a law\'s title in quotation marks: the Law "On Mass Events"', () => {
  it('names the law, as "the Law on ..." does', () => {
    expect(laws('The author was fined for breaching article 8 of the Law "On Public Gatherings".', ctx('CCPR', 'BLR')))
      .toEqual(['BLR Law on Public Gatherings 8']);
    expect(laws('Under article 3, part 2, of the Law “On Freedom of Worship and Religious Associations”, registration is required.', ctx('CCPR', 'TKM')))
      .toEqual(['TKM Law on Freedom of Worship and Religious Associations 3 part 2']);
    // The same law, quoted or not, is one instrument.
    expect(laws('Article 8 of the Law on Public Gatherings and article 10 of the Law "On Public Gatherings" were cited.', ctx('CCPR', 'BLR')))
      .toEqual(['BLR Law on Public Gatherings 8', 'BLR Law on Public Gatherings 10']);
  });

  it('with its State and its issuer', () => {
    expect(laws('He relied on article 6 of the Law of the Republic of Kazakhstan "On National Security".', ctx('CCPR', 'RUS')))
      .toEqual(['KAZ Law on National Security 6']);
    expect(laws('Article 13 of the Federal Law "On Countering Extremist Activity" was applied.', ctx('CCPR', 'RUS')))
      .toEqual(['RUS Federal Law on Countering Extremist Activity 13']);
  });

  it('"the Law" after it is that law', () => {
    expect(laws('The Law "On Public Gatherings" was amended in 2011; under article 5 of the Law, notice is required.', ctx('CCPR', 'BLR')))
      .toEqual(['BLR Law on Public Gatherings 5']);
  });

  it('a quotation that is no title is not a law', () => {
    expect(lawInstruments('The court said that the Act "only applies to citizens" and dismissed the claim.', ctx('CCPR', 'AUS'))).toEqual([]);
    expect(lawInstruments('He was told that the Code "on paper" protected him.', ctx('CCPR', 'AUS'))).toEqual([]);
  });
});

describe('the Canadian Charter of Rights and Freedoms', () => {
  it('is a constitutional charter (REFS rule 19): its sections are provisions', () => {
    expect(laws('The author claimed that his detention breached section 9 of the Canadian Charter of Rights and Freedoms.', ctx('CCPR', 'CAN')))
      .toEqual(['CAN Charter of Rights and Freedoms 9']);
    expect(laws('Sections 2 and 8 of the Charter of Rights and Freedoms were invoked; section 24 (1) of the Charter gives a remedy.', ctx('CAT', 'CAN')))
      .toEqual(['CAN Charter of Rights and Freedoms 2', 'CAN Charter of Rights and Freedoms 8', 'CAN Charter of Rights and Freedoms 24 part 1']);
  });

  it('"the Charter" with no charter named in the paragraph is none (REFS rule 4)', () => {
    expect(laws('Sections 2 and 8 of the Charter were invoked before the Federal Court.', ctx('CAT', 'CAN'))).toEqual([]);
  });
});
