/**
 * Which words of a fixed vocabulary a text holds, read in one pass over its
 * characters and without making a string of each of its words: the
 * recognizers ask it whether a name can be in a paragraph before they run
 * the name's regular expression on it.
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

  /** The words of the vocabulary that `text` holds. */
  wordsIn(text: string): WordSet {
    const table = (this.table ??= this.build());
    const mask = table.length - 1;
    const present = new Uint8Array(this.words.length);
    const lower = text.toLowerCase();
    const length = lower.length;
    let i = 0;
    while (i < length) {
      let code = lower.charCodeAt(i);
      if (code < 97 || code > 122) {
        i += 1;
        continue;
      }
      const start = i;
      let hash = 0;
      do {
        hash = wordHash(hash, code);
        i += 1;
        code = i < length ? lower.charCodeAt(i) : 0;
      } while (code >= 97 && code <= 122);
      for (let slot = hash & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
        const id = table[slot]! - 1;
        const word = this.words[id]!;
        if (word.length === i - start && lower.startsWith(word, start)) {
          present[id] = 1;
          break;
        }
      }
    }
    return new WordSet(present, lower);
  }
}

function wordHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

export class WordSet {
  /** @param lower the text lower-cased, for other tests to share */
  constructor(private readonly present: Uint8Array, readonly lower: string) {}

  has(id: number): boolean {
    return this.present[id] === 1;
  }
}
