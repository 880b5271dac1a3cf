// Weapons (src/extract/weapons/), one example per kind, written by hand: the weapon, its kind and its rule id
// on the event's entry.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';

const F = 'weapons-kinds.test.ts';

describe(`${F}: a weapon of each kind`, () => {
  it.each<[string, string, string, string]>([
    ['weapon.blade', 'Gunmen stabbed a man with a knife in Baghdad.', 'knife', 'blade'],
    ['weapon.firearm', 'Gunmen opened fire with rifles in Kabul.', 'rifles', 'firearm'],
    ['weapon.explosive', 'A suicide bomber detonated explosives in Kabul.', 'explosives', 'explosive'],
  ])('%s: %j', (rule, text, word, kind) => {
    const r = extractDocument(makeDocument(text, { id: 't', published: '2023-12-08' }), { explain: true });
    const weapons = (r.events ?? []).flatMap((e) => e.weapons);
    const w = weapons.find((x) => x.text.includes(word));
    expect(w, `${F}: ${word} in ${text}`).toBeDefined();
    expect(w).toMatchObject({ kind, rule });
    expect(text.slice(w!.start, w!.end)).toBe(w!.text);
  });
});

describe(`${F}: a capitalised word before a weapon`, () => {
  it.each<[string, string]>([
    ['The January dynamite bombing destroyed a bridge near Lima.', 'dynamite'],
    ['The Sunday car bomb killed two policemen in Bogota.', 'car bomb'],
    ['Militias fired Katyusha rockets at the embassy in Baghdad.', 'Katyusha rockets'],
  ])('%j: the weapon is %j (a month or weekday dates the attack, a type name stays)', (text, want) => {
    const r = extractDocument(makeDocument(text, { id: 't', published: '2023-12-08' }), { explain: true });
    const weapons = (r.events ?? []).flatMap((e) => e.weapons).map((w) => w.text);
    expect(weapons).toContain(want);
  });
});
