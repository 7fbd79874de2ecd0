/**
 * Document metadata from the front matter and the introductory paragraphs:
 * treaty body, State party, session, report considered, meetings, adoption.
 */
import { bodyByName, bodyBySymbol, TREATY_BODIES, type TreatyBodyEntry } from '../catalogue/bodies.js';
import { stateByIso3, stateByName } from '../catalogue/states.js';
import type { Meeting, ReportConsidered, Session, StateParty } from '../model.js';
import { isoDate, monthNumber, MONTH_PATTERN, parseDate, parseDays, parseOrdinal } from './dates.js';
import type { Line } from './structure.js';

export interface Metadata {
  symbol?: string;
  issuedOn?: string;
  body?: TreatyBodyEntry;
  state?: StateParty;
  session?: Session;
  reportConsidered?: ReportConsidered;
  listOfIssuesReplies?: string;
  meetings: Meeting[];
  adoptedOn?: string;
  /** Front-matter lines that said nothing the parser understood. */
  unread: Line[];
}

const SYMBOL = String.raw`[A-Z][A-Za-z0-9.]*(?:\/[A-Za-z0-9.\-]+)+`;
const CO_SYMBOL = new RegExp(String.raw`^(${SYMBOL}\/(?:CO|CC)\/${'[0-9][0-9A-Za-z.\\-/]*'})$`);
const SESSION_LINE = /^(.+?) session$/i;
const PLACE_AND_DATES = new RegExp(`^(Geneva|New York|Vienna),?\\s+(.*\\b${MONTH_PATTERN}\\s+\\d{4})$`, 'i');
const ISSUE_DATE = new RegExp(`^\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4}$`, 'i');
const REPORT_CONSIDERED = /considered the ((?:[\w-]+ )*?)(?:periodic |initial )?reports? of (?:the )?([^()]+?) \(([^)]+)\)/;
const REPLIES = /(?:responses|replies|written replies|answers) to the list of issues \(([^)]+)\)/;
const ORDINAL_SUFFIX = /(\d+)(?:st|nd|rd|th)/g;

const FURNITURE_LINES = [
  /^united nations$/i,
  /^distr\.?(\s*:?\s*general|\s*:?\s*restricted)?$/i,
  /^general$/i,
  /^original\s*:?\s*\w+$/i,
  /^(advance unedited version|unedited version)$/i,
  /^consideration of reports submitted by states parties/i,
  /^under article \d+ of the (convention|covenant)$/i,
  /^concluding (observations|comments)\b/i,
];

export function readMetadata(front: Line[], introduction: string[]): Metadata {
  const meta: Metadata = { meetings: [], unread: [] };
  const first = introduction[0] ?? '';
  const expected = expectedSymbol(first);
  for (let i = 0; i < front.length; i++) {
    const line = front[i]!;
    if (readFrontLine(line.text, meta, expected)) continue;
    // A masthead line that a narrow column wrapped: "Convention against Torture and Other Cruel, Inhuman or Degrading" / "Treatment or Punishment".
    const next = front[i + 1];
    if (next && readFrontLine(`${line.text} ${next.text}`, meta, expected)) i++;
    else meta.unread.push(line);
  }
  readReportConsidered(first, meta);
  readMeetings(first, meta);
  for (const paragraph of introduction) {
    const replies = REPLIES.exec(paragraph);
    if (replies && !meta.listOfIssuesReplies) meta.listOfIssuesReplies = replies[1]!.trim();
  }
  if (!meta.body && meta.reportConsidered) meta.body = bodyBySymbol(meta.reportConsidered.symbol);
  if (!meta.body && meta.symbol) meta.body = bodyBySymbol(meta.symbol);
  if (!meta.state) {
    const code = stateCodeOf(meta.symbol) ?? stateCodeOf(meta.reportConsidered?.symbol);
    const entry = code ? stateByIso3(code) : undefined;
    if (entry) meta.state = { name: entry.name, iso3: entry.iso3, wikidata: entry.wikidata };
  }
  return meta;
}

