// What extractors hand to resolvers: candidates with exact spans and the id of the rule behind them.
// Ids (d1, p1, ...) are given later, once, by the pipeline.
import type { ActorKind, Count, DateItem, PlaceKind, QuoteType } from '../record/schema.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type DateCandidate = Omit<DateItem, 'id'> & { rule: string };

export type CountCandidate = Omit<Count, 'id'> & { rule: string };

/** A place as written, before it is resolved on the gazetteer and grouped with its other mentions. */
export interface PlaceMention extends Span {
  rule: string;
  /** What the wording says of it ("Tigris River" -> water, "al-Asaf airbase" -> facility). */
  kind?: PlaceKind;
  /** The name to look up when it differs from the text ("western Iraq" -> "Iraq"). */
  lookup?: string;
}

/** One mention of an actor, with what the mention itself says about the actor. */
export interface ActorMention extends Span {
  rule: string;
  /** The actor's name as this mention gives it (no possessive, no title). */
  name: string;
  kind: ActorKind;
  title: string | null;
  country: string | null;
  affiliation: string | null;
  /** Set by the rule that made it: a description of an actor ("US forces"), not its name. Internal, not in the record. */
  descriptive?: true;
}

export type SpeakerKind = 'name' | 'pronoun' | 'description' | 'organization';

export interface SpeakerMention extends Span {
  kind: SpeakerKind;
  rule: string;
}

export interface QuoteCandidate extends Span {
  type: QuoteType;
  verb: string | null;
  speaker: SpeakerMention | null;
  rule: string;
}
