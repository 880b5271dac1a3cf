// Weapons: every mention of a weapon with its kind and, when the text gives it, how many ("14 Katyusha
// rockets"). The event passes then give each event the weapons of its own sentences.
import type { Analysis } from '../../analyse/index.js';
import type { WeaponKind } from '../../record/schema.js';
import { NUM_WORDS, TYPE_MODIFIER, VEHICLE_ATTACK, WEAPON_WORDS } from './lexicon.js';
import { ruleOf } from './rules.js';

export interface WeaponMention {
  text: string;
  start: number;
  end: number;
  kind: WeaponKind;
  /** The head as written, lower case and singular-ish ("rocket"): two mentions with one head in one event are one weapon. */
  head: string;
  count?: number;
  rule: string;
}

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
const FORMS = WEAPON_WORDS.flatMap((w) => w.forms.map((f) => ({ f, w }))).sort((x, y) => y.f.length - x.f.length);
const BY_FORM = new Map(FORMS.map(({ f, w }) => [f.toLowerCase().replace(/[\s-]+/g, ' '), w]));
const RE = new RegExp(`\\b(?:${FORMS.map(({ f }) => esc(f)).join('|')})\\b(?!-)`, 'gi');

/** A weapon word used for something else: "mine workers", "a shell company", "the gun lobby", "rocket scientist". */
const NOT_WEAPON_AFTER = /^\s+(?:workers?|company|companies|shaft|owners?|lobby|laws?|control|rights|shows?|stores?|shops?|scientists?|science|ships?|launch(?:es)?\s+(?:pad|site)|season|violence|culture|owners?|permits?|licen[cs]es?|policy|policies|legislation|sales?|buyback|range|club)\b/i;
const NOT_WEAPON_BEFORE = /\b(?:gold|coal|copper|salt|diamond|data|land|oil|egg|sea|snail|nut|turtle|the\s+smoking|water|nail|glue|staple|spray|heat|glue|paint|squirt|top|big|young|shot|starting)\s+$/i;
/** "mine" the pronoun ("a friend of mine") and "shell" the verb read as no weapon. */
const PRONOUN_MINE = /\b(?:of|is|was|are|were|be)\s+$/i;

function head(form: string): string {
  const last = form.toLowerCase().split(/[\s-]+/).pop() ?? form.toLowerCase();
  return last.replace(/(?:es|s)$/, '').replace(/^knive$/, 'knife') || last;
}

export function extractWeapons(a: Analysis): WeaponMention[] {
  const out: WeaponMention[] = [];
  try {
    const text = a.text;
    RE.lastIndex = 0;
    for (let m = RE.exec(text); m; m = RE.exec(text)) {
      let start = m.index;
      const end = start + m[0].length;
      const key = m[0].toLowerCase().replace(/[\s-]+/g, ' ');
      const w = BY_FORM.get(key) ?? WEAPON_WORDS.find((x) => x.forms.some((f) => f.toLowerCase().replace(/[\s-]+/g, ' ') === key));
      if (!w) continue;
      const before = text.slice(Math.max(0, start - 30), start);
      if (NOT_WEAPON_AFTER.test(text.slice(end, end + 24)) || NOT_WEAPON_BEFORE.test(before)) continue;
      if (/^mines?$/i.test(m[0]) && (PRONOUN_MINE.test(before) || /^[A-Z]/.test(m[0]) && !/^[A-Z]+$/.test(m[0]))) continue;
      if (/^(?:rocks|stones|clubs|poison|drones?|shells?|mines?)$/i.test(m[0]) && !/\b(?:threw|throwing|hurled|hurling|pelted|armed\s+with|with|fired|laid|planted|attack|strike)\b/i.test(before)) continue;
      // the weapon's type in front: "Katyusha rockets", "AK-47 rifles"
      const pre = /([A-Za-z0-9][\w-]*)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
      if (pre && TYPE_MODIFIER.test(pre[1]) && !/^(?:The|A|An|In|On|At|Of|By|And|But|With|From|To|For|Two|Three|Four|Five|Several|No|Some|Roughly|About)$/i.test(pre[1])) start -= pre[0].length;
      // how many: "14 Katyusha rockets", "two bombs", "a barrage of 20 rockets"
      let count: number | undefined;
      const num = /\b(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens|several)\s+(?:of\s+)?$/i.exec(text.slice(Math.max(0, start - 20), start));
      if (num) count = /^\d/.test(num[1]) ? Number(num[1]) : NUM_WORDS[num[1].toLowerCase()];
      else if (/\b(?:a|an|one)\s+$/i.test(text.slice(Math.max(0, start - 6), start)) && !/s$/i.test(m[0])) count = 1;
      out.push({ text: text.slice(start, end), start, end, kind: w.kind, head: head(m[0]), ...(count ? { count } : {}), rule: ruleOf(w.kind).id });
    }
    VEHICLE_ATTACK.lastIndex = 0;
    for (let m = VEHICLE_ATTACK.exec(text); m; m = VEHICLE_ATTACK.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ text: m[1], start, end: start + m[1].length, kind: 'vehicle', head: head(m[1]), count: 1, rule: ruleOf('vehicle').id });
    }
  } catch {
    return [];
  }
  return out.sort((x, y) => x.start - y.start);
}
