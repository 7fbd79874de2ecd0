/** The symbol grammar on the symbols of every body and era that real documents carry. */
import { describe, expect, it } from 'vitest';
import { parseSymbol } from '../../src/catalogue/symbols.js';

describe('parseSymbol', () => {
  it.each([
    ['CAT/C/KAZ/CO/2', { body: 'CAT', state: 'KAZ', kind: 'concluding-observations', reports: '2' }],
    ['CAT/C/KAZ/CO/2/Add.1', { body: 'CAT', state: 'KAZ', kind: 'follow-up', reports: '2', addenda: ['Add.1'] }],
    ['CAT/C/CR/33/3', { body: 'CAT', kind: 'concluding-observations', session: 33 }],
    ['CCPR/C/79/Add.46', { body: 'CCPR', kind: 'concluding-observations', addenda: ['Add.46'] }],
    ['CCPR/CO/70/ARG', { body: 'CCPR', state: 'ARG', kind: 'concluding-observations', session: 70 }],
    ['E/C.12/1/Add.38', { body: 'CESCR', kind: 'concluding-observations', addenda: ['Add.38'] }],
    ['CERD/C/304/Add.39', { body: 'CERD', kind: 'concluding-observations', addenda: ['Add.39'] }],
    ['CERD/C/65/CO/1', { body: 'CERD', kind: 'concluding-observations', session: 65 }],
    ['CEDAW/C/PAR/CC/3-5', { body: 'CEDAW', state: 'PRY', stateCodeAsWritten: 'PAR', kind: 'concluding-observations', reports: '3-5' }],
    ['CRC/C/15/Add.22', { body: 'CRC', kind: 'concluding-observations', addenda: ['Add.22'] }],
    ['CRC/C/OPSC/KAZ/CO/1', { body: 'CRC', protocol: 'OPSC', state: 'KAZ', kind: 'concluding-observations', reports: '1' }],
    ['A/56/44', { body: 'CAT', kind: 'annual-report', session: 56 }],
    ['CAT/C/SR.842', { body: 'CAT', kind: 'summary-record', meeting: 842 }],
    ['CAT/C/KAZ/2', { body: 'CAT', state: 'KAZ', kind: 'state-report', reports: '2' }],
    ['CEDAW/C/GBR/7', { body: 'CEDAW', state: 'GBR', kind: 'state-report', reports: '7' }],
    ['CAT/C/KAZ/Q/2', { body: 'CAT', state: 'KAZ', kind: 'list-of-issues', reports: '2' }],
    ['CAT/C/KAZ/Q/2/Add.1', { body: 'CAT', state: 'KAZ', kind: 'replies-to-list-of-issues', reports: '2' }],
    ['CEDAW/C/KAZ/CO/2', { body: 'CEDAW', state: 'KAZ', kind: 'concluding-observations', reports: '2' }],
    ['CCPR/C/GUA/CO/3', { body: 'CCPR', state: 'GTM', stateCodeAsWritten: 'GUA' }],
  ])('%s', (symbol, expected) => {
    const parsed = parseSymbol(symbol);
    expect(parsed).toMatchObject(expected);
    expect(parsed.warnings).toEqual([]);
  });

  it("reads 'Add.l' as Add.1, with a warning", () => {
    const parsed = parseSymbol('CAT/C/KAZ/CO/2/Add.l');
    expect(parsed.symbol).toBe('CAT/C/KAZ/CO/2/Add.1');
    expect(parsed.kind).toBe('follow-up');
    expect(parsed.warnings).toEqual(['read "Add.l" as "Add.1"']);
  });

  it('drops a space inside a symbol (REFS rule 3)', () => {
    expect(parseSymbol('CCPR/C/113/D/ 2272/2013').symbol).toBe('CCPR/C/113/D/2272/2013');
  });

  it('flags a State code it does not know', () => {
    expect(parseSymbol('CAT/C/XYZ/CO/1').warnings).toEqual(['XYZ is not an ISO 3166 alpha-3 code tbkg knows']);
  });
});
