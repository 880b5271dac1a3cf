// Facts, not snapshots (#20): ten short real-style articles (fixtures/facts/), each with the facts a careful
// reader states, written by hand before the code ran on them. The built CLI reads them in one JSONL batch and
// each fact is asserted on its own. A fact the code does not meet yet is listed in BACKLOG and runs as an
// expected failure (it.fails), so the gap stays visible and a fix shows up as a "passed unexpectedly".
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { jsonLines, newsx } from './cli-helpers.js';

const DIR = path.join(ROOT, 'fixtures/facts');

type Rec = any;
interface Fact {
  what: string;
  holds: (r: Rec) => boolean;
}

const byId = (xs: { id: string }[], id: string | null | undefined) => xs.find((x) => x.id === id);
const event = (r: Rec) => r.event;
const root = (r: Rec) => r.event?.type?.code?.slice(0, 2) ?? null;
const eventDate = (r: Rec) => byId(r.dates, r.event?.date)?.value?.slice(0, 10) ?? null;
const eventPlace = (r: Rec) => byId(r.places, r.event?.location) as any;
const names = (r: Rec, role: 'perpetrators' | 'targets' | 'victims') => (r.event?.[role] ?? []).map((id: string) => (byId(r.actors, id) as any)?.name ?? '');
const actorNamed = (r: Rec, re: RegExp) => r.actors.some((a: any) => re.test(a.name));
const speakerOf = (r: Rec, words: RegExp) => r.quotes.find((q: any) => words.test(q.text))?.speaker?.name ?? null;
const count = (r: Rec, category: string, value: number) => r.counts.some((c: any) => c.category === category && c.value === value);
const VIOLENT = ['18', '19', '20'];

/** The articles: file, publication date, and the facts. */
const ARTICLES: { file: string; published: string; facts: Fact[] }[] = [
  {
    file: '01-wire-airstrike.txt',
    published: '2024-03-14',
    facts: [
      { what: 'an attack (CAMEO 18-19)', holds: (r) => ['18', '19'].includes(root(r)) },
      { what: 'dated Thursday 2024-03-14', holds: (r) => eventDate(r) === '2024-03-14' },
      { what: 'in Saada, Yemen', holds: (r) => eventPlace(r)?.name === 'Saada' && eventPlace(r)?.country === 'YE' },
      { what: '12 killed', holds: (r) => event(r)?.killed === 12 },
      { what: '30 injured', holds: (r) => event(r)?.injured === 30 },
      { what: 'blamed on the Saudi-led coalition: a perpetrator', holds: (r) => names(r, 'perpetrators').some((n: string) => /coalition/i.test(n)) },
      { what: 'the shopkeeper Ahmed Saleh speaks the quote', holds: (r) => speakerOf(r, /full of families/) === 'Ahmed Saleh' },
      { what: 'the credit line names no actor', holds: (r) => !actorNamed(r, /Ghobari|Alison Williams/) },
    ],
  },
  {
    file: '02-local-shooting.txt',
    published: '2024-03-17',
    facts: [
      { what: 'a violent event', holds: (r) => VIOLENT.includes(root(r)) },
      { what: 'dated late Saturday 2024-03-16', holds: (r) => eventDate(r) === '2024-03-16' },
      { what: 'in Akron, Ohio', holds: (r) => eventPlace(r)?.name === 'Akron' && eventPlace(r)?.admin1 === 'Ohio' },
      { what: 'one injured', holds: (r) => event(r)?.injured === 1 },
      { what: 'nobody killed (0 or not said)', holds: (r) => event(r)?.killed === 0 || event(r)?.killed === null },
      { what: 'Lt. Michael Miller speaks the appeal', holds: (r) => speakerOf(r, /anyone who saw/) === 'Michael Miller' },
    ],
  },
  {
    file: '03-protest.txt',
    published: '2024-03-12',
    facts: [
      { what: 'a protest (CAMEO 14)', holds: (r) => root(r) === '14' },
      { what: 'dated Tuesday 2024-03-12', holds: (r) => eventDate(r) === '2024-03-12' },
      { what: 'in Santiago, Chile', holds: (r) => eventPlace(r)?.name === 'Santiago' && eventPlace(r)?.country === 'CL' },
      { what: '15 arrested is a count', holds: (r) => count(r, 'arrested', 15) },
      { what: 'Maria Gonzalez speaks the quote', holds: (r) => speakerOf(r, /worked all our lives/) === 'Maria Gonzalez' },
      { what: 'nobody killed or injured is stated', holds: (r) => !event(r)?.killed && !event(r)?.injured },
    ],
  },
  {
    file: '04-statement.txt',
    published: '2024-03-13',
    facts: [
      { what: 'a statement of disapproval (CAMEO 11)', holds: (r) => root(r) === '11' },
      { what: 'dated Wednesday 2024-03-13', holds: (r) => eventDate(r) === '2024-03-13' },
      { what: 'the ministry speaks the statement', holds: (r) => /ministry/i.test(speakerOf(r, /peace and security/) ?? '') },
      { what: 'not violent', holds: (r) => !VIOLENT.includes(root(r)) },
    ],
  },
  {
    file: '05-sports.txt',
    published: '2024-03-10',
    facts: [
      { what: 'no violent event ("beat" is a score)', holds: (r) => !VIOLENT.includes(root(r)) },
      { what: 'nobody killed or injured', holds: (r) => !event(r)?.killed && !event(r)?.injured },
      { what: 'Porto and Benfica are organisations', holds: (r) => ['Porto', 'Benfica'].every((n) => r.actors.some((a: any) => a.name === n && a.kind !== 'person')) },
      { what: 'Mehdi Taremi is a person', holds: (r) => r.actors.some((a: any) => a.name === 'Mehdi Taremi' && a.kind === 'person') },
      { what: 'the coach Sergio Conceicao speaks the quote', holds: (r) => speakerOf(r, /never stopped believing/) === 'Sergio Conceicao' },
    ],
  },
  {
    file: '06-business.txt',
    published: '2024-03-14',
    facts: [
      { what: 'not violent', holds: (r) => !VIOLENT.includes(root(r)) },
      { what: 'Siemens is an organisation', holds: (r) => r.actors.some((a: any) => a.name === 'Siemens' && a.kind !== 'person') },
      { what: 'about 3,000 jobs is an approximate count', holds: (r) => r.counts.some((c: any) => c.value === 3000 && c.qualifier === 'approximate') },
      { what: 'Roland Busch speaks the quote', holds: (r) => speakerOf(r, /weaker demand/) === 'Roland Busch' },
      { what: 'Munich is a place in Germany', holds: (r) => r.places.some((p: any) => p.name === 'Munich' && p.country === 'DE') },
    ],
  },
  {
    file: '07-obituary.txt',
    published: '2024-03-12',
    facts: [
      { what: 'a natural death is no violent event', holds: (r) => !VIOLENT.includes(root(r)) },
      { what: 'Anna Keller is a person', holds: (r) => r.actors.some((a: any) => a.name === 'Anna Keller' && a.kind === 'person') },
      { what: 'Monday is 2024-03-11', holds: (r) => r.dates.some((d: any) => d.text === 'Monday' && d.value === '2024-03-11') },
      { what: 'Vienna is a place in Austria', holds: (r) => r.places.some((p: any) => p.name === 'Vienna' && p.country === 'AT') },
      { what: 'nobody killed', holds: (r) => !event(r)?.killed },
    ],
  },
  {
    file: '08-correction.txt',
    published: '2024-03-15',
    facts: [
      { what: 'two killed', holds: (r) => event(r)?.killed === 2 },
      { what: 'three injured (the correction: not five)', holds: (r) => event(r)?.injured === 3 },
      { what: 'in Denver, Colorado', holds: (r) => eventPlace(r)?.name === 'Denver' && eventPlace(r)?.admin1 === 'Colorado' },
      { what: 'dated early Friday 2024-03-15', holds: (r) => eventDate(r) === '2024-03-15' },
      { what: 'a fire has no perpetrator', holds: (r) => names(r, 'perpetrators').length === 0 },
    ],
  },
  {
    file: '09-live-blog.txt',
    published: '2024-03-16',
    facts: [
      { what: 'at least 8 killed', holds: (r) => event(r)?.killed === 8 },
      { what: '45 injured', holds: (r) => event(r)?.injured === 45 },
      { what: 'in Turkey', holds: (r) => eventPlace(r)?.country === 'TR' },
      { what: 'dated Saturday 2024-03-16', holds: (r) => eventDate(r) === '2024-03-16' },
      { what: 'an earthquake has no perpetrator', holds: (r) => names(r, 'perpetrators').length === 0 },
    ],
  },
  {
    file: '10-captions.txt',
    published: '2024-06-25',
    facts: [
      { what: 'in Nairobi, Kenya', holds: (r) => eventPlace(r)?.name === 'Nairobi' && eventPlace(r)?.country === 'KE' },
      { what: 'dated Tuesday 2024-06-25', holds: (r) => eventDate(r) === '2024-06-25' },
      { what: 'at least 20 arrested is a count', holds: (r) => count(r, 'arrested', 20) },
      { what: 'the photographer of a caption is no actor', holds: (r) => !actorNamed(r, /Inganga/) },
      { what: 'the copyright line gives no date', holds: (r) => !r.dates.some((d: any) => d.value === '2024' && d.text === '2024') },
      { what: 'the caption and copyright spans give nothing', holds: (r) => r.dates.every((d: any) => !/Image 1 of|Copyright/.test(d.text)) },
    ],
  },
];

