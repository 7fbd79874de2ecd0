/**
 * Links across the documents of a corpus, computed from small records that
 * each document leaves behind (never from the documents themselves, which
 * are written as they are converted):
 *
 * - a reiteration ("A/56/44, para. 129 (e)") points at the very node of the
 *   cited document when the corpus has it: its paragraph `#para_129`, or the
 *   item of the part that holds it, `#para_129__rec__item_e`;
 * - successive reviews of one State by one body under one treaty are linked
 *   by tb:previousReview, in the order of their dates, unless a report
 *   between them is missing by their ordinals.
 */
import type { ConcludingObservations, Paragraph, Part } from '../model.js';
import type { DeferredReiteration } from '../rdf/map.js';

const PART_SUFFIX: Record<Part['kind'], string> = { concern: 'concern', recommendation: 'rec', positive: 'positive' };

/** What orders one review among the reviews of its State by its body. */
export interface ReviewSummary {
  symbol: string;
  /** Document IRI. */
  graph: string;
  body: string;
  treaty: string;
  state: string;
  /** The day the review was concluded: adoption, else its last meeting, else the session's end, else the issue date. */
  date?: string;
  /** The reports considered: first and last ordinal ("combined third to fifth" is 3 and 5). */
  firstReport?: number;
  lastReport?: number;
}

/** What a document leaves for the link phase: the nodes a reiteration may point at, and its own reiterations. */
export interface LinkRecord {
  symbol: string;
  graph: string;
  /** Paragraph numbers, compact: "1-37" or "121-129,131". */
  paragraphs: string;
  /** The lettered items and the part that holds them: "129:rec:a,b,c", "3:positive:a,b", "7::a" (no part). */
  holders: string[];
  reiterations: DeferredReiteration[];
}

export function reviewSummary(model: ConcludingObservations, graph: string): ReviewSummary {
  const meetingDates = model.meetings.map((m) => m.date).filter((d): d is string => d !== undefined).sort();
  const date = model.adoptedOn ?? meetingDates.at(-1) ?? model.session?.endDate ?? model.issuedOn;
  const report = model.reportConsidered;
  return {
    symbol: model.symbol,
    graph,
    body: model.treatyBody,
    treaty: model.treaty,
    state: model.stateParty.iso3,
    ...(date ? { date } : {}),
    ...(report?.ordinal !== undefined ? { firstReport: report.ordinal, lastReport: report.lastOrdinal ?? report.ordinal } : {}),
  };
}

export function linkRecord(model: ConcludingObservations, graph: string, reiterations: DeferredReiteration[]): LinkRecord {
  return {
    symbol: model.symbol,
    graph,
    paragraphs: compactNumbers(model.paragraphs.map((p) => p.number)),
    holders: model.paragraphs.flatMap(holdersOf),
    reiterations,
  };
}

function holdersOf(p: Paragraph): string[] {
  const holders: string[] = [];
  if (p.items.length > 0) holders.push(`${p.number}::${p.items.map((i) => i.label).join(',')}`);
  for (const part of p.parts) {
    if (part.items.length > 0) holders.push(`${p.number}:${PART_SUFFIX[part.kind]}:${part.items.map((i) => i.label).join(',')}`);
  }
  return holders;
}

/** "1,2,3,5" -> "1-3,5". */
export function compactNumbers(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(',');
}

export function hasParagraph(compact: string, paragraph: string): boolean {
  if (!/^\d+$/.test(paragraph)) return false;
  const n = Number(paragraph);
  return compact.split(',').some((run) => {
    const [from, to] = run.split('-').map(Number);
    return n >= from! && n <= (to ?? from)!;
  });
}

/** The key of a pinpoint, to look a cited node up. */
export function pinpointKey(symbol: string, paragraph: string, item: string | null): string {
  return `${symbol}\u0000${paragraph}\u0000${item ?? ''}`;
}

/**
 * The node of `record`'s document that a pinpoint names, or null when the
 * document has no such paragraph or item. An item that two parts of the
 * paragraph both hold (concern items a-g, recommendation items a-g) is taken
 * from the part of the kind that cites it, else from the recommendation.
 */
export function resolvePinpoint(record: LinkRecord, paragraph: string, item: string | null, fromKind: DeferredReiteration['fromKind']): string | null {
  if (!hasParagraph(record.paragraphs, paragraph)) return null;
  const para = `${record.graph}#para_${paragraph}`;
  if (item === null) return para;
  const holders = record.holders
    .map((h) => h.split(':'))
    .filter(([n, , labels]) => n === paragraph && labels!.split(',').includes(item))
    .map(([, suffix]) => suffix!);
  if (holders.length === 0) return null;
  const preferred = fromKind === 'paragraph' ? undefined : PART_SUFFIX[fromKind];
  const suffix = holders.find((h) => h === preferred) ?? holders.find((h) => h === 'rec') ?? holders[0]!;
  return suffix === '' ? `${para}__item_${item}` : `${para}__${suffix}__item_${item}`;
}

export interface ReviewChains {
  /** Graph of a review -> graph of the review before it. */
  previous: Map<string, string>;
  /** Reviews that could not be put in order: no date. */
  undated: string[];
  /** Successive reviews not linked because a report between them is missing: [later, earlier]. */
  gaps: Array<[string, string]>;
}

/** Successive reviews of one State by one body under one treaty, in the order of their dates. */
export function chainReviews(summaries: Iterable<ReviewSummary>): ReviewChains {
  const groups = new Map<string, ReviewSummary[]>();
  const undated: string[] = [];
  const seen = new Set<string>();
  for (const s of summaries) {
    if (seen.has(s.graph)) continue;
    seen.add(s.graph);
    if (!s.date) {
      undated.push(s.symbol);
      continue;
    }
    const key = `${s.body}|${s.treaty}|${s.state}`;
    const group = groups.get(key) ?? [];
    group.push(s);
    groups.set(key, group);
  }
  const previous = new Map<string, string>();
  const gaps: Array<[string, string]> = [];
  for (const group of groups.values()) {
    group.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0)
      || (a.firstReport ?? 0) - (b.firstReport ?? 0) || (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
    for (let i = 1; i < group.length; i++) {
      const earlier = group[i - 1]!;
      const later = group[i]!;
      const missing = earlier.lastReport !== undefined && later.firstReport !== undefined && later.firstReport > earlier.lastReport + 1;
      if (missing) gaps.push([later.symbol, earlier.symbol]);
      else previous.set(later.graph, earlier.graph);
    }
  }
  return { previous, undated, gaps };
}
