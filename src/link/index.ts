/**
 * Linking across documents, for a corpus held in memory (the CLI streams
 * instead: see corpus.ts). The documents' quads, with each reiteration
 * pointing at the very node of a cited document of the corpus, and
 * tb:previousReview between successive reviews.
 */
import { DataFactory, type Quad } from 'n3';
import type { ConcludingObservations } from '../model.js';
import { Iris } from '../rdf/iris.js';
import { reiterationQuads, toQuadsDeferringReiterations } from '../rdf/map.js';
import { DEFAULT_BASE, tb } from '../rdf/vocab.js';
import { chainReviews, linkRecord, pinpointKey, resolvePinpoint, reviewSummary, type LinkRecord } from './links.js';

export { chainReviews, compactNumbers, hasParagraph, linkRecord, resolvePinpoint, reviewSummary } from './links.js';
export type { LinkRecord, ReviewChains, ReviewSummary } from './links.js';

const { namedNode, quad } = DataFactory;

export interface LinkedCorpus {
  quads: Quad[];
  /** Reiterations pointing at a node of the corpus, and those pointing outside it. */
  resolved: number;
  outside: number;
  previousReviews: number;
}

export function linkDocuments(models: ConcludingObservations[], options: { base?: string } = {}): LinkedCorpus {
  const base = options.base ?? DEFAULT_BASE;
  const iris = new Iris(base);
  const mapped = models.map((model) => {
    const graph = iris.document(model.symbol);
    const { quads, reiterations } = toQuadsDeferringReiterations(model, { base });
    return { model, graph, quads, record: linkRecord(model, graph, reiterations) };
  });
  const bySymbol = new Map<string, LinkRecord[]>();
  for (const m of mapped) bySymbol.set(m.record.symbol, [...(bySymbol.get(m.record.symbol) ?? []), m.record]);
  const chains = chainReviews(mapped.map((m) => reviewSummary(m.model, m.graph)));
  const out: Quad[] = [];
  const cache = new Map<string, string | null>();
  let resolved = 0;
  let outside = 0;
  let previousReviews = 0;
  const linked = new Set<string>();
  for (const m of mapped) {
    out.push(...m.quads);
    for (const r of m.record.reiterations) {
      const key = `${pinpointKey(r.symbol, r.paragraph, r.item)}\u0000${r.fromKind}`;
      if (!cache.has(key)) {
        const found = (bySymbol.get(r.symbol) ?? []).map((record) => resolvePinpoint(record, r.paragraph, r.item, r.fromKind)).find((n) => n !== null);
        cache.set(key, found ?? null);
      }
      const target = cache.get(key)!;
      if (target !== null) resolved++;
      else outside++;
      out.push(...reiterationQuads(base, m.graph, r, target));
    }
    const previous = chains.previous.get(m.graph);
    if (previous && !linked.has(m.graph)) {
      linked.add(m.graph);
      previousReviews++;
      out.push(quad(namedNode(m.graph), tb('previousReview'), namedNode(previous), namedNode(m.graph)));
    }
  }
  return { quads: out, resolved, outside, previousReviews };
}
