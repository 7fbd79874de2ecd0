/**
 * Document metadata from the front matter and the introductory paragraphs:
 * treaty body, State party, session, report considered, meetings, adoption.
 */
import { bodyByName, bodyBySymbol, TREATY_BODIES, type TreatyBodyEntry } from '../catalogue/bodies.js';
import { stateByIso3, stateByName } from '../catalogue/states.js';
import { parseSymbol } from '../catalogue/symbols.js';
import type { Meeting, ReportConsidered, Session, StateParty } from '../model.js';
import { stateParty } from './state-party.js';
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
/** The dates of a session on their own line, as the 2000s mastheads give them: "2-20 August 2004", "(30 April-18 May 2001)". */
const SESSION_DATES = new RegExp(`^\\(?(\\d{1,2}(?:\\s+${MONTH_PATTERN})?\\s*[-–]\\s*\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4})\\)?$`, 'i');
const SESSION_AND_DATES = new RegExp(`^(.+?) session,?\\s+\\(?(\\d{1,2}(?:\\s+${MONTH_PATTERN})?\\s*[-–]\\s*\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4})\\)?$`, 'i');
const ISSUE_DATE = new RegExp(`^\\d{1,2}\\s+${MONTH_PATTERN}\\s+\\d{4}$`, 'i');
const REPORT_CONSIDERED = /considered the ((?:[\w-]+,? )*?)(?:periodic |initial )?reports? of (?:the )?([^()]+?) \(([^)]+)\)/;
/**
 * "considered the report submitted by Mexico under article 29, paragraph 1, of the Convention (CED/C/MEX/1)",
 * "under article 29 (1) of the Convention (CED/C/PAN/1)": the article's paragraph in parentheses is not the symbol;
 * "submitted by Japan under the Optional Protocol (CRC/C/OPSC/JPN/1)".
 */
const REPORT_SUBMITTED = /considered the ((?:[\w-]+,? )*?)reports? submitted by (?:the )?([^()]+?) under (?:article|the Optional Protocol)[^()]*(?:\(\d{1,2}\)[^()]*)*\(([^)]+)\)/;
/** "considered the fourth periodic report of Kazakhstan at its ...": the report without its symbol. */
const REPORT_WITHOUT_SYMBOL = /considered the ((?:[\w-]+,? )*?)(?:periodic |initial )?reports? of (?:the )?([A-Z][\w' -]+?)(?:,| at its| at the)/;
/** "A/56/44, paras. 121-129.": an annual report's chapter, named by its paragraphs. */
const CHAPTER_OF_REPORT = new RegExp(String.raw`^(A\/\d+\/\d+(?:\/(?:Add|Corr|Rev)\.\d+)?)(?:\s*\(SUPP\))?,?\s*paras?\.?\s*\d+\s*[-–]\s*\d+\b`);
const CHAPTER_INSIDE = new RegExp(CHAPTER_OF_REPORT.source.replace(/^\^/, '(?<![\\w/])'));
/** The title that names the State: "Concluding observations on the third periodic report of Kazakhstan*", "Concluding observations: Kazakhstan". */
const TITLE_STATES: RegExp[] = [
  /^Concluding (?:observations|comments)(?: of the [^:]+?)?\s*:\s*(.+?)\*?$/i,
  /^Concluding (?:observations|comments) on the .*?reports? (?:of|submitted by) (.+?)(?: under article .*?)?\*?$/i,
];
/** "* Adopted by the Committee at its fifty-third session (3-28 November 2014)." */
const ADOPTED_AT_SESSION = /Adopted by the Committee at its (.+?) session\s*\(([^)]+)\)/i;
/** "Convention Abbreviation: CAT": the body of a page of the former treaty-body database. */
const CONVENTION_ABBREVIATION = /^Convention Abbreviation\s*:\s*([A-Z]+)$/;
const REPLIES = /(?:responses|replies|written replies|answers) to (?:the|its) list of issues \(([^)]+)\)/;
/** Replies are issued as an addendum to the list of issues (CAT/C/KAZ/Q/2/Add.1) or as RQ (CAT/C/KAZ/RQ/4); the list itself is not them. */
const REPLIES_SYMBOL = /\/Add\.\d+$|\/RQ\//;
const ORDINAL_SUFFIX = /(\d+)(?:st|nd|rd|th)/g;

