/** The catalogue of treaty bodies, treaties and States: the facts docs/catalogue.md gives sources for. */
import { describe, expect, it } from 'vitest';
import { bodyByCode, bodyByName, bodyBySymbol, TREATY_BODIES } from '../../src/catalogue/bodies.js';
import { FORMER_STATES, OLD_STATE_CODES, stateByCode, stateByName } from '../../src/catalogue/states.js';
import { parseSymbol } from '../../src/catalogue/symbols.js';
import { hasArticle, protocolsOf, treatyByCode, TREATIES, TREATY_CODES } from '../../src/catalogue/treaties.js';

describe('treaties', () => {
  it('has one entry per code of REFS rule 13', () => {
    expect(TREATIES.map((t) => t.code).sort()).toEqual([...TREATY_CODES].sort());
  });

  it.each([
    ['CAT', 'IV-9'], ['CCPR', 'IV-4'], ['CESCR', 'IV-3'], ['CERD', 'IV-2'], ['CEDAW', 'IV-8'], ['CRC', 'IV-11'], ['CRPD', 'IV-15'],
    ['CMW', 'IV-13'], ['CED', 'IV-16'], ['OPCAT', 'IV-9-b'], ['OP-ICCPR', 'IV-5'], ['OP2-ICCPR', 'IV-12'], ['OPSC', 'IV-11-c'],
    ['OPAC', 'IV-11-b'], ['OP-CRPD', 'IV-15-a'],
  ])('%s is number %s of chapter IV of the UN Treaty Collection', (code, untc) => {
    expect(treatyByCode(code)?.untc).toBe(untc);
  });

  it('finds a treaty by an alias, and its protocols', () => {
    expect(treatyByCode('ICCPR')?.name).toBe('International Covenant on Civil and Political Rights');
    expect(treatyByCode('ICPPED')?.code).toBe('CED');
    expect(protocolsOf('CRC').map((t) => t.code)).toEqual(['OPAC', 'OPSC', 'OPIC']);
    expect(treatyByCode('OPCAT')?.parent).toBe('CAT');
  });

  it('knows how many articles each treaty has, so that an article tag resolves to the right one', () => {
    expect(hasArticle('CAT', '33')).toBe(true);
    expect(hasArticle('CAT', '40')).toBe(false);
    expect(hasArticle('CCPR', '40')).toBe(true);
    expect(hasArticle('CRC', '11-14')).toBe(true);
    expect(hasArticle('OPSC', '18')).toBe(false);
    expect(hasArticle('CMW', '93')).toBe(true);
  });

  it('gives Wikidata items only where they were checked', () => {
    expect(TREATIES.filter((t) => t.wikidata).map((t) => `${t.code} ${t.wikidata}`)).toEqual(['CESCR Q457862', 'CCPR Q392119']);
  });
});

describe('treaty bodies', () => {
  it('are the nine committees and the Subcommittee on Prevention of Torture', () => {
    expect(TREATY_BODIES.map((b) => b.code)).toEqual(['CAT', 'CCPR', 'CESCR', 'CERD', 'CEDAW', 'CRC', 'CRPD', 'CMW', 'CED', 'SPT']);
    expect(TREATY_BODIES.filter((b) => !b.reviewsReports).map((b) => b.code)).toEqual(['SPT']);
  });

  it('monitor their treaty and its protocols, their own first', () => {
    expect(bodyByCode('CRC')?.treaties).toEqual(['CRC', 'OPSC', 'OPAC', 'OPIC']);
    expect(bodyByCode('CCPR')?.treaty).toBe('CCPR');
    expect(bodyByCode('SPT')?.treaties).toEqual(['OPCAT']);
    expect(bodyByCode('CMW')?.treatyWord).toBe('Convention');
  });

  it('are told from a name or a symbol', () => {
    expect(bodyByName('COMMITTEE ON THE PROTECTION OF THE RIGHTS OF ALL MIGRANT WORKERS AND MEMBERS OF THEIR FAMILIES')?.code).toBe('CMW');
    expect(bodyByName('Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment')).toBeUndefined();
    expect(bodyBySymbol('CAT/OP/MEX/1')?.code).toBe('SPT');
    expect(bodyBySymbol('CAT/C/KAZ/CO/2')?.code).toBe('CAT');
    expect(bodyBySymbol('E/C.12/KAZ/CO/2')?.code).toBe('CESCR');
  });
});

describe('States', () => {
  it('read the old codes of UN symbols as ISO 3166', () => {
    for (const [old, iso] of Object.entries(OLD_STATE_CODES)) expect(stateByCode(old)?.iso3, old).toBe(iso);
    expect(stateByCode('PAR')?.name).toBe('Paraguay');
  });

  it('include former States with their historic codes', () => {
    expect(FORMER_STATES.map((s) => `${s.iso3}/${s.former?.iso4}`)).toEqual(
      expect.arrayContaining(['SUN/SUHH', 'YUG/YUCS', 'CSK/CSHH', 'SCG/CSXX']));
    expect(stateByName('SERBIA AND MONTENEGRO')?.iso3).toBe('SCG');
    expect(stateByName('Union of Soviet Socialist Republics')?.iso3).toBe('SUN');
    expect(stateByCode('SEMO')?.iso3).toBe('SCG');
  });
});

describe('parseSymbol, more eras', () => {
  it.each([
    ['CCPR/CO/81/SEMO', { body: 'CCPR', state: 'SCG', stateCodeAsWritten: 'SEMO', kind: 'concluding-observations', session: 81 }],
    ['CCPR/CO/72/NET', { body: 'CCPR', state: 'NLD', stateCodeAsWritten: 'NET', kind: 'concluding-observations' }],
    ['CCPR/C/UZB/2004/2', { body: 'CCPR', state: 'UZB', kind: 'state-report', reports: '2' }],
    ['CERD/C/439/Add.2', { body: 'CERD', kind: 'other' }],
    ['CAT/OP/MEX/1', { body: 'SPT', state: 'MEX' }],
    ['A/56/44', { body: 'CAT', kind: 'annual-report' }],
    ['A/60/38', { body: 'CEDAW', kind: 'annual-report' }],
  ])('%s', (symbol, expected) => {
    expect(parseSymbol(symbol)).toMatchObject(expected);
  });
});
