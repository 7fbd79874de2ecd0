import { instrumentById, instrumentByTreaty, type InstrumentEntry } from '../../catalogue/instruments.js';
import {
  canonicalTreatyCode, communicationsProtocolOf, isConvention, isCovenant, protocolOf, treatyByCode, type TreatyCode,
} from '../../catalogue/treaties.js';
import { settleOverlaps, type Candidate } from './candidates.js';
import { catalogueCandidates } from './instrument-names.js';
import { acronymCitationCandidates, genericInstrumentCandidates, rulesCandidates } from './international.js';
import { lawCandidates } from './laws.js';

/** An instrument named in a paragraph, with "the Convention", "thereto" or "the Code" resolved. */
export type Mention =
  | {
    type: 'instrument';
    start: number;
    end: number;
    /** Catalogue id; null for a named convention the catalogue does not know. */
    id: string | null;
    treaty: TreatyCode | null;
    /** The committee's own treaty: never an `instrument` reference. */
    own: boolean;
    /** Whether it numbers its provisions as articles, and so can own a bare "article N". */
    hasArticles: boolean;
  }
  | { type: 'law'; start: number; end: number; instrument: string; jurisdiction: string }
  | { type: 'rules'; start: number; end: number }
  /** "The Code" with no code named before it, "the Covenant" in a text of no covenant. */
  /** A name that resolves to nothing; `anaphor` for "the law", "the Code" with no such instrument named before. */
  | { type: 'unresolved'; start: number; end: number; anaphor?: boolean };

export interface MentionContext {
  /** The treaty of the text: the committee's, or the Optional Protocol a review is under (OPSC, OPAC). */
  readonly treaty: TreatyCode | null;
  /** The treaty that `treaty` supplements, when it is a protocol: "the Convention" of an OPSC review is the CRC. */
  readonly parent: TreatyCode | null;
  readonly jurisdiction: string;
}

function family(entry: InstrumentEntry): 'convention' | 'covenant' | 'other' {
  if (/^(?:International\s+)?Covenant\b/.test(entry.label)) return 'covenant';
  if (/\bConvention\b/.test(entry.label) && !/^(?:Optional\s+)?Protocol\b/.test(entry.label) && !/^Second\b/.test(entry.label)) return 'convention';
  return 'other';
}

function instrumentMention(start: number, end: number, entry: InstrumentEntry, ctx: MentionContext): Mention {
  return {
    type: 'instrument', start, end, id: entry.id, treaty: entry.treaty ?? null,
    own: entry.treaty !== undefined && entry.treaty === ctx.treaty,
    hasArticles: entry.numberedBy === 'article',
  };
}

function treatyMention(start: number, end: number, code: TreatyCode | null, ctx: MentionContext): Mention {
  const entry = code ? instrumentByTreaty(code) : undefined;
  return entry ? instrumentMention(start, end, entry, ctx) : { type: 'unresolved', start, end };
}

function lastInstrument(resolved: readonly Mention[], accept: (entry: InstrumentEntry) => boolean): InstrumentEntry | undefined {
  for (let i = resolved.length - 1; i >= 0; i--) {
    const mention = resolved[i]!;
    if (mention.type !== 'instrument' || mention.id === null) continue;
    const entry = instrumentById(mention.id);
    if (entry && accept(entry)) return entry;
  }
  return undefined;
}

/**
 * "The Convention" / "the Covenant": the committee's treaty (REFS rule 14); in a text under an
 * Optional Protocol, the treaty the protocol supplements; else the one of that kind named last.
 */
function genericTreaty(which: 'convention' | 'covenant', resolved: readonly Mention[], ctx: MentionContext): TreatyCode | InstrumentEntry | null {
  const isWhich = which === 'convention' ? isConvention : isCovenant;
  if (ctx.treaty && isWhich(ctx.treaty)) return ctx.treaty;
  if (ctx.parent && isWhich(ctx.parent)) return ctx.parent;
  return lastInstrument(resolved, (entry) => family(entry) === which) ?? null;
}

/** "that Convention", "this Covenant": a demonstrative before the generic word (GENERIC_TREATY's "the" is no demonstrative). */
const DEMONSTRATIVE = /\b(?:this|This|that|That|said)\s+$/;
/** The generic word of "the latter Convention", "the said Covenant"; "the latter treaty" names no family. */
const SAME_FAMILY = /\b(Convention|Covenant)$/i;

/**
 * The convention (or covenant) named last before a demonstrative ("that Convention", "the latter Convention", "the said
 * Covenant"): an instrument of the catalogue of that family, "the Convention" already resolved, or a named convention the
 * catalogue does not know. Only mentions written before it in the paragraph.
 */
const FAMILY_WORD = { convention: /^convention\b/i, covenant: /^covenant\b/i } as const;

function lastOfFamily(resolved: readonly Mention[], which: 'convention' | 'covenant', text: string): Mention | undefined {
  for (let i = resolved.length - 1; i >= 0; i--) {
    const mention = resolved[i]!;
    if (mention.type !== 'instrument') continue;
    if (mention.id === null) {
      // A convention the catalogue does not know ("Convention on ... "): no treaty, its articles are no one's.
      if (FAMILY_WORD[which].test(text.slice(mention.start, mention.end))) return mention;
      continue;
    }
    const entry = instrumentById(mention.id);
    if (entry && family(entry) === which) return mention;
  }
  return undefined;
}

