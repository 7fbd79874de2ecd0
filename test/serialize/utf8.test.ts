/**
 * Text encoded piece by piece (encodeUtf8) against TextEncoder over the
 * same text joined: the same bytes whatever the pieces (empty, one
 * character, longer than a piece, past the reused buffer's size), the
 * characters (ASCII, two-byte, astral pairs, lone surrogates) and where a
 * piece boundary falls, a surrogate pair split between two appends included.
 */
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../src/serialize/utf8.js';

const whole = new TextEncoder();

function expectSame(pieces: string[]): void {
  const bytes = encodeUtf8((append) => pieces.forEach(append));
  expect(Buffer.from(bytes).equals(Buffer.from(whole.encode(pieces.join(''))))).toBe(true);
}

/** A small deterministic generator. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ALPHABET = ['a', ' ', '"', '\n', 'é', '’', '“', '\u4e2d', '\u{1D4B3}', '\uD800', '\uDC00', '\uFFFD'];

describe('encodeUtf8', () => {
  it('encodes nothing as no bytes', () => {
    expect(encodeUtf8(() => {}).length).toBe(0);
    expectSame(['', '', '']);
  });

  it('gives the bytes of the joined text, whatever the pieces and characters', () => {
    const next = random(7);
    for (let round = 0; round < 60; round++) {
      const pieces: string[] = [];
      const count = Math.floor(next() * 400);
      for (let p = 0; p < count; p++) {
        let piece = '';
        const length = Math.floor(next() * (next() < 0.05 ? 40_000 : 300));
        for (let c = 0; c < length; c++) piece += ALPHABET[Math.floor(next() * ALPHABET.length)];
        pieces.push(piece);
      }
      expectSame(pieces);
    }
  });

  it('joins a surrogate pair split between two appends into one character', () => {
    expectSame(['x'.repeat(16_383), '\uD835', '\uDCB3', 'y']);
    expectSame(['\uD835', '\uDCB3']);
  });

  it('grows past the buffer it reuses, and gives a nested call its own', () => {
    const big = '’'.repeat(1_500_000);
    expectSame([big, 'end']);
    const outer = encodeUtf8((append) => {
      append('outer ');
      const inner = encodeUtf8((a) => a('inner'));
      append(Buffer.from(inner).toString('utf8'));
    });
    expect(Buffer.from(outer).toString('utf8')).toBe('outer inner');
  });

  it('returns bytes of their own, not a view of the reused buffer', () => {
    const first = encodeUtf8((append) => append('first'));
    encodeUtf8((append) => append('second'));
    expect(Buffer.from(first).toString('utf8')).toBe('first');
    expect(first.byteLength).toBe(first.buffer.byteLength);
  });
});
