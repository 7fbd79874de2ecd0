/**
 * Gold instruments are names; the graph has nodes with a label and alternative
 * labels. A gold name is found when a node the paragraph mentions carries it;
 * a mentioned node that no gold name matches counts as a false positive.
 */
export interface InstrumentRow { n?: string; i?: string }
export interface InstrumentName { i?: string; name?: string }

export function matchInstruments(
  paragraphs: Array<{ n: number; instruments?: string[] }>,
  rows: InstrumentRow[],
  names: InstrumentName[],
): { expected: string[]; actual: string[] } {
  const expected: string[] = [];
  const actual: string[] = [];
  for (const p of paragraphs) {
    const mine = rows.filter((r) => Number(r.n) === p.n).map((r) => r.i!);
    const matched = new Set<string>();
    for (const name of p.instruments ?? []) {
      expected.push(`${p.n}:${name}`);
      const hit = mine.find((i) => names.some((x) => x.i === i && x.name!.toLowerCase() === name.toLowerCase()));
      if (hit) {
        matched.add(hit);
        actual.push(`${p.n}:${name}`);
      }
    }
    for (const i of mine) if (!matched.has(i)) actual.push(`${p.n}:${i}`);
  }
  return { expected, actual };
}
