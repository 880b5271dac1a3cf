// Actors the text only describes by a country and a noun ("US forces", "the Iraqi government", "Iran-backed
// militias") are actors of the record where the record needs them: an event's role or a quote's speaker. Like
// described participants ("gunmen", "two people"), which join the actors only when they fill a role, a
// description no event and no quote refers to is left out; its country stays a place mention.

/** The ids an event of the record refers to: its perpetrators, targets and victims. */
interface Roles {
  perpetrators: string[];
  targets: string[];
  victims: string[];
}

/** An actor as the record holds it; its mentions may carry the internal `descriptive` mark of resolve/actors.ts. */
interface Described {
  id: string;
  mentions: readonly object[];
}

const isDescriptive = (m: object): boolean => (m as { descriptive?: true }).descriptive === true;

/** The actors, without the descriptions (every mention descriptive) that no event or quote refers to. */
export function keepDescribedInUse<A extends Described>(
  actors: A[], events: (Roles | null)[], speakers: (string | null | undefined)[],
): A[] {
  const used = new Set<string>();
  for (const e of events) if (e) for (const id of [...e.perpetrators, ...e.targets, ...e.victims]) used.add(id);
  for (const id of speakers) if (id) used.add(id);
  return actors.filter((x) => used.has(x.id) || !x.mentions.every(isDescriptive));
}
