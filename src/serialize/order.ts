// Code-point order, not JavaScript's UTF-16 code-unit order: the two differ
// when one string has an astral-plane character (a surrogate pair,
// U+D800-U+DFFF) where the other has a character in U+E000-U+FFFF.

const HIGH_CODE_UNIT = /[\uD800-\uFFFF]/;

/** Whether code-unit and code-point order may differ for this string against another. */
export function hasHighCodeUnit(text: string): boolean {
  return HIGH_CODE_UNIT.test(text);
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) return codePointRank(x) - codePointRank(y);
      return x - y;
    }
  }
  return a.length - b.length;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A comparator for code-point order of `keys`, fast when none needs it. */
export function codePointComparatorFor(keys: Iterable<string>): (a: string, b: string) => number {
  for (const key of keys) {
    if (HIGH_CODE_UNIT.test(key)) return compareCodePoints;
  }
  // Without code units >= U+D800, code-unit order is code-point order and
  // the engine's native string comparison is much faster than a loop.
  return compareCodeUnits;
}

/** Sorts in place by code point and returns the same array. */
export function sortByCodePoint(keys: string[]): string[] {
  return keys.sort(codePointComparatorFor(keys));
}

/** Sorts `items` in place by code point of `keyOf(item)`, computed once per item. */
export function sortByCodePointKey<T>(items: T[], keyOf: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ key: keyOf(item), item }));
  const compare = codePointComparatorFor(keyed.map((entry) => entry.key));
  keyed.sort((a, b) => compare(a.key, b.key));
  for (let i = 0; i < keyed.length; i++) items[i] = keyed[i].item;
  return items;
}
