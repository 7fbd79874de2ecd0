/**
 * The nine core UN human-rights treaties and their optional protocols, as
 * data: the codes of REFS rule 13 (only these carry `treaty-article`
 * references), full and short names, the word a committee's text uses for
 * its treaty, the number of the treaty in the UN Treaty Collection (chapter
 * IV, "Human rights"), the UN Treaty Series registration number, the last
 * article (so that a tag "(art. 40)" cannot belong to a treaty of 33
 * articles), the parent treaty of a protocol, the body that monitors it and
 * its Wikidata item. A fact is given only where it was checked; see
 * docs/catalogue.md for where each comes from.
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

export interface TreatyEntry {
  /** REFS rule 13 code, also the IRI key: {base}treaty/CAT. */
  readonly code: TreatyCode;
  /** Other codes texts and users write for it (REFS rule 13, in brackets). */
  readonly aliases: readonly string[];
  readonly name: string;
  /** The short name or acronym in common use. */
  readonly shortName: string;
  /** What the monitoring committee's own texts call it: "the Convention", "the Covenant", "the Optional Protocol". */
  readonly word: 'Convention' | 'Covenant' | 'Optional Protocol';
  /** The treaty a protocol supplements. */
  readonly parent?: TreatyCode;
  /** Code of the treaty body that monitors it (the SPT for OPCAT's visits, CAT for its reports). */
  readonly body: string;
  /** UN Treaty Collection, chapter IV: "IV-9" for the Convention against Torture. */
  readonly untc?: string;
  /** United Nations Treaty Series registration number. */
  readonly unts?: string;
  /** Number of its last article. */
  readonly articles: number;
  readonly adopted: string;
  readonly wikidata?: string;
}

