// Sentences glued by a lost space ("in Wilmington, Delaware.The shooting occurred ... Tuesday.A police
// officer heard shots"), common in scraped pages: compromise reads "Delaware.The" as one word, so the place,
// the weekday and the sentence boundary are lost. The text compromise parses gets a line break in place of
// the glued stop (one character for one, so every offset stays the original text's); the analysis keeps the
// original text.

/** A stop between a lower-case word of two letters or more and a capitalised word (or a capital "A"/"I" word). */
const GLUED = /(?<=\p{Ll}{2})[.!?](?=\p{Lu}(?:\p{Ll}|\s))/gu;

/** The text with each glued stop replaced by a line break (same length). */
export function unglue(text: string): string {
  return text.replace(GLUED, '\n');
}
