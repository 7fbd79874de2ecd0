/**
 * Bytes to characters: UTF-8 (with or without a byte-order mark), UTF-16
 * with its byte-order mark, or the encoding an HTML page declares. Anything
 * else is refused with the place of the first byte that does not decode.
 */
import { InputError } from '../errors.js';

export function hasPrefix(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** The encoding a byte-order mark announces, if any. */
export function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (hasPrefix(bytes, UTF8_BOM)) return 'utf-8';
  if (hasPrefix(bytes, UTF16LE_BOM)) return 'utf-16le';
  if (hasPrefix(bytes, UTF16BE_BOM)) return 'utf-16be';
  return undefined;
}

/**
 * Decodes text that declares nothing: a byte-order mark decides, else it
 * must be UTF-8. The BOM itself is kept out of the result, so offsets count
 * from the first character after it.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes, bom, path, 'its byte-order mark');
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) throw new InputError(`binary data (a NUL byte at byte ${nul}), not text`, path);
  return decodeAs(bytes, 'utf-8', path, 'no byte-order mark or charset: UTF-8 is the only encoding read without one');
}

/** Decodes `bytes` as `encoding` (a WHATWG label), refusing what does not decode. */
export function decodeAs(bytes: Uint8Array, encoding: string, path: string, why: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch {
    throw new InputError(`unknown encoding "${encoding}" (${why}); save the file as UTF-8`, path);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    if (decoder.encoding !== 'utf-8') throw new InputError(`not ${decoder.encoding} text as ${why} says: a byte sequence does not decode`, path);
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = before.split(/\r\n|\r|\n/);
    throw new InputError(
      `not UTF-8 text (invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at byte ${at}; ${why}): an unknown encoding, save the file as UTF-8`,
      path,
      lines.length,
      lines[lines.length - 1]!.length + 1,
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || bytes[i + k]! >> 6 !== 0b10) return i;
    i += len;
  }
  return bytes.length;
}
