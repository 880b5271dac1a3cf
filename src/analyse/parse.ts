// compromise's parse of one piece of text: nlp(text) without its last step, the chunker, which only sets
// each term's `chunk` (noun, verb ... phrases), a field nothing here reads. Tags, normal forms and spans
// are exactly nlp(text)'s; the chunker was about a tenth of compromise's time on news prose.
import nlp from 'compromise';

type View = ReturnType<typeof nlp>;

interface World {
  hooks?: string[];
  methods?: { one?: { tokenize?: { fromString?: (text: string, world: World) => unknown } } };
}

/** The steps nlp() runs on a text (compromise's `world.hooks`), less the chunker. */
const world = nlp.world() as unknown as World;
const STEPS = (world.hooks ?? []).filter((step) => step !== 'chunks');
const fromString = world.methods?.one?.tokenize?.fromString;
const ViewClass = nlp('').constructor as new (document: unknown) => View;

export function parse(text: string): View {
  // an empty text, or a compromise without these internals: its own nlp()
  if (!text || !fromString || !world.hooks) return nlp(text);
  const view = new ViewClass(fromString(text, world));
  view.compute(STEPS);
  return view;
}
