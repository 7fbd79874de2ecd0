/**
 * Page furniture and line joining of plain text the first review did not
 * reach: pdftotext -layout of 2010s-2020s CRPD, CMW and CED documents and of
 * a 2000s CEDAW document printed in New York (job numbers with their date
 * stamps set apart by wide gaps, a New York job number without "GE.", the
 * title's note under a rule at the end of a text saved from a page, numbered
 * sub-section titles that close with an article tag).
 */
import { describe, expect, it } from 'vitest';
import { ingestString } from '../../src/ingest/index.js';

describe('job numbers', () => {
  it('drops a job number whose date stamps stand apart by wide gaps, and the heading after the page break stays a heading', () => {
    const text = [
      '13.    The Committee urges the State party to repeal article 1463 of the Civil',
      'Code and to establish supported decision-making mechanisms that respect the',
      'autonomy, will and preferences of persons with disabilities.',
      'GE.22-16543 (E)     101122     111122',
      '',
      '*2216543*',
      '                                                                      CRPD/C/ECU/CO/2-3',
      '',
      '',
      '                  Liberty and security of the person (art. 14)',
      '14.    The Committee is concerned that persons with psychosocial disabilities',
      'are deprived of their liberty on the basis of impairment.',
      '',
    ].join('\n');
    const out = ingestString(text, 't').text;
    expect(out).not.toContain('101122');
    expect(out).toContain('preferences of persons with disabilities.\n\nLiberty and security of the person (art. 14)\n\n14. The Committee');
  });

  it('drops a New York job number without "GE." ("07-46133 (E) 170807")', () => {
    const text = [
      '9.      The Committee is concerned that the institutional framework for the',
      'advancement of women has been weakened by the frequent restructuring of the',
      'national machinery.',
      '',
      '07-46133 (E)    170807',
      '*0746133*',
      '\fCEDAW/C/HUN/CO/6',
      'Page 2',
      '',
      '10.     The Committee recommends that the State party strengthen the national',
      'machinery for the advancement of women.',
      '',
    ].join('\n');
    const out = ingestString(text, 't').text;
    expect(out).not.toContain('46133');
    expect(out).toContain('national machinery.\n\n10. The Committee');
  });
});

describe("the title's note under a rule at the end of the text", () => {
  it('is dropped with its marker on the first page, and kept apart as a note', () => {
    const text = [
      'Concluding observations on the combined second and third',
      'periodic reports of Ecuador*',
      '',
      '1.     The Committee considered the combined second and third periodic reports of',
      'Ecuador (CRPD/C/ECU/2-3) at its 612th and 613th meetings, held on 23 and 24 August',
      '2022.',
      '\fCRPD/C/ECU/CO/2-3',
      '',
      '24.    The Committee requests the State party to submit its combined fourth to',
      'sixth periodic reports by 3 June 2028.',
      '',
      '__________________',
      '* Adopted by the Committee at its twenty-seventh session (15 August–9 September',
      '  2022).',
      '',
    ].join('\n');
    const source = ingestString(text, 't');
    expect(source.text).not.toContain('Adopted by');
    expect(source.text).toContain('periodic reports of Ecuador\n');
    expect(source.text.trimEnd().endsWith('by 3 June 2028.')).toBe(true);
    expect(source.notes.join(' ')).toContain('twenty-seventh session');
  });
});

describe('a numbered sub-section title that closes with an article tag', () => {
  it('ends before an indented heading on the next line', () => {
    const text = [
      'C.     Principal subjects of concern and recommendations',
      '1.     General measures of implementation (arts. 73 and 84)',
      '                     Legislation and application',
      '5.     The Committee notes that the State party has not yet made the',
      'declarations provided for in articles 76 and 77 of the Convention.',
      '',
    ].join('\n');
    const out = ingestString(text, 't').text;
    expect(out).toContain('1. General measures of implementation (arts. 73 and 84)\n\nLegislation and application\n\n5. The Committee');
  });

  it('wrapped over two lines, ends before the numbered paragraph that follows', () => {
    const text = [
      '14.    The Committee urges the State party to end the detention of migrant',
      'children.',
      '4.     Other rights of migrant workers and members of their families who',
      '       are documented or in a regular situation (arts. 36–56)',
      '15.    The Committee is concerned about the obstacles faced by Guatemalans',
      'abroad in exercising their right to vote.',
      '',
    ].join('\n');
    const out = ingestString(text, 't').text;
    expect(out).toContain('4. Other rights of migrant workers and members of their families who are documented or in a regular situation (arts. 36–56)\n\n15. The Committee');
  });

  it('still runs on where a tag ends a line inside a sentence', () => {
    const text = [
      '11.    The Committee is concerned that the Criminal Code does not criminalize the',
      'recruitment of children into the armed forces, as required by the Optional Protocol (art. 3)',
      'and that such recruitment has been reported in remote regions of the State party.',
      '',
    ].join('\n');
    const out = ingestString(text, 't').text;
    expect(out).toContain('(art. 3) and that such recruitment');
  });
});
