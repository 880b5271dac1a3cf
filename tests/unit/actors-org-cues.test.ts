import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// Organisations named by the structure of news (issue 15): an alias in brackets, owner words before the
// name, a share price move after it, a company speaking of itself as "it", and the home side of a fixture.
const actors = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors;
const found = (text: string, name: string) => actors(text).find((a) => a.mentions.some((m) => m.text === name));

describe('actors-org-cues.test.ts: organisations from the structure of news', () => {
  it.each([
    // [text, mention, kind, rule]
    ['Rates rose after the August National Association of Purchasing Management ( NAPM ) index for the area.', 'NAPM', 'organization', 'actor.org-alias'],
    ['Hizbollah ( Party of God ) gunmen have waged a guerrilla war.', 'Party of God', 'group', 'actor.org-alias'],
    ['Fiat bought a stake in Zorkal last year.', 'Zorkal', 'organization', 'actor.org-context'],
    ['Analysts at Indosuez said the offer was low.', 'Indosuez', 'organization', 'actor.org-context'],
    ['The chairman of Comelf resigned on Friday.', 'Comelf', 'organization', 'actor.org-context'],
    ['Magnor was up 1/8 to 48-1/4 on the New York Stock Exchange.', 'Magnor', 'organization', 'actor.org-context'],
    ['Pirotta fell 20 lire to 3,950 in Milan trade.', 'Pirotta', 'organization', 'actor.org-context'],
    ['Comelf said it almost doubled six-month output.', 'Comelf', 'organization', 'actor.org-context'],
    ['Vantor said on Friday its net profit rose 12 percent.', 'Vantor', 'organization', 'actor.org-context'],
    ['SOCCER - ENGLISH LEAGUE FIXTURES .\nLONDON 1996-08-30\nPostponed : Walsall v Wrexham', 'Walsall', 'organization', 'actor.sports-team-row'],
    ['SOCCER - ITALIAN SCORERS .\nROME 1996-08-30\nLeading scorers : 5 - Giuseppe Signori ( Lazio ) , Enrico Chiesa ( Sampdoria ) .', 'Sampdoria', 'organization', 'actor.sports-team'],
    // a club's name joined by "of" / "'s" / "and" in a standings or results row
    ['SOCCER - SCOTTISH LEAGUE STANDINGS .\nGLASGOW 1996-08-31\nStandings :\nQueen of South 3 2 0 1 5 4 6\nClyde 3 1 1 1 6 8 4', 'Queen of South', 'organization', 'actor.sports-team-joined'],
    ['SOCCER - SCOTTISH LEAGUE RESULTS .\nGLASGOW 1996-08-31\nResults :\nQueen \'s Park 1 Forfar 4\nClyde 0 Brighton and Hove Albion 2', "Queen 's Park", 'organization', 'actor.sports-team-joined'],
    ['SOCCER - SCOTTISH LEAGUE RESULTS .\nGLASGOW 1996-08-31\nResults :\nQueen \'s Park 1 Forfar 4\nClyde 0 Brighton and Hove Albion 2', 'Brighton and Hove Albion', 'organization', 'actor.sports-team-joined'],
    // a summary line: the visitors right after the home side's scorers in brackets, the scorers before their minutes
    ['SOCCER - LEAGUE SUMMARY .\nUTRECHT 1996-09-01\nSummary :\nKorvaal 2 ( Bremmers 12 , Van Tiel 67 ) Groningen 1 ( Sluis 45 ) . Halftime 1-1 .', 'Groningen', 'organization', 'actor.sports-team'],
    ['SOCCER - LEAGUE SUMMARY .\nUTRECHT 1996-09-01\nSummary :\nKorvaal 2 ( Bremmers 12 , Van Tiel 67 ) Groningen 1 ( Sluis 45 ) . Halftime 1-1 .', 'Bremmers', 'person', 'actor.person-competitor'],
    ['SOCCER - LEAGUE SUMMARY .\nUTRECHT 1996-09-01\nSummary :\nKorvaal 2 ( Bremmers 12 , Van Tiel 67 ) Groningen 1 ( Sluis 45 ) . Halftime 1-1 .', 'Sluis', 'person', 'actor.person-competitor'],
    // a name read as a person from its words alone, between two scores
    ['BASKETBALL - TOURNAMENT RESULTS .\nBELGRADE 1996-08-30\nResults :\nAlbatros ( Germany ) 75 Red Star ( Yugoslavia ) 70 ( 42-41 )', 'Red Star', 'organization', 'actor.sports-team'],
    // a club after "team", the opponent after "play", a club named with its town (a city of the gazetteer)
    ['SOCCER - CLUB NEWS .\nMADRID 1996-08-30\nSpanish first division team Deportivo Coruna will be without Silva.', 'Deportivo Coruna', 'organization', 'actor.org-context'],
    ['SOCCER - CLUB NEWS .\nMOSCOW 1996-08-30\nRotor would play Lada Togliatti to empty stands.', 'Lada Togliatti', 'organization', 'actor.sports-team'],
    ['SOCCER - CLUB NEWS .\nSOFIA 1996-08-30\nThe coach praised Lokomotiv Sofia on Friday.', 'Lokomotiv Sofia', 'organization', 'actor.sports-team'],
    // two companies joined by "and", each closed by a company's last word; one name when the second is no company's
    ['Analysts at Toronto Dominion Bank and Boston Scientific Corp agreed.', 'Toronto Dominion Bank', 'organization', 'actor.org-suffix'],
    ['Analysts at Toronto Dominion Bank and Boston Scientific Corp agreed.', 'Boston Scientific Corp', 'organization', 'actor.org-suffix'],
    ['An order came from the Guangdong Post and Telecommunications Administration on Friday.', 'Guangdong Post and Telecommunications Administration', 'government', 'actor.org-suffix'],
    // right after an organisation's head word, "and" starts a second name unless that one ends as an organisation's
    ['Dealers at Landes Bank and Vorwerk declined to comment.', 'Landes Bank', 'organization', 'actor.org-suffix'],
    // a plural word inside a sentence still opens a company's name joined by "of" to its suffix
    ['Workers at Gold Fields of South Africa Ltd struck on Friday.', 'Gold Fields of South Africa Ltd', 'organization', 'actor.org-suffix'],
    // a broadcaster's name opens on its medium, also at a sentence's start
    ['A police commander told Radio Rojo the group was armed.', 'Radio Rojo', 'media', 'actor.media-head-first'],
    ['Radio Rojo quoted local police as saying the convoy was attacked.', 'Radio Rojo', 'media', 'actor.media-head-first'],
    // outside team sports, a name opening a row of four figures or more in a table of three such rows
    ['LEAGUE STANDINGS .\nNEW YORK 1996-08-30\nStandings :\nBaltimore 70 63 .526 4\nBoston 69 65 .515 5\nToronto 63 71 .470 11', 'Boston', 'organization', 'actor.table-row'],
    ['RESULTS TABLE .\nTOKYO 1996-08-30\nCompany results :\nKanto Denka 1,240 1,180 +60 5.1\nNikkon Seiki 980 1,020 -40 3.2\nOshiro Kogyo 450 440 +10 1.1', 'Nikkon Seiki', 'organization', 'actor.table-row'],
    ['STANDINGS .\nNEW YORK 1996-08-30\nStandings :\nBALTIMORE 70 63 .526 4\nBOSTON 69 65 .515 5\nTORONTO 63 71 .470 11', 'BOSTON', 'organization', 'actor.table-row'],
    // a plural word for a side right before the name in team sports
    ['RUGBY UNION - RESULTS .\nLONDON 1996-08-31\nThere were emphatic victories for champions Bathwick on Saturday .', 'Bathwick', 'organization', 'actor.sports-team'],
    ['SOCCER - RUSSIAN LEAGUE .\nMOSCOW 1996-08-31\nLying behind leaders Alania , the side have a game in hand .', 'Alania', 'organization', 'actor.sports-team'],
    // an unread name before an officer's title and a person's name
    ['Kovinec CEO Stephen Frater told reporters on Friday that sales rose.', 'Kovinec', 'organization', 'actor.org-owner-title'],
    ['He met Martela Chairman Heikki Ahola in Helsinki.', 'Martela', 'organization', 'actor.org-owner-title'],
  ])('%j: %s is a %s (%s)', (text, name, kind, rule) => {
    const a = found(text, name);
    expect(a?.kind).toBe(kind);
    const m = a!.mentions.find((x) => x.text === name)!;
    expect(m.rule).toBe(rule);
    expect(text.slice(m.start, m.end)).toBe(name);
  });

  it('an alias in brackets joins the actor it names', () => {
    const hizbollah = found('Hizbollah ( Party of God ) gunmen have waged a guerrilla war.', 'Hizbollah');
    expect(hizbollah!.mentions.map((m) => m.text)).toEqual(['Hizbollah', 'Party of God']);
  });

  it.each([
    // what the cues must leave alone
    ['December Eurodollars were down 11 bps at 93.94 in late trade.', 'Eurodollars'],
    ['Benetton ( Italy ) 92 Dinamo ( Russia ) 81', 'Italy'],
    // a nationality, an ethnic group or a faith is no organisation by itself
    ['Fights broke out between the Moslems and Serb police on Thursday.', 'Serb'],
    ['An Iraqi Kurdish group told Reuters the town fell.', 'Iraqi Kurdish'],
    ['The Islamic group said it would fight.', 'Islamic'],
    // a row of a table of two rows, a country's row, an ordinary word's row
    ['RESULTS .\nTOKYO 1996-08-30\nBaltimore 70 63 .526 4\nBoston 69 65 .515 5', 'Boston'],
    ['MEDALS TABLE .\nATLANTA 1996-08-30\nMedals :\nChina 16 22 12 50\nGermany 20 18 27 65\nFrance 15 7 15 37', 'Germany'],
    ['RESULTS .\nTOKYO 1996-08-30\nFigures :\nSales 12.50 13.00 11.27 10.5\nCurrent 1.30 1.35 1.09 1.0\nNet 650 680 600 500', 'Sales'],
    // "Halftime 1-1 ." labels the rest of a summary line: no club (the team rules see an English word before figures)
    ['SOCCER - LEAGUE SUMMARY .\nUTRECHT 1996-09-01\nSummary :\nKorvaal 2 ( Bremmers 12 , Van Tiel 67 ) Groningen 1 ( Sluis 45 ) . Halftime 1-1 .', 'Halftime'],
    // a place before a title stays a place; a standings row without a joined name is read as before
    ['Texas Governor George Bush spoke on Friday.', 'Texas'],
    ['SOCCER - SCOTTISH LEAGUE STANDINGS .\nGLASGOW 1996-08-31\nStandings :\nScotland of course 3 2 0 1 5 4 6', 'Scotland of course'],
  ])('%j: %s is no organisation', (text, name) => {
    expect(actors(text).filter((a) => a.kind !== 'person').flatMap((a) => a.mentions.map((m) => m.text))).not.toContain(name);
  });

  it.each([
    ['John Smith said it was a good day for the team.', 'John Smith'],
    ['Mary Jones said it would rain on Friday.', 'Mary Jones'],
  ])('%j: %s stays a person', (text, name) => {
    expect(found(text, name)?.kind).toBe('person');
  });
});
