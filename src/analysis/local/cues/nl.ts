import type { LanguageCues } from './language-cues.js';

export const nl: LanguageCues = {
  negators: ['niet', 'geen', 'nooit', 'zonder', 'niets', 'niemand', 'nergens'],
  intensifiers: ['heel', 'erg', 'echt', 'super', 'zo', 'ontzettend', 'hartstikke', 'enorm', 'best', 'zeer'],
  downtoners: ['beetje', 'wat', 'redelijk', 'nogal', 'tamelijk'],
  neutralWords: ['ja', 'nee', 'als', 'zorgen', 'krijgen', 'soort', 'willen', 'vragen', 'betalen', 'kosten', 'toestemming', 'natuurlijk', 'uitslag', 'wachten', 'koorts', 'ziek', 'kinder', 'luxe', 'lawaai', 'overdrijven', 'huilen', 'moeilijk'],
  expressions: {
    bedankt: 0.4, dankjewel: 0.45, 'dank je': 0.4, 'dank u': 0.4, 'dank u wel': 0.45, 'dank je wel': 0.45, 'heel erg bedankt': 0.8, 'hartelijk dank': 0.65, 'super bedankt': 0.7,
    top: 0.45, 'echt top': 0.7, perfect: 0.5, prima: 0.35, super: 0.5, geweldig: 0.6, fijn: 0.45, 'wat leuk': 0.5, leuk: 0.35, 'dat stel ik op prijs': 0.45,
    'dit wordt top': 0.75, 'klinkt redelijk': 0.3, 'niet verkeerd': 0.35, 'niet slecht': 0.35, 'niet onhandig': 0.25, helder: 0.2, gelukt: 0.45, 'komt goed': 0.3,
    'bedankt voor de uitleg': 0.5, 'dat is snel': 0.4,
    'ik ben het zat': -0.75, 'het zat': -0.6, 'klopt gewoon niet': -0.55, 'dat klopt niet': -0.4, 'wat moet ik anders': -0.35, 'slecht van slapen': -0.5,
    'niet de eerste keer': -0.4, 'voor een dichte deur': -0.4, 'ik wil niet moeilijk doen': -0.1, 'haal mijn nummer eruit': -0.55, 'bel-me-niet-register': -0.3,
    'hoe komt u aan mijn nummer': -0.5, fantastisch: 0.5, 'ik schrok me rot': -0.3, 'ik verlies': -0.4, 'gesloten': -0.1, 'laat maar': -0.35,
  },
  apologyForTone: ['sorry dat ik zo binnenkwam', 'sorry dat ik zo', 'excuses voor mijn toon', 'sorry voor mijn toon', 'sorry dat ik boos', 'zo binnenkwam'],
  resignation: ['bedankt in ieder geval', 'in ieder geval bedankt', 'toch bedankt', 'wat moet ik anders', 'dan maar', 'jammer', 'ik begrijp het', "geen keus", "geen keuze", "wat moet ik", "dan wacht ik", "ik wacht wel", "moet dan maar", "het zal wel", "laat maar", "wat kan ik anders"],
  threats: ['advocaat', 'andere hoster', 'andere aanbieder', 'geschillencommissie', 'overstappen', 'consumentenbond', 'slechte recensie', 'claim indienen'],
  badNews: [
    'helaas', 'kan ik niet', 'kan niet', 'niet mogelijk', 'meer kan ik', 'is vol', 'niet doorverbinden', 'niet beloven', 'er niet', 'mag ik niet', 'geen terugbelverzoeken',
    'kan ik helaas',
  ],
  resolution: [
    'staat erin', 'staat genoteerd', 'genoteerd', 'geregeld', 'opgelost', 'ik pas het nu aan', 'trek ik in', 'creditnota', 'bevestiging', 'betaald', 'gelukt',
    'ik zie de betaling', 'u hoeft niets te betalen', 'staat vast',
  ],
  hangUp: ['hallo', 'bent u er nog', 'opgehangen'],
  recordedLine: ['spreek een bericht in', 'na de piep', 'na de toon', 'toets één'],
  escalation: {
    demandVerbs: ['spreken', 'doorverbinden', 'wil ik', 'ik wil', 'verbind me door', 'mag ik', 'kan ik', "wil ~ spreken", "kan ik ~ spreken", "mag ik ~ spreken", "verbind me", "geef me", "wil graag"],
    roles: ['leidinggevende', 'manager', 'praktijkmanager', 'eigenaar', 'supervisor', 'chef', 'baas', 'senior engineer', 'directeur', 'de dokter', 'iemand die', "teamleider", "afdelingshoofd", "hoofd", "directie", "iemand hoger", "arts", "huisarts", "meerdere", "verantwoordelijke"],
    handover: ['ik verbind u door', 'verbind u door', 'ik zet u door', 'doorverbinden met', 'ik geef u', 'ik schakel', 'escaleren', "doorverbind*", "verbind ~ door", "zet ~ door", "escal*", "doorzetten", "zet dit door", "tweedelijns*", "tweede lijn", "zet het door naar", "zet ik door naar"],
    followUp: ['belt u ~ terug', 'belt u terug', 'neemt contact met u op', 'wordt u teruggebeld', 'belt u morgen', 'zal u bellen', "belt u terug", "wordt teruggebeld", "teruggebeld", "neemt contact op", "contact met u op", "gaat u bellen", "belt u vandaag", "laat u terugbellen", "nemen contact op", "belt u nog", "u ~ terugbellen", "belt u", "belt u ~ terug", "bellen u ~ terug", "belt u", "bellen u", "neemt ~ contact op", "nemen ~ contact op", "mailt u"],
  },
  intents: {
    booking: {
      afspraak: 2, 'afspraak maken': 3, reserveren: 3, reservering: 3, bezichtiging: 3, 'een afspraak': 3, 'afspraak verzetten': 3, 'afspraak afzeggen': 3,
      'plek': 1, arrangementen: 1,
    },
    complaint: {
      klacht: 3, 'klopt gewoon niet': 3, 'ik ben het zat': 3, 'dichte deur': 3, 'niet de eerste keer': 2, 'rekening': 1, 'jullie fout': 3, terugbetaling: 2,
          },
    support: {
      'werkt niet': 3, 'doet het niet': 3, foutmelding: 3, storing: 3, kapot: 3, 'ligt eruit': 3, wachtwoord: 2, 'kan niet inloggen': 3, lek: 3, 'krijg ik steeds': 2,
    },
    sales: {
      kopen: 3, bestellen: 3, offerte: 3, prijs: 2, 'wat kost': 2, 'wat rekenen jullie': 3, verkopen: 3, 'ons huis': 1, makelaar: 2, 'nieuwe laptops': 3,
      warmtepomp: 2, aanbieding: 2,
    },
    info: {
      'is de': 1, 'ik wil graag weten': 3, uitslag: 2, 'open': 1, openingstijden: 3, informatie: 2, vraag: 2,
    },
  },
  outboundOpening: ['u spreekt met ~ van', 'spreek ik met', 'mag ik', 'heeft u even tijd', 'ik bel u'],
  lead: {
    commitment: ['doe maar', 'stuur me beide opties', 'willen ons huis', 'we willen', 'afspraak staan', 'tot donderdag', 'betaald'],
    reluctance: ['laat maar', 'geen interesse', 'te duur', 'ik denk er nog over', 'haal mijn nummer eruit'],
  },
  entities: {
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'donderdagavond', 'zaterdagochtend', 'donderdagmiddag'],
    relativeDays: ['vandaag', 'morgen', 'overmorgen', 'deze week', 'volgende week', 'gisteren', 'vanavond'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    numberWords: ['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'vijftien', 'twintig', 'dertig', 'veertig', 'vijftig', 'honderd', 'duizend', 'half', 'kwart', 'over'],
    currencies: ['euro*'],
    timePrepositions: ['om', 'rond', 'vanaf', 'tot'],
  },
};
