import { describe, expect, it } from 'vitest';
import { findArticleTag, findReferences, lawInstrumentKey } from '../../src/extract/refs/index.js';
import { articles, CAT_KAZ, documents, instruments, lawInstruments, laws, refsOf, spans } from './refs-helpers.js';

const CCPR = { treaty: 'CCPR', jurisdiction: 'DZA' };
const CESCR = { treaty: 'CESCR', jurisdiction: 'ESP' };
const CEDAW = { treaty: 'CEDAW', jurisdiction: 'MDA' };
const CERD = { treaty: 'CERD', jurisdiction: 'DNK' };
const CRC = { treaty: 'CRC', jurisdiction: 'ARG' };
const CRPD = { treaty: 'CRPD', jurisdiction: 'SAU' };

describe('API', () => {
  it('returns references sorted by start, then end, with offsets into the text as given', () => {
    const text = 'See article 347-1 of the Criminal Code and (A/56/44, para. 129 (e)) under article 3 of the Convention.';
    const refs = findReferences(text, CAT_KAZ);
    const starts = refs.map((r) => r.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(spans(text)).toEqual(['article 347-1 of the Criminal Code', 'A/56/44, para. 129 (e)', 'article 3 of the Convention']);
  });

  it('treats a line break like a space and keeps offsets in the original text', () => {
    const text = 'all public officials can be prosecuted under article 347-\n1 of the Criminal Code and';
    expect(laws(text)).toEqual(['KAZ Criminal Code 347-1']);
    expect(spans(text)).toEqual(['article 347-\n1 of the Criminal Code']);
    const broken = 'under article 347- 1 of the\n  Criminal   Code';
    expect(laws(broken)).toEqual(['KAZ Criminal Code 347-1']);
    expect(spans(broken)).toEqual(['article 347- 1 of the\n  Criminal   Code']);
  });

  it('gives every object of a list the span of the whole citation', () => {
    const text = 'articles 2, 7 and 16 of the Convention';
    expect(findReferences(text, CAT_KAZ).map((r) => [r.start, r.end])).toEqual([[0, text.length], [0, text.length], [0, text.length]]);
  });

  it('offsets are UTF-16 indices even after characters outside the BMP', () => {
    const text = '𝐍𝐨𝐭𝐞 article 3 of the Convention';
    const [ref] = findReferences(text, CAT_KAZ);
    expect(text.slice(ref!.start, ref!.end)).toBe('article 3 of the Convention');
  });

  it('keeps nothing from one call to the next (rule 4)', () => {
    findReferences('article 5 of the Criminal Code', CAT_KAZ);
    expect(articles('under article 5', CAT_KAZ)).toEqual(['CAT 5']);
  });
});

describe('rule 1: every occurrence is a reference', () => {
  it('names the same article three times as three objects, quotations included', () => {
    expect(articles('article 3 of the Convention, article 3 of the Convention and “article 3 of the Convention”')).toEqual(['CAT 3', 'CAT 3', 'CAT 3']);
  });
});

describe('rule 2: a list is one object per unit', () => {
  it('articles 2, 7 and 16', () => expect(articles('articles 2, 7 and 16 of the Convention')).toEqual(['CAT 2', 'CAT 7', 'CAT 16']));
  it('article 14 (1) and (3)', () => expect(articles('article 14 (1) and (3) of the Covenant', CCPR)).toEqual(['CCPR 14(1)', 'CCPR 14(3)']));
  it('paras. 7, 8 and 13', () => expect(documents('(CCPR/C/DZA/CO/3, paras. 7, 8 and 13)')).toEqual(['CCPR/C/DZA/CO/3 7', 'CCPR/C/DZA/CO/3 8', 'CCPR/C/DZA/CO/3 13']));
});

describe('rule 3: symbols as written, spaces inside dropped', () => {
  it('keeps an OCR slip', () => expect(documents('(CCPR/C/125/2489/2014)')).toEqual(['CCPR/C/125/2489/2014']));
  it('drops a space inside a symbol', () => expect(documents('Views (CCPR/C/113/D/ 2272/2013), para. 7.2')).toEqual(['CCPR/C/113/D/2272/2013 7.2']));
  it('drops a space after the period of an addendum or a revision, and keeps the pinpoint', () => {
    expect(documents('(CRC/C/15/Add. 22, para. 4) and (A/HRC/19/61/Add. 2) and CCPR/C/GC/34/Rev. 1')).toEqual(['CRC/C/15/Add.22 4', 'A/HRC/19/61/Add.2', 'CCPR/C/GC/34/Rev.1']);
  });
  it('does not glue a number after a full stop to a symbol', () => expect(documents('as stated in E/CN.4/2006/120. 5 States replied.')).toEqual(['E/CN.4/2006/120']));
  it('joins a symbol broken across lines', () => expect(documents('E.N. v. Burundi (CAT/\nC/56/D/578/2013), para. 7.5')).toEqual(['CAT/C/56/D/578/2013 7.5']));
});

describe('rule 4: nothing without a number or a symbol', () => {
  it.each([
    'ibid., para. 16.8',
    'op. cit., p. 12',
    'see supra, note 14 above',
    'as stated in paragraph 9 and (para. 7)',
    'the relevant article of the Convention',
    'that article',
  ])('%s', (text) => expect(findReferences(text, CAT_KAZ).filter((r) => r.kind !== 'instrument')).toEqual([]));
});

describe('rule 5: UN document symbols', () => {
  it.each([
    'CAT/C/KAZ/CO/2', 'CAT/C/CR/28/7', 'CCPR/CO/82/FIN', 'CCPR/C/79/Add.86', 'CCPR/C/112/D/2179/2012',
    'CCPR/C/101/D/1642-1741/2007', 'CCPR/C/GC/34', 'CCPR/C/21/Rev.1/Add.13', 'CEDAW/C/GC/28', 'HRI/GEN/1/Rev.8',
    'CAT/C/3/Rev.5', 'E/C.12/49/3', 'CAT/C/SR.1472', 'A/56/44', 'A/53/38/Rev.1', 'E/2008/22', 'A/HRC/19/61/Add.2',
    'E/CN.4/2005/60/Add.2', 'CEDAW/C/GBR/7', 'CRC/C/ARG/CO/3-4',
  ])('%s', (symbol) => expect(documents(`as stated in ${symbol}.`)).toEqual([symbol]));
});

describe('rule 6: the pinpoint attached to the symbol', () => {
  it('inside the same parenthesis', () => expect(documents('(CAT/C/UZB/CO/3, paras. 6 and 9)')).toEqual(['CAT/C/UZB/CO/3 6', 'CAT/C/UZB/CO/3 9']));
  it('after a year', () => expect(documents('CAT A/56/44 (2001), paragraph 104')).toEqual(['A/56/44 104']));
  it('after a chapter', () => expect(documents('(Report A/57/44, Chapter IV.B., paragraph 181)')).toEqual(['A/57/44 181']));
  it('right after the closing parenthesis', () => expect(documents('(CCPR/C/51/D/449/1991), para. 5.7')).toEqual(['CCPR/C/51/D/449/1991 5.7']));
  it('skipping an annex', () => expect(documents('(A/53/44, annex IX, para. 6)')).toEqual(['A/53/44 6']));
  it('skipping annex and section after the parenthesis', () => expect(documents('(A/47/40), annex VI, sect. B, para 3')).toEqual(['A/47/40 3']));
  it('keeps decimal pinpoints as strings', () => expect(documents('(CAT/C/74/D/891/2018), para. 8.10')).toEqual(['CAT/C/74/D/891/2018 8.10']));
  it('skipping a date', () => expect(documents('CAT/C/DZA/CO/3, 16 May 2008, para. 11.')).toEqual(['CAT/C/DZA/CO/3 11']));
  it('written before the parenthesis that holds the symbol', () =>
    expect(documents('concluding observations on Algeria, para. 14 (CAT/C/DZA/CO/3, 16 May 2008).')).toEqual(['CAT/C/DZA/CO/3 14']));
});

describe('rule 7: a pinpoint standing apart is not attached', () => {
  it('later in the sentence', () =>
    expect(documents('general comment No. 31 (CCPR/C/21/Rev.1/Add.13), according to which States must act (para. 15)')).toEqual(['CCPR/C/21/Rev.1/Add.13']));
  it('a bare pinpoint is never an object', () => expect(findReferences('as noted in paragraph 9 above (para. 7)', CAT_KAZ)).toEqual([]));
});

describe('rule 8: ranges are one object', () => {
  it('paras. 62-73', () => expect(documents('(A/HRC/31/54, paras. 62-73)')).toEqual(['A/HRC/31/54 62-73']));
  it('paras. 7.3–7.4 with an ASCII hyphen', () => expect(documents('(CCPR/C/112/D/2179/2012, paras. 7.3–7.4)')).toEqual(['CCPR/C/112/D/2179/2012 7.3-7.4']));
  it('para. 245-247', () => expect(documents('(A/62/44, para. 245-247)')).toEqual(['A/62/44 245-247']));
});

describe('rule 9: lettered items', () => {
  it('para. 129 (e)', () => expect(documents('(A/56/44, para. 129 (e))')).toEqual(['A/56/44 129(e)']));
  it('para. 7 a', () => expect(documents('CAT/C/GTM/CO/4, para. 7 a')).toEqual(['CAT/C/GTM/CO/4 7(a)']));
  it('para 5 (c)', () => expect(documents('(CAT/C/KEN/CO/1, para 5 (c))')).toEqual(['CAT/C/KEN/CO/1 5(c)']));
  it('para. 16 (c)', () => expect(documents('(A/56/44, para. 16 (c))')).toEqual(['A/56/44 16(c)']));
  it('paras. 27 and 30 (a)', () => expect(documents('(CAT/C/USA/CO/2, paras. 27 and 30 (a))')).toEqual(['CAT/C/USA/CO/2 27', 'CAT/C/USA/CO/2 30(a)']));
  it('paras. 7 (a) and (b)', () => expect(documents('CCPR/C/DZA/CO/3, adopted on 1 November 2007, paras. 7 (a) and (b).')).toEqual(['CCPR/C/DZA/CO/3 7(a)', 'CCPR/C/DZA/CO/3 7(b)']));
  it('para. 128(c) without a space', () => expect(documents('(A/56/44, para. 128(c))')).toEqual(['A/56/44 128(c)']));
});

describe('rule 10: pages are not paragraphs', () => {
  it('(HRI/GEN/1/Rev.8, p. 337)', () => expect(documents('(HRI/GEN/1/Rev.8, p. 337)')).toEqual(['HRI/GEN/1/Rev.8']));
  it('(CCPR/C/2/Add.3, p. 4)', () => expect(documents('(CCPR/C/2/Add.3, p. 4)')).toEqual(['CCPR/C/2/Add.3']));
  it('para. 8.5 ff.', () => expect(documents('(CCPR/C/88/D/1416/2005), para. 8.5 ff.')).toEqual(['CCPR/C/88/D/1416/2005 8.5']));
});

describe('rule 11: volumes and corrigenda', () => {
  it('(A/55/40 (Vol. I))', () => expect(documents('(A/55/40 (Vol. I))')).toEqual(['A/55/40']));
  it('(A/53/44 and Corr.1)', () => expect(documents('(A/53/44 and Corr.1)')).toEqual(['A/53/44', 'A/53/44/Corr.1']));
});

describe('rule 12: not UN documents', () => {
  it.each([
    'communication No. 444/2010',
    'Opinion 3250/2018',
    'general comment No. 1 (1996)',
    'General Assembly resolution 60/147',
    'Human Rights Council resolution 27/18',
    'Commission on Human Rights resolution 1984/50',
    'see paras. 4.2–4.3 above',
    '(para. 8.5)',
    'application No. 12345/10',
    'Amnesty International, ASA 13/01/2000',
    'Fair Insurance A/S',
    'on 18/2/2000 and on 27/6/01',
    'Court No. 37 and decision No. 1',
    'https://www.ohchr.org/Documents/A/HRC/19/61/Add.2.pdf',
    'undocs.org/A/HRC/19/61',
  ])('%s', (text) => expect(documents(text)).toEqual([]));
  it('a number inside a domestic law name', () => expect(documents('Decree-Law No. 404-A/98/18/12 of 2 May')).toEqual([]));
});

describe('rule 13: only the nine core treaties and their protocols', () => {
  it.each([
    ['article 5 of the Optional Protocol to the Convention against Torture', 'OPCAT 5'],
    ['article 5 of the Optional Protocol to the International Covenant on Civil and Political Rights', 'OP-ICCPR 5'],
    ['article 1 of the Second Optional Protocol to the International Covenant on Civil and Political Rights', 'OP2-ICCPR 1'],
    ['article 2 of the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights', 'OP-ICESCR 2'],
    ['article 4 of the International Convention on the Elimination of All Forms of Racial Discrimination', 'CERD 4'],
    ['article 16 of the Convention on the Elimination of All Forms of Discrimination against Women', 'CEDAW 16'],
    ['article 2 of the Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women', 'OP-CEDAW 2'],
    ['article 37 of the Convention on the Rights of the Child', 'CRC 37'],
    ['article 3 of the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography', 'OPSC 3'],
    ['article 4 of the Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict', 'OPAC 4'],
    ['article 7 of the Optional Protocol to the Convention on the Rights of the Child on a communications procedure', 'OPIC 7'],
    ['article 12 of the Convention on the Rights of Persons with Disabilities', 'CRPD 12'],
    ['article 2 of the Optional Protocol to the Convention on the Rights of Persons with Disabilities', 'OP-CRPD 2'],
    ['article 22 of the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families', 'CMW 22'],
    ['article 16 of the International Convention for the Protection of All Persons from Enforced Disappearance', 'CED 16'],
    ['article 9 of the ICCPR', 'CCPR 9'],
  ])('%s', (text, expected) => expect(articles(text, CESCR)).toEqual([expected]));
  it('accepts an alias as the committee code', () => expect(articles('article 7 of the Covenant', { treaty: 'ICCPR', jurisdiction: 'NPL' })).toEqual(['CCPR 7']));
});

describe('rule 14: "the Convention", "the Covenant", "the Optional Protocol"', () => {
  it.each([
    ['CAT', 'article 3 of the Convention', 'CAT 3'],
    ['CERD', 'article 6 of the Convention', 'CERD 6'],
    ['CEDAW', 'article 2 of the Convention', 'CEDAW 2'],
    ['CRC', 'article 37 of the Convention', 'CRC 37'],
    ['CRPD', 'article 14 of the Convention', 'CRPD 14'],
    ['CCPR', 'article 7 of the Covenant', 'CCPR 7'],
    ['CESCR', 'article 11 of the Covenant', 'CESCR 11'],
    ['CCPR', 'article 5 of the Optional Protocol', 'OP-ICCPR 5'],
    ['CESCR', 'article 5 of the Optional Protocol', 'OP-ICESCR 5'],
    ['CEDAW', 'article 4 of the Optional Protocol', 'OP-CEDAW 4'],
    ['CRC', 'article 7 (e) of the Optional Protocol', 'OPIC 7(e)'],
    ['CRPD', 'article 2 of the Optional Protocol', 'OP-CRPD 2'],
    ['CAT', 'article 17 of the Optional Protocol', 'OPCAT 17'],
  ])('%s: %s', (treaty, text, expected) => expect(articles(text, { treaty, jurisdiction: 'KAZ' })).toEqual([expected]));

  it('an instrument named explicitly wins', () => {
    expect(articles('article 26 of the International Covenant on Civil and Political Rights', CESCR)).toEqual(['CCPR 26']);
    expect(articles('article 5, paragraph 2, of the Optional Protocol to the CCPR', CAT_KAZ)).toEqual(['OP-ICCPR 5(2)']);
  });

  it('"the Covenant" in a CRC text, right after the ICCPR was named, is the CCPR', () => {
    expect(articles('The State party is a party to the International Covenant on Civil and Political Rights. Under article 6 of the Covenant, every child has the inherent right to life.', CRC)).toEqual(['CCPR 6']);
  });

  it('"the Covenant" in a CAT text with no covenant named is nobody\'s', () => {
    expect(articles('article 9 of the Covenant', CAT_KAZ)).toEqual([]);
  });
});

describe('rule 15: bare articles and chains', () => {
  it.each([
    'under article 13',
    'competence under article 22',
    'read in conjunction with article 28',
    'in its general comment on article 3',
  ])('%s belongs to the committee\'s treaty', (text) => expect(articles(text).length).toBe(1));

  it('"(article 14)" in a general comment\'s title', () =>
    expect(articles('general comment No. 32 (2007) on the right to equality before courts and tribunals and to a fair trial (article 14)', CCPR)).toEqual(['CCPR 14']));

  it('belongs to the instrument named last before it', () => {
    expect(articles('The author invokes the Optional Protocol to the Convention on the Rights of the Child on a communications procedure; under article 7 (c), the claim is inadmissible.', CRC)).toEqual(['OPIC 7(c)']);
  });

  it('a chain shares the instrument named at its end', () => {
    expect(articles('a violation of article 1 in conjunction with article 2, paragraph 1, and of articles 12, 13, 14 and 15 of the Convention'))
      .toEqual(['CAT 1', 'CAT 2(1)', 'CAT 12', 'CAT 13', 'CAT 14', 'CAT 15']);
    expect(articles('articles 7 and 10, read in conjunction with article 24 (1), of the Covenant', CCPR)).toEqual(['CCPR 7', 'CCPR 10', 'CCPR 24(1)']);
  });

  it('a chain ending in another treaty is that treaty\'s', () => {
    expect(articles('article 2, read in conjunction with article 26 of the International Covenant on Civil and Political Rights', CRC)).toEqual(['CCPR 2', 'CCPR 26']);
  });
});

describe('rule 16: paragraph, items', () => {
  it.each([
    ['CAT', 'article 22, paragraph 5 (b), of the Convention', 'CAT 22(5)[b]'],
    ['CAT', 'article 22 (5) (b) of the Convention', 'CAT 22(5)[b]'],
    ['CRPD', 'art. 30 (1) of the Convention', 'CRPD 30(1)'],
    ['CEDAW', 'article 16, paragraph 1 (g), of the Convention', 'CEDAW 16(1)[g]'],
    ['CERD', 'article 5 (d) (v) of the Convention', 'CERD 5(d)[v]'],
    ['CRPD', 'article 29 (a) (iii) of the Convention', 'CRPD 29(a)[iii]'],
    ['CRC', 'article 7 (e) of the Optional Protocol', 'OPIC 7(e)'],
    ['CCPR', 'article 2 (para. 3) of the Covenant', 'CCPR 2(3)'],
  ])('%s: %s', (treaty, text, expected) => expect(articles(text, { treaty, jurisdiction: 'KAZ' })).toEqual([expected]));

  it('CEDAW "article 2 (a) and (b)" is two objects', () => expect(articles('article 2 (a) and (b) of the Convention', CEDAW)).toEqual(['CEDAW 2(a)', 'CEDAW 2(b)']));
  it('paragraph lists with items', () =>
    expect(articles('article 14, paragraphs 1 and 3 (e), of the Covenant', CCPR)).toEqual(['CCPR 14(1)', 'CCPR 14(3)[e]']));
  it('a paragraph range and a later paragraph', () =>
    expect(articles('article 9 (1)–(3) and (5) of the Covenant', CCPR)).toEqual(['CCPR 9(1)', 'CCPR 9(2)', 'CCPR 9(3)', 'CCPR 9(5)']));
  it('items of the last paragraph', () =>
    expect(articles('article 14 (2) and (3) (a)–(b) and (g) of the Covenant', CCPR)).toEqual(['CCPR 14(2)', 'CCPR 14(3)[a,b,g]']));
  it('lettered paragraphs continued by parentheses', () =>
    expect(articles('articles 3 (b), (c) and (f), 4 and 21 of the Convention', CRPD)).toEqual(['CRPD 3(b)', 'CRPD 3(c)', 'CRPD 3(f)', 'CRPD 4', 'CRPD 21']));
});

describe('rule 17: article ranges', () => {
  it('articles 11-14', () => expect(articles('articles 11-14 of the Convention')).toEqual(['CAT 11-14 range']));
  it('articles 4 to 7', () => expect(articles('articles 4 to 7 of the Convention')).toEqual(['CAT 4-7 range']));
  it('articles 10–17 in a list', () => expect(articles('articles 5, 10–17 and 25 of the Convention', CRPD)).toEqual(['CRPD 5', 'CRPD 10-17 range', 'CRPD 25']));
});

describe('rule 18: not treaty articles', () => {
  it.each([
    'article 17 of the Universal Declaration of Human Rights',
    'article 1 F (c) of the 1951 Refugee Convention',
    'article 33 of the Convention relating to the Status of Refugees',
    'article 3 of the European Convention on Human Rights',
    'article 3 of the Convention for the Protection of Human Rights and Fundamental Freedoms',
    'article 13 of the European Convention',
    'article 31 of the Vienna Convention on the Law of Treaties',
    'article 56 of the Minsk Convention on Legal Assistance',
    'article 17 of the Dublin III Regulation',
    'article 46 of the United Nations Declaration on the Rights of Indigenous Peoples',
    'article 2 of the American Convention on Human Rights',
    'rule 114 of its rules of procedure',
    'rule 118, paragraph 5, of its rules of procedure',
    'article 98, paragraph 2 (c), of it rules of procedure',
    'in accordance with article 93, of its Rules of Procedure',
    'Convention, preamble, para. (i)',
    'that article',
  ])('%s', (text) => expect(articles(text, CCPR)).toEqual([]));

  it('"the latter Convention" after the Refugee Convention', () =>
    expect(articles('under the 1951 Convention relating to the Status of Refugees; article 33 of the latter Convention forbids it')).toEqual([]));

  it('a bare article after the Refugee Convention is the Refugee Convention\'s', () =>
    expect(articles('The State party refers to the 1951 Refugee Convention. Under article 33, refoulement is prohibited.')).toEqual([]));

  it('principle 5 (2) of the Body of Principles is neither treaty nor law', () => {
    expect(articles('principle 5 (2) of the Body of Principles')).toEqual([]);
    expect(laws('principle 5 (2) of the Body of Principles')).toEqual([]);
  });

  it('law articles are not treaty articles', () => {
    expect(articles('article 347-1 of the Criminal Code and article 14 of the Code of Criminal Procedure')).toEqual([]);
  });
});

describe('rule 19: domestic provisions', () => {
  it('an instrument named without a provision is a law-instrument, not a law', () => {
    expect(laws('the Refugee Act and the Penal Code of 1883')).toEqual([]);
    expect(lawInstruments('the Refugee Act and the Penal Code of 1883')).toEqual(['KAZ Refugee Act', 'KAZ Penal Code']);
  });
  it.each([
    ['article 16(2) of the Constitution', 'KAZ Constitution 16 part 2'],
    ['article 45 of Order No. 06-01 of 27 February 2006', 'KAZ Order No. 06-01 45'],
    ['article 14 (1) (f) of Decree No. 52/2016 of 31 May', 'KAZ Decree No. 52/2016 14 part 1'],
    ['section 5 of the Torture Compensation Act', 'KAZ Torture Compensation Act 5'],
    ['sections 3, 4 and 19 of the Child Labour (Prohibition and Regulation) Act', 'KAZ Child Labour (Prohibition and Regulation) Act 3'],
  ])('%s', (text, expected) => expect(laws(text)[0]).toBe(expected));
});

describe('rule 20: names, anaphora, translations', () => {
  it('drops the State from the name', () => {
    expect(laws('article 7 of the Uzbek Criminal Code')).toEqual(['UZB Criminal Code 7']);
    expect(laws('article 7 of the Criminal Code of Kazakhstan')).toEqual(['KAZ Criminal Code 7']);
    expect(laws('article 7 of the criminal code of Kazakhstan')).toEqual(['KAZ Criminal Code 7']);
    expect(laws('article 51 of the Algerian Code of Criminal Procedure', CCPR)).toEqual(['DZA Code of Criminal Procedure 51']);
  });
  it('cuts long titles to the identifying part', () => {
    expect(laws('article 3 of law No. 353-1 on the order and conditions of detention')).toEqual(['KAZ law No. 353-1 3']);
    // A paragraph number of a domestic instrument is a provision (REFS rule 19).
    expect(laws('paragraph 4 of government order No. 209 of 7 February 2012 on the rules of detention')).toEqual(['KAZ government order No. 209 4']);
    expect(lawInstruments('government order No. 209 of 7 February 2012 on the rules of detention')).toEqual(['KAZ government order No. 209']);
  });
  it('a long title followed by its short name is the short name', () => {
    expect(laws('section 5 of Act IV of 1959 on the Civil Code of the Republic of Hungary (the Civil Code) and article 339 of the Civil Code', { treaty: 'CCPR', jurisdiction: 'HUN' }))
      .toEqual(['HUN Civil Code 5', 'HUN Civil Code 339']);
  });
  it('"the Code" is the code named last', () => {
    expect(laws('the State party amended its Criminal Code, including under section 167 of the Code', { treaty: 'CCPR', jurisdiction: 'NPL' }))
      .toEqual(['NPL Criminal Code 167']);
    expect(laws('article 99, paragraph 1, of the Ukrainian Code of Criminal Procedure, as well as article 336, paragraph 1, of the said Code', CCPR))
      .toEqual(['UKR Code of Criminal Procedure 99 part 1', 'UKR Code of Criminal Procedure 336 part 1']);
  });
  it('"the Act" is the act named last', () => {
    expect(laws('section 11 (3) of the Children’s Act; in accordance with section 11 (3) of the Act', { treaty: 'CCPR', jurisdiction: 'NPL' }))
      .toEqual(["NPL Children's Act 11 part 3", "NPL Children's Act 11 part 3"]);
  });
  it('"the Code" with no code named is nothing', () => expect(laws('article 5 of the Code')).toEqual([]));
  it('a bare article after a named instrument belongs to it', () => {
    expect(laws('Such a procedure is covered by articles 72 and 73 of the Code of Criminal Procedure. Under article 73 the investigating judge orders', CCPR))
      .toEqual(['DZA Code of Criminal Procedure 72', 'DZA Code of Criminal Procedure 73', 'DZA Code of Criminal Procedure 73']);
    expect(laws('Act No. 13.634, art. 85.', CRC)).toEqual(['ARG Act No. 13.634 85']);
  });
  it('a bare section before the name of its code in the same sentence', () => {
    expect(laws('charged under section 266b, which the Criminal Code reserves for racist statements', CERD)).toEqual(['DNK Criminal Code 266b']);
  });
  it('keeps translations apart and merges the two names of the criminal procedure code', () => {
    expect(lawInstruments('the Refugee Act, the refugee law, the Penal Code, the Criminal Code, the Criminal Procedure Code and the Code of Criminal Procedure'))
      .toEqual(['KAZ Refugee Act', 'KAZ Penal Code', 'KAZ Criminal Code', 'KAZ Code of Criminal Procedure', 'KAZ Code of Criminal Procedure']);
  });
  it('gives article titles written after the code', () => {
    expect(laws('charged with article 308 or 347 of the Criminal Code (“Excess of authority or official power” or “Coercion to make a confession” respectively)'))
      .toEqual(['KAZ Criminal Code 308 “Excess of authority or official power”', 'KAZ Criminal Code 347 “Coercion to make a confession”']);
  });
  it('a violation of a bare article is the treaty\'s, even after a law was named', () => {
    expect(articles('given the adoption of Ordinance No. 06/01, the Committee should have found a violation of article 2, paragraph 2', CCPR)).toEqual(['CCPR 2(2)']);
  });
});

describe('domestic names that are not laws', () => {
  it.each([
    'the constitution of the commission',
    'the Constitution of the World Health Organization',
    'the Helsinki Final Act',
    'in accordance with the law',
    'equality before the law',
    'law enforcement officials and the law enforcement bodies',
    'a draft law on domestic violence is being elaborated',
    'the Code of Conduct for Law Enforcement Officials',
  ])('%s', (text) => {
    expect(laws(text)).toEqual([]);
    expect(lawInstruments(text)).toEqual([]);
  });
  it('names with the State around them', () => {
    expect(laws('article 5 of the Criminal Code of the Republic of Kazakhstan')).toEqual(['KAZ Criminal Code 5']);
    expect(lawInstruments('the Law of the Republic of Kazakhstan on Combating Trafficking in Persons')).toEqual(['KAZ Law on Combating Trafficking in Persons']);
    expect(lawInstruments('the Kazakh Criminal Code')).toEqual(['KAZ Criminal Code']);
  });
});

describe('rule 21: jurisdiction', () => {
  it('is the State party by default', () => expect(refsOf('law', 'article 7 of the Criminal Code')[0]!.jurisdiction).toBe('KAZ'));
  it('is the State whose law it is', () => expect(refsOf('law', 'article 7 of the Uzbek Criminal Code')[0]!.jurisdiction).toBe('UZB'));
  it('follows a possessive', () => expect(laws("article 7 of Uzbekistan's Criminal Code")).toEqual(['UZB Criminal Code 7']));
});

describe('rule 22: article numbering', () => {
  it.each([
    ['article 347-1 of the Criminal Code', 'KAZ Criminal Code 347-1'],
    ['article 531-1 of the Code of Criminal Procedure', 'KAZ Code of Criminal Procedure 531-1'],
    ['article 5.61 of the Code of Administrative Offences', 'KAZ Code of Administrative Offences 5.61'],
    ['article 10:24 of the Dutch Civil Code', 'NLD Civil Code 10:24'],
    ['section 266 b of the Criminal Code', 'KAZ Criminal Code 266b'],
    ['section 266(b) of the Criminal Code', 'KAZ Criminal Code 266b'],
    ['section 266B of the Criminal Code', 'KAZ Criminal Code 266b'],
    ['article 14 (bis) of the Criminal Code', 'KAZ Criminal Code 14bis'],
    ['article 27bis of the Criminal Code', 'KAZ Criminal Code 27bis'],
    ['article 14.2 of the Criminal Code', 'KAZ Criminal Code 14 part 2'],
    ['article 239.1 of the Criminal Code', 'KAZ Criminal Code 239 part 1'],
    ['chapter 1, section 14 of the Aliens Act', 'KAZ Aliens Act ch. 1 14'],
  ])('%s', (text, expected) => expect(laws(text)).toEqual([expected]));
});

describe('rule 23: parts', () => {
  it.each([
    ['Part 1 of article 347-1 of the Criminal Code', 'KAZ Criminal Code 347-1 part 1'],
    ['article 244, part 3 of the Criminal Code', 'KAZ Criminal Code 244 part 3'],
    ['article 129, part 1, of the Criminal Code', 'KAZ Criminal Code 129 part 1'],
    ['article 562, paragraph 5, of the Code of Criminal Procedure', 'KAZ Code of Criminal Procedure 562 part 5'],
    ['art. 532, para. 5 of the Code of Criminal Procedure', 'KAZ Code of Criminal Procedure 532 part 5'],
    ['article 96 (2) of the Constitution', 'KAZ Constitution 96 part 2'],
    ['section 118, subsection 3 of the Aliens Act', 'KAZ Aliens Act 118 part 3'],
    ['article 109 (III) of the Constitution', 'KAZ Constitution 109 part III'],
    ['article 63 (1) (k) of the Aliens Act', 'KAZ Aliens Act 63 part 1'],
    ['article 5, paragraph 1 (items 3 and 4) of the Law on Refugees', 'KAZ Law on Refugees 5 part 1'],
    ['article 6 (1) (4) of the Law on Refugees', 'KAZ Law on Refugees 6 part 1'],
  ])('%s', (text, expected) => expect(laws(text)).toEqual([expected]));
  it('paragraphs 1.4 and 1.5', () =>
    expect(laws('article 10, paragraphs 1.4 and 1.5, of the Law on Refugees')).toEqual(['KAZ Law on Refugees 10 part 1.4', 'KAZ Law on Refugees 10 part 1.5']));
});

describe('rule 24: not domestic law', () => {
  it.each([
    'article 17 of the Dublin III Regulation',
    'article 3 of the Convention against Torture',
    'rule 114 of the Committee’s rules of procedure',
    'Economic and Social Council resolution 663 C (XXIV)',
    'principle 5 (2) of the Body of Principles',
  ])('%s', (text) => {
    expect(laws(text)).toEqual([]);
    expect(lawInstruments(text)).toEqual([]);
  });
});

describe('instruments', () => {
  it('finds the first Optional Protocol "thereto" right after the ICCPR', () => {
    expect(instruments('The International Covenant on Civil and Political Rights in 2006 and the signature of the first Optional Protocol thereto in 2007'))
      .toEqual(['iccpr', 'op1-iccpr']);
    expect(instruments('the Covenant and the second Optional Protocol thereto', CCPR)).toEqual(['op2-iccpr']);
  });
  it('finds both the trafficking Protocol and the Convention it supplements', () => {
    expect(instruments('The Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime'))
      .toEqual(['trafficking-protocol', 'untoc']);
  });
  it('does not return the committee\'s own treaty', () => {
    expect(instruments('the Convention against Torture and the Convention')).toEqual([]);
    expect(instruments('the International Covenant on Civil and Political Rights', CCPR)).toEqual([]);
    expect(instruments('the International Covenant on Civil and Political Rights', CAT_KAZ)).toEqual(['iccpr']);
  });
  it('a court is not an instrument', () => {
    expect(instruments('transferred to the International Criminal Court')).toEqual([]);
    expect(instruments('ratifying the Rome Statute of the International Criminal Court')).toEqual(['rome-statute']);
  });
  it('"the Optional Protocol of the Convention" in a CAT text is OPCAT', () => {
    expect(instruments('in accordance with the provisions of the Optional Protocol of the Convention')).toEqual(['opcat']);
  });
  it('recognizes the standards', () => {
    expect(instruments('the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules), the Istanbul Protocol and the Paris Principles'))
      .toEqual(['smr', 'smr', 'istanbul-protocol', 'paris-principles']);
    expect(instruments('the United Nations Standard Minimum Rules for the Administration of Juvenile Justice (the Beijing Rules)', CRC)).toEqual(['beijing-rules', 'beijing-rules']);
  });
  it('names an instrument\'s span', () => {
    expect(spans('ratify the Minsk Convention on Legal Assistance for Persons')).toEqual(['Minsk Convention on Legal Assistance']);
  });
});

describe('findArticleTag', () => {
  it.each([
    ['... on the part of officials (art. 1). ', ['1']],
    ['... by the number of crimes solved (arts. 2, 11 and 12). ', ['2', '11', '12']],
    ['... by the Prosecutor’s office (arts. 2,11,13).', ['2', '11', '13']],
    ['... followed torture or ill-treatment (art.11).   ', ['11']],
    ['... in every instance  (art.15).  ', ['15']],
    ['... from refoulement (arts. 3 and 8)', ['3', '8']],
    ['... (arts. 11-13).', ['11', '12', '13']],
  ])('%s', (text, expected) => expect(findArticleTag(text)?.articles).toEqual(expected));

  it('gives the span of the parenthesis in the original text', () => {
    const text = 'crimes solved (arts. 2, 11\nand 12). \n';
    const tag = findArticleTag(text)!;
    expect(text.slice(tag.start, tag.end)).toBe('(arts. 2, 11\nand 12)');
  });

  it('needs the tag at the end', () => {
    expect(findArticleTag('the tag (art. 2) is followed by more text.')).toBeNull();
    expect(findArticleTag('article 2 of the Convention.')).toBeNull();
    expect(findArticleTag('no tag at all')).toBeNull();
  });

  it('a tag in findReferences is the committee\'s treaty, even after a law', () => {
    expect(articles('the definition of article 347-1 of the Criminal Code excludes “legitimate acts” (art. 1). \n\nThe State party should'))
      .toEqual(['CAT 1']);
  });

  it('a parenthesized article after a law, mid-paragraph, is the law\'s', () => {
    expect(laws('under the Criminal Code (art. 49), which the court applied', CCPR)).toEqual(['DZA Criminal Code 49']);
  });
});

describe('lawInstrumentKey', () => {
  it.each([
    ['Criminal Code', 'criminal-code'],
    ['Code of Criminal Procedure', 'code-of-criminal-procedure'],
    ['Criminal Procedure Code', 'code-of-criminal-procedure'],
    ['Constitution', 'constitution'],
    ["Children's Act", 'children-s-act'],
    ['law No. 353-1', 'law-no-353-1'],
    ['Código Penal', 'codigo-penal'],
  ])('%s -> %s', (name, key) => expect(lawInstrumentKey(name)).toBe(key));
});
