/**
 * The grammar of UN document symbols as the treaty bodies used them across
 * three decades: which body issued a document, about which State, of what
 * kind, for which reports, and with which addenda.
 */
import { bodyByAnnualReportSupplement, type TreatyBodyEntry } from './bodies.js';
import { OLD_STATE_CODES, stateByIso3 } from './states.js';
import { canonicalTreatyCode, type TreatyCode } from './treaties.js';

export { OLD_STATE_CODES } from './states.js';

export type DocumentKind =
  | 'concluding-observations'
  | 'state-report'
  | 'list-of-issues'
  | 'replies-to-list-of-issues'
  | 'summary-record'
  | 'annual-report'
  | 'follow-up'
  | 'other';

export interface ParsedSymbol {
  symbol: string;
  /** Treaty-body code (CAT, CCPR, CESCR, CERD, CEDAW, CRC, CRPD, CMW, CED), or "GA" / "ECOSOC" for annual reports. */
  body?: string;
  /** Optional protocol the document is under: OPSC, OPAC. */
  protocol?: string;
  /** ISO 3166 alpha-3, after mapping the old codes of UN symbols. */
  state?: string;
  /** The code as the symbol writes it, where it differs from ISO 3166 ("PAR"). */
  stateCodeAsWritten?: string;
  kind: DocumentKind;
  /** Report numbers: "2", "5-6", "3-5". */
  reports?: string;
  /** Addenda and corrigenda as written out: ["Add.1"]. */
  addenda: string[];
  /** Session of the body (CCPR/CO/70/ARG: 70; CERD/C/65/CO/1: 65; CAT/C/CR/33/3: 33). */
  session?: number;
  /** Summary records: the meeting number. */
  meeting?: number;
  /** Slips read in spite of themselves ('Add.l' for 'Add.1'). */
  warnings: string[];
}

