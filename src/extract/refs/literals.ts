/**
 * What a text must contain for a regular expression to match in it: the
 * literal strings that every match holds, read from the expression's source.
 * matchAll looks for them in a paragraph (paragraph-index.ts) before it runs
 * the expression, and skips the expression where they are missing; the
 * requirement is only ever weaker than the expression, so no match is lost.
 *
 * Only what is certain is read: literal characters outside character
 * classes, in groups that must match, not made optional by a quantifier. An
 * expression written with something this reader does not know (a back
 * reference, \u or \p escapes, case-insensitive Unicode mode) requires
 * nothing.
 */
import { literal, type LiteralSource } from './paragraph-index.js';

export type Requirement =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'all' | 'any'; readonly of: readonly Requirement[] };

/** The requirement that holds of every text. */
export const NOTHING: Requirement = { kind: 'all', of: [] };

export interface LiteralRequirement {
  readonly requirement: Requirement;
  /** Whether the literals are lower-cased, to be found in the text lower-cased (the expression ignores case). */
  readonly caseless: boolean;
}

class Unsupported extends Error {}

export function requiredLiterals(re: RegExp): LiteralRequirement {
  const caseless = re.flags.includes('i');
  if ((caseless && re.flags.includes('u')) || re.flags.includes('v')) return { requirement: NOTHING, caseless };
  try {
    const reader = new SourceReader(re.source, caseless);
    const requirement = reader.alternation();
    if (!reader.done()) throw new Unsupported(re.source);
    return { requirement, caseless };
  } catch (err) {
    if (err instanceof Unsupported) return { requirement: NOTHING, caseless };
    throw err;
  }
}

/** Whether a text may hold a match: false only where a required literal is missing. */
export type Guard = (text: LiteralSource) => boolean;

/**
 * Literals shorter than this ("of", "to", "A") are in nearly every paragraph:
 * testing them costs a scan and tells nothing. The guard leaves them out,
 * which only makes it weaker.
 */
const SHORTEST_TELLING_LITERAL = 3;

/** The requirement as a guard, the longest literals tested first. */
export function guardOf(required: LiteralRequirement): Guard {
  return compile(simplify(required.requirement), required.caseless) ?? (() => true);
}

function simplify(requirement: Requirement): Requirement {
  switch (requirement.kind) {
    case 'literal':
      return requirement.text.length < SHORTEST_TELLING_LITERAL ? NOTHING : requirement;
    case 'all': {
      const items = requirement.of.map(simplify).flatMap((item) => (item.kind === 'all' ? item.of : [item]));
      return allOf(items);
    }
    case 'any': {
      const items = requirement.of.map(simplify);
      if (items.some((item) => item.kind === 'all' && item.of.length === 0)) return NOTHING;
      return { kind: 'any', of: items.flatMap((item) => (item.kind === 'any' ? item.of : [item])) };
    }
  }
}

/** A test of the (simplified) requirement, null for one that every text meets. */
function compile(requirement: Requirement, caseless: boolean): Guard | null {
  switch (requirement.kind) {
    case 'literal': {
      const wanted = literal(requirement.text, caseless);
      return (paragraph) => paragraph.includes(wanted);
    }
    case 'any': {
      const tests = requirement.of.map((item) => compile(item, caseless));
      if (tests.some((test) => test === null)) return null;
      return (paragraph) => tests.some((test) => test!(paragraph));
    }
    case 'all': {
      const tests = [...requirement.of].sort((a, b) => weight(b) - weight(a))
        .map((item) => compile(item, caseless)).filter((test) => test !== null);
      if (tests.length === 0) return null;
      return (paragraph) => tests.every((test) => test(paragraph));
    }
  }
}

/** How telling a requirement is likely to be: a long literal is rarer than a short one. */
function weight(requirement: Requirement): number {
  if (requirement.kind === 'literal') return requirement.text.length;
  return requirement.kind === 'all' ? Math.max(0, ...requirement.of.map(weight)) : Math.min(...requirement.of.map(weight));
}

function allOf(items: Requirement[]): Requirement {
  return items.length === 1 ? items[0]! : { kind: 'all', of: items };
}

/** Escapes that match no one literal character: assertions and classes, and control characters. */
const CLASS_ESCAPES = 'bBdDsSwWtnrvf0';

class SourceReader {
  private position = 0;

