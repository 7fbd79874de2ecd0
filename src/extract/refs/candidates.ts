/**
 * Raw mentions of instruments found in a flat paragraph, before overlaps are
 * settled and anaphora ("the Convention", "the Code", "thereto") resolved.
 */
export type Candidate =
  | { kind: 'catalogue'; start: number; end: number; id: string }
  /** "the Convention" / "the Covenant": the committee's treaty, or the one named last. */
  | { kind: 'generic-treaty'; start: number; end: number; which: 'convention' | 'covenant' }
  /** "the latter Convention", "the said Covenant": the international instrument named last. */
  | { kind: 'same-instrument'; start: number; end: number }
  /**
   * "the Optional Protocol to the Convention", "the Optional Protocol of the Covenant"; `subject` when the
   * protocol's subject follows in lower case ("... to the Convention on a communications procedure").
   */
  | { kind: 'protocol-of'; start: number; end: number; base: 'convention' | 'covenant'; ordinal: Ordinal; subject: boolean }
  /** "the first Optional Protocol thereto", "its Optional Protocol". */
  | { kind: 'protocol-thereto'; start: number; end: number; ordinal: Ordinal }
  /**
   * "the Optional Protocol": the committee's communications protocol, or the protocol a review is under; "the
   * Second Optional Protocol" (`ordinal`): that protocol of the committee's treaty, or of the treaty named last.
   */
  | { kind: 'protocol-bare'; start: number; end: number; ordinal: Ordinal }
  /** A named convention that is not in the catalogue: it owns its articles, which are then no one's. */
  | { kind: 'unknown-instrument'; start: number; end: number }
  | { kind: 'law'; start: number; end: number; instrument: string; jurisdiction: string }
  /** "the Code", "the Act", "this Decree": the domestic instrument of that kind named last. */
  | { kind: 'law-anaphor'; start: number; end: number; head: string }
  /** A committee's rules of procedure, or a court's rules: never treaty articles (REFS rule 18). */
  | { kind: 'rules'; start: number; end: number };

export type Ordinal = 'first' | 'second' | null;

/** Kinds in the order that settles a tie between two candidates of one span. */
const PRIORITY: readonly Candidate['kind'][] = [
  'catalogue', 'law', 'rules', 'protocol-of', 'protocol-thereto', 'same-instrument',
  'generic-treaty', 'protocol-bare', 'law-anaphor', 'unknown-instrument',
];

/** Keep the longest candidates: one that overlaps a longer one is dropped. */
export function settleOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const byLength = [...candidates].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of byLength) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
