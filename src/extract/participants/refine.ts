// Participant refiners: pure steps over the descriptions the rules found, in the order of PARTICIPANT_REFINERS.
import { spanAt, type Analysis } from '../../analyse/index.js';
import type { ParticipantMention } from './extract.js';

export interface ParticipantRefiner {
  readonly id: string;
  readonly about: string;
  run(a: Analysis, found: ParticipantMention[]): ParticipantMention[];
}

/** Tags of a word that opens an object or a clause: after a verb, it makes the head before the verb its subject ("Gunman kills two"). */
const OBJECT_START = ['Value', 'Determiner', 'Pronoun', 'ProperNoun', 'Possessive'];

/**
 * "civilian targets", "guerrilla attacks on", "child kidnap case": a bare singular head (no determiner, number or modifier)
 * right before a lower-case noun of its sentence modifies that noun and names no one; a word that reads as a verb too is
 * that noun when no object follows it and the head does not open its sentence ("Gunman kills two", "Soldier dies in
 * blast" keep their heads).
 */
const nounModifiers = (a: Analysis, found: ParticipantMention[]): ParticipantMention[] =>
  found.filter((m) => {
    if (m.plural || m.text.toLowerCase() !== m.head) return true;
    const gap = /^[ \t]+/.exec(a.text.slice(m.end, m.end + 4));
    if (!gap) return true;
    const here = spanAt(a.terms, m.start);
    const next = spanAt(a.terms, m.end + gap[0].length);
    if (!here || !next || next.start !== m.end + gap[0].length || next.sentence !== here.sentence || !/^\p{Ll}+$/u.test(next.text)) return true;
    if (!next.tags.has('Noun') && !next.tags.has('Verb')) return true;
    if (next.tags.has('PastTense') || next.tags.has('Gerund') || next.tags.has('Modal') || next.tags.has('Copula') || next.tags.has('Auxiliary')) return true;
    if (!next.tags.has('Noun')) {
      // "Gunman dies in blast": a head that opens its sentence is the subject of the verb after it
      if (a.terms.indexOf(here) === 0 || a.terms[a.terms.indexOf(here) - 1].sentence !== here.sentence) return true;
      const after = a.terms[a.terms.indexOf(next) + 1];
      if (!after || after.sentence !== next.sentence || OBJECT_START.some((t) => after.tags.has(t)) || after.tags.has('Noun') || after.tags.has('Adjective')) return true;
    }
    return false;
  });

export const PARTICIPANT_REFINERS: readonly ParticipantRefiner[] = [
  { id: 'participant.refine-noun-modifier', about: 'a bare singular head right before a lower-case noun modifies it and names no one ("civilian targets", "guerrilla attacks on")', run: nounModifiers },
];
