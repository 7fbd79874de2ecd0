/** The State party of a document from its catalogue entry. */
import type { StateEntry } from '../catalogue/states.js';
import type { StateParty } from '../model.js';

export function stateParty(entry: StateEntry): StateParty {
  return { name: entry.name, iso3: entry.iso3, ...(entry.wikidata ? { wikidata: entry.wikidata } : {}) };
}