function resolve(candidate: Candidate, resolved: readonly Mention[], ctx: MentionContext, text: string): Mention {
  const { start, end } = candidate;
  switch (candidate.kind) {
    case 'catalogue':
      return instrumentMention(start, end, instrumentById(candidate.id)!, ctx);
    case 'generic-treaty': {
      // "article 35 (2) of that Convention" after the European Convention is that convention's (REFS rule 18), not the
      // committee's treaty: a demonstrative points back to the convention named last; with none named, "the Convention".
      if (DEMONSTRATIVE.test(text.slice(Math.max(0, start - 6), start))) {
        const named = lastOfFamily(resolved, candidate.which, text);
        if (named) return { ...named, start, end };
      }
      const target = genericTreaty(candidate.which, resolved, ctx);
      if (target === null) return { type: 'unresolved', start, end };
      return typeof target === 'string' ? treatyMention(start, end, target, ctx) : instrumentMention(start, end, target, ctx);
    }
    case 'same-instrument': {
      // "the latter Convention" is the convention named last, not a protocol or declaration named after it.
      const word = SAME_FAMILY.exec(text.slice(start, end));
      const named = word ? lastOfFamily(resolved, word[1]!.toLowerCase() === 'covenant' ? 'covenant' : 'convention', text) : undefined;
      if (named) return { ...named, start, end };
      const entry = lastInstrument(resolved, () => true);
      return entry ? instrumentMention(start, end, entry, ctx) : { type: 'unresolved', start, end };
    }
    case 'protocol-of': {
      const base = genericTreaty(candidate.base, resolved, ctx);
      const parent = typeof base === 'string' ? base : base?.treaty ?? null;
      // "the Optional Protocol to the Convention" in a review under one of its protocols is that protocol,
      // unless its subject follows ("... to the Convention on a communications procedure").
      if (ctx.parent && parent === ctx.parent && candidate.ordinal === null && !candidate.subject) return treatyMention(start, end, ctx.treaty, ctx);
      return treatyMention(start, end, parent ? protocolOf(parent, candidate.ordinal) : null, ctx);
    }
    case 'protocol-thereto': {
      const parent = lastInstrument(resolved, (entry) => entry.treaty !== undefined)?.treaty ?? null;
      return treatyMention(start, end, parent ? protocolOf(parent, candidate.ordinal) : null, ctx);
    }
    case 'protocol-bare': {
      if (candidate.ordinal !== null) {
        // "the Second Optional Protocol" in a text of the Human Rights Committee, or after the ICCPR is named.
        const named = lastInstrument(resolved, (entry) => entry.treaty !== undefined)?.treaty;
        const bases = [ctx.parent ?? ctx.treaty, named ? treatyByCode(named)?.parent ?? named : null];
        const code = bases.map((base) => (base ? protocolOf(base, candidate.ordinal) : null)).find((c) => c !== null) ?? null;
        return treatyMention(start, end, code, ctx);
      }
      // In a review under an Optional Protocol, "the Optional Protocol" is that protocol, the text's own treaty.
      const own = ctx.parent ? ctx.treaty : ctx.treaty ? communicationsProtocolOf(ctx.treaty) : null;
      if (own) return treatyMention(start, end, own, ctx);
      const named = lastInstrument(resolved, (entry) => /^Optional Protocol\b/.test(entry.label));
      return named ? instrumentMention(start, end, named, ctx) : { type: 'unresolved', start, end };
    }
    case 'unknown-instrument':
      return { type: 'instrument', start, end, id: null, treaty: null, own: false, hasArticles: true };
    case 'law':
      return { type: 'law', start, end, instrument: candidate.instrument, jurisdiction: candidate.jurisdiction };
    case 'law-anaphor': {
      const head = new RegExp(`\\b${candidate.head}\\b`, 'i');
      for (let i = resolved.length - 1; i >= 0; i--) {
        const mention = resolved[i]!;
        if (mention.type === 'law' && head.test(mention.instrument)) return { ...mention, start, end };
        if (candidate.head === 'charter' && mention.type === 'instrument' && mention.id && head.test(instrumentById(mention.id)!.label)) return { ...mention, start, end };
      }
      return { type: 'unresolved', start, end, anaphor: true };
    }
    case 'rules':
      return { type: 'rules', start, end };
  }
}

/** Every instrument named in the flat paragraph, in order of position. */
export function findMentions(text: string, ctx: MentionContext): Mention[] {
  const catalogue = [...catalogueCandidates(text), ...acronymCitationCandidates(text)];
  // A named convention unknown to the catalogue must not swallow a known one it runs into.
  const generic = genericInstrumentCandidates(text).filter((candidate) =>
    candidate.kind !== 'unknown-instrument' || !catalogue.some((known) => known.start < candidate.end && candidate.start < known.end));
  const candidates = settleOverlaps([...catalogue, ...generic, ...rulesCandidates(text), ...lawCandidates(text, ctx.jurisdiction)]);
  const resolved: Mention[] = [];
  for (const candidate of candidates) resolved.push(resolve(candidate, resolved, ctx, text));
  return resolved;
}

export function mentionContext(treaty: string, jurisdiction: string): MentionContext {
  const code = canonicalTreatyCode(treaty);
  return { treaty: code, parent: (code && treatyByCode(code)?.parent) ?? null, jurisdiction: jurisdiction.toUpperCase() };
}
