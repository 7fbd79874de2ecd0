/** Dates and ordinals as UN texts write them. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const MONTH_PATTERN = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

export function monthNumber(name: string): number | undefined {
  const i = MONTHS.indexOf(name.toLowerCase());
  return i < 0 ? undefined : i + 1;
}

export function isoDate(day: number, month: number, year: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "18 November 2008" -> "2008-11-18". */
export function parseDate(text: string): string | undefined {
  const m = new RegExp(`^(\\d{1,2})\\s+(${MONTH_PATTERN})\\s+(\\d{4})$`, 'i').exec(text.trim());
  if (!m) return undefined;
  return isoDate(Number(m[1]), monthNumber(m[2]!)!, Number(m[3]));
}

/**
 * The days of a list or range: "6 and 7 November 2008", "3 - 21 November 2008",
 * "30 October and 1 November 2008", "3 November - 2 December 2008".
 */
export function parseDays(text: string): string[] {
  const m = new RegExp(`^(.*?)\\b(${MONTH_PATTERN})\\s+(\\d{4})$`, 'i').exec(text.trim());
  if (!m) return [];
  const year = Number(m[3]);
  const lastMonth = monthNumber(m[2]!)!;
  const days: string[] = [];
  const tokens = m[1]!.split(/\s*(?:,|\band\b|-|–|\bto\b)\s*/).filter((t) => t.length > 0);
  for (const token of tokens) {
    const dm = new RegExp(`^(\\d{1,2})(?:\\s+(${MONTH_PATTERN}))?$`, 'i').exec(token.trim());
    if (!dm) return [];
    const month = dm[2] ? monthNumber(dm[2])! : lastMonth;
    const date = isoDate(Number(dm[1]), month, year);
    if (!date) return [];
    days.push(date);
  }
  return days;
}

const UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};

/** "Forty-first" -> 41, "one hundred and second" -> 102, "41st" -> 41, "initial" -> 1. */
export function parseOrdinal(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const numeric = /^(\d+)(st|nd|rd|th)$/.exec(t);
  if (numeric) return Number(numeric[1]);
  if (t === 'initial') return 1;
  let total = 0;
  let seen = false;
  for (const word of t.split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'hundred' || word === 'hundredth') {
      total = (total || 1) * 100;
    } else if (TENS[word] !== undefined) {
      total += TENS[word]!;
    } else if (UNITS[word] !== undefined) {
      total += UNITS[word]!;
    } else {
      return undefined;
    }
    seen = true;
  }
  return seen && total > 0 ? total : undefined;
}
