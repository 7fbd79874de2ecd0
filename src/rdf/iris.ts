/**
 * IRIs from UN symbols and numbers: the same input always mints the same
 * IRI, so graphs of different runs and documents join without reconciliation.
 */

export class Iris {
  constructor(readonly base: string) {}

  document(symbol: string): string {
    return `${this.base}doc/${encodeSymbol(symbol)}`;
  }

  /** `#para_129__item_e` of a paragraph pinpoint in any document. */
  pinpoint(symbol: string, paragraph: string, item?: string | null): string {
    const para = `${this.document(symbol)}#para_${encodeLocal(paragraph)}`;
    return item ? `${para}__item_${encodeLocal(item)}` : para;
  }

  body(code: string): string {
    return `${this.base}body/${code}`;
  }

  session(body: string, ordinal: number): string {
    return `${this.body(body)}/session/${ordinal}`;
  }

  meeting(body: string, number: number): string {
    return `${this.body(body)}/meeting/${number}`;
  }

  heading(body: string, key: string): string {
    return `${this.body(body)}/heading/${key}`;
  }

  headingScheme(body: string): string {
    return `${this.body(body)}/headings`;
  }

  state(iso3: string): string {
    return `${this.base}state/${iso3}`;
  }

  treaty(code: string): string {
    return `${this.base}treaty/${code}`;
  }

  treatyArticle(code: string, article: string, paragraph?: string): string {
    const art = `${this.treaty(code)}/art_${encodeLocal(article)}`;
    return paragraph ? `${art}__para_${encodeLocal(paragraph)}` : art;
  }

  law(jurisdiction: string, key: string): string {
    return `${this.base}law/${jurisdiction}/${key}`;
  }

  lawArticle(jurisdiction: string, key: string, article: string, chapter?: string): string {
    const chapterPart = chapter ? `chap_${encodeLocal(chapter)}__` : '';
    return `${this.law(jurisdiction, key)}/${chapterPart}art_${encodeLocal(article)}`;
  }

  /** "Part 1 of article 347-1" is `__part_1`; "16(2)" and "paragraph 2 of" are `__para_2`. */
  lawSubdivision(articleIri: string, kind: 'part' | 'para', number: string): string {
    return `${articleIri}__${kind}_${encodeLocal(number)}`;
  }

  instrument(id: string): string {
    return `${this.base}instrument/${id}`;
  }
}

/** Symbols keep their slashes (they are the path); anything unsafe is percent-encoded. */
export function encodeSymbol(symbol: string): string {
  return symbol.split('/').map((s) => encodeURIComponent(s)).join('/');
}

function encodeLocal(value: string): string {
  return encodeURIComponent(value.replace(/\s+/g, ''));
}

export function undocsUrl(symbol: string): string {
  return `https://undocs.org/${encodeSymbol(symbol)}`;
}