const FURNITURE_LINES = [
  /^united nations$/i,
  // The letter of the organ that issues the document, in the masthead's corner: "E" (Economic and Social Council), "A" (General Assembly).
  /^[AE]$/,
  /^(economic and social council|general assembly)$/i,
  /^distr\.?(\s*:?\s*general|\s*:?\s*restricted)?$/i,
  /^general$/i,
  /^original\s*:?\s*\w+$/i,
  // The languages a document is issued in, wrapped in the masthead's corner: "English, French and" / "Spanish only".
  /^(?:(?:Arabic|Chinese|English|French|Russian|Spanish)(?:,|\s+and)?\s+)*(?:Arabic|Chinese|English|French|Russian|Spanish)(?:\s+only|,?\s+and)$/i,
  /^(advance unedited version|unedited version)$/i,
  /^consideration of reports submitted by states parties/i,
  /^under article \d+ of the (convention|covenant)$/i,
  /^concluding (observations|comments)\b/i,
];

export function readMetadata(front: Line[], introduction: string[], notes: string[] = []): Metadata {
  const meta: Metadata = { meetings: [], unread: [] };
  const first = introduction[0] ?? '';
  const expected = expectedSymbol(first);
  // Lines of a treaty's name read with its first line.
  const takenByName = new Set<number>();
  for (let i = 0; i < front.length; i++) {
    const line = front[i]!;
    if (takenByName.has(i)) continue;
    if (readFrontLine(line.text, meta, expected)) continue;
    // A masthead line that a narrow column wrapped onto the next is read as any line.
    const next = front[i + 1];
    if (next && readFrontLine(`${line.text} ${next.text}`, meta, expected)) {
      i++;
      continue;
    }
    const name = wrappedName(front, i, meta);
    if (name) for (const k of name) takenByName.add(k);
    else if (!readMastheadPieces(line.text, meta)) meta.unread.push(line);
  }
  for (const note of notes) readNote(note, meta);
  readReportConsidered(first, meta);
  readMeetings(first, meta);
  if (!meta.reportConsidered?.symbol && meta.reportConsidered && meta.symbol) {
    const inferred = inferReportSymbol(meta.symbol, meta.reportConsidered);
    if (inferred) meta.reportConsidered.symbol = inferred;
    else delete meta.reportConsidered;
  }
  for (const paragraph of introduction) {
    const replies = REPLIES.exec(paragraph);
    if (replies && !meta.listOfIssuesReplies && REPLIES_SYMBOL.test(replies[1]!.trim())) meta.listOfIssuesReplies = replies[1]!.trim();
  }
  if (!meta.body && meta.reportConsidered) meta.body = bodyBySymbol(meta.reportConsidered.symbol);
  if (!meta.body && meta.symbol) meta.body = bodyBySymbol(meta.symbol);
  if (!meta.state) {
    const code = stateCodeOf(meta.symbol) ?? stateCodeOf(meta.reportConsidered?.symbol);
    const entry = code ? stateByIso3(code) : undefined;
    if (entry) meta.state = stateParty(entry);
  }
  return meta;
}

/**
 * A treaty's or a body's name that a narrow column wrapped over three or four
 * lines: "Convention against Torture" / "and Other Cruel, Inhuman" / "or
 * Degrading Treatment" / "or Punishment"; with the right column's lines read
 * between its lines where pdftotext -layout reads a row at a time:
 * "Convention on the Rights" / "21 October 2022" / "of Persons with
 * Disabilities". The lines of the name after `front[i]`, or undefined where
 * they make no name; the lines between are left to be read. Only a whole
 * name counts, for a longer run would swallow the next pieces of the masthead.
 */
