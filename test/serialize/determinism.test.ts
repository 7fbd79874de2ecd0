import { describe, expect, it } from 'vitest';
import { RDF_FORMATS, serialize } from '../../src/serialize/index.js';
import { sampleDataset, shuffled } from './sample-graph.js';

describe.each(RDF_FORMATS)('%s output is a function of the dataset alone', (format) => {
  const reference = serialize(sampleDataset(), format);

  it('gives the same bytes for the same input, built twice', () => {
    expect(serialize(sampleDataset(), format)).toBe(reference);
  });

  it('gives the same bytes whatever the order of the quads', () => {
    for (const seed of [1, 2, 3]) expect(serialize(shuffled(sampleDataset(), seed), format)).toBe(reference);
  });

  it('gives the same bytes when quads are repeated', () => {
    const quads = sampleDataset();
    expect(serialize([...quads, ...shuffled(quads.slice(0, 20))], format)).toBe(reference);
  });

  it('accepts any iterable of quads', () => {
    function* generate() {
      yield* sampleDataset();
    }
    expect(serialize(generate(), format)).toBe(reference);
  });
});