const BODY_PREFIXES: ReadonlyArray<[RegExp, string]> = [
  [/^E\/C\.12\//, 'CESCR'],
  [/^CAT\/OP\//, 'SPT'],
  [/^CAT\//, 'CAT'],
  [/^CCPR\//, 'CCPR'],
  [/^CERD\//, 'CERD'],
  [/^CEDAW\//, 'CEDAW'],
  [/^CRC\//, 'CRC'],
  [/^CRPD\//, 'CRPD'],
  [/^CMW\//, 'CMW'],
  [/^CED\//, 'CED'],
];

const NOT_STATES = new Set(['CAT', 'CED', 'CRC', 'CMW', 'HRI', 'OPSC', 'OPAC', 'GEN', 'REV', 'ADD', 'SR', 'CO', 'CC', 'CR']);

export function parseSymbol(input: string): ParsedSymbol {
  const warnings: string[] = [];
  const symbol = normalizeSlips(input.trim().replace(/\s+/g, ''), warnings);
  const result: ParsedSymbol = { symbol, kind: 'other', addenda: [], warnings };
  const parts = symbol.split('/');
  while (parts.length > 1 && /^(Add|Corr|Rev)\.\d+$/.test(parts[parts.length - 1]!)) result.addenda.unshift(parts.pop()!);

  const annual = /^A\/(\d+)\/(\d+)$/.exec(parts.join('/'));
  const ecosoc = /^E\/(\d{4})\/22$/.exec(parts.join('/'));
  if (annual) {
    result.kind = 'annual-report';
    result.body = bodyByAnnualReportSupplement(annual[2]!)?.code ?? 'GA';
    result.session = Number(annual[1]);
    return result;
  }
  if (ecosoc) {
    result.kind = 'annual-report';
    result.body = 'CESCR';
    return result;
  }
  result.body = BODY_PREFIXES.find(([re]) => re.test(symbol))?.[1];
  const path = parts.join('/');

  const record = /\/SR\.(\d+)$/.exec(path);
  if (record) {
    result.kind = 'summary-record';
    result.meeting = Number(record[1]);
    return result;
  }
  for (const p of parts) if (p === 'OPSC' || p === 'OPAC') result.protocol = p;
  const state = parts.find((p, i) => i > 0 && (/^[A-Z]{3}$/.test(p) || OLD_STATE_CODES[p] !== undefined) && !NOT_STATES.has(p));
  if (state) setState(result, state);

  const last = parts[parts.length - 1]!;
  const beforeLast = parts[parts.length - 2];
  const reportNumber = /^\d+(-\d+)?$/.test(last) ? last : undefined;

  if ((beforeLast === 'CO' || beforeLast === 'CC') && reportNumber) {
    result.kind = result.addenda.some((a) => a.startsWith('Add.')) && state ? 'follow-up' : 'concluding-observations';
    if (state) result.reports = reportNumber;
    else {
      // CERD/C/65/CO/1: a session's CO numbered in sequence, the State named inside.
      const session = parts.find((p, i) => i > 0 && /^\d+$/.test(p) && parts[i + 1] === beforeLast);
      if (session) result.session = Number(session);
    }
    return result;
  }
  const ccprOld = /^CCPR\/CO\/(\d+)\/([A-Z]{2,4})$/.exec(path);
  if (ccprOld) {
    result.kind = 'concluding-observations';
    result.session = Number(ccprOld[1]);
    return result;
  }
  const catOld = /^CAT\/C\/CR\/(\d+)\/(\d+)$/.exec(path);
  if (catOld) {
    result.kind = result.addenda.length > 0 ? 'follow-up' : 'concluding-observations';
    result.session = Number(catOld[1]);
    return result;
  }
  // 1990s series whose addenda are the concluding observations themselves
  // (other CERD/C/N/Add.K documents are States parties' reports).
  if (/^(CCPR\/C\/79|CRC\/C\/15|E\/C\.12\/1|CERD\/C\/304)$/.test(path) && result.addenda.some((a) => a.startsWith('Add.'))) {
    result.kind = 'concluding-observations';
    return result;
  }
  if (beforeLast === 'Q' && reportNumber) {
    result.kind = result.addenda.some((a) => a.startsWith('Add.')) ? 'replies-to-list-of-issues' : 'list-of-issues';
    result.reports = reportNumber;
    return result;
  }
  if (state && reportNumber && beforeLast === state) {
    result.kind = 'state-report';
    result.reports = reportNumber;
  }
  // Reports of the early 2000s carry their year: CCPR/C/NET/99/3, CCPR/C/UZB/2004/2.
  const dated = state && reportNumber && /^\d{2}(\d{2})?$/.test(beforeLast ?? '') && parts[parts.length - 3] === state;
  if (dated) {
    result.kind = 'state-report';
    result.reports = reportNumber;
  }
  return result;
}

/**
 * The treaty a body's document is under: the Optional Protocol its symbol
 * names ("CRC/C/OPSC/RUS/CO/1": OPSC, "CRC/C/OPAC/RUS/CO/1": OPAC), where the
 * body monitors it; else the body's own treaty (CRC).
 */
export function treatyOfDocument(symbol: string, body: TreatyBodyEntry): TreatyCode {
  const protocol = parseSymbol(symbol).protocol;
  const code = protocol ? canonicalTreatyCode(protocol) : null;
  return code && body.treaties.includes(code) ? code : body.treaty;
}

function setState(result: ParsedSymbol, code: string): void {
  const iso = OLD_STATE_CODES[code];
  if (iso) {
    result.state = iso;
    result.stateCodeAsWritten = code;
  } else if (stateByIso3(code)) {
    result.state = code;
  } else {
    result.state = code;
    result.warnings.push(`${code} is not an ISO 3166 alpha-3 code tbkg knows`);
  }
}

/** 'Add.l' (a lower-case L for the digit one) and 'Add. 1' as they occur in real documents. */
function normalizeSlips(symbol: string, warnings: string[]): string {
  return symbol.replace(/\b(Add|Corr|Rev)\.([0-9lI]+)\b/g, (whole, word: string, number: string) => {
    if (!/[lI]/.test(number)) return whole;
    const fixed = `${word}.${number.replace(/[lI]/g, '1')}`;
    warnings.push(`read "${whole}" as "${fixed}"`);
    return fixed;
  });
}
