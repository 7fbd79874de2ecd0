// Accept headers as browsers, crawlers and broken clients send them.
import { describe, expect, it } from 'vitest';
import { negotiate, parseAccept, qualityOf } from '../../src/serve/negotiate.js';

const OFFERED = ['text/html', 'text/turtle', 'application/ld+json', 'application/n-triples'];

describe('content negotiation', () => {
  it('gives browsers HTML and crawlers RDF', () => {
    expect(negotiate('text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', OFFERED)).toBe('text/html');
    expect(negotiate('text/turtle', OFFERED)).toBe('text/turtle');
    expect(negotiate('application/ld+json', OFFERED)).toBe('application/ld+json');
    expect(negotiate('application/n-triples', OFFERED)).toBe('application/n-triples');
    expect(negotiate(undefined, OFFERED)).toBe('text/html');
    expect(negotiate('*/*', OFFERED)).toBe('text/html');
  });

  it('follows q-values, the most specific range deciding', () => {
    expect(negotiate('text/html;q=0.5, text/turtle', OFFERED)).toBe('text/turtle');
    expect(negotiate('text/*;q=0.3, text/turtle;q=0.9, application/ld+json;q=1.0', OFFERED)).toBe('application/ld+json');
    expect(negotiate('*/*;q=0.1, text/html;q=0', OFFERED)).toBe('text/turtle');
    expect(qualityOf('text/html', parseAccept('text/*;q=0.2, text/html;q=0.7'))).toBe(0.7);
    expect(negotiate('TEXT/Turtle', OFFERED)).toBe('text/turtle');
  });

  it('answers none (406) when nothing offered is acceptable', () => {
    expect(negotiate('image/png', OFFERED)).toBeUndefined();
    expect(negotiate('text/turtle;q=0', OFFERED)).toBeUndefined();
  });

  it('survives malformed headers: bad entries are dropped, an unreadable header means */*', () => {
    expect(negotiate(';;;,,,', OFFERED)).toBe('text/html');
    expect(negotiate('text/turtle;q=abc, application/ld+json', OFFERED)).toBe('application/ld+json');
    expect(negotiate('text/turtle;q=2', OFFERED)).toBe('text/html');
    expect(negotiate('*/turtle, garbage', OFFERED)).toBe('text/html');
    expect(negotiate('x'.repeat(10_000), OFFERED)).toBe('text/html');
    expect(negotiate('text/turtle;;q=0.5;=;foo', OFFERED)).toBe('text/turtle');
  });
});