  constructor(private readonly source: string, private readonly caseless: boolean) {}

  done(): boolean {
    return this.position === this.source.length;
  }

  alternation(): Requirement {
    const alternatives = [this.sequence()];
    while (this.source[this.position] === '|') {
      this.position += 1;
      alternatives.push(this.sequence());
    }
    // One alternative that requires nothing makes the whole alternation require nothing.
    if (alternatives.some((a) => a.kind === 'all' && a.of.length === 0)) return NOTHING;
    return alternatives.length === 1 ? alternatives[0]! : { kind: 'any', of: alternatives };
  }

  private sequence(): Requirement {
    const items: Requirement[] = [];
    let run = '';
    const endRun = (): void => {
      if (run.length > 0) items.push({ kind: 'literal', text: run });
      run = '';
    };
    const source = this.source;
    while (this.position < source.length && source[this.position] !== '|' && source[this.position] !== ')') {
      const { char, group } = this.atom();
      const repeat = this.quantifier();
      if (repeat === 'optional') {
        endRun();
        continue;
      }
      if (char !== undefined && !(this.caseless && char.charCodeAt(0) > 0x7f)) {
        run += this.caseless ? char.toLowerCase() : char;
        if (repeat === 'repeated') endRun();
      } else {
        endRun();
        if (group && group !== NOTHING) items.push(group);
      }
    }
    endRun();
    return allOf(items);
  }

  /** One atom: a literal character, a group's requirement, or neither. */
  private atom(): { char?: string; group?: Requirement } {
    const source = this.source;
    const c = source[this.position]!;
    if (c === '\\') {
      const escaped = source[this.position + 1];
      if (escaped === undefined) throw new Unsupported(source);
      this.position += 2;
      if (CLASS_ESCAPES.includes(escaped)) return {};
      // \u, \x, \c, \k, \p, back references: not read.
      if (/[A-Za-z0-9]/.test(escaped)) throw new Unsupported(source);
      return { char: escaped };
    }
    if (c === '[') {
      this.skipClass();
      return {};
    }
    if (c === '(') return { group: this.group() };
    if ('*+?{}]'.includes(c)) throw new Unsupported(source);
    this.position += 1;
    if (c === '.' || c === '^' || c === '$') return {};
    return { char: c };
  }

  private group(): Requirement {
    const source = this.source;
    this.position += 1;
    let lookaround = false;
    if (source[this.position] === '?') {
      const kind = source.slice(this.position + 1, this.position + 3);
      if (kind.startsWith(':')) {
        this.position += 2;
      } else if (kind.startsWith('=') || kind.startsWith('!')) {
        lookaround = true;
        this.position += 2;
      } else if (kind === '<=' || kind === '<!') {
        lookaround = true;
        this.position += 3;
      } else if (kind.startsWith('<')) {
        const close = source.indexOf('>', this.position);
        if (close < 0) throw new Unsupported(source);
        this.position = close + 1;
      } else {
        throw new Unsupported(source);
      }
    }
    const inner = this.alternation();
    if (source[this.position] !== ')') throw new Unsupported(source);
    this.position += 1;
    // What a lookaround holds is not part of the match: it requires nothing here.
    return lookaround ? NOTHING : inner;
  }

  private skipClass(): void {
    const source = this.source;
    this.position += 1;
    if (source[this.position] === ']') throw new Unsupported(source);
    while (this.position < source.length && source[this.position] !== ']') {
      this.position += source[this.position] === '\\' ? 2 : 1;
    }
    if (source[this.position] !== ']') throw new Unsupported(source);
    this.position += 1;
  }

  /** The quantifier after an atom: none, one that lets it match nothing, or one that repeats it at least once. */
  private quantifier(): 'once' | 'optional' | 'repeated' {
    const source = this.source;
    const c = source[this.position];
    let repeat: 'once' | 'optional' | 'repeated' = 'once';
    if (c === '?' || c === '*') {
      this.position += 1;
      repeat = 'optional';
    } else if (c === '+') {
      this.position += 1;
      repeat = 'repeated';
    } else if (c === '{') {
      const bounds = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(this.position));
      if (!bounds) throw new Unsupported(source);
      this.position += bounds[0].length;
      repeat = Number(bounds[1]) === 0 ? 'optional' : 'repeated';
    }
    if (repeat !== 'once' && source[this.position] === '?') this.position += 1;
    return repeat;
  }
}
