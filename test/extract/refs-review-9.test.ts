/**
 * Ninth review round: "&" joins a list of articles or paragraphs as "and" does; an article "of the law (of a State) on
 * ...", "of the decree on ...", a domestic instrument written in lower case that no recognizer names, is no treaty
 * article. The sentences are written for these tests, with other names, numbers and States than the Views read.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { articles, laws } from './refs-helpers.js';

const views = (treaty: string, jurisdiction: string): RefContext => ({ treaty, jurisdiction, concludingObservations: false });

describe('"&" in a list of provisions', () => {
  it('"articles 2, 19, 22 (b) & (d), 24 and 26 of the Covenant" lists six provisions', () => {
    const text = 'The authors claim to be victims of violations of articles 2, 19, 22 (b) & (d), 24 and 26 of the Covenant.';
    expect(articles(text, views('CCPR', 'BWA'))).toEqual(['CCPR 2', 'CCPR 19', 'CCPR 22(b)', 'CCPR 22(d)', 'CCPR 24', 'CCPR 26']);
  });

  it('"articles 9 & 17 of the International Covenant ..." in a CESCR text reaches the instrument after it', () => {
    const text = 'She also invokes articles 9 & 17 of the International Covenant on Civil and Political Rights.';
    expect(articles(text, views('CESCR', 'ECU'))).toEqual(['CCPR 9', 'CCPR 17']);
  });

  it('paragraphs and sections joined by "&"', () => {
    const ctx = views('CCPR', 'TTO');
    expect(articles('a violation of article 10, paragraphs 1 & 3, of the Covenant', ctx)).toEqual(['CCPR 10(1)', 'CCPR 10(3)']);
    expect(laws('Counsel relies on sections 5 & 6 of the Bail Act.', ctx)).toEqual(['TTO Bail Act 5', 'TTO Bail Act 6']);
  });

  it('negatives: "&" between names, or after a number that is no provision, adds nothing', () => {
    const ctx = views('CCPR', 'TTO');
    expect(articles('The firm Marsh & Partners wrote on 4 May under article 6 of the Covenant.', ctx)).toEqual(['CCPR 6']);
    expect(articles('article 14 of the Covenant; Harris & 3 others v. the State', ctx)).toEqual(['CCPR 14']);
  });
});

describe('an article of a lower-case domestic instrument', () => {
  it('"article 41 of the law of Georgia on social assistance" is no article of the Convention', () => {
    const text = 'The benefit was refused under article 41 of the law of Georgia on social assistance.';
    expect(articles(text, views('CRPD', 'GEO'))).toEqual([]);
  });

  it('"article 8 of the decree on public gatherings", "article 3 of the regulations" likewise', () => {
    const ctx = views('CCPR', 'KGZ');
    expect(articles('He was fined under article 8 of the decree on public gatherings.', ctx)).toEqual([]);
    expect(articles('The warden applied article 3 of the internal regulations of the prison.', ctx)).toEqual([]);
  });

  it('negatives: a named law keeps its article, "the Law" resolves, the treaty written after still wins', () => {
    const ctx = views('CCPR', 'KGZ');
    expect(laws('under article 8 of the Law on Peaceful Assemblies', ctx)).toEqual(['KGZ Law on Peaceful Assemblies 8']);
    expect(laws('The Law on Peaceful Assemblies was amended. Under article 8 of the law, he was fined.', ctx))
      .toEqual(['KGZ Law on Peaceful Assemblies 8']);
    expect(articles('the law was applied in breach of article 21 of the Covenant', ctx)).toEqual(['CCPR 21']);
    expect(articles('He was fined; this violated article 21.', ctx)).toEqual(['CCPR 21']);
  });
});
