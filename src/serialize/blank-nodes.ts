// A blank node keeps the label it was given when that label is safe in
// every syntax we write (Turtle, TriG, N-Triples, N-Quads, JSON-LD) and in
// the parsers we test against. Any other label is spelled out in hex behind
// the marker `x_`; a safe label that already starts with `x_` is spelled out
// too, so two different labels never end up the same. A pure function of
// the label, so a streaming writer gets the same labels as a whole-graph one.

const SAFE_LABEL = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const ENCODED_MARKER = 'x_';

export function blankNodeLabel(label: string): string {
  if (SAFE_LABEL.test(label) && !label.startsWith(ENCODED_MARKER)) return label;
  let encoded = ENCODED_MARKER;
  for (let i = 0; i < label.length; i++) {
    encoded += label.charCodeAt(i).toString(16).padStart(4, '0');
  }
  return encoded;
}
