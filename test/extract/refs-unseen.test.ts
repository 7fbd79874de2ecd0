/**
 * The recognizers on sentences written for this review, worded the way the
 * committees' Views under the individual-communication procedures are
 * (admissibility, merits, jurisprudence, domestic law of many legal
 * systems), none of them taken from the decisions corpus: each case is a gap
 * the corpus had not shown, and the expected objects are what REFS.md has a
 * careful lawyer mark.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, documents, lawInstruments, laws } from './refs-helpers.js';

const ctx = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction });

describe('domestic instruments the names did not reach', () => {
  it('"against (the)" inside a name: "Offences against the Person Act", "Protection against Domestic Violence Act"', () => {
    expect(laws('The author was convicted of murder and sentenced to death under section 2 of the Offences against the Person Act.', ctx('CCPR', 'JAM')))
      .toEqual(['JAM Offences against the Person Act 2']);
    expect(laws('Under section 39 of the Offences against the State Act 1939, the Government may establish Special Criminal Courts.', ctx('CCPR', 'IRL')))
      .toEqual(['IRL Offences against the State Act 39']);
    expect(laws('The Protection against Domestic Violence Act provides, in section 10 (1), that the application must be filed within one month.', ctx('CEDAW', 'BGR')))
      .toEqual(['BGR Protection against Domestic Violence Act 10 part 1']);
  });

  it('the "Political Constitution" of Latin American States, and an article\'s ", section C,"', () => {
    const text = 'The victim\'s rights are guaranteed under article 20, section C, of the Political Constitution of the United Mexican States.';
    expect(laws(text, ctx('CEDAW', 'MEX'))).toEqual(['MEX Constitution 20 part C']);
    expect(articles(text, ctx('CEDAW', 'MEX'))).toEqual([]);
    expect(laws('Article 86 of the Political Constitution provides for the action for protection of fundamental rights (tutela).', ctx('CCPR', 'COL')))
      .toEqual(['COL Constitution 86']);
  });

  it('"Republic Act No. 9262": the Philippine numbered acts', () => {
    expect(laws('The author filed a complaint under section 5 (i) of Republic Act No. 9262, the Anti-Violence against Women and Their Children Act.', ctx('CEDAW', 'PHL')))
      .toEqual(['PHL Republic Act No. 9262 5i']); // a section's letter is part of its number (REFS rule 22)
  });

  it('"Code on ...", "Code of Ukraine on ...": the Administrative Offences codes as Belarus and Ukraine write them', () => {
    expect(laws('The author was fined under article 23.34, part 3, of the Code on Administrative Offences for taking part in an unauthorized mass event.', ctx('CCPR', 'BLR')))
      .toEqual(['BLR Code of Administrative Offences 23.34 part 3']);
    expect(laws('He was detained for 10 days under article 185-1 of the Code of Ukraine on Administrative Offences.', ctx('CCPR', 'UKR')))
      .toEqual(['UKR Code of Administrative Offences 185-1']);
    expect(laws('Under article 20 of the Code on Marriage and Family, the spouses have equal rights.', ctx('CEDAW', 'KAZ')))
      .toEqual(['KAZ Code on Marriage and Family 20']);
  });

  it('words before "Code of ...": "Procedural-Executive Code ...", "Federal Code of Criminal Procedures"', () => {
    expect(laws('The court relied on article 2.4 of the Procedural-Executive Code of Administrative Offences.', ctx('CCPR', 'BLR')))
      .toEqual(['BLR Procedural-Executive Code of Administrative Offences 2.4']);
    expect(laws('The author was prosecuted under article 215 of the Federal Code of Criminal Procedures.', ctx('CAT', 'MEX')))
      .toEqual(['MEX Federal Code of Criminal Procedure 215']);
    // The State after "Code of" is still no part of the name.
    expect(laws('Under article 125 of the Code of Criminal Procedure of the Russian Federation, a complaint may be lodged.', ctx('CCPR', 'RUS')))
      .toEqual(['RUS Code of Criminal Procedure 125']);
  });

  it('laws named by their date: "the Law of 15 December 1980", "the Act of 1 June 2011"', () => {
    expect(laws('The author relies on article 9 ter of the Law of 15 December 1980 on access to the territory, residence, establishment and removal of foreign nationals.', ctx('CRC', 'BEL')))
      .toEqual(['BEL Law of 15 December 1980 9ter']);
    expect(laws('Article 6 of the Act of 1 June 2011 prohibits the wearing of clothing concealing the face.', ctx('CCPR', 'BEL')))
      .toEqual(['BEL Act of 1 June 2011 6']);
    // A numbered act keeps its number, not its date.
    expect(lawInstruments('The ban was based on Act No. 2010-1192 of 11 October 2010.', ctx('CCPR', 'FRA'))).toEqual(['FRA Act No. 2010-1192']);
    // A court's order or decision of a date is no law.
    expect(lawInstruments('By a decision of 12 March 2010, the court dismissed the appeal.', ctx('CCPR', 'FRA'))).toEqual([]);
  });

  it('"the Criminal Law", "the Basic Law": a name whose head is "Law"', () => {
    expect(laws('The author invokes article 9 of the Latvian Constitution and article 115 (3) of the Criminal Law.', ctx('CCPR', 'LVA')))
      .toEqual(['LVA Constitution 9', 'LVA Criminal Law 115 part 3']);
    expect(laws('Article 3 of the Basic Law prohibits discrimination on the ground of sex.', ctx('CEDAW', 'DEU'))).toEqual(['DEU Basic Law 3']);
    expect(laws('Under article 105 of the Criminal Law of the People\'s Republic of China, subversion is punishable.', ctx('CCPR', 'CHN')))
      .toEqual(['CHN Criminal Law 105']);
  });

  it('bodies of law and schools of law are no instruments', () => {
    expect(lawInstruments('The obligations under International Humanitarian Law and under Islamic Law were raised; he studied at the Faculty of Law.', ctx('CCPR', 'SYR')))
      .toEqual([]);
    expect(articles('The State party invokes International Human Rights Law; article 6 applies.', ctx('CCPR', 'SYR'))).toEqual(['CCPR 6']);
    expect(lawInstruments('The International Law Commission and the Rule of Law Unit were consulted.', ctx('CCPR', 'SYR'))).toEqual([]);
  });
});

describe('the numbering of provisions', () => {
  it('French codes\' "article L. 511-1", "R. 421-1": the letter is part of the article\'s number', () => {
    expect(laws('Under article L. 141-1 of the Education Code, the State guarantees the secular nature of public education.', ctx('CCPR', 'FRA')))
      .toEqual(['FRA Education Code L.141-1']);
    expect(laws('Under articles L. 511-1 and L.513-2 of the Code on the Entry and Residence of Foreigners and the Right of Asylum, the prefect may order removal.', ctx('CCPR', 'FRA')))
      .toEqual(['FRA Code on the Entry and Residence L.511-1', 'FRA Code on the Entry and Residence L.513-2']);
    expect(laws('The prefect relied on article R. 421-1 of the Code of Administrative Justice.', ctx('CCPR', 'FRA')))
      .toEqual(['FRA Code of Administrative Justice R.421-1']);
    // No treaty has such an article.
    expect(articles('Under article L. 141-1, the State guarantees secular education.', ctx('CCPR', 'FRA'))).toEqual([]);
  });

  it('", section C," below an article; below a section, a section is another provision', () => {
    expect(laws('Article 2, section 1, of the Law on Refugees defines a refugee.', ctx('CAT', 'MEX'))).toEqual(['MEX Law on Refugees 2 part 1']);
    expect(laws('See sections 7 and 8 of the Aliens Act.', ctx('CAT', 'DNK'))).toEqual(['DNK Aliens Act 7', 'DNK Aliens Act 8']);
  });
});

describe('whose articles a bare list names', () => {
  const CCPR_BLR = ctx('CCPR', 'BLR');

  it('"article 3 common to the Geneva Conventions" is an article of no UN treaty', () => {
    expect(articles('The author argues that the disappearance of his brother during the armed conflict also breached article 3 common to the four Geneva Conventions of 1949, '
      + 'and that the State party violated article 6 of the Covenant.', CCPR_BLR)).toEqual(['CCPR 6']);
    expect(articles('Under international humanitarian law, including article 3 common to the Geneva Conventions, the parties must treat detainees humanely.', CCPR_BLR)).toEqual([]);
  });

  it('after the communications protocol, the claims, rights and violations are the treaty\'s', () => {
    expect(articles('The Committee notes that the author has exhausted all available domestic remedies, as required by article 5 (2) (b) of the Optional Protocol. '
      + 'The Committee considers that the author has sufficiently substantiated his claims under articles 19 and 21 for the purposes of admissibility.', CCPR_BLR))
      .toEqual(['OP-ICCPR 5(2)[b]', 'CCPR 19', 'CCPR 21']);
    expect(articles('The Committee, acting under article 5, paragraph 4, of the Optional Protocol to the International Covenant on Civil and Political Rights, '
      + 'is of the view that the facts before it disclose a violation of article 14 (5).', CCPR_BLR))
      .toEqual(['OP-ICCPR 5(4)', 'CCPR 14(5)']);
    expect(articles('The Committee, acting under article 5 (4) of the Optional Protocol, is of the view that the State party has violated the author\'s rights under article 9.', CCPR_BLR))
      .toEqual(['OP-ICCPR 5(4)', 'CCPR 9']);
    expect(articles('In accordance with article 4 (1) of the Optional Protocol, the Committee has examined the author\'s claims under article 2 (e) and finds them admissible.', ctx('CEDAW', 'MDA')))
      .toEqual(['OP-CEDAW 4(1)', 'CEDAW 2(e)']);
    expect(articles('The communication is admissible under article 7 (e) of the Optional Protocol; the author\'s claims under article 12 are substantiated.', ctx('CRC', 'ESP')))
      .toEqual(['OPIC 7(e)', 'CRC 12']);
  });

  it('after the communications protocol, an article it does not have is the treaty\'s', () => {
    expect(articles('The State party submits that the communication is inadmissible under article 3 of the Optional Protocol and that article 26 does not apply.', CCPR_BLR))
      .toEqual(['OP-ICCPR 3', 'CCPR 26']);
  });

  it('the protocol keeps its own articles: obligations under it, its admissibility rules named again', () => {
    expect(articles('The State party has breached its obligations under article 1 of the Optional Protocol. It must respect article 1 in good faith.', CCPR_BLR))
      .toEqual(['OP-ICCPR 1', 'OP-ICCPR 1']);
    expect(articles('In accordance with article 5 (2) (a) of the Optional Protocol, it is precluded from examining the matter; article 5 (2) (a) does not apply to the other claims.', CCPR_BLR))
      .toEqual(['OP-ICCPR 5(2)[a]', 'OP-ICCPR 5(2)[a]']);
    expect(articles('The State party failed in its obligations under article 1 of the Optional Protocol, as it breached its obligations under article 1 by executing the author.', CCPR_BLR))
      .toEqual(['OP-ICCPR 1', 'OP-ICCPR 1']);
  });

  it('"claims under" after a domestic code is the treaty\'s too', () => {
    expect(articles('He was convicted under article 342 of the Criminal Code; the Committee considers his claims under article 14 admissible.', CCPR_BLR))
      .toEqual(['CCPR 14']);
  });

  it('a year between "the" and the name: "the 1951 Convention relating to the Status of Refugees"', () => {
    expect(articles('The complainant invokes articles 2, 3 and 16 of the Convention, as well as article 33 of the 1951 Convention relating to the Status of Refugees.', ctx('CAT', 'AUS')))
      .toEqual(['CAT 2', 'CAT 3', 'CAT 16']);
    expect(laws('Article 12 of the 1996 Constitution guarantees equality.', ctx('CCPR', 'ZAF'))).toEqual(['ZAF Constitution 12']);
  });
});

describe('pinpoints of UN documents', () => {
  it('a range of items, "49 (a)-(d)", written out', () => {
    expect(documents('The Committee recalls its general comment No. 4 (2017) on the implementation of article 3 in the context of article 22 (CAT/C/GC/4, paras. 38 and 49 (a)-(d)).', ctx('CAT', 'CHE')))
      .toEqual(['CAT/C/GC/4 38', 'CAT/C/GC/4 49(a)', 'CAT/C/GC/4 49(b)', 'CAT/C/GC/4 49(c)', 'CAT/C/GC/4 49(d)']);
    expect(documents('See CEDAW/C/GC/35, para. 31 (a)–(c).', ctx('CEDAW', 'MDA')))
      .toEqual(['CEDAW/C/GC/35 31(a)', 'CEDAW/C/GC/35 31(b)', 'CEDAW/C/GC/35 31(c)']);
  });

  it('general comments, Views and concluding observations as the Views cite them', () => {
    expect(documents('See, for example, Korneenko v. Belarus (CCPR/C/105/D/1553/2007), para. 7.3; and Olechkevitch v. Belarus (CCPR/C/107/D/1785/2008), paras. 8.2-8.5.', ctx('CCPR', 'BLR')))
      .toEqual(['CCPR/C/105/D/1553/2007 7.3', 'CCPR/C/107/D/1785/2008 8.2-8.5']);
    expect(documents('See E/C.12/GC/24, para. 14, and the Committee\'s Views in I.D.G. v. Spain (E/C.12/55/D/2/2014), paras. 11.5-11.7.', ctx('CESCR', 'ESP')))
      .toEqual(['E/C.12/GC/24 14', 'E/C.12/55/D/2/2014 11.5-11.7']);
    expect(documents('The Committee refers to its annual report (A/59/40 (Vol. I), annex III, para. 5).', ctx('CCPR', 'BLR'))).toEqual(['A/59/40 5']);
    expect(documents('The Committee recalls paragraph 17 of its general comment No. 32 (2007), and ibid., para. 18.', ctx('CCPR', 'BLR'))).toEqual([]);
    expect(documents('The communication was registered as communication No. 2345/2014 under rule 92 of the rules of procedure.', ctx('CCPR', 'BLR'))).toEqual([]);
  });
});

describe('more domestic provisions', () => {
  it('"paragraph 12 of the Constitution": a paragraph of a domestic instrument named right after it (REFS rule 19)', () => {
    expect(laws('See section 151 of the Penal Code and paragraph 12 of the Constitution of Estonia.', ctx('CCPR', 'EST')))
      .toEqual(['EST Penal Code 151', 'EST Constitution 12']);
    expect(laws('Under paragraphs 1 and 2 of the Residence Act, he was expelled.', ctx('CCPR', 'DEU')))
      .toEqual(['DEU Residence Act 1', 'DEU Residence Act 2']);
    // Still a part of the article it precedes.
    expect(laws('Pursuant to paragraph 2 of article 15 of the Law on Freedom of Conscience, such activity is prohibited.', ctx('CCPR', 'KAZ')))
      .toEqual(['KAZ Law on Freedom of Conscience 15 part 2']);
    expect(laws('Under paragraph 2, article 5 of the Law on Aliens, he was expelled.', ctx('CCPR', 'DEU'))).toEqual(['DEU Law on Aliens 5']);
    // Not a paragraph of a general comment, of Views, of a preamble, of a treaty, nor a bare one.
    const notLaw = 'See paragraph 12 of general comment No. 31, paragraph 4 of the Committee\'s Views, paragraph 5 of the Convention\'s preamble, '
      + 'paragraph 5 of article 14 of the Covenant, paragraph 2 of the Code of Conduct for Law Enforcement Officials and paragraph 7.';
    expect(laws(notLaw, ctx('CCPR', 'DEU'))).toEqual([]);
    expect(articles(notLaw, ctx('CCPR', 'DEU'))).toEqual(['CCPR 14(5)']);
  });

  it('"article 20.1 (a)": the decimal is the part, the letter an item below it', () => {
    expect(laws('The Committee notes that under article 20.1 (a) of the Spanish Constitution freedom of expression is protected.', ctx('CCPR', 'ESP')))
      .toEqual(['ESP Constitution 20 part 1']);
  });

  it('capitalized words before a numbered law: "the Anti-Terror Law No. 3713"', () => {
    expect(laws('The author was tried under article 314 (2) of the Turkish Criminal Code and article 5 of the Anti-Terror Law No. 3713.', ctx('CCPR', 'TUR')))
      .toEqual(['TUR Criminal Code 314 part 2', 'TUR Law No. 3713 5']);
  });

  it('Latin-American law numbers with a thousands separator: "Act No. 26,061"', () => {
    expect(laws('Under article 3 of Act No. 26,061, the best interests of the child prevail.', ctx('CRC', 'ARG'))).toEqual(['ARG Act No. 26,061 3']);
    expect(laws('Act No. 15,848 on the Expiry of the Punitive Claims of the State, article 3, was applied.', ctx('CCPR', 'URY'))).toEqual(['URY Act No. 15,848 3']);
  });

  it('the Czech "Charter of Fundamental Rights and Freedoms" is a constitutional charter; the EU\'s is not domestic law', () => {
    expect(laws('The author refers to section 2 (3) of Act No. 229/1991 and to article 36, paragraph 1, of the Charter of Fundamental Rights and Freedoms.', ctx('CCPR', 'CZE')))
      .toEqual(['CZE Act No. 229/1991 2 part 3', 'CZE Charter of Fundamental Rights and Freedoms 36 part 1']);
    expect(laws('The author invokes article 47 of the Charter of Fundamental Rights of the European Union.', ctx('CCPR', 'CZE'))).toEqual([]);
  });
});
