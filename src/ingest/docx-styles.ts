/**
 * What a DOCX says outside its text that changes the text: the automatic
 * numbering of paragraphs and items (numbering.xml) and the styles that
 * carry numbering or bold (styles.xml). A paragraph number that exists only
 * as `w:numPr` is given back its "7." or "(a)" here.
 */
import { onOff, walkXml } from './xml.js';

export interface NumberingReference {
  numId: string;
  level: number;
}

interface StyleDefinition {
  basedOn?: string;
  bold?: boolean;
  numbering?: Partial<NumberingReference>;
}

/** Paragraph and character styles, resolved through `w:basedOn`. */
export class DocxStyles {
  private readonly styles = new Map<string, StyleDefinition>();
  private defaultParagraphStyle?: string;

  constructor(xml: string | undefined) {
    if (!xml) return;
    let current: StyleDefinition | undefined;
    let inRunProperties = false;
    let inParagraphProperties = false;
    walkXml(xml, {
      open: (name, a) => {
        if (name === 'w:style') {
          current = {};
          const id = a['w:styleId'];
          if (id) this.styles.set(id, current);
          if (a['w:type'] === 'paragraph' && onOff({ 'w:val': a['w:default'] ?? '0' }) && id) this.defaultParagraphStyle = id;
        } else if (!current) return;
        else if (name === 'w:basedOn') current.basedOn = a['w:val'];
        else if (name === 'w:rPr') inRunProperties = true;
        else if (name === 'w:pPr') inParagraphProperties = true;
        else if (name === 'w:b' && inRunProperties) current.bold = onOff(a);
        else if (name === 'w:numId' && inParagraphProperties) current.numbering = { ...current.numbering, numId: a['w:val'] };
        else if (name === 'w:ilvl' && inParagraphProperties) current.numbering = { ...current.numbering, level: Number(a['w:val'] ?? 0) };
      },
      close: (name) => {
        if (name === 'w:style') current = undefined;
        else if (name === 'w:rPr') inRunProperties = false;
        else if (name === 'w:pPr') inParagraphProperties = false;
      },
    });
  }

  /** Whether text in this style is bold, following `w:basedOn`; undefined when no style in the chain says. */
  bold(styleId: string | undefined): boolean | undefined {
    return this.resolve(styleId ?? this.defaultParagraphStyle, (s) => s.bold);
  }

  numbering(styleId: string | undefined): NumberingReference | undefined {
    const numId = this.resolve(styleId, (s) => s.numbering?.numId);
    if (numId === undefined) return undefined;
    return { numId, level: this.resolve(styleId, (s) => s.numbering?.level) ?? 0 };
  }

  private resolve<T>(styleId: string | undefined, pick: (s: StyleDefinition) => T | undefined): T | undefined {
    const seen = new Set<string>();
    let id = styleId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) return undefined;
      const value = pick(style);
      if (value !== undefined) return value;
      id = style.basedOn;
    }
    return undefined;
  }
}

interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab (a space in text), a space, or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
}

/**
 * The numbering definitions of a DOCX and the counters of a reading of it,
 * in document order: each call to `label` counts one more paragraph.
 */
export class DocxNumbering {
  private readonly abstracts = new Map<string, Map<number, LevelDefinition>>();
  private readonly instances = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(xml: string | undefined) {
    if (!xml) return;
    let levels: Map<number, LevelDefinition> | undefined;
    let level: LevelDefinition | undefined;
    let instance: { abstractId: string; startOverrides: Map<number, number> } | undefined;
    let overrideLevel = 0;
    walkXml(xml, {
      open: (name, a) => {
        if (name === 'w:abstractNum') {
          levels = new Map();
          this.abstracts.set(a['w:abstractNumId'] ?? '', levels);
        } else if (name === 'w:lvl' && levels) {
          // OOXML: a level without w:start starts at 0.
          level = { start: 0, format: 'decimal', text: '', suffix: 'tab' };
          levels.set(Number(a['w:ilvl'] ?? 0), level);
        } else if (level && name === 'w:start') level.start = Number(a['w:val'] ?? 0);
        else if (level && name === 'w:numFmt') level.format = a['w:val'] ?? 'decimal';
        else if (level && name === 'w:lvlText') level.text = a['w:val'] ?? '';
        else if (level && name === 'w:suff') level.suffix = (a['w:val'] as LevelDefinition['suffix']) ?? 'tab';
        else if (name === 'w:num') {
          instance = { abstractId: '', startOverrides: new Map() };
          this.instances.set(a['w:numId'] ?? '', instance);
        } else if (instance && name === 'w:abstractNumId') instance.abstractId = a['w:val'] ?? '';
        else if (instance && name === 'w:lvlOverride') overrideLevel = Number(a['w:ilvl'] ?? 0);
        else if (instance && name === 'w:startOverride') instance.startOverrides.set(overrideLevel, Number(a['w:val'] ?? 0));
      },
      close: (name) => {
        if (name === 'w:abstractNum') levels = undefined;
        else if (name === 'w:lvl') level = undefined;
        else if (name === 'w:num') instance = undefined;
      },
    });
  }

  /** The label Word shows for the next paragraph with this numbering ("7.", "(a)"), with what follows it; undefined for none or a bullet. */
  label(ref: NumberingReference): string | undefined {
    const instance = this.instances.get(ref.numId);
    if (!instance || ref.numId === '0') return undefined;
    const levels = this.abstracts.get(instance.abstractId);
    const definition = levels?.get(ref.level);
    if (!levels || !definition) return undefined;
    // Instances of one abstract numbering share its counters; an instance's start override restarts its level.
    const counters = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counters);
    if (!this.started.has(ref.numId)) {
      this.started.add(ref.numId);
      for (const [lvl, start] of instance.startOverrides) {
        counters.length = Math.min(counters.length, lvl);
        counters[lvl] = start - 1;
      }
    }
    counters[ref.level] = (counters[ref.level] ?? (levels.get(ref.level)?.start ?? 1) - 1) + 1;
    counters.length = ref.level + 1;
    if (definition.format === 'bullet' || definition.format === 'none') return undefined;
    const text = definition.text.replace(/%([1-9])/g, (_, n: string) => {
      const lvl = Number(n) - 1;
      const value = counters[lvl] ?? levels.get(lvl)?.start ?? 1;
      return formatNumber(value, levels.get(lvl)?.format ?? 'decimal');
    });
    return definition.suffix === 'nothing' ? text : `${text} `;
  }
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

/** 1 -> A, 26 -> Z, 27 -> AA (Word repeats the letter). */
function letters(value: number): string {
  if (value < 1) return '';
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let n = value;
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}
