/**
 * Front matter and introduction of documents the fixtures do not hold: the
 * 1990s CERD and CCPR (meetings in ranges, "and, at its 1267th meeting, held
 * on 13 March 1998, adopted"), the 2000s CESCR masthead ("E" in its corner)
 * and the session of a 2010s document, which only the note of its title
 * gives, as a page-foot footnote of the PDF.
 */
import { describe, expect, it } from 'vitest';
import { ingestString } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { parseDays } from '../../src/parse/dates.js';
import { readMetadata } from '../../src/parse/metadata.js';
import { splitLines } from '../../src/parse/structure.js';

describe('session dates', () => {
  it('reads a range that starts in October ("to" inside "October" is no separator)', () => {
    expect(parseDays('31 October-25 November 2022')).toEqual(['2022-10-31', '2022-11-25']);
    expect(parseDays('2 October to 4 October 2019')).toEqual(['2019-10-02', '2019-10-04']);
  });
});

describe('meetings', () => {
  it('writes out a range of meetings and of their records', () => {
    const meta = readMetadata([], [
      'The Committee on Economic, Social and Cultural Rights considered the fourth periodic report of the Russian Federation (E/C.12/4/Add.10) at its 46th to 48th meetings, held on 17 and 18 November 2003 (E/C.12/2003/SR.46-48), and adopted, at its 56th meeting, held on 24 November 2003, the following concluding observations.',
    ]);
    expect(meta.meetings.map((m) => `${m.role}:${m.number}:${m.record ?? ''}`)).toEqual([
      'consideration:46:E/C.12/2003/SR.46',
      'consideration:47:E/C.12/2003/SR.47',
      'consideration:48:E/C.12/2003/SR.48',
      'adoption:56:',
    ]);
    expect(meta.adoptedOn).toBe('2003-11-24');
  });

  it('reads the adoption of "and, at its 1267th meeting, held on 13 March 1998, adopted"', () => {
    const meta = readMetadata([], [
      'The Committee considered the second and third periodic reports of the Czech Republic, submitted as one document (CERD/C/289/Add.1), at its 1253rd and 1254th meetings (CERD/C/SR.1253 and 1254), held on 4 and 5 March 1998, and, at its 1267th meeting, held on 13 March 1998, adopted the following concluding observations.',
    ]);
    expect(meta.meetings.map((m) => `${m.role}:${m.number}:${m.date}`)).toEqual([
      'consideration:1253:1998-03-04',
      'consideration:1254:1998-03-05',
      'adoption:1267:1998-03-13',
    ]);
    expect(meta.adoptedOn).toBe('1998-03-13');
  });
});

describe('the masthead', () => {
  it('knows the letter of the issuing organ and a treaty name wrapped over four lines', () => {
    const front = splitLines(['UNITED NATIONS', 'E', 'Convention against Torture', 'and Other Cruel, Inhuman', 'or Degrading Treatment', 'or Punishment', 'CAT/C/ARM/CO/5'].join('\n'));
    const meta = readMetadata(front, ['The Committee considered the fourth periodic report of the Russian Federation (E/C.12/4/Add.10).']);
    expect(meta.unread.map((l) => l.text)).toEqual([]);
    expect(meta.body?.code).toBe('CAT');
  });
});

describe('the note of the title, a footnote at the foot of the first page', () => {
  it('gives the session though the note is dropped from the text', () => {
    const text = [
      'Committee against Torture',
      '',
      'Concluding observations on the fifth periodic report of Armenia*',
      '',
      '1. The Committee against Torture considered the fifth periodic report of Armenia (CAT/C/ARM/5) at its',
      '1943rd and 1946th meetings, held on 8 and 9 November 2022, and adopted the present',
      'concluding observations at its 1960th meeting, held on 22 November 2022.',
      '',
      '* Adopted by the Committee at its seventy-fifth session (31 October-25 November 2022).',
      '\fGE.22-28610(E)',
      '2. The Committee welcomes the submission of the fifth periodic report of the State party.',
      '',
    ].join('\n');
    const source = ingestString(text, 't.txt');
    expect(source.text).not.toContain('Adopted by the Committee');
    expect(source.notes).toEqual(['* Adopted by the Committee at its seventy-fifth session (31 October-25 November 2022).']);
    const parsed = parseDocument(source);
    expect(parsed.metadata.session).toEqual({ ordinal: 75, startDate: '2022-10-31', endDate: '2022-11-25' });
  });
});

