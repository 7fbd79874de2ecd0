/**
 * What a UN document is, told from the symbol of its masthead and the words
 * of its title, so that a file that is not concluding observations is
 * refused saying what it looks like: "a UPR compilation
 * (A/HRC/WG.6/20/SVN/2)".
 */

import { parseSymbol } from '../catalogue/symbols.js';

const SYMBOL_LINE = /^(?:United Nations\s+)?([A-Z][A-Za-z0-9.]*(?:\/[A-Za-z0-9.\-]+)+)$/;
/** Concluding observations, concluding comments, and their follow-up. */
const CONCLUDING_OBSERVATIONS = /\/(CO|CC)\//;

interface Kind {
  symbol: RegExp;
  /** Words of the front matter that make the kind more precise. */
  refine?: Array<[RegExp, string]>;
  kind: string;
}

const KINDS: Kind[] = [
  {
    symbol: /^A\/HRC\/WG\.6\//,
    kind: 'a Universal Periodic Review document',
    refine: [
      [/\bcompilation\b/i, 'a UPR compilation'],
      [/summary of (the )?(stakeholders|other stakeholders)/i, "a UPR summary of stakeholders' submissions"],
      [/national report/i, 'a UPR national report'],
    ],
  },
  { symbol: /\/D\/\d+\/\d{4}$/, kind: 'a decision (Views) on an individual communication' },
  { symbol: /\/GC\/|\/GR\//, kind: 'a general comment or recommendation' },
  { symbol: /\/Q\/|\/LOI/, kind: 'a list of issues' },
  { symbol: /\/SR\.\d+/, kind: 'a summary record' },
  { symbol: /^HRI\/CORE\//, kind: 'a common core document' },
  { symbol: /^A\/HRC\//, kind: 'a Human Rights Council document' },
  { symbol: /^E\/CN\.4\//, kind: 'a document of the Commission on Human Rights' },
  { symbol: /^A\/\d+\//, kind: 'a General Assembly document' },
  { symbol: /^[A-Z]+(\/C(\.\d+)?)?\/[A-Z]{3}\/\d+(-\d+)?$|^E\/C\.12\/[A-Z]{3}\/\d+/, kind: "a State party's report" },
];

export interface OtherDocument {
  kind: string;
  symbol: string;
}

/** The kind of a document whose masthead symbol is not that of concluding observations; undefined otherwise. */
export function otherDocumentKind(frontLines: string[]): OtherDocument | undefined {
  for (const line of frontLines) {
    const symbol = SYMBOL_LINE.exec(line.trim())?.[1];
    if (!symbol || !symbol.includes('/')) continue;
    if (CONCLUDING_OBSERVATIONS.test(symbol)) return undefined;
    // A committee's annual report holds its conclusions on States (the chapters of A/56/44).
    const parsed = parseSymbol(symbol);
    if (parsed.kind === 'annual-report' && parsed.body !== 'GA') return undefined;
    // The concluding observations of the 1990s series: CCPR/C/79/Add.46, CRC/C/15/Add.22.
    if (parsed.kind === 'concluding-observations') return undefined;
    const entry = KINDS.find((k) => k.symbol.test(symbol));
    const front = frontLines.join('\n');
    const refined = entry?.refine?.find(([words]) => words.test(front))?.[1];
    return { kind: refined ?? entry?.kind ?? 'another kind of UN document', symbol };
  }
  return undefined;
}
