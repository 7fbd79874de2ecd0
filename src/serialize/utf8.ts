/**
 * Text written piece by piece straight to UTF-8 bytes.
 *
 * Why not one string, encoded at the end: a document's N-Quads are some
 * 350,000 characters, and a string that long is flattened by V8 into its
 * large-object space, two bytes a character as soon as one ’ occurs: fresh
 * pages mapped for every document (about 200 page faults each, a fifth of
 * the CPU a corpus conversion spent in the kernel) and every character
 * copied once more before it is encoded. Pieces of a few thousand
 * characters are flattened in the young generation, whose pages stay
 * mapped, and encoded into one buffer that serves document after document;
 * only the finished bytes are copied out, to a buffer of their exact size.
 */

const encoder = new TextEncoder();

/** Characters gathered before they are encoded: well under V8's large-object threshold (128 KB) even two bytes each. */
const PIECE = 16_384;

/** The buffer the next call starts from; taken while a call runs, so that a nested call gets its own. */
let spare: Uint8Array | null = new Uint8Array(1 << 20);

/**
 * The UTF-8 bytes of everything `write` appends, in order: the same bytes
 * as `new TextEncoder().encode(` of the appended strings joined `)`.
 */
export function encodeUtf8(write: (append: (text: string) => void) => void): Uint8Array {
  let buffer = spare ?? new Uint8Array(1 << 16);
  spare = null;
  let length = 0;
  let pending = '';
  const flush = (last: boolean): void => {
    // A high surrogate at the end may begin a pair that the next append ends: it waits for it.
    let held = '';
    const end = pending.charCodeAt(pending.length - 1);
    if (!last && end >= 0xd800 && end <= 0xdbff) {
      held = pending.slice(-1);
      pending = pending.slice(0, -1);
    }
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    const needed = length + pending.length * 3;
    if (needed > buffer.length) {
      const grown = new Uint8Array(Math.max(needed, buffer.length * 2));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    length += encoder.encodeInto(pending, buffer.subarray(length)).written;
    pending = held;
  };
  try {
    write((text) => {
      pending += text;
      if (pending.length >= PIECE) flush(false);
    });
    flush(true);
    return buffer.slice(0, length);
  } finally {
    spare = buffer;
  }
}