describe('the report considered, submitted under an article or an Optional Protocol', () => {
  it('takes the symbol, not the paragraph of "article 29 (1)" (CED)', () => {
    const meta = readMetadata([], [
      'The Committee on Enforced Disappearances considered the report submitted by Panama under article 29 (1) of the Convention (CED/C/PAN/1) at its 432nd and 433rd meetings (see CED/C/SR.432 and 433), held on 21 and 22 March 2023.',
    ]);
    expect(meta.reportConsidered?.symbol).toBe('CED/C/PAN/1');
  });

  it('reads a report "submitted by Japan under the Optional Protocol (CRC/C/OPSC/JPN/1)"', () => {
    const meta = readMetadata([], [
      'The Committee considered the report submitted by Japan under the Optional Protocol (CRC/C/OPSC/JPN/1) at its 2346th meeting (see CRC/C/SR.2346), held on 17 January 2019.',
    ]);
    expect(meta.reportConsidered?.symbol).toBe('CRC/C/OPSC/JPN/1');
  });
});

describe("a treaty's name in the masthead's left column, the right column's lines read between its lines", () => {
  it('is understood, and the date and distribution between are still read', () => {
    const front = splitLines([
      'CRPD/C/ECU/CO/2-3', 'United Nations', 'Distr.: General', 'Convention on the Rights', '21 October 2022', 'of Persons with Disabilities', 'Original: English',
    ].join('\n'));
    const meta = readMetadata(front, ['The Committee considered the combined second and third periodic reports of Ecuador (CRPD/C/ECU/2-3).']);
    expect(meta.unread.map((l) => l.text)).toEqual([]);
    expect(meta.body?.code).toBe('CRPD');
    expect(meta.issuedOn).toBe('2022-10-21');
  });

  it('reads a name over four lines with two right-column lines between (CMW)', () => {
    const front = splitLines([
      'CMW/C/GTM/CO/2', 'United Nations', 'International Convention on the', 'Distr.: General', 'Protection of the Rights of All', '2 May 2019',
      'Migrant Workers and Members of', 'Their Families', 'Original: English',
    ].join('\n'));
    const meta = readMetadata(front, ['The Committee considered the second periodic report of Guatemala (CMW/C/GTM/2).']);
    expect(meta.unread.map((l) => l.text)).toEqual([]);
    expect(meta.body?.code).toBe('CMW');
    expect(meta.issuedOn).toBe('2019-05-02');
  });

  it('leaves lines that make no name unread', () => {
    const front = splitLines(['Convention on the Rights', '21 October 2022', 'of Persons living in poverty'].join('\n'));
    const meta = readMetadata(front, ['The Committee considered the initial report of Ecuador (CRPD/C/ECU/1).']);
    expect(meta.unread.map((l) => l.text)).toEqual(['Convention on the Rights', 'of Persons living in poverty']);
  });

  it("takes the languages of issue wrapped in the masthead's corner for masthead lines", () => {
    const front = splitLines(['CED/C/PAN/CO/1', 'Original: Spanish', 'English, French and', 'Spanish only'].join('\n'));
    const meta = readMetadata(front, ['The Committee considered the report submitted by Panama under article 29, paragraph 1, of the Convention (CED/C/PAN/1).']);
    expect(meta.unread.map((l) => l.text)).toEqual([]);
  });
});
