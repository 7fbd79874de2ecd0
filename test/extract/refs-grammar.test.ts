/**
 * The grammar of provision lists and UN symbols, fifth review round: patterns of older Views of the Human Rights
 * Committee and the Committee against Torture (several paragraphs in one parenthesis, "paragraph N (a) of article M",
 * bare numbers after "read alone and in conjunction with", upper-case titles, running page headers with the document's
 * own symbol). The sentences are written for these tests, with other numbers, names and States than the texts read; the
 * expected objects are what REFS.md has a careful lawyer mark.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, documents, laws, spans } from './refs-helpers.js';

const ctx = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction });
const CCPR_URY = ctx('CCPR', 'URY');

describe('several paragraphs in one parenthesis: "9 (1, 2, 3)", "10 (1 and 3)"', () => {
  it('gives one object per paragraph and reads the list on to its instrument (REFS rules 2, 15, 16)', () => {
    const text = 'He alleges violations of articles 6, 8 (1, 2, 4), 11 (2 and 5), 13, 18 and 21 (1) of the International Covenant on Civil and Political Rights.';
    expect(articles(text, CCPR_URY)).toEqual([
      'CCPR 6', 'CCPR 8(1)', 'CCPR 8(2)', 'CCPR 8(4)', 'CCPR 11(2)', 'CCPR 11(5)', 'CCPR 13', 'CCPR 18', 'CCPR 21(1)',
    ]);
  });

  it('owns the list by the instrument named after it, not the committee\'s treaty', () => {
    const text = 'The author claims violations of articles 6, 8 (2 and 3), 13 and 21 (1) of the International Covenant on Civil and Political Rights.';
    expect(articles(text, ctx('CESCR', 'ECU'))).toEqual(['CCPR 6', 'CCPR 8(2)', 'CCPR 8(3)', 'CCPR 13', 'CCPR 21(1)']);
  });

  it('reads a single article and a short list: "article 15 (2 and 4)", "articles 8 (2 and 3) and 15 (1)"', () => {
    expect(articles('This is a breach of article 15 (2 and 4) of the Covenant.', CCPR_URY)).toEqual(['CCPR 15(2)', 'CCPR 15(4)']);
    expect(articles('There were breaches of articles 8 (2 and 3) and 15 (1) of the Covenant.', CCPR_URY))
      .toEqual(['CCPR 8(2)', 'CCPR 8(3)', 'CCPR 15(1)']);
    expect(articles('She relies on article 10 (2, 3 and 4) of the Covenant.', CCPR_URY)).toEqual(['CCPR 10(2)', 'CCPR 10(3)', 'CCPR 10(4)']);
  });

  it('covers the whole list in the span', () => {
    expect(spans('This is a breach of article 15 (2 and 4) of the Covenant.', CCPR_URY))
      .toEqual(['article 15 (2 and 4) of the Covenant', 'article 15 (2 and 4) of the Covenant']);
  });

  it('gives a domestic article its parts (REFS rule 23): "article 7 (1, 3) of the Penal Code"', () => {
    expect(laws('He was charged under article 7 (1, 3) of the Penal Code.', ctx('CCPR', 'PRY')))
      .toEqual(['PRY Penal Code 7 part 1', 'PRY Penal Code 7 part 3']);
  });

  it('takes letters in one parenthesis as items of the paragraph before them', () => {
    expect(articles('a violation of article 14, paragraph 3 (b, d and e), of the Covenant', CCPR_URY)).toEqual(['CCPR 14(3)[b,d,e]']);
    expect(articles('a violation of article 14 (3) (b, d and e) of the Covenant', CCPR_URY)).toEqual(['CCPR 14(3)[b,d,e]']);
  });

  it('leaves a parenthesis that does not ascend, or holds years, unread as before', () => {
    expect(articles('a breach of article 15 (4 and 2) of the Covenant', CCPR_URY)).toEqual(['CCPR 15']);
    expect(articles('under article 9 (1988, 1989) of the Covenant', CCPR_URY)).toEqual(['CCPR 9']);
  });

  it('still reads "9 (3) and (4)" and "9 (1) and (5)" one bracket at a time', () => {
    expect(articles('violations of articles 9 (3) and (4) and 14 (1) of the Covenant.', CCPR_URY))
      .toEqual(['CCPR 9(3)', 'CCPR 9(4)', 'CCPR 14(1)']);
  });
});

describe('"paragraph 2 (a) and (c) of article 21": a paragraph with items written before the article', () => {
  it('is the article\'s paragraph with its items (REFS rule 16)', () => {
    expect(articles('It must pursue one of the aims in paragraph 2 (a) and (c) of article 21 of the Covenant.', ctx('CCPR', 'FRA')))
      .toEqual(['CCPR 21(2)[a,c]']);
    expect(articles('It must pursue one of the aims in paragraph 2 (b) of article 21.', ctx('CCPR', 'FRA'))).toEqual(['CCPR 21(2)[b]']);
  });

  it('spans from the paragraph to the instrument', () => {
    expect(spans('the aims in paragraph 2 (a) and (c) of article 21 of the Covenant', ctx('CCPR', 'FRA'))[0])
      .toBe('paragraph 2 (a) and (c) of article 21 of the Covenant');
  });

  it('keeps a paragraph list without items as before: "paragraphs 1, 2 and 4 of article 8"', () => {
    expect(articles('He invokes paragraphs 1, 2 and 4 of article 8 of the Covenant.', ctx('CCPR', 'FRA')))
      .toEqual(['CCPR 8(1)', 'CCPR 8(2)', 'CCPR 8(4)']);
    expect(articles('under paragraph (a) and (c) of article 3 of the Convention', ctx('CEDAW', 'FRA'))).toEqual(['CEDAW 3(a)', 'CEDAW 3(c)']);
  });

  it('gives a domestic article its part only (REFS rule 23: deeper items dropped)', () => {
    expect(laws('He was fined under paragraph 4 (b) of article 12 of the Penal Code.', ctx('CCPR', 'FRA'))).toEqual(['FRA Penal Code 12 part 4']);
  });
});

describe('bare numbers after "read alone and in conjunction with"', () => {
  const text = 'The Committee finds violations under articles 3 (2); 5 read alone and in conjunction with 3; 8, read alone and in '
    + 'conjunction with 3 (1) and (2); 10; 13 (1); 15, read alone and in conjunction with 13, 18 and 25; 23 (2); and 26 of the Covenant.';

  it('are articles of the one list, all of its instrument (REFS rules 2, 15)', () => {
    expect(articles(text, ctx('CCPR', 'GRC'))).toEqual([
      'CCPR 3(2)', 'CCPR 5', 'CCPR 3', 'CCPR 8', 'CCPR 3(1)', 'CCPR 3(2)', 'CCPR 10', 'CCPR 13(1)', 'CCPR 15', 'CCPR 13',
      'CCPR 18', 'CCPR 25', 'CCPR 23(2)', 'CCPR 26',
    ]);
  });

  it('share the instrument named at the end, in a text of another committee', () => {
    expect(articles('a violation of article 7, read in conjunction with 2 (3), of the International Covenant on Civil and Political Rights', ctx('CAT', 'GRC')))
      .toEqual(['CCPR 7', 'CCPR 2(3)']);
  });

  it('reach a domestic instrument too: "section 12 in conjunction with 4 of the Act"', () => {
    expect(laws('He was detained under section 12 in conjunction with 4 of the Public Order Act.', ctx('CCPR', 'GBR')))
      .toEqual(['GBR Public Order Act 12', 'GBR Public Order Act 4']);
  });

  it('keep "article N read in conjunction with article M" the chain it was', () => {
    expect(spans('a violation of article 7, read in conjunction with article 2 (3), of the Covenant', ctx('CCPR', 'GRC')))
      .toEqual(['article 7', 'article 2 (3), of the Covenant']);
  });

  it('do not take a number that counts things for an article', () => {
    expect(articles('The Committee registered under article 22, 14 complaints.', ctx('CAT', 'GRC'))).toEqual(['CAT 22']);
    expect(articles('It applied article 7 in conjunction with 3 cases pending before it.', ctx('CCPR', 'GRC'))).toEqual(['CCPR 7']);
  });
});

describe('upper-case titles: "UNDER ARTICLE 22, PARAGRAPH 7, OF THE CONVENTION"', () => {
  it('read the paragraph (REFS rule 16)', () => {
    expect(articles('DECISION OF THE COMMITTEE UNDER ARTICLE 22, PARAGRAPH 7, OF THE CONVENTION AGAINST TORTURE', ctx('CAT', 'SWE')))
      .toEqual(['CAT 22(7)']);
  });

  it('read a plural paragraph list in capitals', () => {
    expect(articles('VIEWS UNDER ARTICLE 22, PARAGRAPHS 3 AND 7, OF THE CONVENTION AGAINST TORTURE', ctx('CAT', 'SWE')))
      .toEqual(['CAT 22(3)', 'CAT 22(7)']);
  });

  it('leave mixed-case titles as they were', () => {
    expect(articles('Views under article 5, paragraph 4, of the Optional Protocol', ctx('CCPR', 'SWE'))).toEqual(['OP-ICCPR 5(4)']);
  });
});

describe('a running page header with the document\'s own symbol (REFS rule 5)', () => {
  it('is no reference: "... 1993. CAT/C/11/D/9/1991 Annex", "CCPR/C/44/D/401/1989 Page 2", "... page 5"', () => {
    expect(documents('The hearing was fixed for 3 March 1993. CAT/C/11/D/9/1991 Annex')).toEqual([]);
    expect(documents('the authorities informed him CCPR/C/44/D/401/1989 Page 2 that the appeal had failed', ctx('CCPR', 'JAM'))).toEqual([]);
    expect(documents('the lawyer told him to wait CAT/C/12/D/8/1991 page 5 for the ruling')).toEqual([]);
  });

  it('is no reference either with a space before a slash (REFS rule 3)', () => {
    expect(documents('the lawyer told him to wait CAT/C/12/D /8/1991 page 5')).toEqual([]);
  });

  it('leaves citations alone: an annex after a comma or in a parenthesis, a numbered annex, a pinpoint after it', () => {
    expect(documents('as the Committee held (CAT/C/11/D/9/1991, annex) and in A/52/44, annex V, para. 4.'))
      .toEqual(['CAT/C/11/D/9/1991', 'A/52/44 4']);
    expect(documents('See the Committee\'s report A/49/40 Annex IX.', ctx('CCPR', 'JAM'))).toEqual(['A/49/40']);
    expect(documents('See A/49/40 Annex, para. 12.', ctx('CCPR', 'JAM'))).toEqual(['A/49/40 12']);
    expect(documents('(CCPR/C/44/D/401/1989 Annex)', ctx('CCPR', 'JAM'))).toEqual(['CCPR/C/44/D/401/1989']);
  });
});

describe('a space before a slash inside a symbol (REFS rule 3)', () => {
  it('is dropped, as a space after one is', () => {
    expect(documents('as decided in CAT/C/12/D /8/1991, the author')).toEqual(['CAT/C/12/D/8/1991']);
    expect(documents('(CCPR/C/44/D /401/1989), para. 6.2', ctx('CCPR', 'JAM'))).toEqual(['CCPR/C/44/D/401/1989 6.2']);
  });

  it('does not join a symbol to a word after a spaced slash', () => {
    expect(documents('in CAT/C/12/D/8/1991 / the author', ctx('CAT', 'SWE'))).toEqual(['CAT/C/12/D/8/1991']);
  });
});
