// CAMEO (Conflict and Mediation Event Observations) codes as data: the 20 roots with their labels,
// the finer codes news reports use most, and the trigger words that evoke them. Each trigger entry
// carries a weight (how strongly it names the article's main event) and the id of its rule. The words are
// data (lexicon/*.json); this file loads them once.
import { table, wordSet, type LexiconFile } from '../extract/lexicon.js';
import labelsFile from './lexicon/cameo-labels.json' with { type: 'json' };
import triggersFile from './lexicon/triggers.json' with { type: 'json' };
import weaponsFile from './lexicon/weapon-subcodes.json' with { type: 'json' };
import violentRootsFile from './lexicon/violent-roots.json' with { type: 'json' };

/** CAMEO code -> label (lexicon/cameo-labels.json). */
export const CAMEO_LABELS: Readonly<Record<string, string>> = table(labelsFile as LexiconFile<Record<string, string>>);

export interface TriggerEntry {
  code: string;
  /** Word forms as compromise normalises them; several words for a phrase ("opened fire"). */
  forms: string[];
  weight: number;
  rule: string;
}

/** The rule of every entry of the trigger lexicon: a word of the CAMEO table names the event. */
export const TRIGGER_RULE = { id: 'event.trigger-lexicon', what: 'a trigger word of the CAMEO lexicon (lexicon/triggers.json); the heaviest of the headline and lead wins' } as const;

/** Trigger words -> CAMEO code (lexicon/triggers.json). Heavier entries win; a tie goes to the earlier mention. */
export const TRIGGERS: readonly TriggerEntry[] = (triggersFile as LexiconFile<{ code: string; weight: number; forms: string[] }[]>).entries.map((t) => ({ ...t, rule: TRIGGER_RULE.id }));

/** Weapon words that make a fight finer (190 -> 193/194/195), from lexicon/weapon-subcodes.json. */
export const WEAPON_SUBCODES: readonly { code: string; re: RegExp }[] = (weaponsFile as LexiconFile<{ code: string; words: string[] }[]>).entries.map((w) => ({
  code: w.code,
  re: new RegExp(`\\b(?:${w.words.join('|')})\\b`, 'i'),
}));

/** CAMEO roots of violence (18 assault, 19 fight, 20 mass violence). */
export const VIOLENT_ROOTS: ReadonlySet<string> = wordSet(violentRootsFile);

export function rootOf(code: string): string {
  return code.slice(0, 2);
}

export function labelOf(code: string): string {
  return CAMEO_LABELS[code] ?? CAMEO_LABELS[rootOf(code)] ?? 'event';
}
