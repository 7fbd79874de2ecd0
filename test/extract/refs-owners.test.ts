/**
 * Whose provisions a list names, and domestic names, fifth review round: gaps seen in Views of the Human Rights
 * Committee and of the Committee on the Rights of Persons with Disabilities (the concluding-observations tag read in a
 * decision, a bare article after an act cited by sections, "juncto", an article and a code's name in one parenthesis,
 * an article of a judgment or a contract, "the State party's Criminal Code", and names the recognizers cut short). The
 * sentences are written for these tests, with other names, numbers and States than the texts read.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, lawInstruments, laws, spans } from './refs-helpers.js';

const ctx = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction });
const views = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction, concludingObservations: false });

describe('the article tag of concluding observations depends on the genre', () => {
  const decree = 'Under Decree No. 411 powers of arrest are also given to district governors (art. 4) and to mayors (art. 9).';

  it('in a decision, a closing "(art. 9)." after a named decree is the decree\'s article (REFS rule 20)', () => {
    expect(laws(decree, views('CCPR', 'PER'))).toEqual(['PER Decree No. 411 4', 'PER Decree No. 411 9']);
    expect(articles(decree, views('CCPR', 'PER'))).toEqual([]);
  });

  it('in concluding observations (the default, and when said) it stays the committee\'s tag', () => {
    for (const context of [ctx('CCPR', 'PER'), { ...ctx('CCPR', 'PER'), concludingObservations: true }]) {
      expect(laws(decree, context)).toEqual(['PER Decree No. 411 4']);
      expect(articles(decree, context)).toEqual(['CCPR 9']);
    }
    const co = 'The Committee is concerned that article 118-2 of the Penal Code still allows corporal punishment (arts. 2 and 16).';
    expect(articles(co, ctx('CAT', 'TJK'))).toEqual(['CAT 2', 'CAT 16']);
    expect(laws(co, ctx('CAT', 'TJK'))).toEqual(['TJK Penal Code 118-2']);
  });

  it('in a decision, a tag that closes quoted concluding observations is still the committee\'s', () => {
    const quoted = 'The petitioner cites the Committee: “The Committee notes the few prosecutions under section 140 of the Penal Code (arts. 2 and 5)”.';
    expect(articles(quoted, views('CERD', 'NOR'))).toEqual(['CERD 2', 'CERD 5']);
  });

  it('in a decision, a "(art. 9)." ending a line inside the paragraph is no tag either', () => {
    const lines = 'Under Decree No. 411 powers of arrest are given to mayors (art. 9).\nThe author was arrested by a mayor.';
    expect(laws(lines, views('CCPR', 'PER'))).toEqual(['PER Decree No. 411 9']);
    expect(laws(lines, ctx('CCPR', 'PER'))).toEqual([]);
  });

  it('in a decision, a closing "(art. 6)." with no instrument named before is the committee\'s treaty (REFS rule 15)', () => {
    expect(articles('The author was held incommunicado for two years (art. 6).', views('CCPR', 'LBY'))).toEqual(['CCPR 6']);
  });
});

describe('a bare article after an act the paragraph cites only by sections', () => {
  it('is not the act\'s: the admissibility rule 5 (2) (a) or (b) of a Human Rights Committee text is the Optional Protocol\'s', () => {
    const text = 'Although section 12 of the Legal Aid Act provides counsel on appeal, the Committee concludes that the requirements of article 5, paragraph 2 (b), have been met.';
    expect(laws(text, ctx('CCPR', 'TTO'))).toEqual(['TTO Legal Aid Act 12']);
    expect(articles(text, ctx('CCPR', 'TTO'))).toEqual(['OP-ICCPR 5(2)[b]']);
    const constitution = 'A motion under section 20 of the Constitution is not a remedy available within the meaning of article 5, paragraph 2 (a).';
    expect(laws(constitution, ctx('CCPR', 'BHS'))).toEqual(['BHS Constitution 20']);
    expect(articles(constitution, ctx('CCPR', 'BHS'))).toEqual(['OP-ICCPR 5(2)[a]']);
  });

  it('otherwise falls to the instrument named before that numbers articles, else to the committee\'s treaty', () => {
    const text = 'Section 4 of the Prisons Act allows solitary confinement for months; article 10 requires humane treatment.';
    expect(laws(text, ctx('CCPR', 'GUY'))).toEqual(['GUY Prisons Act 4']);
    expect(articles(text, ctx('CCPR', 'GUY'))).toEqual(['CCPR 10']);
    const named = 'Under the European Convention on Human Rights and section 7 of the Asylum Act, his removal is barred by article 3.';
    expect(laws(named, ctx('CAT', 'GBR'))).toEqual(['GBR Asylum Act 7']);
    expect(articles(named, ctx('CAT', 'GBR'))).toEqual([]);
  });

  it('is still the act\'s when the paragraph cites its articles too, or when no section of it is cited', () => {
    expect(laws('Article 12 of the Penal Code punishes theft; article 13 extends it to fraud.', ctx('CCPR', 'ARM')))
      .toEqual(['ARM Penal Code 12', 'ARM Penal Code 13']);
    expect(laws('Section 3 of the Media Act applies, as does article 8 of the Act; article 9 sets the fine.', ctx('CCPR', 'KEN')))
      .toEqual(['KEN Media Act 3', 'KEN Media Act 8', 'KEN Media Act 9']);
  });

  it('"article 5 (2)" with no item, and another committee\'s article 22 (5) (b), keep their treaty', () => {
    expect(articles('No restriction may be justified under article 5, paragraph 2.', ctx('CCPR', 'UZB'))).toEqual(['CCPR 5(2)']);
    expect(articles('Domestic remedies were exhausted (article 22, paragraph 5 (b)).', ctx('CAT', 'UZB'))).toEqual(['CAT 22(5)[b]']);
  });
});

describe('"juncto" chains articles like "in conjunction with"', () => {
  it('gives the whole chain the instrument named at its end (REFS rule 15)', () => {
    const text = 'The author claims that Law No. 45/1999 violates articles 9, 14 and 17, juncto article 2 of the Covenant.';
    expect(articles(text, ctx('CCPR', 'BEL'))).toEqual(['CCPR 9', 'CCPR 14', 'CCPR 17', 'CCPR 2']);
    expect(laws(text, ctx('CCPR', 'BEL'))).toEqual([]);
  });
});

describe('an article and a law\'s name after a comma in one parenthesis', () => {
  it('is that law\'s article, its State from the adjective: "(article 12, Bolivian Code of Criminal Procedure)"', () => {
    const text = 'The prosecutor may act ex officio (article 12, Bolivian Code of Criminal Procedure) before any complaint is filed.';
    expect(laws(text, ctx('CCPR', 'PER'))).toEqual(['BOL Code of Criminal Procedure 12']);
    expect(articles(text, ctx('CCPR', 'PER'))).toEqual([]);
    expect(spans(text, ctx('CCPR', 'PER'))).toEqual(['article 12, Bolivian Code of Criminal Procedure']);
    expect(laws('He was fined (art. 8, Code of Administrative Offences).', ctx('CCPR', 'BLR'))).toEqual(['BLR Code of Administrative Offences 8']);
  });

  it('not when the name does not close the parenthesis or is no law', () => {
    expect(articles('The author invokes (article 9, and later article 14 of the Covenant) his rights.', ctx('CCPR', 'PER')))
      .toEqual(['CCPR 9', 'CCPR 14']);
    expect(articles('(article 7, Convention against Torture)', ctx('CCPR', 'PER'))).toEqual(['CCPR 7']);
  });
});

describe('an article of a judgment, a decision, a contract', () => {
  it('is no treaty article', () => {
    for (const text of [
      'The court found him guilty of sedition (art. 4 of the judgment) and sentenced him to ten years.',
      'The court found him guilty of sedition (art. 4 of the judgement).',
      'Under article 2 of the employment contract, the author could be transferred.',
      'The lease was terminated under article 9 of the agreement between the parties.',
      'Article 3 of the first-instance decision orders his release.',
      'Article 6 of the statute of the company bars foreign members.',
    ]) {
      expect(articles(text, ctx('CCPR', 'ECU')), text).toEqual([]);
      expect(laws(text, ctx('CCPR', 'ECU')), text).toEqual([]);
    }
  });

  it('leaves instruments, anaphora and treaties after "of" as they were', () => {
    expect(articles('The decision violated article 14 of the Covenant.', ctx('CCPR', 'ECU'))).toEqual(['CCPR 14']);
    expect(laws('The Penal Code was applied; article 14 of the Code allows it and the judgment cites article 15 of the Code.', ctx('CCPR', 'ECU')))
      .toEqual(['ECU Penal Code 14', 'ECU Penal Code 15']);
    expect(articles('In its decision, the court relied on article 7.', ctx('CCPR', 'ECU'))).toEqual(['CCPR 7']);
  });
});

describe('"the State party\'s Criminal Code"', () => {
  it('is the State party\'s code (its jurisdiction)', () => {
    const text = 'The penalties under articles 211 and 302 of the State party\'s Criminal Code exclude it, as does article 7 of the State party’s Criminal Code.';
    expect(laws(text, ctx('CCPR', 'AZE'))).toEqual(['AZE Criminal Code 211', 'AZE Criminal Code 302', 'AZE Criminal Code 7']);
    expect(articles(text, ctx('CCPR', 'AZE'))).toEqual([]);
  });
});

describe('domestic names the recognizers cut short or mistook', () => {
  it('"and its" inside a name, not after an instrument\'s head', () => {
    expect(laws('He was held under article 11 of the Prevention of Money Laundering and its Proceeds Act.', ctx('CAT', 'BHR')))
      .toEqual(['BHR Prevention of Money Laundering and its Proceeds Act 11']);
    expect(lawInstruments('The State party amended the Constitution and its Penal Code in 2015.', ctx('CAT', 'BHR')))
      .toEqual(['BHR Constitution', 'BHR Penal Code']);
  });

  it('"Act III of the 1952 Code of Civil Procedure (the Code of Civil Procedure)" is the short name\'s', () => {
    expect(laws('The claim was brought under articles 12 and 15 of Act III of the 1952 Code of Civil Procedure (the Code of Civil Procedure).', ctx('CRPD', 'HUN')))
      .toEqual(['HUN Code of Civil Procedure 12', 'HUN Code of Civil Procedure 15']);
    expect(laws('Benefits are due under article 5 of Act XX of 1996 on Social Benefits (the Benefits Act).', ctx('CRPD', 'HUN')))
      .toEqual(['HUN Benefits Act 5']);
  });

  it('the name written right after "of" keeps its name when the short name is of a later law', () => {
    const text = 'The authors invoked articles 4 and 11 (2) of the Data Protection Act, and Act LXIII of 2001 on Labour Relations (the Labour Act).';
    expect(laws(text, ctx('CRPD', 'HUN'))).toEqual(['HUN Data Protection Act 4', 'HUN Data Protection Act 11 part 2']);
    expect(lawInstruments(text, ctx('CRPD', 'HUN'))).toEqual(['HUN Labour Act']);
  });

  it('a numbered law in the parenthesis after a named act is its number, and "the Act" is that act', () => {
    const text = 'He may apply under the Pardon Act (Law No. 7/2015) after one third of his term, under section 9 of the Act; section 30 (b) of the Pardon Act gives the President the power.';
    expect(laws(text, ctx('CCPR', 'SYC'))).toEqual(['SYC Pardon Act 9', 'SYC Pardon Act 30b']);
  });

  it('"Introductory Act to the Commercial Code" is one name', () => {
    expect(laws('See Introductory Act to the Commercial Code, arts. 12 and 13.', ctx('CCPR', 'DEU')))
      .toEqual(['DEU Introductory Act to the Commercial Code 12', 'DEU Introductory Act to the Commercial Code 13']);
  });

  it('"Statute" heads a domestic name, not the statute of an international court', () => {
    expect(laws('The region relied on article 41 of the 1981 Autonomy Statute.', ctx('CCPR', 'ESP'))).toEqual(['ESP Autonomy Statute 41']);
    for (const text of ['Article 8 of the Rome Statute defines war crimes.', 'He cites article 6 of the Nuremberg Statute.']) {
      expect(laws(text, ctx('CCPR', 'ESP')), text).toEqual([]);
      expect(lawInstruments(text, ctx('CCPR', 'ESP')), text).toEqual([]);
    }
  });

  it('"the Basic Education Act, paragraph 9" is the act\'s paragraph; a paragraph "of" something is not', () => {
    expect(laws('The legislation, including the Basic Education Act, paragraph 9, was reviewed on ratification.', ctx('CCPR', 'FIN')))
      .toEqual(['FIN Basic Education Act 9']);
    expect(laws('Under the Basic Education Act, paragraph 4 of article 3 applies.', ctx('CCPR', 'FIN'))).toEqual(['FIN Basic Education Act 3 part 4']);
    expect(laws('In the light of the Act, paragraph 12 of its previous concluding observations is recalled.', ctx('CCPR', 'FIN'))).toEqual([]);
  });
});
