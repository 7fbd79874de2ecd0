/** The follow-up request and the next report, on sentences of unseen documents. */
import { describe, expect, it } from 'vitest';
import { findFollowUp, findNextReport } from '../../src/extract/requests.js';

describe('follow-up', () => {
  it('takes no pinpoint of a resolution or general comment for the paragraphs picked for follow-up', () => {
    const text = "The Committee invites the State party to submit its combined sixth and seventh periodic reports by 1 June 2020 and to include therein information on the follow-up to the present concluding observations. The report should comply with the Committee's harmonized treaty-specific reporting guidelines adopted on 31 January 2014 (CRC/C/58/Rev.3) and should not exceed 21,200 words (see General Assembly resolution 68/268, para. 16).";
    expect(findFollowUp(text)).toBeUndefined();
  });

  it('still reads the paragraphs of a request that also cites a document', () => {
    const text = 'The Committee requests the State party to provide, by 25 November 2023, information on follow-up to the recommendations (see CAT/C/ARM/CO/4, para. 47) on legal safeguards and redress (see paras. 9 (a), 11 and 7 (b) above).';
    expect(findFollowUp(text)).toMatchObject({ paragraphs: [9, 11, 7], deadline: '2023-11-25' });
  });
});

describe('next report', () => {
  it('reads a report "due on" a date (CERD)', () => {
    const text = 'The Committee recommends that the State party submit its fourth periodic report jointly with its fifth periodic report, due on 1 January 2000, and that it address all the points raised in the present observations.';
    expect(findNextReport(text)).toMatchObject({ ordinal: 4, due: '2000-01-01' });
  });

  it('reads a report due "no later than" a date (CMW)', () => {
    const text = 'The Committee requests the State party to submit its third periodic report no later than 1 May 2024. The State party may, alternatively, follow the simplified reporting procedure.';
    expect(findNextReport(text)).toMatchObject({ ordinal: 3, due: '2024-05-01' });
  });

  it('reads the report under the Convention in which an Optional Protocol is next reported on (OPSC, OPAC)', () => {
    const opsc = 'In accordance with article 12 (2) of the Optional Protocol, the Committee requests the State party to include further information on the implementation of the Optional Protocol in its next periodic report under the Convention, due on 21 May 2031.';
    expect(findNextReport(opsc)).toMatchObject({ ordinal: undefined, due: '2031-05-21' });
    const opac = 'The Committee requests the State party to include further information on the implementation of the Optional Protocol and the present concluding observations in its next periodic report under the Convention on the Rights of the Child, due on 3 October 2027.';
    expect(findNextReport(opac)).toMatchObject({ due: '2027-10-03' });
  });

  it('takes no date from a request to report on a matter in the next report without a due date', () => {
    const text = 'The Committee requests the State party to include in its next periodic report information on the measures taken, by 1 January 2026, to review the law.';
    expect(findNextReport(text)).toBeUndefined();
  });
});
