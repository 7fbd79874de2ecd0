import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, instrumentById, treatyInstrument } from '../../src/catalogue/instruments.js';
import { STATES } from '../../src/catalogue/states.js';
import { TREATY_CODES, canonicalTreatyCode, communicationsProtocolOf, protocolOf } from '../../src/catalogue/treaties.js';
import { findReferences } from '../../src/extract/refs/index.js';

/** A context whose own treaty is none of the catalogue's, so that every instrument is reported. */
const NEUTRAL = { treaty: 'NONE', jurisdiction: 'KAZ' };

describe('instrument catalogue', () => {
  it('has unique ids usable in IRIs', () => {
    const ids = INSTRUMENTS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has exactly one instrument for each treaty code of REFS rule 13', () => {
    for (const code of TREATY_CODES) expect(INSTRUMENTS.filter((entry) => entry.treaty === code).map((e) => e.treaty)).toEqual([code]);
  });

  it('gives Wikidata items only as Q-ids', () => {
    for (const entry of INSTRUMENTS) if (entry.wikidata !== undefined) expect(entry.wikidata).toMatch(/^Q[1-9]\d*$/);
    expect(instrumentById('iccpr')?.wikidata).toBe('Q392119');
    expect(instrumentById('icescr')?.wikidata).toBe('Q457862');
    expect(instrumentById('udhr')?.wikidata).toBe('Q7813');
  });

  it.each(INSTRUMENTS.flatMap((entry) => [...entry.names, ...(entry.acronyms ?? [])].map((name) => [entry.id, name] as const)))(
    '%s is found by its name "%s"',
    (id, name) => {
      const text = `The State party refers to the ${name} in its report.`;
      const found = findReferences(text, NEUTRAL).filter((r) => r.kind === 'instrument');
      expect(found.map((r) => r.kind === 'instrument' && [r.id, text.slice(r.start, r.end)])).toEqual([[id, name]]);
    },
  );

  it.each(INSTRUMENTS.flatMap((entry) => (entry.acronyms ?? []).map((acronym) => [entry.id, acronym] as const)))(
    '%s is found by its acronym "%s" opening a text, with no other word around it',
    (id, acronym) => {
      const text = `${acronym} (Declaration, art. 17, 2007)`;
      const found = findReferences(text, NEUTRAL).filter((r) => r.kind === 'instrument');
      expect(found.map((r) => r.kind === 'instrument' && r.id)).toEqual([id]);
    },
  );

  it('finds a treaty by its code or an alias', () => {
    expect(treatyInstrument('CAT')?.id).toBe('cat');
    expect(treatyInstrument('ICCPR')?.id).toBe('iccpr');
    expect(treatyInstrument('OP1-ICCPR')?.id).toBe('op1-iccpr');
    expect(treatyInstrument('OP-CRC-IC')?.id).toBe('opic');
    expect(treatyInstrument('ECHR')).toBeUndefined();
  });
});

describe('treaty codes', () => {
  it.each([
    ['cat', 'CAT'], ['OP-CAT', 'OPCAT'], ['ICCPR', 'CCPR'], ['OP-CCPR', 'OP-ICCPR'], ['ICESCR', 'CESCR'], ['ICERD', 'CERD'],
    ['OP3-CRC', 'OPIC'], ['ICRMW', 'CMW'], ['ICPPED', 'CED'],
  ])('%s -> %s', (alias, code) => expect(canonicalTreatyCode(alias)).toBe(code));

  it('knows each committee\'s communications protocol', () => {
    expect(communicationsProtocolOf('CCPR')).toBe('OP-ICCPR');
    expect(communicationsProtocolOf('CRC')).toBe('OPIC');
    expect(communicationsProtocolOf('CAT')).toBe('OPCAT');
    expect(communicationsProtocolOf('CERD')).toBeNull();
    expect(protocolOf('CCPR', 'second')).toBe('OP2-ICCPR');
    expect(protocolOf('CCPR', 'first')).toBe('OP-ICCPR');
  });
});

describe('states', () => {
  it('has unique ISO 3166 alpha-3 codes with a name', () => {
    const codes = STATES.map((s) => s.iso3);
    expect(new Set(codes).size).toBe(codes.length);
    for (const state of STATES) {
      expect(state.iso3).toMatch(/^[A-Z]{3}$/);
      expect(state.names.length).toBeGreaterThan(0);
    }
  });
});
