/**
 * UN symbols as CAT and CRC decisions of the 2000s and 2020s write them: the symbol of Views on joined communications
 * written with a dash, and a general comment's title between an annual report's annex and the pinpoint. The sentences are written for these tests, with other numbers than the texts read.
 */
import { describe, expect, it } from 'vitest';
import type { RefContext } from '../../src/extract/refs/index.js';
import { documents, spans } from './refs-helpers.js';

const ctx: RefContext = { treaty: 'CRC', jurisdiction: 'BEL', concludingObservations: false };

describe('Views on joined communications (REFS rules 3 and 5)', () => {
  it('are one symbol, with a hyphen as with a dash, the dash kept as written', () => {
    expect(documents('See A.B. et al. v. Belgium (CRC/C/88/D/61/2018-CRC/C/88/D/94/2019).', ctx))
      .toEqual(['CRC/C/88/D/61/2018-CRC/C/88/D/94/2019']);
    expect(documents('See (CRC/C/88/D/61/2018–CRC/C/88/D/94/2019), para. 8.3.', ctx))
      .toEqual(['CRC/C/88/D/61/2018–CRC/C/88/D/94/2019 8.3']);
    expect(documents('F. Joined cases (CRC/C/91/D/70/2019 – CRC/C/91/D/72/2019 – CRC/C/91/D/130/2020)', ctx))
      .toEqual(['CRC/C/91/D/70/2019–CRC/C/91/D/72/2019–CRC/C/91/D/130/2020']);
    expect(spans('See (CRC/C/88/D/61/2018–CRC/C/88/D/94/2019).', ctx)).toEqual(['CRC/C/88/D/61/2018–CRC/C/88/D/94/2019']);
  });

  it('leave two symbols that a dash does not join as two', () => {
    expect(documents('See CCPR/C/104/D/1752-1801/2008, para. 6.4, and CAT/C/RUR/CO/4-5.', ctx))
      .toEqual(['CCPR/C/104/D/1752-1801/2008 6.4', 'CAT/C/RUR/CO/4-5']);
    expect(documents('See CAT/C/RUR/CO/4 – and the replies in CAT/C/RUR/CO/4/Add.1.', ctx))
      .toEqual(['CAT/C/RUR/CO/4', 'CAT/C/RUR/CO/4/Add.1']);
    expect(documents('Under Decree-Law No. 512-A/97/11/30, the author was detained.', ctx)).toEqual([]);
  });
});

describe('a general comment\'s title between an annex and the pinpoint (REFS rule 6)', () => {
  it('is skipped like the annex', () => {
    expect(documents('See A/53/44, annex IX, CAT General Comment No 1, paragraph 8.', ctx)).toEqual(['A/53/44 8']);
    expect(documents('See A/53/44, annex IX, general comment No. 1 (1997), para. 4.', ctx)).toEqual(['A/53/44 4']);
  });

  it('is not a pinpoint by itself', () => {
    expect(documents('See A/53/44, Annex XI CAT General Comment No 1.', ctx)).toEqual(['A/53/44']);
    expect(documents('See A/53/44, annex IX; general comment No. 1, para. 4.', ctx)).toEqual(['A/53/44']);
  });
});
