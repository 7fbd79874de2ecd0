/**
 * Just enough of ZIP to read the parts of a DOCX, and no more than a bound:
 * the central directory is read first, every part is inflated with a hard
 * ceiling on its size, so a zip bomb is refused before it fills the memory.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';

/** No part of a DOCX this project reads comes near this: a long document.xml is a few megabytes. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Inflated bytes read from one archive, all parts together. */
export const MAX_ARCHIVE_BYTES = 128 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly path: string,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEndOfDirectory(view);
    if (eocd < 0) throw this.corrupt('no end of central directory (a truncated or damaged file)');
    const count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    if (at === 0xffffffff || count === 0xffff) throw this.corrupt('a ZIP64 archive, which a DOCX never needs');
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw this.corrupt(`central directory entry ${i + 1} is damaged`);
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        name,
        flags: view.getUint16(at + 8, true),
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localHeader: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The inflated bytes of a part, or undefined when the archive has no such part. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.flags & 1) throw new InputError(`the part ${name} is encrypted: a password-protected document cannot be read; save it without a password`, this.path);
    const limit = Math.min(MAX_PART_BYTES, MAX_ARCHIVE_BYTES - this.inflated);
    if (entry.size > limit) throw this.bomb(name, entry.size);
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = entry.localHeader;
    if (local + 30 > this.bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw this.corrupt(`the local header of ${name} is damaged`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw this.corrupt(`${name} runs past the end of the file (a truncated download?)`);
    const data = this.bytes.subarray(start, end);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) {
      try {
        // The declared size may lie; the ceiling is what holds.
        out = inflateRawSync(data, { maxOutputLength: limit });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw this.bomb(name, undefined);
        throw this.corrupt(`${name} does not inflate (${(err as Error).message})`);
      }
    } else throw this.corrupt(`${name} uses compression method ${entry.method}, which DOCX files do not use`);
    this.inflated += out.length;
    return out;
  }

  private corrupt(why: string): InputError {
    return new InputError(`a corrupt ZIP archive: ${why}`, this.path);
  }

  private bomb(name: string, declared: number | undefined): InputError {
    const size = declared === undefined ? `more than ${MAX_PART_BYTES / 1024 / 1024} MiB` : `${declared} bytes`;
    return new InputError(`the ZIP part ${name} inflates to ${size}, past the limit of ${MAX_PART_BYTES / 1024 / 1024} MiB a part: a zip bomb or not a document`, this.path);
  }
}

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes, after any archive comment. */
function findEndOfDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 0xffff - 22);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}
