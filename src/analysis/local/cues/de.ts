import type { LanguageCues } from './language-cues.js';

export const de: LanguageCues = {
  negators: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'ohne', 'nichts', 'niemand', 'weder'],
  intensifiers: ['sehr', 'wirklich', 'echt', 'total', 'super', 'absolut', 'richtig', 'extrem', 'ganz', 'so', 'besonders', 'äußerst'],
  downtoners: ['etwas', 'bisschen', 'ziemlich', 'eher', 'leicht'],
  neutralWords: ['ja', 'nein', 'bitte', 'wollen', 'gerade', 'würde', 'schneiden', 'gott', 'klar', 'natürlich', 'sofort', 'sichern', 'ansprechbar', 'erwartet', 'fallen', 'fieber', 'müde', 'ausschlag', 'klagt', 'klagen', 'ehrlich', 'gefühl', 'ach', 'schon', 'gut'],
  expressions: {
    danke: 0.4, 'vielen dank': 0.6, 'danke schön': 0.55, 'dankeschön': 0.55, 'danke sehr': 0.55, 'herzlichen dank': 0.75, 'tausend dank': 0.8, 'ich danke ihnen': 0.55,
    'danke für die': 0.5, perfekt: 0.5, super: 0.5, prima: 0.5, wunderbar: 0.6, toll: 0.5, klasse: 0.5, großartig: 0.65, 'sehr gut': 0.55, 'das ist nett': 0.5,
    'das freut mich': 0.5, 'das ist fair': 0.35, 'fair von ihnen': 0.5, 'gutes gefühl': 0.6, 'klingt gut': 0.4, 'das klingt gut': 0.4, 'klingt vernünftig': 0.35,
    'das ist beruhigend': 0.45, 'froh': 0.4, 'alles klar': 0.15, 'passt': 0.15, 'in ordnung': 0.1, 'schon gut': 0.05, 'sie haben mich gerettet': 0.85,
    'ehrliche beratung': 0.55,
    'stinksauer': -0.8, 'katastrophe': -0.6, 'in der warteschleife': -0.4, 'ganz toll': -0.4, 'mal wieder': -0.35,     'reicht für heute': -0.4, 'tun sie sich keinen zwang an': -0.5, 'ich hab ja sonst nichts zu tun': -0.6, 'mal sehen': -0.1, 'zum dritten mal': -0.45,
    'kein weltuntergang': 0.05, 'nicht zur last': 0.0, 'kopfschmerzen': -0.2, 'murks': -0.3, 'chaos': -0.2, 'unverschämt': -0.8, 'frechheit': -0.8,
  },
  apologyForTone: ['sorry, dass ich', 'sorry dass ich', 'entschuldigen sie meinen ton', 'entschuldigung für meinen ton', 'tut mir leid, dass ich', 'so geladen war', 'so laut geworden'],
  resignation: ['trotzdem danke', 'danke trotzdem', 'was soll man machen', 'na gut', 'wenigstens', 'immerhin', 'reicht für heute', 'mal sehen', "was soll ich machen", "bleibt mir nichts", "keine wahl", "dann warte ich", "ich warte halt", "wenn es sein muss", "von mir aus", "egal", "was bleibt mir", "muss ich wohl"],
  threats: ['anwalt', 'verbraucherzentrale', 'kündige', 'ich kündige', 'anbieter wechseln', 'schlechte bewertung', 'beschwerde einreichen', 'rechtliche schritte'],
  badNews: [
    'leider', 'kann ich nicht', 'können wir nicht', 'nicht möglich', 'geht nicht', 'nicht verfügbar', 'nicht besetzt', 'keine termine', 'ist ausgebucht',
    'darf ich nicht', 'kann ich ihnen leider', 'noch nicht sagen',
  ],
  resolution: [
    'erledigt', 'notiert', 'gebucht', 'bestätigung', 'funktioniert wieder', 'läuft es', 'läuft wieder', 'geht wieder', 'startet jetzt', 'behoben', 'gelöst',
    'hat geklappt', 'liegt ab morgen', 'bereit', 'eingetragen', 'ich übernehme', 'schicken', 'kommt morgen',
  ],
  hangUp: ['hallo', 'sind sie noch dran', 'aufgelegt'],
  recordedLine: ['hinterlassen sie', 'nach dem signalton', 'nach dem piepton', 'sie haben die nummer', 'drücken sie die eins'],
  escalation: {
    demandVerbs: ['sprechen', 'verbinden sie mich', 'holen sie', 'ich will', 'ich möchte', 'geben sie mir', 'gibt es', "möchte ~ sprechen", "will ~ sprechen", "kann ich ~ sprechen", "stellen sie mich", "holen sie mir"],
    roles: ['vorgesetzten', 'vorgesetzte', 'chef', 'chefin', 'teamleiter', 'teamleiterin', 'geschäftsführer', 'inhaber', 'verantwortlichen', 'zuständigen', 'jemanden, der', 'jemand, der', 'abteilungsleiter', 'arzt', 'ärztin', "vorgesetzter", "leitung", "leiter", "leiterin", "filialleiter", "jemand verantwortliches", "praxismanagerin", "praxismanager"],
    handover: [
      'ich verbinde', 'verbinde sie', 'verbinde ich sie', 'stelle sie durch', 'ich stelle sie', 'leite sie weiter', 'weiterleiten', 'gebe das ~ an', 'gebe sie an',
      'ich hole', 'eskaliere', 'verbinde jetzt', 'durchstellen', "eins eins zwei", "gebe ~ weiter", "leite ~ weiter", "eskalier*", "stelle ~ durch", "verbinde ~ mit", "gebe ~ weiter", "schick ~ weiter", "leite ~ weiter", "melde das dem", "zweiten level", "second level"],
    followUp: ['ruft sie ~ an', 'meldet sich bei ihnen', 'rückruf kommt', 'der rückruf', 'ruft zurück', 'wird sie anrufen', 'meldet sich morgen', "ruft sie an", "ruft sie zurück", "meldet sich", "wird sich ~ melden", "rückruf", "zurückrufen", "ruft ~ zurück", "wird ~ anrufen", "kontaktiert sie", "setzt sich ~ in verbindung", "rufen sie ~ zurück", "rufen sie ~ an", "ruft sie ~ an", "meldet sich ~ bei ihnen", "melden sich ~ bei ihnen", "meldet sich", "melden sich", "ruft ~ an", "schreibt ihnen"],
  },
  intents: {
    booking: {
      termin: 2, 'termin vereinbaren': 3, 'termin machen': 3, 'einen termin': 3, buchen: 2, reservieren: 3, reservierung: 3, vorführung: 3, besichtigung: 2,
      'termin verschieben': 3, absagen: 2, demo: 2, 'wann passt es': 1,
    },
    complaint: {
      beschwerde: 3, beschweren: 2, reklamation: 3, stinksauer: 3, 'zu viel berechnet': 3, 'doppelt abgebucht': 3, rückerstattung: 2, 'seit drei wochen': 2,
      'seit wochen': 2, katastrophe: 2, 'das darf so nicht sein': 2, unverschämt: 3, 'nicht in ordnung': 2,
    },
    support: {
      'funktioniert nicht': 3, 'geht nicht': 3, 'stürzt ab': 3, absturz: 3, fehler: 2, fehlermeldung: 3, kaputt: 3, 'blinkt': 2, defekt: 3,
      passwort: 2, 'kein zugang': 3, gesperrt: 3, fieber: 2, notfall: 2, 'hohes fieber': 3, 'startet nicht': 3, 'outlook': 1,
    },
    sales: {
      angebot: 3, preis: 2, preise: 2, kosten: 1, 'was kostet': 2, kaufen: 3, bestellen: 3, gutschein: 2, tarif: 2, wechsel: 1, eigentumswohnung: 2,
      'wir suchen': 2, budget: 2, finanzierung: 2, lizenz: 1, 'ich hätte gern ein angebot': 3, professionalisieren: 2,
    },
    info: {
      'kurze frage': 3, frage: 2, fragen: 2, 'wissen': 1, 'sind die': 1, 'gibt es': 1, datenschutz: 2, 'wo werden': 2, informationen: 2, öffnungszeiten: 3,
    },
  },
  outboundOpening: ['spreche ich mit', 'hier ist ~ von', 'ich rufe an', 'rufe sie an', 'haben sie kurz', 'haben sie einen moment', 'deshalb melde ich mich'],
  lead: {
    commitment: ['machen wir das', 'nehmen wir', 'ich entscheide', 'schicken sie mir ein angebot', 'ich hätte gern', 'passt', 'geht', 'wir wollen', 'gutes gefühl'],
    reluctance: ['noch nicht', 'überlege', 'kein interesse', 'zu teuer', 'durchrechnen', 'absagen', 'erst muss'],
  },
  entities: {
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    relativeDays: ['heute', 'morgen', 'übermorgen', 'diese woche', 'nächste woche', 'gestern', 'heute abend'],
    months: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    numberWords: ['ein', 'eins', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'hundert', 'tausend', 'hundertfünfzig', 'zweihundert', 'dreihundert', 'halb'],
    currencies: ['euro*', 'franken', 'dollar*'],
    timePrepositions: ['um', 'gegen', 'ab', 'bis'],
  },
};
