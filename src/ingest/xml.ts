/**
 * Streaming XML for the parts of a DOCX: element names are given with the
 * prefix "w:" whatever prefix the part binds to WordprocessingML, so that
 * the readers compare names, not prefixes.
 */
import { Parser } from 'htmlparser2';

const WORDPROCESSINGML = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export interface XmlHandler {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Calls `handler` for each element and text of `xml`, names in WordprocessingML written "w:name". */
export function walkXml(xml: string, handler: XmlHandler): void {
  let prefix: string | undefined;
  const canonical = (name: string): string => {
    const colon = name.indexOf(':');
    const p = colon < 0 ? '' : name.slice(0, colon);
    return prefix !== undefined && p === prefix ? `w:${name.slice(colon + 1)}` : name;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (prefix === undefined) {
          for (const [key, value] of Object.entries(attributes)) {
            if (WORDPROCESSINGML.has(value)) prefix = key === 'xmlns' ? '' : key.replace(/^xmlns:/, '');
          }
        }
        const attrs: Record<string, string> = {};
        for (const [key, value] of Object.entries(attributes)) attrs[canonical(key)] = value;
        handler.open?.(canonical(name), attrs);
      },
      ontext(text) {
        handler.text?.(text);
      },
      onclosetag(name) {
        handler.close?.(canonical(name));
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

/** An OOXML on/off property: `<w:b/>` and `<w:b w:val="true"/>` are on, `w:val="0"`, `"false"`, `"off"` off. */
export function onOff(attributes: Record<string, string>): boolean {
  const v = attributes['w:val'];
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v.toLowerCase());
}
