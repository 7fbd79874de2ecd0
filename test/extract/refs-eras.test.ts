/**
 * The recognizers on the cases the corpus work brought up: real sentences of
 * the treaty-body decisions of ../shared/corpus/decisions (skipped where that
 * folder is absent) and of the layouts of test/fixtures/eras.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, documents, lawInstruments, laws } from './refs-helpers.js';

const DIR = fileURLToPath(new URL('../../../shared/corpus/decisions/', import.meta.url));
const CCPR_UKR: RefContext = { treaty: 'CCPR', jurisdiction: 'UKR' };
const CCPR_DZA: RefContext = { treaty: 'CCPR', jurisdiction: 'DZA' };
const CAT_KAZ: RefContext = { treaty: 'CAT', jurisdiction: 'KAZ' };

function paragraph(file: string, id: string): string {
  const all = JSON.parse(readFileSync(`${DIR}${file}.json`, 'utf8')) as Array<{ ID: string; Text: string }>;
  return all.find((p) => p.ID === id)!.Text.replace(/\[\[fn:\d+\]\]/g, '');
}

describe.skipIf(!existsSync(DIR))('decisions', () => {
  it('"the law" that names no instrument does not take the next bare article (CCPR/C/102/D/1535/2006, 5.2)', () => {
    // "... the General Prosecutor misinterpreted the law in order not to investigate ..., in violation of article 14, paragraph 5."
    expect(articles(paragraph('ccpr-c-102-d-1535-2006', '5.2.'), CCPR_UKR)).toEqual(['CCPR 7', 'CCPR 14', 'CCPR 14', 'CCPR 14(5)', 'CCPR 14(2)']);
  });

  it('"(Covenant, art. 2, para. 3)": the treaty named bare before its article (CCPR/C/110/D/1900/2009, 7.7)', () => {
    expect(articles(paragraph('ccpr-c-110-d-1900-2009', '7.7.'), CCPR_DZA)).toEqual(['CCPR 16', 'CCPR 2(3)', 'CCPR 16']);
  });
});

describe('the treaty table of a UPR compilation (A/HRC/WG.6/20/SVN/2): protocols abbreviated as OHCHR writes them', () => {
  const ctx: RefContext = { treaty: 'CAT', jurisdiction: 'SVN' };
  it.each([
    ['OP-CAT (Declaration, art. 17, 2007)', ['OPCAT 17']],
    ['ICCPR-OP 1 (Declaration, art. 1/Reservation, declarations art. 5 (2)(a), 1993)', ['OP-ICCPR 1', 'OP-ICCPR 5(2)[a]']],
    ['OP-CEDAW, art. 8 (2004)', ['OP-CEDAW 8']],
    ['OP-CRC-AC (Declaration, art. 3(2), age of recruitment at 18 years, 2004)', ['OPAC 3(2)']],
    ['OP-CRPD, art. 6 (2008)', ['OP-CRPD 6']],
    ['ICERD, art. 14 (2001)', ['CERD 14']],
  ])('%s', (text, expected) => expect(articles(text, ctx)).toEqual(expected));
});

describe('era layouts', () => {
  it('summary records listed by number after the first symbol', () => {
    expect(documents('at its 470th, 473rd and 482nd meetings (CAT/C/SR.470, 473 and 482), held on 9, 10 and 17 May 2001'))
      .toEqual(['CAT/C/SR.470', 'CAT/C/SR.473', 'CAT/C/SR.482']);
    expect(documents('(see E/C.12/2019/SR.6 and 7), held on 19 and 20 February 2019')).toEqual(['E/C.12/2019/SR.6', 'E/C.12/2019/SR.7']);
    // A year after a record is no record.
    expect(documents('(CAT/C/SR.842, 2008)')).toEqual(['CAT/C/SR.842']);
  });

  it('a letter after a hyphen in a domestic article', () => {
    expect(laws('the definition of enforced disappearance in article 215-A of the Federal Criminal Code does not cover', { treaty: 'CED', jurisdiction: 'MEX' }))
      .toEqual(['MEX Federal Criminal Code 215-A']);
  });

  it('an article the committee\'s treaty does not have is no article of it', () => {
    expect(articles('Under article 235 the penalty is five years.', CAT_KAZ)).toEqual([]);
    expect(articles('as required by article 33 of the Convention', CAT_KAZ)).toEqual(['CAT 33']);
    expect(articles('in violation of article 40', CCPR_UKR)).toEqual(['CCPR 40']);
  });

  it('qualified and listed names of domestic instruments', () => {
    expect(lawInstruments('the adoption of the Constitutional Law on the Human Rights Commissioner, in 2022', CAT_KAZ))
      .toEqual(['KAZ Constitutional Law on the Human Rights Commissioner']);
    expect(lawInstruments('the adoption of the General Act on the Inclusion of Persons with Disabilities, in 2011', { treaty: 'CRPD', jurisdiction: 'MEX' }))
      .toEqual(['MEX General Act on the Inclusion of Persons with Disabilities']);
    expect(lawInstruments('the Act on Refugees, Complementary Protection and Political Asylum, in 2011', { treaty: 'CMW', jurisdiction: 'MEX' }))
      .toEqual(['MEX Act on Refugees, Complementary Protection and Political Asylum']);
  });
});
