/**
 * The third review round: UN document symbols, treaty articles and instruments
 * in text written for this review the way treaty-body Views and decisions word
 * them (none of it taken from the decisions read). The first blocks are the
 * gaps this round found, each fixed in the recognizers; the battery at the end
 * holds sentences of the patterns the round checked and found right, with the
 * objects REFS.md has a careful lawyer mark, so that a later change that loses
 * one of them is seen.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, documents, instruments } from './refs-helpers.js';

const ctx = (treaty: string): RefContext => ({ treaty, jurisdiction: 'RUR' });

describe('a chain read in conjunction with, a comma after "with"', () => {
  it('"articles 14 and 17, read in conjunction with, article 25 of the Convention" is one chain: the Convention owns all three', () => {
    const text = 'The Committee, acting under article 5 of the Optional Protocol, finds that the State party has failed to fulfil its '
      + 'obligations under articles 12 and 19, read in conjunction with, article 4 of the Convention.';
    expect(articles(text, ctx('CRPD'))).toEqual(['OP-CRPD 5', 'CRPD 12', 'CRPD 19', 'CRPD 4']);
  });

  it('the same with "taken together with," and "read together with,"', () => {
    expect(articles('The facts disclose a violation of articles 9 and 10, taken together with, article 2 of the Covenant.', ctx('CESCR')))
      .toEqual(['CESCR 9', 'CESCR 10', 'CESCR 2']);
    expect(articles('Her rights under article 7, read together with, article 14 of the Optional Protocol were not at issue.', ctx('CCPR')))
      .toEqual(['OP-ICCPR 7', 'OP-ICCPR 14']);
  });
});

describe('", respectively, of" between a list and its instrument', () => {
  it('"article 3 (1) and article 3 (2) (e), respectively, of the Optional Protocol" are the protocol\'s articles', () => {
    const text = 'The State party asks that the claims be declared inadmissible for non-exhaustion and as manifestly ill-founded, '
      + 'under article 3 (1) and article 3 (2) (e), respectively, of the Optional Protocol.';
    expect(articles(text, ctx('CESCR'))).toEqual(['OP-ICESCR 3(1)', 'OP-ICESCR 3(2)[e]']);
  });

  it('with no protocol named before the list, the list is still the protocol\'s, not the committee\'s treaty', () => {
    expect(articles('The communication is inadmissible under articles 2 and 3, respectively, of the Optional Protocol.', ctx('CCPR')))
      .toEqual(['OP-ICCPR 2', 'OP-ICCPR 3']);
    expect(articles('The author invokes articles 9 and 14, respectively, of the Covenant.', ctx('CCPR'))).toEqual(['CCPR 9', 'CCPR 14']);
  });
});

describe('a general comment cited with the name of the committee that wrote it', () => {
  it('a bare article of its title is that committee\'s treaty\'s, not the text\'s', () => {
    expect(articles('See Committee on the Rights of the Child, general comment No. 14 (2013) on the right of the child to have his or '
      + 'her best interests taken as a primary consideration (art. 3, para. 1), para. 41.', ctx('CEDAW'))).toEqual(['CRC 3(1)']);
    expect(articles('See Human Rights Committee, general comment No. 35 (2014) on article 9 (liberty and security of person), para. 19.',
      ctx('CEDAW'))).toEqual(['CCPR 9']);
    expect(articles('The author relies on the Committee against Torture, general comment No. 3 (2012) on the implementation of '
      + 'article 14 by States parties, para. 30.', ctx('CCPR'))).toEqual(['CAT 14']);
    expect(articles('See Committee on Economic, Social and Cultural Rights, general comment No. 4 (1991) on the right to adequate '
      + 'housing (art. 11 (1)), para. 8.', ctx('CRPD'))).toEqual(['CESCR 11(1)']);
  });

  it('"Committee\'s general recommendation", "Human Rights Committee general comment" (no comma), a colon in the title', () => {
    expect(articles('See the Committee on the Elimination of Racial Discrimination\'s general recommendation No. 30 (2004), on '
      + 'article 5, para. 31.', ctx('CCPR'))).toEqual(['CERD 5']);
    expect(articles('See also Human Rights Committee general comment No. 37 (2020) on the right of peaceful assembly (article 21), '
      + 'para. 12.', ctx('CESCR'))).toEqual(['CCPR 21']);
    expect(articles('See Committee on the Rights of Persons with Disabilities, general comment No. 1: Equal recognition before the '
      + 'law (article 12), para. 7.', ctx('CAT'))).toEqual(['CRPD 12']);
  });

  it('stops at the end of the citation: after ";" or a sentence end the text\'s own treaty is back', () => {
    expect(articles('See Committee on the Rights of the Child, general comment No. 10, para. 4; and article 7 of the Covenant.', ctx('CCPR')))
      .toEqual(['CCPR 7']);
    expect(articles('See Committee on the Rights of the Child, general comment No. 10, para. 4. The author invokes article 24.', ctx('CCPR')))
      .toEqual(['CCPR 24']);
    expect(articles('See Committee on the Rights of the Child, general comment No. 10, para. 4; see also articles 2 and 26.', ctx('CCPR')))
      .toEqual(['CCPR 2', 'CCPR 26']);
    // A clause after a comma is the text's own sentence again; a comma inside the title is not.
    expect(articles('Recalling the Human Rights Committee\'s general comment No. 18 on non-discrimination, the Committee finds that the '
      + 'State party violated article 5 (d) (iii).', ctx('CERD'))).toEqual(['CERD 5(d)[iii]']);
    expect(articles('See Committee on Economic, Social and Cultural Rights, general comment No. 20 (2009) on non-discrimination in '
      + 'economic, social and cultural rights (art. 2, para. 2), para. 27.', ctx('CRPD'))).toEqual(['CESCR 2(2)']);
  });

  it('an instrument named explicitly still wins, and the own committee\'s general comment is unchanged', () => {
    expect(articles('See Human Rights Committee, general comment No. 31 (2004), para. 12, on article 3 of the Convention against Torture.',
      ctx('CEDAW'))).toEqual(['CAT 3']);
    expect(articles('See Human Rights Committee, general comment No. 36 (2018) on article 6, para. 30.', ctx('CCPR'))).toEqual(['CCPR 6']);
    expect(articles('The Committee recalls its general comment No. 35 (2014) on article 9, para. 15.', ctx('CCPR'))).toEqual(['CCPR 9']);
  });

  it('the committee alone, without a general comment, names no treaty', () => {
    expect(articles('The same matter was examined by the Committee on the Rights of the Child under article 7 (d).', ctx('CCPR')))
      .toEqual(['CCPR 7(d)']);
  });
});

describe('"the Protocol": the committee\'s Optional Protocol, where the paragraph names no other protocol', () => {
  it('"article 5, paragraph 2 (a), of the Protocol", as early Views write it, is the communications protocol\'s', () => {
    expect(articles('The State party invokes article 5, paragraph 2 (a), of the Protocol.', ctx('CCPR'))).toEqual(['OP-ICCPR 5(2)[a]']);
    expect(articles('Under article 1 of the Protocol the Committee may receive communications; the Optional Protocol entered into '
      + 'force for Ruritania in 1991.', ctx('CCPR'))).toEqual(['OP-ICCPR 1']);
    expect(articles('The communication is inadmissible under article 4, paragraph 2 (c), of the Protocol.', ctx('CEDAW')))
      .toEqual(['OP-CEDAW 4(2)[c]']);
    expect(instruments('The State party invokes article 5, paragraph 2 (a), of the Protocol.', ctx('CCPR'))).toEqual(['op1-iccpr']);
  });

  it('another protocol named in the paragraph leaves "the Protocol" unread; "the Protocol of the hearing" is no treaty', () => {
    expect(articles('The author invokes article 4 of Protocol No. 7 to the European Convention; article 4 of the Protocol bars a '
      + 'second trial.', ctx('CCPR'))).toEqual([]);
    expect(articles('Ruritania has ratified the Second Optional Protocol; article 1 of the Protocol bars executions.', ctx('CCPR')))
      .toEqual([]);
    expect(articles('The author relies on the 1951 Convention and its 1967 Protocol; article 1 of the Protocol applies.', ctx('CAT')))
      .toEqual([]);
    expect(articles('The Protocol of the hearing shows that he was present, contrary to article 14 of the Covenant.', ctx('CCPR')))
      .toEqual(['CCPR 14']);
  });
});

describe('battery: patterns of the third round read right', () => {
  it('footnotes of Views: a case name, its symbol in parentheses, the pinpoint after', () => {
    expect(documents('Petrov v. Ruritania (CCPR/C/118/D/2301/2013), para. 8.4; and Ivanova v. Ruritania (CCPR/C/120/D/2402/2014 and '
      + 'CCPR/C/120/D/2402/2014/Corr.1), para. 7.2.', ctx('CCPR'))).toEqual([
      'CCPR/C/118/D/2301/2013 8.4', 'CCPR/C/120/D/2402/2014 7.2', 'CCPR/C/120/D/2402/2014/Corr.1 7.2',
    ]);
    expect(documents('See, inter alia, K.L. v. Ruritania (CAT/C/65/D/777/2016), paras. 9.1, 9.3 and 11.2.', ctx('CAT'))).toEqual([
      'CAT/C/65/D/777/2016 9.1', 'CAT/C/65/D/777/2016 9.3', 'CAT/C/65/D/777/2016 11.2',
    ]);
    // A case cited by its name only, after an "Ibid." or a court's judgment, is no document (REFS rules 4 and 12).
    expect(documents('Ibid., para. 7.3; Petrov v. Ruritania, paras. 6.3–6.5; European Court of Human Rights, Smith v. Ruritania, '
      + 'judgment of 4 May 2010, para. 88.', ctx('CCPR'))).toEqual([]);
  });

  it('the Official Records of an annual report: volume, annex and section skipped, the paragraph kept', () => {
    expect(documents('See Official Records of the General Assembly, Forty-eighth Session, Supplement No. 40 (A/48/40), vol. II, '
      + 'annex XII, sect. F, paras. 5.2-5.4.', ctx('CCPR'))).toEqual(['A/48/40 5.2-5.4']);
  });

  it('treaty articles of Views: lettered paragraphs, ranges of paragraphs, items after items', () => {
    expect(articles('The author claims violations of articles 6 (1)–(3), 12 and 13, read alone and in conjunction with articles 2, '
      + '4 and 5 (2), of the Convention.', ctx('CRPD'))).toEqual([
      'CRPD 6(1)', 'CRPD 6(2)', 'CRPD 6(3)', 'CRPD 12', 'CRPD 13', 'CRPD 2', 'CRPD 4', 'CRPD 5(2)',
    ]);
    expect(articles('The State party has violated articles 2 (b), (d)–(f) and 5 (a) of the Convention.', ctx('CEDAW'))).toEqual([
      'CEDAW 2(b)', 'CEDAW 2(d)', 'CEDAW 2(e)', 'CEDAW 2(f)', 'CEDAW 5(a)',
    ]);
    expect(articles('The claims under articles 9, paragraphs 2 and 4, and 14, paragraphs 1 and 3 (b), are admissible.', ctx('CCPR')))
      .toEqual(['CCPR 9(2)', 'CCPR 9(4)', 'CCPR 14(1)', 'CCPR 14(3)[b]']);
  });

  it('regional instruments, rules of procedure and the Universal Declaration own no treaty article', () => {
    expect(articles('The same complaint under article 6 (1) of the European Convention was declared inadmissible.', ctx('CCPR'))).toEqual([]);
    expect(articles('The claim relies on article 2 of Protocol No. 4 to the Convention for the Protection of Human Rights and '
      + 'Fundamental Freedoms.', ctx('CRPD'))).toEqual([]);
    expect(articles('The acts were contrary to articles 5, 9 and 18– 20 of the Universal Declaration of Human Rights.', ctx('CRPD')))
      .toEqual([]);
    expect(articles('The Committee discontinued the case under rule 18 of its rules of procedure under the Optional Protocol.', ctx('CESCR')))
      .toEqual([]);
    expect(instruments('The claim relies on the European Convention for the Protection of Human Rights and Fundamental Freedoms.',
      ctx('CRPD'))).toEqual(['echr']);
  });

  it('another treaty named in full in a committee\'s text, and "the Convention" after it', () => {
    expect(articles('The Committee recalls that, under article 1 of the Convention against Torture and Other Cruel, Inhuman or '
      + 'Degrading Treatment or Punishment, torture requires a public official; the State party breached article 16 (1) of the '
      + 'Convention.', ctx('CRPD'))).toEqual(['CAT 1', 'CRPD 16(1)']);
  });
});