function readFrontLine(text: string, meta: Metadata, expected?: string): boolean {
  const body = bodyByName(text) ?? bodyOfMastheadLine(text);
  if (body) {
    meta.body ??= body;
    return true;
  }
  if (readMastheadRun(text, meta, expected)) return true;
  const symbol = CO_SYMBOL.exec(text);
  if (symbol) {
    meta.symbol ??= symbol[1];
    return true;
  }
  if (ISSUE_DATE.test(text)) {
    meta.issuedOn ??= parseDate(text);
    return meta.issuedOn !== undefined;
  }
  const session = SESSION_LINE.exec(text);
  const ordinal = session ? parseOrdinal(session[1]!) : undefined;
  if (ordinal !== undefined) {
    meta.session = { ...meta.session, ordinal };
    return true;
  }
  const place = PLACE_AND_DATES.exec(text);
  if (place) {
    const days = parseDays(place[2]!);
    if (days.length >= 1 && meta.session) {
      meta.session.place = place[1];
      meta.session.startDate = days[0];
      meta.session.endDate = days[days.length - 1];
      return true;
    }
  }
  const state = stateByName(text);
  if (state) {
    meta.state ??= { name: state.name, iso3: state.iso3, wikidata: state.wikidata };
    return true;
  }
  return FURNITURE_LINES.some((re) => re.test(text));
}

/** The body a masthead names by its code ("CAT") or by its treaty's name. */
function bodyOfMastheadLine(text: string): TreatyBodyEntry | undefined {
  const folded = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return TREATY_BODIES.find((b) => folded === b.code.toLowerCase() || folded === b.treatyName.toLowerCase());
}

const DISTRIBUTION_AND_LANGUAGE = /^(Distr\.?\s*:?\s*(?:GENERAL|RESTRICTED|LIMITED)\s*)?(.*?)\s*(Original\s*:?\s*[A-Za-z]+)?$/i;
const WHOLE_SYMBOL = new RegExp(`^${SYMBOL}$`);

/**
 * Parts of a masthead run together in one line, as some renderings print
 * them: "Distr.GENERALCAT/C/KAZ/CO/212 December 2008" or "CAT/C/KAZ/CO/2
 * 12 December 2008". Where the day is glued to the symbol, the split that
 * gives the symbol of the report considered wins ("CO/2" + "12 December"),
 * else a two-digit day.
 */
function readMastheadRun(text: string, meta: Metadata, expected: string | undefined): boolean {
  const [, distribution, core = '', language] = DISTRIBUTION_AND_LANGUAGE.exec(text.trim())!;
  const candidates: Array<{ symbol: string; issued?: string }> = [];
  for (const dayDigits of [2, 1]) {
    const m = new RegExp(`^(.*?)\\s*(\\d{${dayDigits}})\\s*(${MONTH_PATTERN})\\s+(\\d{4})$`, 'i').exec(core);
    const issued = m ? isoDate(Number(m[2]), monthNumber(m[3]!)!, Number(m[4])) : undefined;
    if (m && issued && WHOLE_SYMBOL.test(m[1]!)) candidates.push({ symbol: m[1]!, issued });
  }
  if (candidates.length === 0 && (distribution || language) && WHOLE_SYMBOL.test(core)) candidates.push({ symbol: core });
  const chosen = candidates.find((c) => c.symbol === expected) ?? candidates[0];
  if (!chosen) return false;
  meta.symbol ??= chosen.symbol;
  if (chosen.issued) meta.issuedOn ??= chosen.issued;
  return true;
}

/** The symbol the report considered gives ("CAT/C/KAZ/2" -> "CAT/C/KAZ/CO/2"), to settle a masthead run together. */
function expectedSymbol(introduction: string): string | undefined {
  const m = REPORT_CONSIDERED.exec(introduction);
  return m ? inferSymbol(m[3]!.split(/[;,]/)[0]!.trim()) : undefined;
}

