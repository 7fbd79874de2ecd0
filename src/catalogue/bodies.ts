/** The treaty bodies and the treaties they monitor. */

export interface TreatyBodyEntry {
  /** Code used in UN symbols and in IRIs: "CAT". */
  code: string;
  name: string;
  /** The document's own treaty: REFS.md codes ("CCPR" for the ICCPR). */
  treaty: string;
  treatyName: string;
  /** The word the body's texts use for its treaty: "the Convention", "the Covenant". */
  treatyWord: 'Convention' | 'Covenant';
  /** The first elements of the body's document symbols. */
  symbolPrefix: string;
}

export const TREATY_BODIES: readonly TreatyBodyEntry[] = [
  { code: 'CAT', name: 'Committee against Torture', treaty: 'CAT', treatyName: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', treatyWord: 'Convention', symbolPrefix: 'CAT/C/' },
  { code: 'CCPR', name: 'Human Rights Committee', treaty: 'CCPR', treatyName: 'International Covenant on Civil and Political Rights', treatyWord: 'Covenant', symbolPrefix: 'CCPR/' },
  { code: 'CESCR', name: 'Committee on Economic, Social and Cultural Rights', treaty: 'CESCR', treatyName: 'International Covenant on Economic, Social and Cultural Rights', treatyWord: 'Covenant', symbolPrefix: 'E/C.12/' },
  { code: 'CERD', name: 'Committee on the Elimination of Racial Discrimination', treaty: 'CERD', treatyName: 'International Convention on the Elimination of All Forms of Racial Discrimination', treatyWord: 'Convention', symbolPrefix: 'CERD/C/' },
  { code: 'CEDAW', name: 'Committee on the Elimination of Discrimination against Women', treaty: 'CEDAW', treatyName: 'Convention on the Elimination of All Forms of Discrimination against Women', treatyWord: 'Convention', symbolPrefix: 'CEDAW/C/' },
  { code: 'CRC', name: 'Committee on the Rights of the Child', treaty: 'CRC', treatyName: 'Convention on the Rights of the Child', treatyWord: 'Convention', symbolPrefix: 'CRC/C/' },
  { code: 'CRPD', name: 'Committee on the Rights of Persons with Disabilities', treaty: 'CRPD', treatyName: 'Convention on the Rights of Persons with Disabilities', treatyWord: 'Convention', symbolPrefix: 'CRPD/C/' },
  { code: 'CMW', name: 'Committee on Migrant Workers', treaty: 'CMW', treatyName: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families', treatyWord: 'Convention', symbolPrefix: 'CMW/C/' },
  { code: 'CED', name: 'Committee on Enforced Disappearances', treaty: 'CED', treatyName: 'International Convention for the Protection of All Persons from Enforced Disappearance', treatyWord: 'Convention', symbolPrefix: 'CED/C/' },
];

export function bodyByCode(code: string): TreatyBodyEntry | undefined {
  return TREATY_BODIES.find((b) => b.code === code);
}

/** The body whose name a line of text carries ("COMMITTEE AGAINST TORTURE"). */
export function bodyByName(text: string): TreatyBodyEntry | undefined {
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  return TREATY_BODIES.find((b) => folded.includes(b.name.toLowerCase()))
    ?? (folded.includes('committee on the protection of the rights of all migrant workers') ? bodyByCode('CMW') : undefined);
}

/** The body that issued a document, from its symbol ("CAT/C/KAZ/2" -> CAT). */
export function bodyBySymbol(symbol: string): TreatyBodyEntry | undefined {
  return TREATY_BODIES.find((b) => symbol.startsWith(b.symbolPrefix))
    ?? TREATY_BODIES.find((b) => symbol.startsWith(`${b.code}/`));
}
