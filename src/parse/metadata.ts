/**
 * Document metadata from the front matter and the introductory paragraphs:
 * treaty body, State party, session, report considered, meetings, adoption.
 */
import { bodyByName, bodyBySymbol, type TreatyBodyEntry } from '../catalogue/bodies.js';
import { stateByIso3, stateByName } from '../catalogue/states.js';
import type { Meeting, ReportConsidered, Session, StateParty } from '../model.js';
import { MONTH_PATTERN, parseDate, parseDays, parseOrdinal } from './dates.js';
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
  for (const line of front) {
    if (!readFrontLine(line.text, meta)) meta.unread.push(line);
  }
  const first = introduction[0] ?? '';
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

function readFrontLine(text: string, meta: Metadata): boolean {
  const body = bodyByName(text);
  if (body) {
    meta.body ??= body;
    return true;
  }
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
