import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, documents, instruments, lawInstruments, laws } from './refs-helpers.js';

/** Real decisions of seven treaty bodies (shared/corpus/decisions), beside the clone only. */
const DIR = fileURLToPath(new URL('../../../shared/corpus/decisions/', import.meta.url));

interface DecisionParagraph {
  ID: string;
  Text: string;
  Footnotes?: { n: number; text: string }[] | null;
}

function decision(file: string): DecisionParagraph[] {
  return JSON.parse(readFileSync(`${DIR}${file}.json`, 'utf8')) as DecisionParagraph[];
}

/** A paragraph's text, or one of its footnotes, without the corpus' footnote markers. */
function text(file: string, id: string, footnote?: number): string {
  const paragraph = decision(file).find((p) => p.ID === id);
  if (!paragraph) throw new Error(`${file}: no paragraph ${id}`);
  const raw = footnote === undefined ? paragraph.Text : paragraph.Footnotes?.find((f) => f.n === footnote)?.text;
  if (raw === undefined) throw new Error(`${file} ${id}: no footnote ${footnote}`);
  return raw.replace(/\[\[fn:\d+\]\]/g, '');
}

/** The first paragraph or footnote of a decision whose text contains `needle`. */
function containing(file: string, needle: string): string {
  for (const paragraph of decision(file)) {
    for (const raw of [paragraph.Text, ...(paragraph.Footnotes ?? []).map((f) => f.text)]) {
      const clean = raw.replace(/\[\[fn:\d+\]\]/g, '');
      if (clean.includes(needle)) return clean;
    }
  }
  throw new Error(`${file}: nothing contains "${needle}"`);
}

/** Full stops that do not end a sentence: "No. 45", "para. 3", "E.N. v. Burundi". */
const ABBREVIATION = /(?:\b(?:No|Nos|para|paras|art|arts|Mr|Ms|Mrs|Dr|v|al|sect|chap|Corr|Add|Rev|pp?|[Vv]ol)|\b[A-Z])$/;