function wrappedName(front: Line[], i: number, meta: Metadata): number[] | undefined {
  const used: number[] = [];
  let text = front[i]!.text;
  for (let k = i + 1; k < front.length && used.length < MAX_WRAPPED_LINES; k++) {
    const next = front[k]!.text;
    if (isMastheadPiece(next)) continue;
    used.push(k);
    text = `${text} ${next}`;
    const body = bodyOfMastheadLine(text);
    if (body) {
      meta.body ??= body;
      return used;
    }
  }
  return undefined;
}

/** A line of the masthead's right column that is one piece: "Distr.: General", "GENERAL", "21 October 2022", the symbol. */
function isMastheadPiece(text: string): boolean {
  if (FURNITURE_LINES.some((re) => re.test(text))) return true;
  const m = MASTHEAD_PIECE.exec(text);
  return m !== null && m[0].length === text.trim().length;
}

/** A masthead line wraps onto at most this many lines more (a treaty's name in its narrow column). */
const MAX_WRAPPED_LINES = 3;

function readFrontLine(text: string, meta: Metadata, expected?: string): boolean {
  // The header of a page of the former treaty-body database, run together: "... : Kazakhstan. 17/05/2001. A/56/44, paras. 121-129."
  const chapterInside = CHAPTER_INSIDE.exec(text);
  if (chapterInside) meta.symbol ??= chapterInside[1];
  for (const title of TITLE_STATES) {
    const m = title.exec(text);
    const state = m ? stateByName(m[1]!.replace(/[.*]+$/, '').trim()) : undefined;
    if (state) {
      meta.state ??= stateParty(state);
      meta.body ??= bodyByName(text);
      return true;
    }
  }
  const body = bodyByName(text) ?? bodyOfMastheadLine(text);
  if (body) {
    meta.body ??= body;
    // "Committee on the Elimination of Discrimination against Women Thirty-second session 10-28 January 2005": the rest of a run.
    const name = [body.name, ...body.otherNames].find((n) => text.toLowerCase().startsWith(n.toLowerCase()));
    const rest = name ? text.slice(name.length).trim() : '';
    if (rest.length > 0) readFrontLine(rest, meta, expected);
    return true;
  }
  const abbreviation = CONVENTION_ABBREVIATION.exec(text);
  if (abbreviation && bodyOfMastheadLine(abbreviation[1]!)) {
    meta.body ??= bodyOfMastheadLine(abbreviation[1]!);
    return true;
  }
  const chapter = CHAPTER_OF_REPORT.exec(text);
  if (chapter) {
    meta.symbol ??= chapter[1];
    return true;
  }
  const dates = SESSION_DATES.exec(text);
  if (dates && meta.session && !meta.session.startDate) {
    const days = parseDays(dates[1]!);
    if (days.length >= 2) {
      meta.session.startDate = days[0];
      meta.session.endDate = days[days.length - 1];
      return true;
    }
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
  // "Sixty-fifth session 2-20 August 2004": the session and its dates run together.
  const sessionAndDates = SESSION_AND_DATES.exec(text);
  const runOrdinal = sessionAndDates ? parseOrdinal(sessionAndDates[1]!) : undefined;
  const runDays = sessionAndDates ? parseDays(sessionAndDates[2]!) : [];
  if (runOrdinal !== undefined && runDays.length >= 2) {
    meta.session = { ...meta.session, ordinal: runOrdinal, startDate: runDays[0], endDate: runDays[runDays.length - 1] };
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
    meta.state ??= stateParty(state);
    return true;
  }
  return FURNITURE_LINES.some((re) => re.test(text));
}

/**
 * A masthead whose pieces a reader ran together on one line: "Convention
 * against Torture and Other Cruel, Inhuman or Degrading Treatment or
 * Punishment Distr.: General 12 December 2014". Read only when every piece is
 * known: a treaty or body name, "United Nations", the distribution, the
 * language, a symbol, a date.
 */
function readMastheadPieces(text: string, meta: Metadata): boolean {
  const names = TREATY_BODIES.flatMap((b) => [b.treatyName, b.name, ...b.otherNames]);
  const found: { symbol?: string; issued?: string; body?: TreatyBodyEntry } = {};
  let rest = text.trim();
  let pieces = 0;
  while (rest.length > 0) {
    const before = rest;
    const name = names.find((n) => rest.toLowerCase().startsWith(n.toLowerCase()));
    if (name) {
      found.body ??= bodyByName(name) ?? bodyOfMastheadLine(name);
      rest = rest.slice(name.length);
    } else {
      const m = MASTHEAD_PIECE.exec(rest);
      if (!m || m[0].length === 0) return false;
      if (m.groups?.symbol) found.symbol ??= m.groups.symbol;
      if (m.groups?.date) found.issued ??= parseDate(m.groups.date);
      rest = rest.slice(m[0].length);
    }
    rest = rest.trimStart();
    pieces++;
    if (rest === before) return false;
  }
  if (pieces < 2) return false;
  if (found.body) meta.body ??= found.body;
  if (found.symbol) meta.symbol ??= found.symbol;
  if (found.issued) meta.issuedOn ??= found.issued;
  return true;
}

const MASTHEAD_PIECE = new RegExp(
  String.raw`^(?:United Nations|Economic and Social Council|General Assembly|Distr\.?\s*:?\s*(?:General|Restricted|Limited)|Original\s*:?\s*[A-Za-z]+|(?<symbol>${SYMBOL})|(?<date>\d{1,2}\s+${MONTH_PATTERN}\s+\d{4}))(?=\s|$)`,
  'i',
);

/** A note of the title: "* Adopted by the Committee at its fifty-third session (3-28 November 2014)." */
function readNote(text: string, meta: Metadata): void {
  const m = ADOPTED_AT_SESSION.exec(text);
  const ordinal = m ? parseOrdinal(m[1]!) : undefined;
  if (!m || ordinal === undefined) return;
  if (meta.session && meta.session.ordinal !== ordinal) return;
  const days = parseDays(m[2]!.trim());
  meta.session = { ...meta.session, ordinal };
  if (days.length >= 2) {
    meta.session.startDate ??= days[0];
    meta.session.endDate ??= days[days.length - 1];
  }
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
  const m = REPORT_CONSIDERED.exec(text) ?? REPORT_SUBMITTED.exec(text);
  const bare = m ? undefined : REPORT_WITHOUT_SYMBOL.exec(text);
  const match = m ?? bare;
  if (!match) return;
  const words = `${match[1]!} ${/\b(initial|periodic)\b/.exec(match[0])?.[1] ?? ''}`.trim().toLowerCase();
  const report: ReportConsidered = { symbol: m ? m[3]!.split(/[;,]/)[0]!.trim() : '' };
  const ordinals = [...words.matchAll(/[\w-]+/g)].map((w) => parseOrdinal(w[0])).filter((n): n is number => n !== undefined);
  const combined = /\bcombined\b|\b\w+ to \w+\b/.test(words) || ordinals.length > 1;
  if (combined) report.kind = 'combined';
  else if (/initial/.test(words)) report.kind = 'initial';
  else if (/periodic/.test(words)) report.kind = 'periodic';
  if (ordinals.length > 0) report.ordinal = Math.min(...ordinals);
  if (ordinals.length > 1) report.lastOrdinal = Math.max(...ordinals);
  meta.reportConsidered = report;
  if (!meta.state) {
    const state = stateByName(match[2]!.split(',')[0]!.trim());
    if (state) meta.state = stateParty(state);
  }
}

/** The report that concluding observations consider, from their own symbol: CAT/C/KAZ/CO/4 considers CAT/C/KAZ/4. */
function inferReportSymbol(symbol: string, report: ReportConsidered): string | undefined {
  const m = /^(.+\/[A-Z]{3})\/CO\/(\d+(?:-\d+)?)$/.exec(symbol);
  if (!m) return undefined;
  const numbers = m[2]!.split('-').map(Number);
  if (report.ordinal !== undefined && report.ordinal !== numbers[0]) return undefined;
  return `${m[1]}/${m[2]}`;
}

/**
 * "at its 842nd and 845th meetings (CAT/C/SR.842 and CAT/C/SR.845), held on
 * 6 and 7 November 2008, and adopted at its 858th meeting held on 18 November
 * 2008 (CAT/C/SR.858)".
 */
function readMeetings(text: string, meta: Metadata): void {
  const considered = /at its ((?:\d+(?:st|nd|rd|th)[,\s]*(?:and\s+|to\s+)?)+)meetings?\s*(?:\(([^)]*)\))?,?\s*(?:held )?on ([^()]+?\d{4})\s*(?:\(([^)]*\/SR\.[^)]*)\))?/.exec(text);
  if (considered) {
    const numbers = meetingNumbers(considered[1]!);
    const records = recordSymbols(`${considered[2] ?? ''} ${considered[4] ?? ''}`);
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
  const adopted = /adopted[^.]*?at (?:its|the) (\d+)(?:st|nd|rd|th)(?: and (\d+)(?:st|nd|rd|th))? meetings?,?\s*(?:\(([^)]*)\))?,?\s*(?:held )?on (\d{1,2} \w+ \d{4})\s*(?:\(([^)]*)\))?/.exec(text)
    // "At its 858th meeting, held on ..., it adopted", "and, at its 1267th meeting, held on 13 March 1998, adopted" (CERD in the 1990s).
    ?? /\b[Aa]t its (\d+)(?:st|nd|rd|th)(?: and (\d+)(?:st|nd|rd|th))? meetings?,?\s*(?:\(([^)]*)\))?,?\s*held on (\d{1,2} \w+ \d{4}),?\s*(?:\(([^)]*)\),?\s*)?(?:it |the Committee )?adopted\b/.exec(text);
  if (adopted) {
    const numbers = [Number(adopted[1]), ...(adopted[2] ? [Number(adopted[2])] : [])];
    const records = recordSymbols(`${adopted[3] ?? ''} ${adopted[5] ?? ''}`);
    const date = parseDate(adopted[4]!);
    for (const number of numbers) meta.meetings.push({ number, record: records.get(number), date, role: 'adoption' });
    meta.adoptedOn = date;
  }
}

