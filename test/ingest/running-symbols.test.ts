/**
 * Page furniture of plain text the seed does not show: the document's symbol
 * as the running header of a two-page document (it comes back on no other
 * page, so it is told by repeating the masthead's symbol or by opening a
 * page), and footnotes set under a rule of underscores, each with its marker
 * glued to a word of the text.
 */
import { describe, expect, it } from 'vitest';
import { ingestString } from '../../src/ingest/index.js';

describe('a symbol alone on its line', () => {
  it('is dropped where it repeats the masthead symbol, with its page number, though no form feed stands there', () => {
    const text = [
      'CERD/C/304/Add.55',
      '',
      '12. The Committee recommends that the State party review the Citizenship Act in order to',
      'eliminate its discriminatory effects.',
      'CERD/C/304/Add.55',
      'page 3',
      '',
      'GE.98-15842  (E)',
      '13. The Committee recommends that the State party include in its next periodic report',
      'information on the application of article 196 of the Criminal Code.',
      '',
    ].join('\n');
    const out = ingestString(text, 't').text;
    expect(out.split('CERD/C/304/Add.55').length).toBe(2);
    expect(out).toContain('discriminatory effects.\n\n13. The Committee');
  });

  it('is dropped where it opens a page, and a heading after it stays a block of its own', () => {
    const text = [
      'United Nations                                                             CRC/C/GHA/CO/3-5',
      '',
      '(b) Allocate adequate human, technical and financial resources for its',
      'implementation.',
      '\fCRC/C/GHA/CO/3-5',
      '',
      'Allocation of resources',
      '',
      '7. The Committee is concerned about the low level of budget allocations for children.',
      '',
    ].join('\n');
    const out = ingestString(text, 't').text;
    expect(out).toContain('for its implementation.\n\nAllocation of resources\n\n7. The Committee');
  });

  it('is kept the first time, in the masthead', () => {
    expect(ingestString('United Nations\nCAT/C/ARM/CO/5\nDistr.: General\n', 't').text).toContain('CAT/C/ARM/CO/5');
  });
});

describe('footnotes under a rule of underscores', () => {
  it('are dropped with every marker of the page, and kept apart as notes', () => {
    const text = [
      'Concluding observations on the fifth periodic report of Armenia*',
      '1.     The Committee against Torture considered the fifth periodic report of Armenia1 at its',
      '1943rd and 1946th meetings,2 held on 8 and 9 November 2022.',
      '2.     In its previous concluding observations,3 the Committee requested information.',
      '_______________',
      ' 1   CAT/C/ARM/5.',
      ' 2   See CAT/C/SR.1943 and',
      '     CAT/C/SR.1946.',
      ' 3   CAT/C/ARM/CO/4, para. 47.',
      ' * Adopted by the Committee at its seventy-fifth session (31 October-25 November 2022).',
      '\fGE.22-28610(E)',
      '3.     The Committee welcomes the report.',
      '',
    ].join('\n');
    const source = ingestString(text, 't');
    expect(source.text).toBe([
      'Concluding observations on the fifth periodic report of Armenia',
      '',
      '1. The Committee against Torture considered the fifth periodic report of Armenia at its 1943rd and 1946th meetings, held on 8 and 9 November 2022.',
      '',
      '2. In its previous concluding observations, the Committee requested information.',
      '',
      '3. The Committee welcomes the report.',
      '',
    ].join('\n'));
    expect(source.notes).toEqual([
      '1 CAT/C/ARM/5.',
      '2 See CAT/C/SR.1943 and CAT/C/SR.1946.',
      '3 CAT/C/ARM/CO/4, para. 47.',
      '* Adopted by the Committee at its seventy-fifth session (31 October-25 November 2022).',
    ]);
  });
});
