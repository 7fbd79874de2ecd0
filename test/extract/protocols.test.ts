/**
 * Concluding observations under an Optional Protocol of the Convention on the
 * Rights of the Child (CRC/C/OPSC/..., CRC/C/OPAC/...): the document's treaty
 * is the protocol its symbol names; "the Optional Protocol" is that protocol
 * and "the Convention" the CRC; tags carry sub-paragraphs and stand in the
 * Roman-numbered section titles. The sentences are those of the fixtures
 * test/fixtures/eras/crc-opsc-2018 and crc-opac-2014, in the Committee's style.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyByCode } from '../../src/catalogue/bodies.js';
import { treatyOfDocument } from '../../src/catalogue/symbols.js';
import { findArticleTag, type RefContext } from '../../src/extract/refs/index.js';
import { ingestString } from '../../src/ingest/index.js';
import { convertSource } from '../../src/pipeline.js';
import { ROOT } from '../support/cli.js';
import { articles, instruments, spans } from './refs-helpers.js';

const OPSC: RefContext = { treaty: 'OPSC', jurisdiction: 'RUS' };
const OPAC: RefContext = { treaty: 'OPAC', jurisdiction: 'RUS' };
const CRC: RefContext = { treaty: 'CRC', jurisdiction: 'RUS' };
const ERAS = join(ROOT, 'test', 'fixtures', 'eras');

describe('the treaty of a document', () => {
  const crc = bodyByCode('CRC')!;
  it.each([
    ['CRC/C/OPSC/RUS/CO/1', 'OPSC'],
    ['CRC/C/OPAC/RUS/CO/1', 'OPAC'],
    ['CRC/C/RUS/CO/4-5', 'CRC'],
    ['CRC/C/15/Add.213', 'CRC'],
  ])('%s is under %s', (symbol, treaty) => expect(treatyOfDocument(symbol, crc)).toBe(treaty));

  it('is the body\'s own treaty where the body does not monitor the protocol a symbol names', () => {
    expect(treatyOfDocument('CAT/C/OPSC/KAZ/CO/1', bodyByCode('CAT')!)).toBe('CAT');
    expect(treatyOfDocument('CAT/C/KAZ/CO/2', bodyByCode('CAT')!)).toBe('CAT');
  });
});

describe('findArticleTag: tags with sub-paragraphs', () => {
  it.each([
    ['... in street situations (art. 9, paras. 1 and 2)', ['9']],
    ['... and related matters (arts. 3, 4 (2) and (3), 5, 6 and 7)', ['3', '4', '5', '6', '7']],
    ['... rights of child victims (arts. 8 and 9, paras. 3 and 4)', ['8', '9']],
    ['... for their physical and psychological recovery (art. 6 (3)).', ['6']],
    ['... Prevention (arts. 1, 2, 4 (2) and 6 (2))', ['1', '2', '4', '6']],
    ['... Prohibition and related matters (arts. 4 (1) and (2), 5 and 6 (1))', ['4', '5', '6']],
    ['... in armed conflict (art. 5 (d) (v)). ', ['5']],
    ['... to child prostitution (art. 3).', ['3']],
  ])('%s', (text, expected) => expect(findArticleTag(text)?.articles).toEqual(expected));

  it('spans the whole parenthesis, the nested ones included, in the text as given', () => {
    const text = 'the absence of measures for their physical and psychological recovery (art. 6\n(3)).\n';
    const tag = findArticleTag(text)!;
    expect(text.slice(tag.start, tag.end)).toBe('(art. 6\n(3))');
    const title = 'Prohibition of the sale of children (arts. 3, 4 (2) and (3), 5, 6 and 7)';
    const t = findArticleTag(title)!;
    expect(title.slice(t.start, t.end)).toBe('(arts. 3, 4 (2) and (3), 5, 6 and 7)');
  });

  it('is no tag where text follows it, or where the parenthesis holds more than articles and their sub-paragraphs', () => {
    expect(findArticleTag('the recovery of child victims (art. 6 (3)) remains limited.')).toBeNull();
    expect(findArticleTag('as the Protocol requires (art. 9, paras. 1 and 2, of the Optional Protocol).')).toBeNull();
    expect(findArticleTag('under the Criminal Code (art. 242 (possession)).')).toBeNull();
    expect(findArticleTag('in line with article 6 (3) of the Optional Protocol.')).toBeNull();
  });

  it('in a text under the OPAC, a closing "(art. 6 (3))" is the protocol\'s article, paragraph 3', () => {
    const text = 'The Committee is concerned about the absence of measures for their physical and psychological recovery (art. 6 (3)).';
    expect(articles(text, OPAC)).toEqual(['OPAC 6(3)']);
    expect(articles(text, CRC)).toEqual(['CRC 6(3)']);
  });
});

describe('"the Optional Protocol" and "the Convention" in a text under an Optional Protocol', () => {
  it('"the Optional Protocol" is the document\'s own protocol, and no instrument mention', () => {
    const text = 'The Committee is concerned that the sale of children is not defined in the legislation of the State party in accordance with article 2 (a) of the Optional Protocol.';
    expect(articles(text, OPSC)).toEqual(['OPSC 2(a)']);
    expect(instruments(text, OPSC)).toEqual([]);
    const next = 'In accordance with article 8, paragraph 2, of the Optional Protocol, the Committee requests the State party to include further information on the implementation of the Optional Protocol.';
    expect(articles(next, OPAC)).toEqual(['OPAC 8(2)']);
    expect(instruments(next, OPAC)).toEqual([]);
  });

  it('"the Convention" is the CRC, the parent treaty, and an instrument the paragraph mentions', () => {
    const text = 'ensure that child victims receive appropriate assistance for their full social reintegration and physical and psychological recovery, in line with article 39 of the Convention.';
    expect(articles(text, OPSC)).toEqual(['CRC 39']);
    expect(instruments(text, OPSC)).toEqual(['crc']);
    expect(spans(text, OPSC)).toEqual(['article 39 of the Convention', 'Convention']);
  });

  it('a bare article with no instrument named before it is the protocol\'s', () => {
    expect(articles('the double criminality requirement for the offences referred to in article 3 (1) and established under article 4.', OPSC))
      .toEqual(['OPSC 3(1)', 'OPSC 4']);
  });

  it('another protocol named in full is an instrument, and owns its articles', () => {
    const text = 'ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure.';
    expect(instruments(text, OPAC)).toEqual(['opic']);
    expect(instruments('and the ratification of the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography, in 2013.', OPAC))
      .toEqual(['opsc']);
    expect(articles('under article 5 of the Optional Protocol on a communications procedure', OPSC)).toEqual(['OPIC 5']);
  });

  it('"the Optional Protocol to the Convention" is the document\'s protocol, unless its subject follows', () => {
    expect(articles('in line with article 3 of the Optional Protocol to the Convention.', OPSC)).toEqual(['OPSC 3']);
    expect(articles('in line with article 3 of the Optional Protocol to the Convention on a communications procedure.', OPSC)).toEqual(['OPIC 3']);
  });

  it('a regional convention\'s article is no UN treaty article', () => {
    expect(articles('in line with article 4 of the Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse.', OPSC))
      .toEqual([]);
    expect(articles('under article 8 of the European Convention on Human Rights and article 34 of the Convention.', OPSC)).toEqual(['CRC 34']);
  });
});

describe('"the Optional Protocol" in a text under the Convention (CRC/C/...) stays the communications procedure', () => {
  it('is OPIC, an instrument the paragraph mentions', () => {
    const text = 'The Committee recommends that the State party ratify the Optional Protocol, and recalls article 5 of the Optional Protocol.';
    expect(articles(text, CRC)).toEqual(['OPIC 5']);
    expect(instruments(text, CRC)).toEqual(['opic', 'opic']);
  });

  it('"the Convention" is the CRC, the own treaty: no instrument mention', () => {
    expect(articles('in line with article 39 of the Convention.', CRC)).toEqual(['CRC 39']);
    expect(instruments('in line with article 39 of the Convention.', CRC)).toEqual([]);
  });

  it('"the Optional Protocol to the Convention" is the communications procedure', () => {
    expect(articles('in line with article 3 of the Optional Protocol to the Convention.', CRC)).toEqual(['OPIC 3']);
  });
});

describe('tags inherited from the section titles', () => {
  const convert = (folder: string, file: string, edit: (text: string) => string = (t) => t) =>
    convertSource(ingestString(edit(readFileSync(join(ERAS, folder, file), 'utf8')), file)).model;
  const tagsOf = (model: ReturnType<typeof convert>) => Object.fromEntries(model.paragraphs.map((p) => [p.number, p.articleTags.join(',')]));

  it('a paragraph under a tagged Roman section title takes its tag; a tag closing the paragraph replaces it', () => {
    const model = convert('crc-opsc-2018', 'CRC_C_OPSC_RUS_CO_1.txt');
    expect(model.treaty).toBe('OPSC');
    const tags = tagsOf(model);
    expect([tags[8], tags[9], tags[10], tags[11], tags[12], tags[15], tags[17], tags[18]]).toEqual(['', '9', '9', '3', '3,4,5,6,7', '8,9', '10', '']);
  });

  it('a subject heading without a tag keeps the section title\'s', () => {
    const model = convert('crc-opac-2014', 'CRC_C_OPAC_RUS_CO_1.txt');
    expect(model.treaty).toBe('OPAC');
    const tags = tagsOf(model);
    expect([tags[9], tags[12], tags[13], tags[14], tags[15], tags[18]]).toEqual(['1,2,4,6', '1,2,4,6', '4', '4,5,6', '6', '']);
  });

  it('a tagged sub-section or heading wins over the section title; an untagged sub-section falls back to it', () => {
    const model = convert('crpd-2014', 'CRPD_C_MEX_CO_1.txt', (text) => text
      .replace('III. Principal areas of concern and recommendations', 'III. Principal areas of concern and recommendations (arts. 1 and 2)')
      .replace('A. General principles and obligations (arts. 1-4)', 'A. General principles and obligations'));
    expect(model.treaty).toBe('CRPD');
    const tags = tagsOf(model);
    expect([tags[3], tags[4], tags[5], tags[6], tags[8], tags[10]]).toEqual(['', '1,2', '1,2', '5', '12', '']);
  });
});
