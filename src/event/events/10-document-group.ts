// Pass 10: the group a description of insurgents belongs to. An event whose doers are only described as insurgent
// fighters ("a guerrilla column attacked the farm", "urban commando units staged attacks") names no group, but a
// report that names one insurgent group tells whose fighters they are: that group joins the event's perpetrators.
// A group counts as insurgent when its name holds a word of insurgency ("Farabundo Marti National Liberation
// Front"), when its long form before its acronym in brackets does ("the Guatemalan National Revolutionary Unity
// (URNG)"), or when one of its mentions stands right before a description of fighters ("FMLN guerrillas").
// With no insurgent group, or more than one, nothing is added. Rule id: role.document-group (EVENTS_IDS.documentGroup).
import type { Analysis } from '../../analyse/index.js';
import type { Actor, EventEntry } from '../../record/schema.js';
import type { LexiconFile } from '../../extract/lexicon.js';
import wordsFile from './lexicon/insurgent-words.json' with { type: 'json' };
import { EVENTS_IDS } from './ids.js';
import { alt } from './patterns.js';
import { VIOLENT } from './8-weapons.js';

const WORDS = (wordsFile as LexiconFile<Record<'descriptionHeads' | 'nameWords', string[]>>).entries;
/** A description of insurgent fighters: its last word is one of their head nouns ("approximately 20 terrorists"). */
const FIGHTERS = new RegExp(`\\b(?:${alt(WORDS.descriptionHeads)})$`, 'i');
/** Right after a group's mention: a description of its fighters ("FMLN guerrillas", "FMLN urban commandos"). */
const FIGHTERS_AFTER = new RegExp(`^\\s+(?:urban\\s+)?(?:${alt(WORDS.descriptionHeads)})\\b`, 'i');
/** A word of an insurgent group's name. */
const NAME_WORD = new RegExp(`\\b(?:${alt(WORDS.nameWords)})\\b`, 'i');
/** The long form before an acronym in brackets: the words after the last comma or dash before "(". Linear: one
 * bounded class run anchored at the bracket. */
const LONG_FORM = /([^,;:()"\u2014-]{1,80})\(\s*$/;

function insurgent(a: Analysis, x: Actor): boolean {
  if (NAME_WORD.test(x.name)) return true;
  return x.mentions.some((m) => FIGHTERS_AFTER.test(a.text.slice(m.end, m.end + 40))
    || NAME_WORD.test(LONG_FORM.exec(a.text.slice(Math.max(0, m.start - 80), m.start))?.[1] ?? ''));
}

export function documentGroupPerpetrators(a: Analysis, events: EventEntry[], actors: readonly Actor[]): void {
  const groups = actors.filter((x) => (x.kind === 'organization' || x.kind === 'group') && x.named !== false && insurgent(a, x));
  if (groups.length !== 1) return;
  const group = groups[0];
  const byId = new Map(actors.map((x) => [x.id, x]));
  for (const e of events) {
    if (e.status === 'tally' || !VIOLENT.test(e.type.code)) continue;
    if (e.perpetrators.includes(group.id) || e.victims.includes(group.id) || e.targets.includes(group.id)) continue;
    const doers = e.perpetrators.map((id) => byId.get(id)).filter((x): x is Actor => x !== undefined);
    if (doers.some((x) => x.named !== false && x.kind !== 'person')) continue;
    if (!doers.some((x) => x.named === false && FIGHTERS.test(x.name))) continue;
    e.perpetrators = [...e.perpetrators, group.id];
    if (e.rules) e.rules.perpetrators ??= EVENTS_IDS.documentGroup;
  }
}
