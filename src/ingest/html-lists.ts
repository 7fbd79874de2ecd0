/**
 * Word's list numbering in its HTML: a paragraph says `mso-list:l0 level1
 * lfo1` and the page's style sheet says how level 1 of list l0 counts
 * (`@list l0:level1 {mso-level-number-format:alpha-lower;
 * mso-level-text:"\(%1\)"}`). Where a converter dropped the number Word
 * wrote out, it is counted again from these.
 */
import { formatNumber } from './docx-styles.js';

interface ListLevel {
  format: string;
  text: string;
  start: number;
}

/** Word's HTML number formats to the names of OOXML's, which formatNumber knows. */
const FORMATS: Record<string, string> = {
  'alpha-lower': 'lowerLetter',
  'alpha-upper': 'upperLetter',
  'roman-lower': 'lowerRoman',
  'roman-upper': 'upperRoman',
  bullet: 'bullet',
  none: 'none',
};

export class WordListStyles {
  private readonly levels = new Map<string, ListLevel>();
  private readonly counters = new Map<string, number[]>();

  /** Reads the `@list` rules of a style sheet. */
  read(css: string): void {
    for (const rule of css.matchAll(/@list\s+(l\d+):level(\d+)\s*\{([^}]*)\}/gi)) {
      const body = rule[3]!;
      const format = /mso-level-number-format\s*:\s*([\w-]+)/i.exec(body)?.[1]?.toLowerCase();
      const text = /mso-level-text\s*:\s*("(?:[^"\\]|\\.)*"|[^;]+)/i.exec(body)?.[1]?.trim();
      const start = /mso-level-start-at\s*:\s*(\d+)/i.exec(body)?.[1];
      this.levels.set(`${rule[1]!.toLowerCase()}:${rule[2]}`, {
        format: format ? (FORMATS[format] ?? 'decimal') : 'decimal',
        text: text ? unquote(text) : `%${rule[2]}.`,
        start: start ? Number(start) : 1,
      });
    }
  }

  /** The label of the next paragraph in the list its style names ("7. ", "(a) "), counted; undefined when it is in none. */
  labelFor(style: string): string | undefined {
    const m = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i.exec(style);
    if (!m) return undefined;
    const list = m[1]!.toLowerCase();
    const level = Number(m[2]);
    const definition = this.levels.get(`${list}:${level}`) ?? { format: 'decimal', text: `%${level}.`, start: 1 };
    const counters = this.counters.get(list) ?? [];
    this.counters.set(list, counters);
    counters[level] = (counters[level] ?? definition.start - 1) + 1;
    counters.length = level + 1;
    if (definition.format === 'bullet' || definition.format === 'none') return undefined;
    const text = definition.text.replace(/%(\d)/g, (_, n: string) => {
      const lvl = Number(n);
      const levelDefinition = this.levels.get(`${list}:${lvl}`);
      return formatNumber(counters[lvl] ?? levelDefinition?.start ?? 1, levelDefinition?.format ?? 'decimal');
    });
    return `${text} `;
  }
}

/** `"\(%1\)"` -> `(%1)`: Word escapes every character it means literally. */
function unquote(text: string): string {
  const inner = text.startsWith('"') ? text.slice(1, -1) : text;
  return inner.replace(/\\(.)/g, '$1');
}