/** Facts the code does not meet yet (file: fact), measured when this table was first run. */
const BACKLOG = new Set<string>([
  '01-wire-airstrike.txt: in Saada, Yemen', // the dateline's Sanaa wins over the lead's town
  '01-wire-airstrike.txt: the credit line names no actor', // "(Reporting by ...; Editing by ...)" is not a credit zone yet
  '03-protest.txt: a protest (CAMEO 14)', // "arrested" (173) outranks "marched ... to protest"
  '04-statement.txt: a statement of disapproval (CAMEO 11)', // "lodged a strong protest" (141) outranks "condemned"
  '05-sports.txt: Porto and Benfica are organisations', // club names without a sports-table layout are missed
  '07-obituary.txt: nobody killed', // "dies at 88" counts as one killed
]);

let records = new Map<string, Rec>();
beforeAll(() => {
  const input = ARTICLES.map((a) => JSON.stringify({ id: a.file, text: readFileSync(path.join(DIR, a.file), 'utf8'), published: a.published })).join('\n') + '\n';
  const r = newsx(['--input', 'jsonl', '--quiet'], input);
  expect(r.status).toBe(0);
  records = new Map(jsonLines(r.stdout).map((x) => [x.id, x]));
});

describe('fixtures/facts: facts written by hand', () => {
  it('every article file has facts, and every fact table has a file', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()).toEqual(ARTICLES.map((a) => a.file).sort());
  });
  for (const a of ARTICLES) {
    describe(a.file, () => {
      for (const f of a.facts) {
        const key = `${a.file}: ${f.what}`;
        const test = BACKLOG.has(key) ? it.fails : it;
        test(`${f.what}${BACKLOG.has(key) ? ' (backlog)' : ''}`, () => {
          expect(f.holds(records.get(a.file)), key).toBe(true);
        });
      }
    });
  }
});