export const TREATIES: readonly TreatyEntry[] = [
  { code: 'CERD', aliases: ['ICERD'], name: 'International Convention on the Elimination of All Forms of Racial Discrimination', shortName: 'ICERD', word: 'Convention', body: 'CERD', untc: 'IV-2', articles: 25, adopted: '1965-12-21' },
  { code: 'CESCR', aliases: ['ICESCR'], name: 'International Covenant on Economic, Social and Cultural Rights', shortName: 'ICESCR', word: 'Covenant', body: 'CESCR', untc: 'IV-3', unts: '14531', articles: 31, adopted: '1966-12-16', wikidata: 'Q457862' },
  { code: 'OP-ICESCR', aliases: [], name: 'Optional Protocol to the International Covenant on Economic, Social and Cultural Rights', shortName: 'OP-ICESCR', word: 'Optional Protocol', parent: 'CESCR', body: 'CESCR', articles: 22, adopted: '2008-12-10' },
  { code: 'CCPR', aliases: ['ICCPR'], name: 'International Covenant on Civil and Political Rights', shortName: 'ICCPR', word: 'Covenant', body: 'CCPR', untc: 'IV-4', unts: '14668', articles: 53, adopted: '1966-12-16', wikidata: 'Q392119' },
  { code: 'OP-ICCPR', aliases: ['OP1-ICCPR', 'OP-CCPR'], name: 'Optional Protocol to the International Covenant on Civil and Political Rights', shortName: 'OP1-ICCPR', word: 'Optional Protocol', parent: 'CCPR', body: 'CCPR', untc: 'IV-5', articles: 14, adopted: '1966-12-16' },
  { code: 'OP2-ICCPR', aliases: [], name: 'Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty', shortName: 'OP2-ICCPR', word: 'Optional Protocol', parent: 'CCPR', body: 'CCPR', untc: 'IV-12', articles: 11, adopted: '1989-12-15' },
  { code: 'CEDAW', aliases: [], name: 'Convention on the Elimination of All Forms of Discrimination against Women', shortName: 'CEDAW', word: 'Convention', body: 'CEDAW', untc: 'IV-8', articles: 30, adopted: '1979-12-18' },
  { code: 'OP-CEDAW', aliases: [], name: 'Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women', shortName: 'OP-CEDAW', word: 'Optional Protocol', parent: 'CEDAW', body: 'CEDAW', articles: 21, adopted: '1999-10-06' },
  { code: 'CAT', aliases: ['UNCAT'], name: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', shortName: 'CAT', word: 'Convention', body: 'CAT', untc: 'IV-9', unts: '24841', articles: 33, adopted: '1984-12-10' },
  { code: 'OPCAT', aliases: ['OP-CAT'], name: 'Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', shortName: 'OPCAT', word: 'Optional Protocol', parent: 'CAT', body: 'SPT', untc: 'IV-9-b', articles: 37, adopted: '2002-12-18' },
  { code: 'CRC', aliases: ['UNCRC'], name: 'Convention on the Rights of the Child', shortName: 'CRC', word: 'Convention', body: 'CRC', untc: 'IV-11', articles: 54, adopted: '1989-11-20' },
  { code: 'OPAC', aliases: ['OP-CRC-AC'], name: 'Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict', shortName: 'OPAC', word: 'Optional Protocol', parent: 'CRC', body: 'CRC', untc: 'IV-11-b', articles: 13, adopted: '2000-05-25' },
  { code: 'OPSC', aliases: ['OP-CRC-SC'], name: 'Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography', shortName: 'OPSC', word: 'Optional Protocol', parent: 'CRC', body: 'CRC', untc: 'IV-11-c', articles: 17, adopted: '2000-05-25' },
  { code: 'OPIC', aliases: ['OP3-CRC', 'OP-CRC-IC'], name: 'Optional Protocol to the Convention on the Rights of the Child on a communications procedure', shortName: 'OPIC', word: 'Optional Protocol', parent: 'CRC', body: 'CRC', articles: 24, adopted: '2011-12-19' },
  { code: 'CMW', aliases: ['ICMW', 'ICRMW'], name: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families', shortName: 'ICMW', word: 'Convention', body: 'CMW', untc: 'IV-13', articles: 93, adopted: '1990-12-18' },
  { code: 'CRPD', aliases: ['UNCRPD'], name: 'Convention on the Rights of Persons with Disabilities', shortName: 'CRPD', word: 'Convention', body: 'CRPD', untc: 'IV-15', articles: 50, adopted: '2006-12-13' },
  { code: 'OP-CRPD', aliases: [], name: 'Optional Protocol to the Convention on the Rights of Persons with Disabilities', shortName: 'OP-CRPD', word: 'Optional Protocol', parent: 'CRPD', body: 'CRPD', untc: 'IV-15-a', articles: 18, adopted: '2006-12-13' },
  { code: 'CED', aliases: ['ICPPED', 'CPED'], name: 'International Convention for the Protection of All Persons from Enforced Disappearance', shortName: 'ICPPED', word: 'Convention', body: 'CED', untc: 'IV-16', articles: 45, adopted: '2006-12-20' },
];

const BY_CODE = new Map<string, TreatyEntry>(TREATIES.map((t) => [t.code, t]));
const BY_ALIAS = new Map<string, TreatyCode>(TREATIES.flatMap((t) => t.aliases.map((a) => [a, t.code] as [string, TreatyCode])));

export function treatyByCode(code: string): TreatyEntry | undefined {
  const canonical = canonicalTreatyCode(code);
  return canonical ? BY_CODE.get(canonical) : undefined;
}

/** The code of REFS rule 13 for a code or one of its aliases, or null. */
export function canonicalTreatyCode(code: string): TreatyCode | null {
  const upper = code.trim().toUpperCase();
  if (BY_CODE.has(upper)) return upper as TreatyCode;
  return BY_ALIAS.get(upper) ?? null;
}

/** Treaties that a committee's text calls "the Convention" (REFS rule 14). */
export function isConvention(code: TreatyCode): boolean {
  return BY_CODE.get(code)?.word === 'Convention';
}

/** Treaties that a committee's text calls "the Covenant". */
export function isCovenant(code: TreatyCode): boolean {
  return BY_CODE.get(code)?.word === 'Covenant';
}

/**
 * Whether `article` can be an article of the treaty: a number (or a range of
 * numbers) no higher than its last article. "(art. 40)" in a text of the
 * Committee against Torture is not an article of the Convention's 33.
 */
export function hasArticle(code: TreatyCode, article: string): boolean {
  const entry = BY_CODE.get(code);
  if (!entry) return false;
  const numbers = article.split(/[-–]/).map((n) => Number.parseInt(n, 10));
  return numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= entry.articles);
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

/** The protocols that supplement a treaty, in the order of the table. */
export function protocolsOf(parent: TreatyCode): TreatyEntry[] {
  return TREATIES.filter((t) => t.parent === parent);
}
