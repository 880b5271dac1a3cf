// What extractors hand to resolvers: candidates with exact spans and the id of the rule behind them.
// Ids (d1, p1, ...) are given later, once, by the pipeline.
import type { ActorKind, Count, DateItem, PlaceKind, QuoteType } from '../record/schema.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type DateCandidate = Omit<DateItem, 'id'> & { rule: string };

/**
 * What the rule that made a count read, beyond the record's fields. It guides the counts' refiners and the
 * event's casualty tally, and never reaches the record (the pipeline drops it: src/extract/counts/reading.ts).
 */
export interface CountReading {
  /** The category comes from what the sentence says befell the counted ("were killed", "no one was hurt", "arrested"), not from the noun alone. */
  casualty?: boolean;
  /** Hit by gunfire, killed or not: the event tells which ("four people were shot", "a double shooting"). */
  shot?: boolean;
  /** What is said of it reaches a count coordinated after it: "killing six children and two adults". */
  carries?: boolean;
  /** It took what is said of a count coordinated with it (rule count.coordinated). */
  coordinated?: boolean;
  /** One person told by a name ("injuring Leanne Smith"): one for the event's tally, not a count of the record. */
  byName?: boolean;
  /** A reflexive object: "killed himself", "shot herself". */
  reflexive?: boolean;
  /** It names the whole event ("a double shooting"): it holds the people the sentence counts, never adds to them. */
  wholeEvent?: boolean;
  /** None besides those told of: "no other deaths", "nobody else was hurt". */
  additional?: boolean;
}

export type CountCandidate = Omit<Count, 'id'> & { rule: string } & CountReading;

/** A count of the record with what its rule read: what the event stage is handed. */
export type CountItem = Count & CountReading;

/** A place as written, before it is resolved on the gazetteer and grouped with its other mentions. */
export interface PlaceMention extends Span {
  rule: string;
  /** What the wording says of it ("Tigris River" -> water, "al-Asaf airbase" -> facility). */
  kind?: PlaceKind;
  /** The name to look up when it differs from the text ("western Iraq" -> "Iraq"). */
  lookup?: string;
  /** A region named by a direction before a place ("Southern California"), or a district or terrain by its noun ("Anbar Province"). */
  form?: 'direction' | 'terrain';
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
