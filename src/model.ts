/**
 * The typed document model: what parse and extract produce and what the RDF
 * mapping consumes. Nothing here knows RDF; nothing after src/rdf knows text.
 *
 * Every position is an {@link Anchor}: Unicode code points into the
 * normalized text of the document (so `end - start` is the length of `exact`).
 */

export interface Anchor {
  start: number;
  end: number;
  exact: string;
}

/**
 * Where a position of the normalized text came from in the source file:
 * line and column of a text or HTML file; for a PDF the line is counted on
 * its page; for a DOCX the line is the paragraph of the document body.
 */
export interface SourcePosition {
  line: number;
  column: number;
  /** PDF: 1-based page. */
  page?: number;
  /** DOCX: 1-based paragraph of the document body (table cells included). */
  paragraph?: number;
  /** HTML: path of the element that holds the text ("body/div[1]/p[12]"). */
  element?: string;
}

export interface Warning {
  message: string;
  /** Offset into the normalized text; turned into line and column by the parser. */
  offset?: number;
  /** 1-based line in the source file, when the warning is about a place. */
  line?: number;
  column?: number;
  /** The place in words where line and column are not those of the file ("page 3, line 12"). */
  where?: string;
  paragraph?: number;
}

export interface StateParty {
  name: string;
  iso3: string;
  wikidata?: string;
}

export interface Session {
  ordinal: number;
  place?: string;
  startDate?: string;
  endDate?: string;
}

export interface ReportConsidered {
  symbol: string;
  ordinal?: number;
  /** The last report of combined reports: "combined third, fourth and fifth" is 3 to 5. */
  lastOrdinal?: number;
  kind?: 'initial' | 'periodic' | 'combined';
}

export interface Meeting {
  number: number;
  record?: string;
  date?: string;
  role: 'consideration' | 'adoption';
}

export interface Section {
  label: string;
  title: string;
  anchor: Anchor;
}

export interface Heading {
  title: string;
  /** URL-safe key, unique per treaty body: "definition-of-torture". */
  key: string;
  anchor: Anchor;
}

export type PartKind = 'concern' | 'recommendation' | 'positive';

export interface Item {
  label: string;
  text: string;
  anchor: Anchor;
}

export interface TreatyArticleRef {
  treaty: string;
  article: string;
  paragraph?: string;
  anchor: Anchor;
}

export interface LawRef {
  jurisdiction: string;
  /** Canonical name of the code or act: one name per instrument. */
  instrument: string;
  /** Slug of the instrument for IRIs: "criminal-code". */
  instrumentKey: string;
  article?: string;
  part?: string;
  /** How the text names the subdivision: "Part 1 of" or "paragraph 2" / "16(2)". */
  partKind?: 'part' | 'para';
  chapter?: string;
  title?: string;
  anchor: Anchor;
}

export interface DocumentRef {
  symbol: string;
  paragraph: string | null;
  item: string | null;
  anchor: Anchor;
}

export interface InstrumentRef {
  id: string;
  anchor: Anchor;
}

/** An earlier paragraph (or item of it) that this text repeats or endorses. */
export interface Reiteration {
  symbol: string;
  paragraph: string;
  item: string | null;
  anchor: Anchor;
}

export interface References {
  articles: TreatyArticleRef[];
  laws: LawRef[];
  documents: DocumentRef[];
  instruments: InstrumentRef[];
  reiterations: Reiteration[];
}

export interface Part {
  kind: PartKind;
  text: string;
  anchor: Anchor;
  items: Item[];
  refs: References;
}

export interface Paragraph {
  number: number;
  /** The whole paragraph without its number, lines joined, items included. */
  text: string;
  anchor: Anchor;
  section?: string;
  heading?: string;
  /** Convention articles from the "(arts. 2, 11 and 12)" tag. */
  articleTags: string[];
  parts: Part[];
  /** Items of a paragraph that has no parts (an introduction, say). */
  items: Item[];
  /** References of the text that belongs to no part. */
  refs: References;
}

export interface FollowUpRequest {
  paragraphs: number[];
  /** ISO 8601 duration ("P1Y") or date ("2024-05-12"). */
  deadline: string;
  requestedIn: number;
  anchor: Anchor;
}

export interface NextReportRequest {
  ordinal?: number;
  due: string;
  requestedIn: number;
  anchor: Anchor;
}

export interface ConcludingObservations {
  symbol: string;
  /** How the symbol was found: in the text, inferred from the report, or given. */
  symbolSource: 'text' | 'inferred' | 'given';
  treatyBody: string;
  treaty: string;
  stateParty: StateParty;
  session?: Session;
  reportConsidered?: ReportConsidered;
  listOfIssuesReplies?: string;
  meetings: Meeting[];
  adoptedOn?: string;
  issuedOn?: string;
  sections: Section[];
  headings: Heading[];
  paragraphs: Paragraph[];
  followUp?: FollowUpRequest;
  nextReport?: NextReportRequest;
  warnings: Warning[];
  /** The normalized text that every anchor points into. */
  text: string;
  source: string;
}

export function emptyReferences(): References {
  return { articles: [], laws: [], documents: [], instruments: [], reiterations: [] };
}
