import type { LanguageCues } from './language-cues.js';

export const it: LanguageCues = {
  negators: ['non', 'mai', 'nessun', 'nessuna', 'nessuno', 'senza', 'niente', 'nulla', 'né'],
  intensifiers: ['molto', 'davvero', 'proprio', 'super', 'così', 'troppo', 'veramente', 'assolutamente', 'tanto', 'estremamente'],
  downtoners: ['poco', 'abbastanza', 'piuttosto', 'leggermente'],
  neutralWords: ['sì', 'buongiorno', 'bene', 'campioni', 'carico', 'tipo', 'pagare', 'responsabile', 'regalo', 'forte', 'attaccato', 'sicuro', 'sicurezza', 'limiti', 'evitare', 'partire', 'colpito', 'gratuito', 'perdono', 'chiaramente', 'febbre', 'male', 'ah'],
  expressions: {
    grazie: 0.4, 'grazie mille': 0.7, 'grazie infinite': 0.85, 'grazie ancora': 0.6, 'grazie a lei': 0.45, 'la ringrazio': 0.5, 'molto gentile': 0.55, perfetto: 0.5,
    ottimo: 0.55, benissimo: 0.55, chiarissimo: 0.45, grande: 0.4, 'mi ha salvato': 0.85, 'mi sento più tranquillo': 0.55,
    'meno male': 0.35, 'mi ha tranquillizzata': 0.45, 'mi ha tranquillizzato': 0.45, 'la cosa più utile': 0.55, 'va bene': 0.1, 'buon lavoro': 0.25,
    'non è poco': -0.1, 'non sarebbe male': 0.3, 'buona giornata un corno': -0.85, 'un corno': -0.6, 'che coincidenza': -0.4, 'comodo, eh': -0.5, comodo: 0.1,
    'non è possibile': -0.5, 'ma che servizio è': -0.75, 'che servizio': -0.3, 'sto cenando': -0.4, 'non richiami': -0.6, 'la terza volta': -0.45,
    'non è molto rassicurante': -0.5, 'al freddo': -0.3, 'faccia come vuole': -0.55, 'ero nel panico': -0.2, 'non ce l\'ho con lei': 0.1,
    'non voglio fare polemica': -0.1, 'grazie comunque': -0.05, 'è un mio diritto': -0.3, vergogna: -0.7,
  },
  apologyForTone: ['scusi se prima ho alzato la voce', 'scusi se ho alzato', 'mi scusi per il tono', 'scusi il tono', 'scusi se sono stato', 'scusi se sono stata', 'ho alzato la voce'],
  resignation: ['grazie comunque', 'va bene così', 'pazienza', 'almeno', 'vabbè', "non ho scelta", "che devo fare", "cosa devo fare", "aspetterò", "va be", "se proprio", "come vuole", "non c'è altro", "che ci posso fare", "mi tocca aspettare"],
  threats: ['avvocato', 'denuncia', 'recensioni', 'faccio denuncia', 'associazione consumatori', 'cambio fornitore', 'vado da un altro'],
  badNews: [
    'non posso', 'non possiamo', 'purtroppo', 'non è disponibile', 'non ci sono', 'mi dispiace, è', 'non riesco', 'impossibile', 'non ricevono telefonate',
    'non posso passarglielo', 'posso solo', 'non risponde',
  ],
  resolution: [
    'fatto', 'risolto', 'funziona', 'inviato', 'prenotato', 'confermato', 'cancellato', 'le mando', 'ricevuto', 'mi vedo', 'attivato', 'rimborso', 'in arrivo',
    'lo annoto', 'entro domani ha tutto',
  ],
  hangUp: ['pronto', 'è ancora lì', 'ha riattaccato', 'ha chiuso'],
  recordedLine: ['lasci un messaggio', 'dopo il segnale', 'dopo il bip', 'prema uno', 'digiti uno'],
  escalation: {
    demandVerbs: ['parlare con', 'mi passi', 'passarmi', 'voglio', 'vorrei', 'c\'è un', 'non c\'è un', 'sentire', "voglio parlare", "vorrei parlare", "posso parlare", "mi passa", "mi faccia parlare", "me lo passi", "me la passi", "fatemi parlare"],
    roles: ['responsabile', 'titolare', 'supervisore', 'direttore', 'direttrice', 'capo', 'dirigente', 'qualcuno che possa decidere', 'reperibile', 'medico', "superiore", "dottore", "dottoressa", "coordinatore", "coordinatrice", "caposala", "direzione", "qualcuno più in alto", "qualcuno di responsabile", "qualcun altro"],
    handover: [
      'le passo', 'la passo', 'lo passo', 'passo il caso', 'la metto in contatto', 'la trasferisco', 'trasferisco la chiamata', 'in conferenza', 'provo a chiamare il reperibile',
      'la metto in linea', 'glielo passo', "giro la", "giro il caso", "passo la pratica", "la faccio richiamare", "la faccio chiamare", "segnalo ~ al responsabile", "metto in contatto", "la collego", "la passo al", "la passo alla", "secondo livello", "passo la segnalazione", "giro la segnalazione", "la passo a", "faccio chiamare", "faccio richiamare"],
    followUp: ['la richiama', 'lo richiama', 'la chiamerà', 'la contatta', 'la ricontatta', 'la segue personalmente', 'la chiama domani', "la richiamerà", "la richiamera", "la chiamerà", "la contatterà", "la ricontatterà", "si farà sentire", "verrà ricontattat*", "sarà ricontattat*", "la richiamano", "la chiameranno", "la contatteranno", "lo richiamerà", "lo chiamerà", "la richiamano", "le faccio richiamare", "la faccio richiamare", "la chiama", "la chiamano", "la ricontattano", "vi richiama", "le scrive"],
  },
  intents: {
    booking: {
      appuntamento: 2, prenotare: 3, prenotazione: 3, disdire: 3, 'spostare l\'appuntamento': 3, visita: 1, 'fissare': 2, demo: 2,
    },
    complaint: {
      reclamo: 3, lamentarmi: 3, 'la terza volta': 2, contestazione: 2,       'colpa vostra': 3, 'non voglio fare polemica': 2, 'stesso problema': 2, rimborso: 2,     },
    support: {
      'non funziona': 3, 'non parte': 3, 'schermata blu': 3, errore: 2, 'non apre': 3, 'non è disponibile': 2, videocamera: 2, 'odore di gas': 3, guasto: 3,
      'si riavvia': 2, 'non partono': 3, badge: 2, 'non riesco': 2,
    },
    sales: {
      acquistare: 3, comprare: 3, preventivo: 3, prezzo: 2, 'quanto costa': 2, pacchetto: 2, cerco: 1, offerta: 1,       contratto: 1, 'la disturbo solo un minuto': 2, 'per presentarle': 2,
    },
    info: {
      'volevo sapere': 3, 'vorrei sapere': 3, informazioni: 2, 'a che punto': 3, orari: 3, 'se serve': 1,     },
  },
  outboundOpening: ['la disturbo', 'la chiamo da', 'sono ~ di', 'per presentarle', 'ha un minuto'],
  lead: {
    commitment: ['prendo il', 'vorrei acquistarlo', 'mi mandate il contratto', 'vorrei partire', 'posso pagare', 'non è fuori budget', 'decido io', 'a giovedì'],
    reluctance: ['ci penso', 'non mi interessa', 'troppo caro', 'non richiami', 'disdire', 'per ora no', 'la richiamo io'],
  },
  entities: {
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    relativeDays: ['oggi', 'domani', 'dopodomani', 'questa settimana', 'la settimana prossima', 'ieri', 'stasera'],
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    numberWords: ['un', 'uno', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'quindici', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta', 'cento', 'mila', 'mille', 'e', 'mezza'],
    currencies: ['euro*', 'dollar*'],
    timePrepositions: ['alle', 'all\'', 'verso', 'entro'],
  },
};
