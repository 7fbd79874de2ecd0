import { findReferences, type RefContext, type Reference } from '../../src/extract/refs/index.js';

export const CAT_KAZ: RefContext = { treaty: 'CAT', jurisdiction: 'KAZ' };

type Kind = Reference['kind'];
export type Of<K extends Kind> = Extract<Reference, { kind: K }>;

export function refsOf<K extends Kind>(kind: K, text: string, ctx: RefContext = CAT_KAZ): Of<K>[] {
  return findReferences(text, ctx).filter((r): r is Of<K> => r.kind === kind);
}

/** Treaty articles as compact strings: "CAT 22(5)[b]", "CCPR 14(3)", "CAT 11-14 range". */
export function articles(text: string, ctx: RefContext = CAT_KAZ): string[] {
  return refsOf('treaty-article', text, ctx).map((r) =>
    `${r.treaty} ${r.article}${r.paragraph ? `(${r.paragraph})` : ''}${r.items ? `[${r.items.join(',')}]` : ''}${r.range ? ' range' : ''}`);
}

/** Domestic provisions as compact strings: "KAZ Criminal Code 347-1 part 1". */
export function laws(text: string, ctx: RefContext = CAT_KAZ): string[] {
  return refsOf('law', text, ctx).map((r) =>
    `${r.jurisdiction} ${r.instrument} ${r.chapter ? `ch. ${r.chapter} ` : ''}${r.article}${r.part ? ` part ${r.part}` : ''}${r.title ? ` “${r.title}”` : ''}`);
}

export function lawInstruments(text: string, ctx: RefContext = CAT_KAZ): string[] {
  return refsOf('law-instrument', text, ctx).map((r) => `${r.jurisdiction} ${r.instrument}`);
}

/** UN documents as compact strings: "A/56/44 129(e)", "CAT/C/KAZ/2". */
export function documents(text: string, ctx: RefContext = CAT_KAZ): string[] {
  return refsOf('un-document', text, ctx).map((r) =>
    `${r.symbol}${r.paragraph !== null ? ` ${r.paragraph}` : ''}${r.item !== null ? `(${r.item})` : ''}`);
}

export function instruments(text: string, ctx: RefContext = CAT_KAZ): string[] {
  return refsOf('instrument', text, ctx).map((r) => r.id);
}

/** What each reference covers in the text. */
export function spans(text: string, ctx: RefContext = CAT_KAZ): string[] {
  return findReferences(text, ctx).map((r) => text.slice(r.start, r.end));
}
