/**
 * A fixed vocabulary of lower-case words, looked up by a scan of a text
 * without making a string of each of the text's words (paragraph-index.ts
 * tells which of them a paragraph holds).
 *
 * A word of a text is a maximal run of the letters a-z of the text
 * lower-cased, exactly as `new Set(text.toLowerCase().match(/[a-z]+/g))`
 * has it.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Open addressing by the hash of a word: slot -> word id + 1, 0 for an empty slot. Built when first needed after an add. */
  private table: Int32Array | null = null;

  get size(): number {
    return this.words.length;
  }

  /** The id of a word (lower-case a-z only), added if it is new. */
  add(word: string): number {
    if (!/^[a-z]+$/.test(word)) throw new Error(`not a word of a-z: ${JSON.stringify(word)}`);
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(word);
    this.ids.set(word, id);
    this.table = null;
    return id;
  }

  /**
   * The id of the word `letters.slice(start, end)` lower-cased, a run of the
   * ASCII letters A-Z and a-z whose wordHash (of the lower-case codes) is
   * `hash`; -1 if it is not in the vocabulary.
   */
  idOfLetters(letters: string, start: number, end: number, hash: number): number {
    const table = (this.table ??= this.build());
    const mask = table.length - 1;
    for (let slot = hash & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const id = table[slot]! - 1;
      const word = this.words[id]!;
      if (word.length === end - start && sameLetters(word, letters, start)) return id;
    }
    return -1;
  }

  private build(): Int32Array {
    let size = 64;
    while (size < this.words.length * 4) size *= 2;
    const table = new Int32Array(size);
    this.words.forEach((word, id) => {
      let hash = 0;
      for (let i = 0; i < word.length; i++) hash = wordHash(hash, word.charCodeAt(i));
      let slot = hash & (size - 1);
      while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
      table[slot] = id + 1;
    });
    return table;
  }
}

/** The hash of a word, one character code at a time. */
export function wordHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** Whether `letters` holds the lower-case `word` at `start`, ignoring the case of ASCII letters (`letters` has only those there). */
function sameLetters(word: string, letters: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if ((letters.charCodeAt(start + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}