/** The sentence of a paragraph that contains `needle`. */
function sentence(file: string, id: string, needle: string): string {
  const paragraph = text(file, id);
  const at = paragraph.indexOf(needle);
  if (at < 0) throw new Error(`${file} ${id}: no "${needle}"`);
  const ends = [...paragraph.matchAll(/\.\s+(?=[A-Z(“])/g)]
    .map((m) => m.index)
    .filter((i) => !ABBREVIATION.test(paragraph.slice(Math.max(0, i - 6), i)));
  const start = Math.max(0, ...ends.filter((i) => i < at).map((i) => i + 1));
  const end = ends.find((i) => i >= at + needle.length) ?? paragraph.length - 1;
  return paragraph.slice(start, end + 1).trim();
}

const CAT_DZA: RefContext = { treaty: 'CAT', jurisdiction: 'DZA' };
const CAT_MAR: RefContext = { treaty: 'CAT', jurisdiction: 'MAR' };
const CCPR_UKR: RefContext = { treaty: 'CCPR', jurisdiction: 'UKR' };
const CCPR_DZA: RefContext = { treaty: 'CCPR', jurisdiction: 'DZA' };
const CCPR_NPL: RefContext = { treaty: 'CCPR', jurisdiction: 'NPL' };
const CEDAW_MDA: RefContext = { treaty: 'CEDAW', jurisdiction: 'MDA' };
const CERD_DNK: RefContext = { treaty: 'CERD', jurisdiction: 'DNK' };
const CRC_ARG: RefContext = { treaty: 'CRC', jurisdiction: 'ARG' };
const CRPD_SAU: RefContext = { treaty: 'CRPD', jurisdiction: 'SAU' };
const CESCR_ESP: RefContext = { treaty: 'CESCR', jurisdiction: 'ESP' };

describe.skipIf(!existsSync(DIR))('decisions corpus', () => {
  if (!existsSync(DIR)) console.log(`skipped: no decisions corpus at ${DIR} (shared/ is not beside this clone)`);

  describe('CAT/C/46/D/341/2008 (Algeria)', () => {
    const file = 'cat-c-46-d-341-2008';
    it('a chain ending in the Convention against Torture', () => {
      expect(articles(sentence(file, '1.1.', 'article 2, paragraph 1'), CAT_DZA))
        .toEqual(['CAT 2(1)', 'CAT 11', 'CAT 12', 'CAT 13', 'CAT 14', 'CAT 1', 'CAT 16']);
    });
    it('"2, paragraph 1," inside a list of articles', () => {
      expect(articles(text(file, '10.'), CAT_DZA))
        .toEqual(['CAT 22(7)', 'CAT 1', 'CAT 2(1)', 'CAT 11', 'CAT 12', 'CAT 13', 'CAT 14']);
    });
    it('rules of procedure are not the Convention', () => {
      expect(articles(sentence(file, '4.1.', 'rule 107'), CAT_DZA)).toEqual(['CAT 22(5)[b]']);
      expect(articles(sentence(file, '4.6.', 'article 107'), CAT_DZA)).toEqual([]);
      expect(articles(sentence(file, '8.2.', 'article 98'), CAT_DZA)).toEqual([]);
    });
    it('the Code of Criminal Procedure, then a bare article that belongs to it', () => {
      const paragraph = text(file, '4.3.');
      expect(laws(paragraph, CAT_DZA)).toEqual([
        'DZA Code of Criminal Procedure 72', 'DZA Code of Criminal Procedure 73',
        'DZA Code of Criminal Procedure 72', 'DZA Code of Criminal Procedure 73',
        'DZA Code of Criminal Procedure 73',
      ]);
      expect(lawInstruments(paragraph, CAT_DZA)).toEqual(['DZA Code of Criminal Procedure']);
    });
    it('an order with its article and chapter', () => {
      expect(laws(sentence(file, '9.9.', 'article 45, chapter 2'), CAT_DZA)).toEqual(['DZA Order No. 06-01 ch. 2 45']);
      expect(laws(text(file, '5.2.'), CAT_DZA)).toEqual(['DZA Order No. 06-01 45', 'DZA Order No. 06-01 46']);
    });
    it('"the Algerian Criminal Code"', () => {
      expect(laws(sentence(file, '7.5.', 'Algerian Criminal Code'), CAT_DZA)).toEqual(['DZA Criminal Code 73']);
    });
    it('pinpoints before and after the symbol', () => {
      expect(documents(text(file, '7.4.', 4), CAT_DZA)).toEqual(['CAT/DZA/CO/3 14']);
      expect(documents(text(file, '7.7.', 5), CAT_DZA)).toEqual(['CAT/C/DZA/CO/3 11']);
      expect(documents(text(file, '9.9.', 14), CAT_DZA)).toEqual(['CAT/C/DZA/CO/3 11']);
    });
    it('"Ibid." and case numbers are not documents', () => {
      expect(documents(text(file, '7.7.', 6), CAT_DZA)).toEqual([]);
      expect(documents(text(file, '3.1.', 3), CAT_DZA)).toEqual([]);
    });
  });

  describe('CAT/C/52/D/402/2009 (Algeria)', () => {
    const file = 'cat-c-52-d-402-2009';
    it('"2 (para. 1)" and ", and, alternatively, article 16"', () => {
      expect(articles(text(file, '1.'), CAT_DZA)).toEqual([
        'CAT 1', 'CAT 2(1)', 'CAT 6', 'CAT 7', 'CAT 11', 'CAT 12', 'CAT 13', 'CAT 14', 'CAT 15', 'CAT 16',
      ]);
    });
    it('a list whose members are separated by semicolons', () => {
      expect(articles(text(file, '12.'), CAT_DZA)).toEqual([
        'CAT 22(7)', 'CAT 1', 'CAT 2(1)', 'CAT 1', 'CAT 11', 'CAT 12', 'CAT 6', 'CAT 7', 'CAT 13', 'CAT 14', 'CAT 15',
      ]);
    });
    it('the rules of procedure with their symbol', () => {
      const paragraph = text(file, '13.');
      expect(articles(paragraph, CAT_DZA)).toEqual([]);
      expect(documents(paragraph, CAT_DZA)).toEqual(['CAT/C/3/Rev.6']);
    });
    it('the Code of Civil Procedure', () => {
      expect(laws(sentence(file, '3.7.', 'Code of Civil Procedure'), CAT_DZA)).toEqual(['DZA Code of Civil Procedure 15']);
    });
    it('a pinpoint after the parenthesis', () => {
      expect(documents(text(file, '11.5.', 15), CAT_DZA)).toEqual(['CAT/C/DZA/CO/3 5']);
    });
  });

  describe('CAT/C/75/D/999/2020 (Morocco)', () => {
    const file = 'cat-c-75-d-999-2020';
    it('"articles 2 (1) and 11 to 15"', () => {
      expect(articles(text(file, '8.'), CAT_MAR)).toEqual(['CAT 22(7)', 'CAT 2(1)', 'CAT 11-15 range', 'CAT 1']);
    });
    it('rule 118 (5) is not an article', () => expect(articles(text(file, '10.'), CAT_MAR)).toEqual([]));
    it('the Constitution and the Code of Criminal Procedure', () => {
      const footnote = text(file, '2.15.', 5);
      expect(laws(footnote, CAT_MAR)).toEqual(['MAR Constitution 22', 'MAR Code of Criminal Procedure 293']);
      expect(documents(footnote, CAT_MAR)).toEqual(['A/HRC/27/48/Add.5 68']);
    });
    it('a corrigendum named in full and a pinpoint after both', () => {
      expect(documents(text(file, '7.4.', 19), CAT_MAR))
        .toEqual(['CAT/C/62/D/493/2012 8.3', 'CAT/C/62/D/493/2012/Corr.1 8.3', 'CAT/C/56/D/578/2013 7.5']);
      expect(documents(text(file, '7.4.', 18), CAT_MAR)).toEqual(['CAT/C/MAR/CO/4 12', 'CCPR/C/MAR/CO/6 23-24']);
    });
    it('the Istanbul Protocol', () => expect(instruments(text(file, '7.10.'), CAT_MAR)).toEqual(['istanbul-protocol']));
  });

  describe('CCPR/C/102/D/1535/2006 (Ukraine)', () => {
    const file = 'ccpr-c-102-d-1535-2006';
    it('the Optional Protocol and the Covenant', () => {
      expect(articles(text(file, '11.'), CCPR_UKR)).toEqual(['OP-ICCPR 5(4)', 'CCPR 7', 'CCPR 14(3)[g]', 'CCPR 14(1)', 'CCPR 14(3)[e]']);
      expect(instruments(text(file, '11.'), CCPR_UKR)).toEqual(['op1-iccpr']);
    });
    it('"article 93, of its Rules of Procedure" is not the Covenant', () => {
      expect(articles(text(file, '9.1.'), CCPR_UKR)).toEqual([]);
    });
    it('paragraphs of articles of the Ukrainian Code of Criminal Procedure and "the said Code"', () => {
      expect(laws(containing(file, 'Ukrainian Code of Criminal Procedure'), CCPR_UKR)).toEqual(['UKR Code of Criminal Procedure 99 part 1', 'UKR Code of Criminal Procedure 336 part 1']);
    });
    it('hyphenated article numbers of the Criminal Procedure Code', () => {
      expect(laws(text(file, '2.22.', 11), CCPR_UKR)).toEqual(['UKR Code of Criminal Procedure 400-5']);
      expect(laws(text(file, '2.22.', 12), CCPR_UKR)).toEqual(['UKR Code of Criminal Procedure 400-8']);
    });
    it('a general comment with its compilation symbol and paragraph', () => {
      const footnote = text(file, '10.2.', 14);
      expect(articles(footnote, CCPR_UKR)).toEqual(['CCPR 7']);
      expect(documents(footnote, CCPR_UKR)).toEqual(['HRI/GEN/1/Rev.8 14']);
    });
    it('a general comment cited by symbol and year', () => {
      expect(documents(text(file, '10.3.', 15), CCPR_UKR)).toEqual(['CCPR/C/GC/32 60']);
    });
  });

  describe('CCPR/C/110/D/1900/2009 (Algeria)', () => {
    const file = 'ccpr-c-110-d-1900-2009';
    it('"article 2 (para. 3) read in conjunction with articles 7, 9 and 16 of the Covenant"', () => {
      expect(articles(sentence(file, '8.', 'acting under article 5'), CCPR_DZA)).toEqual(expect.arrayContaining(['OP-ICCPR 5(4)', 'CCPR 2(3)', 'CCPR 16']));
      expect(articles(text(file, '8.'), CCPR_DZA).filter((a) => !a.startsWith('CCPR') && !a.startsWith('OP-ICCPR 5'))).toEqual([]);
    });
    it('items of a pinpoint and lists of pinpoints', () => {
      expect(documents(text(file, '5.5.', 7), CCPR_DZA)).toEqual(['CCPR/C/DZA/CO/3 7(a)', 'CCPR/C/DZA/CO/3 7(b)']);
      expect(documents(text(file, '6.4.', 9), CCPR_DZA)).toEqual(['CCPR/C/DZA/CO/3 7', 'CCPR/C/DZA/CO/3 8', 'CCPR/C/DZA/CO/3 13']);
    });
    it('annexes, sections and volumes are not paragraphs', () => {
      expect(documents(text(file, '7.4.', 17), CCPR_DZA)).toEqual(['A/47/40']);
    });
    it('an ordinance with its articles, "the Ordinance"', () => {
      expect(laws(text(file, '6.4.'), CCPR_DZA)).toEqual(['DZA Ordinance No. 06-01 45', 'DZA Ordinance No. 06-01 46']);
    });
  });

  describe('CCPR/C/126/D/2773/2016 (Nepal)', () => {
    const file = 'ccpr-c-126-d-2773-2016';
    it('paragraph ranges and chains', () => {
      expect(articles(text(file, '3.4.'), CCPR_NPL).slice(0, 6)).toEqual(['CCPR 9(1)', 'CCPR 9(2)', 'CCPR 9(3)', 'CCPR 9(5)', 'CCPR 2(3)', 'CCPR 24(1)']);
      expect(articles(sentence(file, '3.5.', 'article 14 (2)'), CCPR_NPL)).toEqual(['CCPR 14(2)', 'CCPR 14(3)[a,b,g]', 'CCPR 24(1)']);
    });
    it('sections of Nepalese acts', () => {
      expect(laws(text(file, '2.14.'), CCPR_NPL)).toEqual(["NPL Children's Act 11 part 3"]);
      expect(laws(sentence(file, '4.6.', 'section 20'), CCPR_NPL)).toEqual(['NPL Child Labour Act 20 part 2']);
      expect(lawInstruments(text(file, '2.15.'), CCPR_NPL)).toEqual(['NPL Child Labour (Prohibition and Regulation) Act']);
    });
    it('"section 167 of the Code" after "its Criminal Code"', () => {
      expect(laws(sentence(file, '7.5.', 'section 167'), CCPR_NPL)).toEqual(['NPL Criminal Code 167']);
    });
    it('annual reports cited with annexes and sections', () => {
      expect(documents(text(file, '6.5.', 22), CCPR_NPL)).toEqual(['CCPR/C/115/D/2048/2011 8.3', 'A/47/40 5.4']);
      expect(documents(text(file, '6.5.', 23), CCPR_NPL)).toEqual(['A/48/40 8.2']);
    });
  });

  describe('CEDAW/C/66/D/58/2013 (Republic of Moldova)', () => {
    const file = 'cedaw-c-66-d-58-2013';
    it('lettered paragraphs of Convention articles', () => {
      expect(articles(sentence(file, '13.6.', 'articles 2 (a)'), CEDAW_MDA))
        .toEqual(['CEDAW 2(a)', 'CEDAW 2(c)', 'CEDAW 2(d)', 'CEDAW 2(e)', 'CEDAW 5(a)', 'CEDAW 16(1)']);
    });
    it('the Code of Administrative Offences and the Criminal Code', () => {
      expect(laws(text(file, '2.11.'), CEDAW_MDA)).toContain('MDA Code of Administrative Offences 354');
      expect(laws(text(file, '11.3.'), CEDAW_MDA)).toContain('MDA Criminal Code 201 part 1');
    });
    it('"Article 15 (1) of Law No. 45"', () => {
      expect(laws(containing(file, 'Article 15 (1) of Law No. 45'), CEDAW_MDA)).toEqual(['MDA Law No. 45 15 part 1']);
    });
  });

  describe('CERD/C/71/D/36/2006 (Denmark)', () => {
    const file = 'cerd-c-71-d-36-2006';
    it('section 266b however written', () => {
      expect(laws(text(file, '2.5.'), CERD_DNK)).toEqual(['DNK Criminal Code 266b', 'DNK Criminal Code 266b']);
      expect(laws(text(file, '2.6.'), CERD_DNK)).toEqual(['DNK Criminal Code 266b']);
    });
    it('subsections of the Administration of Justice Act, two sections sharing it', () => {
      expect(laws(text(file, '4.8.'), CERD_DNK).slice(0, 2))
        .toEqual(['DNK Administration and Justice Act 749 part 1', 'DNK Administration and Justice Act 742 part 2']);
    });
    it('"articles 2, paragraph 1(d); 4(a); and 6 of the Convention"', () => {
      expect(articles(text(file, '3.1.'), CERD_DNK).slice(0, 3)).toEqual(['CERD 2(1)[d]', 'CERD 4(a)', 'CERD 6']);
    });
    it('a Convention-article tag quoted from concluding observations', () => {
      expect(articles(text(file, '5.3.'), CERD_DNK)).toEqual(['CERD 4(a)', 'CERD 6']);
    });
  });

  describe('CRC/C/94/D/89/2019 (Argentina)', () => {
    const file = 'crc-c-94-d-89-2019';
    it('"37 (b) and (c)"', () => {
      expect(articles(text(file, '1.1.'), CRC_ARG)).toEqual(['CRC 3', 'CRC 4', 'CRC 25', 'CRC 37(b)', 'CRC 37(c)', 'CRC 40']);
    });
    it('the communications protocol and the Convention in one sentence', () => {
      expect(articles(text(file, '7.'), CRC_ARG)).toEqual(['OPIC 10(5)', 'CRC 37(b)', 'CRC 40(1)', 'CRC 4', 'CRC 37(b)', 'CRC 40(1)']);
    });
    it('an act named before its article', () => {
      expect(laws(text(file, '3.4.', 19), CRC_ARG)).toEqual(['ARG Act No. 13.634 85']);
      expect(laws(text(file, '3.6.', 21), CRC_ARG)).toEqual(['ARG Act No. 22.278 1', 'ARG Act No. 22.278 2']);
    });
    it('a range of articles of the Criminal Code', () => {
      expect(laws(containing(file, 'Articles 40–41'), CRC_ARG)).toEqual(expect.arrayContaining(['ARG Criminal Code 40', 'ARG Criminal Code 41']));
      expect(laws(containing(file, 'Article 80 (7)'), CRC_ARG)).toEqual(expect.arrayContaining(['ARG Criminal Code 80 part 7']));
    });
  });

  describe('CRPD/C/30/D/84/2020 (Saudi Arabia)', () => {
    const file = 'crpd-c-30-d-84-2020';
    it('articles of the Convention after "article 5 of the Optional Protocol", listed with semicolons', () => {
      const found = articles(text(file, '14.'), CRPD_SAU);
      expect(found[0]).toBe('OP-CRPD 5');
      expect(found.slice(1).every((a) => a.startsWith('CRPD '))).toBe(true);
      expect(found).toContain('CRPD 5(2)');
      expect(found).toContain('CRPD 17');
    });
    it('the Nelson Mandela Rules', () => expect(instruments(text(file, '3.5.'), CRPD_SAU)).toEqual(['smr', 'smr']));
    it('"the Act" after the Counter-terrorism and Financing of Terrorism Act', () => {
      expect(laws(text(file, '2.4.'), CRPD_SAU)).toEqual([
        'SAU Counter-terrorism and Financing of Terrorism Act 19', 'SAU Counter-terrorism and Financing of Terrorism Act 20',
      ]);
    });
  });

  describe('E/C.12/66/D/37/2018 (Spain)', () => {
    const file = 'e-c-12-66-d-37-2018';
    it('an article of a decree with a part and an item', () => {
      expect(laws(sentence(file, '2.6.', 'Decree No'), CESCR_ESP)).toEqual(['ESP Decree No. 52/2016 14 part 1']);
    });
    it('the Universal Declaration is an instrument, not a treaty', () => {
      const paragraph = text(file, '4.8.');
      expect(articles(paragraph, CESCR_ESP)).toEqual([]);
      expect(instruments(paragraph, CESCR_ESP)).toEqual(['udhr']);
      expect(laws(paragraph, CESCR_ESP)).toEqual(['ESP Criminal Code 245']);
    });
    it('"art. 437 (3 bis)" of an act named before it', () => {
      expect(laws(text(file, '5.3.', 16), CESCR_ESP)).toEqual(['ESP Act No. 1/2000 437 part 3bis']);
    });
    it('the Optional Protocol and the Covenant', () => {
      expect(articles(text(file, '15.'), CESCR_ESP)).toEqual(['OP-ICESCR 9(1)', 'CESCR 11(1)', 'OP-ICESCR 5']);
    });
  });
});
