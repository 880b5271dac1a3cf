// The one domain contract (README "How it works"): every domain folder's index.ts exports one plain object
// of this shape. Rules are data with stable ids (shown by --explain); refiners run in the order listed;
// lexicons are data files (src/extract/lexicon.ts). The rule registry (src/extract/registry.ts) reads every
// domain's ids from here, so an id is declared once and a test checks that ids are unique.
export interface Domain<R extends { readonly id: string } = { readonly id: string }, F = unknown> {
  /** The domain's name, as a stage of the pipeline calls it (dates, counts, places, actors, quotes, ...). */
  readonly name: string;
  /** Its rules, each with a stable id, in the order they are tried. */
  readonly rules: readonly R[];
  /** Its refiners, in the order they run. */
  readonly refiners: readonly F[];
  /** Its lexicons, by name. */
  readonly lexicon: Readonly<Record<string, unknown>>;
  /** Ids put on items by something other than a rule of the table (a refiner that merges two items, say). */
  readonly ids?: readonly string[];
}