function readReportConsidered(text: string, meta: Metadata): void {
  const m = REPORT_CONSIDERED.exec(text);
  if (!m) return;
  const words = m[1]!.trim().toLowerCase();
  const symbol = m[3]!.split(/[;,]/)[0]!.trim();
  const report: ReportConsidered = { symbol };
  if (/combined/.test(words)) report.kind = 'combined';
  else if (/initial/.test(words) || /initial report/.test(m[0])) report.kind = 'initial';
  else if (/periodic/.test(m[0])) report.kind = 'periodic';
  const ordinalWord = words.replace(/\b(combined|periodic|initial)\b/g, '').trim().split(/\s+/)[0];
  const ordinal = report.kind === 'initial' ? 1 : ordinalWord ? parseOrdinal(ordinalWord) : undefined;
  if (ordinal !== undefined) report.ordinal = ordinal;
  meta.reportConsidered = report;
  if (!meta.state) {
    const state = stateByName(m[2]!);
    if (state) meta.state = { name: state.name, iso3: state.iso3, wikidata: state.wikidata };
  }
}

/**
 * "at its 842nd and 845th meetings (CAT/C/SR.842 and CAT/C/SR.845), held on
 * 6 and 7 November 2008, and adopted at its 858th meeting held on 18 November
 * 2008 (CAT/C/SR.858)".
 */
function readMeetings(text: string, meta: Metadata): void {
  const considered = /at its ((?:\d+(?:st|nd|rd|th)[,\s]*(?:and\s+)?)+)meetings?\s*(?:\(([^)]*)\))?,?\s*held on ([^()]+?\d{4})/.exec(text);
  if (considered) {
    const numbers = [...considered[1]!.matchAll(ORDINAL_SUFFIX)].map((n) => Number(n[1]));
    const records = recordSymbols(considered[2] ?? '');
    const days = parseDays(considered[3]!);
    numbers.forEach((number, i) => {
      meta.meetings.push({
        number,
        record: records.get(number),
        date: days.length === numbers.length ? days[i] : days.length === 1 ? days[0] : undefined,
        role: 'consideration',
      });
    });
  }
  const adopted = /adopted[^.]*?at its (\d+)(?:st|nd|rd|th) meeting,?\s*(?:\(([^)]*)\))?,?\s*(?:held )?on (\d{1,2} \w+ \d{4})\s*(?:\(([^)]*)\))?/.exec(text);
  if (adopted) {
    const number = Number(adopted[1]);
    const records = recordSymbols(`${adopted[2] ?? ''} ${adopted[4] ?? ''}`);
    const date = parseDate(adopted[3]!);
    meta.meetings.push({ number, record: records.get(number), date, role: 'adoption' });
    meta.adoptedOn = date;
  }
}

/** "CAT/C/SR.842 and CAT/C/SR.845" or "CAT/C/SR.842 and 845" -> number -> symbol. */
function recordSymbols(text: string): Map<number, string> {
  const records = new Map<number, string>();
  let prefix: string | undefined;
  for (const m of text.matchAll(/([A-Z][A-Za-z0-9./]*\/SR\.)?(\d+)/g)) {
    if (m[1]) prefix = m[1];
    if (prefix) records.set(Number(m[2]), `${prefix}${m[2]}`);
  }
  return records;
}

/** "CAT/C/KAZ/2" -> "KAZ". */
function stateCodeOf(symbol: string | undefined): string | undefined {
  return symbol?.split('/').find((part) => /^[A-Z]{3}$/.test(part) && !['CAT', 'CED', 'CRC', 'CMW', 'HRI', 'OPSC', 'OPAC'].includes(part));
}

/** The symbol of the concluding observations on a report: "CAT/C/KAZ/2" -> "CAT/C/KAZ/CO/2". */
export function inferSymbol(reportSymbol: string): string | undefined {
  const m = /^(.+\/[A-Z]{3})\/(\d+(?:-\d+)?)$/.exec(reportSymbol);
  return m ? `${m[1]}/CO/${m[2]}` : undefined;
}