/** A range of meetings or records is never longer than this: "46th to 48th", "SR.1519-1521". */
const MAX_MEETING_RANGE = 10;

/** "842nd and 845th" -> 842, 845; "46th to 48th" -> 46, 47, 48. */
function meetingNumbers(text: string): number[] {
  const numbers: number[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(ORDINAL_SUFFIX)) {
    const n = Number(m[1]);
    const last = numbers[numbers.length - 1];
    if (last !== undefined && /^\s*to\s*$/.test(text.slice(previousEnd, m.index)) && n > last && n - last <= MAX_MEETING_RANGE) {
      for (let k = last + 1; k < n; k++) numbers.push(k);
    }
    numbers.push(n);
    previousEnd = m.index! + m[0].length;
  }
  return numbers;
}

/** "CAT/C/SR.842 and CAT/C/SR.845", "CAT/C/SR.842 and 845" or "E/C.12/2003/SR.46-48" -> number -> symbol. */
function recordSymbols(text: string): Map<number, string> {
  const records = new Map<number, string>();
  let prefix: string | undefined;
  for (const m of text.matchAll(/([A-Z][A-Za-z0-9./]*\/SR\.)?(\d+)(?:\s*[-–]\s*(\d+))?/g)) {
    if (m[1]) prefix = m[1];
    if (!prefix) continue;
    const first = Number(m[2]);
    const last = m[3] && Number(m[3]) > first && Number(m[3]) - first <= MAX_MEETING_RANGE ? Number(m[3]) : first;
    for (let n = first; n <= last; n++) records.set(n, `${prefix}${n}`);
  }
  return records;
}

/** "CAT/C/KAZ/2" -> "KAZ", "CEDAW/C/PAR/3-5" -> "PRY" (the old code read as ISO 3166). */
function stateCodeOf(symbol: string | undefined): string | undefined {
  return symbol ? parseSymbol(symbol).state : undefined;
}

/** The symbol of the concluding observations on a report: "CAT/C/KAZ/2" -> "CAT/C/KAZ/CO/2". */
export function inferSymbol(reportSymbol: string): string | undefined {
  const m = /^(.+\/[A-Z]{3})\/(\d+(?:-\d+)?)$/.exec(reportSymbol);
  return m ? `${m[1]}/CO/${m[2]}` : undefined;
}
