/**
 * The nine core UN human-rights treaties and their optional protocols, with
 * the codes of REFS rule 13. Only these carry `treaty-article` references.
 */

export const TREATY_CODES = [
  'CAT', 'OPCAT',
  'CCPR', 'OP-ICCPR', 'OP2-ICCPR',
  'CESCR', 'OP-ICESCR',
  'CERD',
  'CEDAW', 'OP-CEDAW',
  'CRC', 'OPSC', 'OPAC', 'OPIC',
  'CRPD', 'OP-CRPD',
  'CMW', 'CED',
] as const;

export type TreatyCode = (typeof TREATY_CODES)[number];

const TREATY_ALIASES: Readonly<Record<string, TreatyCode>> = {
  'OP-CAT': 'OPCAT',
  ICCPR: 'CCPR',
  'OP1-ICCPR': 'OP-ICCPR',
  'OP-CCPR': 'OP-ICCPR',
  ICESCR: 'CESCR',
  ICERD: 'CERD',
  'OP3-CRC': 'OPIC',
  'OP-CRC-IC': 'OPIC',
  ICMW: 'CMW',
  ICRMW: 'CMW',
  ICPPED: 'CED',
};

/** The code of REFS rule 13 for a code or one of its aliases, or null. */
export function canonicalTreatyCode(code: string): TreatyCode | null {
  const upper = code.trim().toUpperCase();
  if ((TREATY_CODES as readonly string[]).includes(upper)) return upper as TreatyCode;
  return TREATY_ALIASES[upper] ?? null;
}

/** Treaties that a committee's text calls "the Convention" (REFS rule 14). */
const CONVENTIONS: readonly TreatyCode[] = ['CAT', 'CERD', 'CEDAW', 'CRC', 'CRPD', 'CMW', 'CED'];
/** Treaties that a committee's text calls "the Covenant". */
const COVENANTS: readonly TreatyCode[] = ['CCPR', 'CESCR'];

export function isConvention(code: TreatyCode): boolean {
  return CONVENTIONS.includes(code);
}

export function isCovenant(code: TreatyCode): boolean {
  return COVENANTS.includes(code);
}

/**
 * "The Optional Protocol" in a committee's text: its communications protocol
 * (REFS rule 14). The Convention against Torture has a single protocol, so
 * the Committee against Torture's "Optional Protocol" is OPCAT.
 */
const COMMUNICATIONS_PROTOCOL: Partial<Record<TreatyCode, TreatyCode>> = {
  CAT: 'OPCAT',
  CCPR: 'OP-ICCPR',
  CESCR: 'OP-ICESCR',
  CEDAW: 'OP-CEDAW',
  CRC: 'OPIC',
  CRPD: 'OP-CRPD',
};

export function communicationsProtocolOf(code: TreatyCode): TreatyCode | null {
  return COMMUNICATIONS_PROTOCOL[code] ?? null;
}

/** "The first / second Optional Protocol thereto" after the parent treaty. */
export function protocolOf(parent: TreatyCode, ordinal: 'first' | 'second' | null): TreatyCode | null {
  if (parent === 'CCPR') return ordinal === 'second' ? 'OP2-ICCPR' : 'OP-ICCPR';
  if (ordinal === 'second') return null;
  if (parent === 'CRC') return ordinal === null ? 'OPIC' : null;
  return COMMUNICATIONS_PROTOCOL[parent] ?? null;
}
