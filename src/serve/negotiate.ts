/**
 * Content negotiation by the Accept header (RFC 9110 section 12.5.1): media
 * ranges with q-values, the most specific range deciding for each type.
 * A malformed entry is ignored; a header with no readable entry is "*\/*".
 */

export interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

const TOKEN = /^[A-Za-z0-9!#$&^_.+-]+$/;

export function parseAccept(header: string | undefined): MediaRange[] {
  if (header === undefined || header.length > 4096) return [{ type: '*', subtype: '*', q: 1 }];
  const ranges: MediaRange[] = [];
  for (const entry of header.split(',')) {
    const [mediaType, ...params] = entry.split(';').map((p) => p.trim());
    if (!mediaType) continue;
    const slash = mediaType.indexOf('/');
    if (slash < 0) continue;
    const type = mediaType.slice(0, slash).toLowerCase();
    const subtype = mediaType.slice(slash + 1).toLowerCase();
    if (!(type === '*' || TOKEN.test(type)) || !(subtype === '*' || TOKEN.test(subtype)) || (type === '*' && subtype !== '*')) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const [name, value] = param.split('=').map((s) => s?.trim());
      if (name?.toLowerCase() !== 'q') continue;
      if (value === undefined || !/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) valid = false;
      else q = Number(value);
    }
    if (valid) ranges.push({ type, subtype, q });
  }
  return ranges.length > 0 ? ranges : [{ type: '*', subtype: '*', q: 1 }];
}

/** The q-value the ranges give a media type: that of the most specific range that matches it, 0 when none does. */
export function qualityOf(mediaType: string, ranges: MediaRange[]): number {
  const [type, subtype] = mediaType.toLowerCase().split('/') as [string, string];
  let best = -1;
  let q = 0;
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' ? 0 : -1;
    if (specificity > best || (specificity === best && specificity >= 0 && r.q > q)) {
      if (specificity < 0) continue;
      best = specificity;
      q = r.q;
    }
  }
  return best < 0 ? 0 : q;
}

/** The offered type the client likes best (ties: the server's order), or undefined when it accepts none (406). */
export function negotiate(header: string | undefined, offered: readonly string[]): string | undefined {
  const ranges = parseAccept(header);
  let chosen: string | undefined;
  let chosenQ = 0;
  for (const type of offered) {
    const q = qualityOf(type, ranges);
    if (q > chosenQ) {
      chosen = type;
      chosenQ = q;
    }
  }
  return chosen;
}
