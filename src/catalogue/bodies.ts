/**
 * The treaty bodies, as data: the committee's name, the code that its
 * document symbols and IRIs use, the first elements of its symbols, the
 * treaties it monitors (the first is its own: the treaty of its concluding
 * observations), the General Assembly (or ECOSOC) supplement number of its
 * annual report, and its Wikidata item where checked. The facts about each
 * treaty are in treaties.ts; docs/catalogue.md says where they come from.
 */
import { treatyByCode, type TreatyCode } from './treaties.js';

export interface TreatyBodyEntry {
  /** Code used in UN symbols and in IRIs: "CAT". */
  code: string;
  name: string;
  /** Other names its documents carry ("Committee on the Protection of the Rights of All Migrant Workers ..."). */
  otherNames: readonly string[];
  /** The document's own treaty: REFS codes ("CCPR" for the ICCPR). */
  treaty: TreatyCode;
  /** Every treaty it monitors, its own first. */
  treaties: readonly TreatyCode[];
  treatyName: string;
  /** The word the body's texts use for its treaty: "the Convention", "the Covenant". */
  treatyWord: 'Convention' | 'Covenant' | 'Optional Protocol';
  /** The first elements of the body's document symbols. */
  symbolPrefix: string;
  /** Supplement number of its annual report to the General Assembly (A/56/44 is CAT's), or to ECOSOC for the CESCR. */
  annualReportSupplement?: string;
  /** Whether it adopts concluding observations on States parties' reports (the SPT visits instead). */
  reviewsReports: boolean;
  wikidata?: string;
}

interface BodyRow {
  code: string;
  name: string;
  otherNames?: string[];
  treaties: TreatyCode[];
  symbolPrefix: string;
  annualReportSupplement?: string;
  reviewsReports?: boolean;
  wikidata?: string;
}

const BODY_ROWS: readonly BodyRow[] = [
  { code: 'CAT', name: 'Committee against Torture', treaties: ['CAT'], symbolPrefix: 'CAT/C/', annualReportSupplement: '44' },
  { code: 'CCPR', name: 'Human Rights Committee', treaties: ['CCPR', 'OP-ICCPR', 'OP2-ICCPR'], symbolPrefix: 'CCPR/', annualReportSupplement: '40', wikidata: 'Q770764' },
  { code: 'CESCR', name: 'Committee on Economic, Social and Cultural Rights', treaties: ['CESCR', 'OP-ICESCR'], symbolPrefix: 'E/C.12/', annualReportSupplement: '22', wikidata: 'Q1428380' },
  { code: 'CERD', name: 'Committee on the Elimination of Racial Discrimination', treaties: ['CERD'], symbolPrefix: 'CERD/C/', annualReportSupplement: '18' },
  { code: 'CEDAW', name: 'Committee on the Elimination of Discrimination against Women', treaties: ['CEDAW', 'OP-CEDAW'], symbolPrefix: 'CEDAW/C/', annualReportSupplement: '38' },
  { code: 'CRC', name: 'Committee on the Rights of the Child', treaties: ['CRC', 'OPSC', 'OPAC', 'OPIC'], symbolPrefix: 'CRC/C/', annualReportSupplement: '41' },
  { code: 'CRPD', name: 'Committee on the Rights of Persons with Disabilities', treaties: ['CRPD', 'OP-CRPD'], symbolPrefix: 'CRPD/C/', annualReportSupplement: '55' },
  {
    code: 'CMW',
    name: 'Committee on Migrant Workers',
    otherNames: ['Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families'],
    treaties: ['CMW'],
    symbolPrefix: 'CMW/C/',
    annualReportSupplement: '48',
  },
  { code: 'CED', name: 'Committee on Enforced Disappearances', treaties: ['CED'], symbolPrefix: 'CED/C/', annualReportSupplement: '56' },
  {
    code: 'SPT',
    name: 'Subcommittee on Prevention of Torture',
    otherNames: ['Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment'],
    treaties: ['OPCAT'],
    symbolPrefix: 'CAT/OP/',
    reviewsReports: false,
  },
];

export const TREATY_BODIES: readonly TreatyBodyEntry[] = BODY_ROWS.map((row) => {
  const own = treatyByCode(row.treaties[0]!)!;
  return {
    code: row.code,
    name: row.name,
    otherNames: row.otherNames ?? [],
    treaty: own.code,
    treaties: row.treaties,
    treatyName: own.name,
    treatyWord: own.word,
    symbolPrefix: row.symbolPrefix,
    ...(row.annualReportSupplement ? { annualReportSupplement: row.annualReportSupplement } : {}),
    reviewsReports: row.reviewsReports ?? true,
    ...(row.wikidata ? { wikidata: row.wikidata } : {}),
  };
});

/** The bodies whose concluding observations tbkg reads: the nine committees. */
const REVIEWING = TREATY_BODIES.filter((b) => b.reviewsReports);

export function bodyByCode(code: string): TreatyBodyEntry | undefined {
  return TREATY_BODIES.find((b) => b.code === code);
}

/** The committee whose name a line of text carries ("COMMITTEE AGAINST TORTURE"). */
export function bodyByName(text: string): TreatyBodyEntry | undefined {
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  // The Subcommittee's name does not contain the Committee's, but check it first all the same.
  if (folded.includes('subcommittee on prevention of torture')) return undefined;
  return REVIEWING.find((b) => folded.includes(b.name.toLowerCase()))
    ?? REVIEWING.find((b) => b.otherNames.some((n) => folded.includes(n.toLowerCase())));
}

/** The body that issued a document, from its symbol ("CAT/C/KAZ/2" -> CAT, "CAT/OP/..." -> SPT). */
export function bodyBySymbol(symbol: string): TreatyBodyEntry | undefined {
  const bySpecificity = [...TREATY_BODIES].sort((a, b) => b.symbolPrefix.length - a.symbolPrefix.length);
  return bySpecificity.find((b) => symbol.startsWith(b.symbolPrefix))
    ?? TREATY_BODIES.find((b) => b.reviewsReports && symbol.startsWith(`${b.code}/`));
}

/** The body whose annual report has this General Assembly supplement number ("44" -> CAT). */
export function bodyByAnnualReportSupplement(supplement: string): TreatyBodyEntry | undefined {
  return TREATY_BODIES.find((b) => b.annualReportSupplement === supplement && b.code !== 'CESCR');
}
