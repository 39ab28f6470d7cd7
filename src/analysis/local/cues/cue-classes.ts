/**
 * Broad cue classes for the reason for calling: not wording memorised from particular calls but the
 * grammatical and pragmatic signs of each kind of call, kept short and general per language.
 * - repeatContact: the customer has been here before about it ("third time", "already called", "still").
 * - dissatisfaction: the customer says they are unhappy or wants redress (refund, compensation).
 * - pastFailure: something the business did, or failed to do, went wrong (charged, promised, never came).
 * - malfunction: something is not working right now (error, won't start, locked out, leaking).
 * - helpRequest: the customer asks for help or a fix now.
 * - question: the customer asks for information ("do you", "is it", "how much", "when").
 * Same notation as the other cues: lower case, accents optional, "word*" for a word's forms, "~" for a gap.
 */
export interface CueClasses {
  repeatContact: readonly string[];
  dissatisfaction: readonly string[];
  pastFailure: readonly string[];
  malfunction: readonly string[];
  helpRequest: readonly string[];
  question: readonly string[];
}

export const cueClassNames = ['repeatContact', 'dissatisfaction', 'pastFailure', 'malfunction', 'helpRequest', 'question'] as const;

export const cueClasses: Readonly<Record<'en' | 'es' | 'de' | 'fr' | 'pt' | 'it' | 'nl', CueClasses>> = {
  en: {
    repeatContact: ['again', 'second time', 'third time', 'fourth time', 'fifth time', 'already called', 'called before', 'called twice', 'called three times', 'every time', 'still', 'for weeks', 'for days', 'keeps happening', 'last time', 'yet again', 'left ~ messages', 'nobody called', 'nobody has called', 'nobody got back', 'no one called'],
    dissatisfaction: ['complain*', 'unacceptable', 'ridiculous', 'outrage*', 'furious', 'angry', 'upset', 'disappoint*', 'not happy', 'unhappy', 'terrible', 'awful', 'horrible', 'worst', 'disgust*', 'fed up', 'sick of', 'refund', 'money back', 'compensat*', 'reimburs*', 'apology', 'not okay', 'not fair', 'unfair', 'rude', 'lied', 'scam'],
    pastFailure: ['charged', 'overcharged', 'billed', 'double charged', 'was told', 'you told me', 'you said', 'promised', 'never arrived', 'never came', "didn't show", 'no-show', 'never showed', 'ruined', 'damaged', 'broke', 'lost my', 'lost our', 'wrong', 'mistake', 'missed', 'forgot', 'cancelled my', 'canceled my', 'ignored', 'never got', "didn't get", "didn't receive", 'never received', 'still no', 'still not', 'still waiting', 'late', 'delayed'],
    malfunction: ['not working', "doesn't work", "isn't working", "won't", "can't", 'cannot', 'unable', 'error', 'broken', 'stuck', 'is down', 'went down', 'crash*', 'fail*', 'locked out', 'locked', 'leak*', 'burst', 'no power', 'no heat', 'no water', 'no internet', 'frozen', 'keeps saying', 'keeps', 'stopped', 'blinking', 'flashing', 'expired', 'declined', 'not loading', 'not connecting', 'disconnect*', 'blank', 'dead'],
    helpRequest: ['help me', 'can you help', 'could you help', 'need help', 'how do i', 'what do i do', 'what should i do', 'fix', 'urgent', 'emergency', 'right now', 'asap', 'someone to come', 'send someone'],
    question: ['do you', 'does it', 'does the', 'is there', 'are there', 'is it', 'are you', 'can i', 'what is', "what's", 'what are', 'how much', 'how long', 'how does', 'when', 'where', 'which', 'wondering', 'wanted to ask', 'wanted to know', 'question', 'could you tell me', 'can you tell me'],
  },
  es: {
    repeatContact: ['otra vez', 'de nuevo', 'segunda vez', 'tercera vez', 'cuarta vez', 'quinta vez', 'sexta vez', 'ya llame', 'ya he llamado', 'ya les dije', 'todavia', 'aun', 'sigo esperando', 'siguen', 'cada vez', 'desde hace', 'hace semanas', 'hace dias', 'nadie me llamo', 'nadie avisa', 'la ultima vez'],
    dissatisfaction: ['queja', 'quejar*', 'reclam*', 'inaceptable', 'indignante', 'ridiculo', 'furios*', 'enojad*', 'molest*', 'harto', 'harta', 'decepcion*', 'pesimo', 'fatal', 'horrible', 'reembolso', 'devolucion', 'devuelvan', 'compensacion', 'no es justo', 'mal servicio', 'engañ*', 'verguenza'],
    pastFailure: ['me cobraron', 'cobraron', 'cobro', 'me dijeron', 'me prometieron', 'prometieron', 'nunca llego', 'no llego', 'no vino', 'nunca vino', 'arruin*', 'dañad*', 'perdieron', 'se equivocaron', 'equivoca*', 'error suyo', 'olvidaron', 'cancelaron', 'no me avisaron', 'no recibi', 'sigue sin', 'todavia no', 'retras*'],
    malfunction: ['no funciona', 'no anda', 'no sirve', 'no puedo', 'no consigo', 'no me deja', 'error', 'se cayo', 'se cae', 'caido', 'roto', 'rota', 'se rompio', 'bloque*', 'trab*', 'fuga', 'gotea', 'sin luz', 'sin agua', 'sin internet', 'sin calefaccion', 'congelad*', 'me sale', 'rechaz*', 'no carga', 'no enciende', 'no prende', 'no arranca', 'se apago'],
    helpRequest: ['ayud*', 'me puede ayudar', 'necesito ayuda', 'como hago', 'que hago', 'arregl*', 'urgente', 'emergencia', 'ahora mismo', 'ya mismo', 'manden a alguien', 'que venga alguien'],
    question: ['tienen', 'hay', 'cuanto', 'cuando', 'donde', 'cual', 'como funciona', 'queria saber', 'quisiera saber', 'quiero saber', 'una pregunta', 'pregunta', 'me puede decir', 'me podria decir', 'es posible', 'se puede', 'esta abierto', 'abren'],
  },
  de: {
    repeatContact: ['schon wieder', 'wieder', 'erneut', 'zum zweiten mal', 'zum dritten mal', 'zum vierten mal', 'das zweite mal', 'das dritte mal', 'zweite mal', 'dritte mal', 'schon angerufen', 'bereits angerufen', 'immer noch', 'noch immer', 'immer wieder', 'seit wochen', 'seit tagen', 'seit drei', 'seit zwei', 'letztes mal', 'niemand hat', 'keiner hat'],
    dissatisfaction: ['beschwer*', 'reklamation', 'reklamier*', 'unverschamt', 'unmoglich', 'inakzeptabel', 'nicht akzeptabel', 'sauer', 'stinksauer', 'wutend', 'verargert', 'enttausch*', 'frech', 'unfreundlich', 'schlimm', 'furchtbar', 'katastrophe', 'erstattung', 'erstatten', 'geld zuruck', 'entschadigung', 'gutschrift', 'nicht in ordnung', 'reicht mir', 'zumutung', 'frechheit'],
    pastFailure: ['berechnet', 'abgebucht', 'doppelt', 'man hat mir gesagt', 'mir wurde gesagt', 'versprochen', 'zugesagt', 'nie angekommen', 'nicht angekommen', 'nicht gekommen', 'nie gekommen', 'ruiniert', 'beschadigt', 'kaputt gemacht', 'verloren', 'falsch', 'fehler', 'vergessen', 'storniert', 'nicht erhalten', 'nie erhalten', 'nichts gehort', 'verspat*', 'zu spat'],
    malfunction: ['funktioniert nicht', 'geht nicht', 'klappt nicht', 'lauft nicht', 'kann nicht', 'kann mich nicht', 'fehlermeldung', 'fehler', 'kaputt', 'defekt', 'hangt', 'sturzt', 'absturz', 'ausgefallen', 'ausfall', 'gesperrt', 'ausgesperrt', 'undicht', 'leck', 'tropft', 'kein strom', 'keine heizung', 'kein wasser', 'kein internet', 'blinkt', 'startet nicht', 'nicht mehr', 'lasst sich nicht', 'abgelaufen', 'abgelehnt'],
    helpRequest: ['helfen', 'hilfe', 'brauche hilfe', 'was soll ich', 'wie kann ich', 'wie mache ich', 'reparier*', 'beheben', 'dringend', 'notfall', 'sofort', 'jemand vorbeischicken', 'jemanden schicken'],
    question: ['haben sie', 'gibt es', 'ist das', 'ist die', 'ist der', 'sind die', 'kann ich', 'wie viel', 'wieviel', 'was kostet', 'wie lange', 'wann', 'wo ', 'welche', 'frage', 'kurze frage', 'wollte fragen', 'mochte fragen', 'wissen', 'konnen sie mir sagen', 'offen', 'geoffnet'],
  },
  fr: {
    repeatContact: ['encore', 'de nouveau', 'deuxieme fois', 'troisieme fois', 'quatrieme fois', 'cinquieme fois', 'deja appele', 'deja signale', 'toujours', 'toujours pas', 'chaque fois', 'depuis des semaines', 'depuis des jours', 'depuis trois', 'depuis deux', 'la derniere fois', 'personne ne', 'personne m\'a'],
    dissatisfaction: ['plain*', 'reclamation', 'inadmissible', 'inacceptable', 'scandal*', 'ridicule', 'furieu*', 'en colere', 'fache*', 'decu*', 'mecontent*', 'pas content*', 'pas normal', 'insupportable', 'honte', 'horrible', 'nul', 'rembours*', 'dedommag*', 'compensation', 'indemnis*', 'pas correct', 'pas le droit', 'impoli*'],
    pastFailure: ['facture', 'factur*', 'debite', 'preleve', 'deux fois', 'on m\'a dit', 'on m\'avait dit', 'promis', 'jamais arrive', 'pas arrive', 'jamais venu', 'pas venu', 'abime', 'endommage', 'perdu', 'erreur', 'trompe*', 'oublie', 'annule', 'jamais recu', 'pas recu', 'toujours pas recupere', 'retard', 'pas rappele'],
    malfunction: ['ne marche pas', 'marche plus', 'ne fonctionne pas', 'fonctionne plus', 'je n\'arrive pas', 'arrive pas', 'impossible de', 'je ne peux pas', 'peux pas', 'erreur', 'panne', 'en panne', 'casse*', 'bloque*', 'plante', 'fuite', 'coule', 'plus d\'internet', 'plus de courant', 'plus de chauffage', 'plus d\'eau', 'clignote', 'refuse', 'ne demarre pas', 'demarre plus', 'expire'],
    helpRequest: ['aider', 'aidez-moi', 'besoin d\'aide', 'comment je fais', 'qu\'est-ce que je fais', 'que dois-je', 'repar*', 'urgent', 'urgence', 'tout de suite', 'envoyer quelqu\'un', 'depann*'],
    question: ['est-ce que', 'vous avez', 'avez-vous', 'y a-t-il', 'il y a', 'combien', 'quand', 'ou est', 'quel', 'quelle', 'question', 'je voulais savoir', 'je voudrais savoir', 'savoir si', 'pouvez-vous me dire', 'c\'est possible', 'est-il', 'ouvert'],
  },
  pt: {
    repeatContact: ['outra vez', 'de novo', 'novamente', 'segunda vez', 'terceira vez', 'quarta vez', 'quinta vez', 'ja liguei', 'ja telefonei', 'ja reclamei', 'ainda', 'continuo a espera', 'continuo esperando', 'sempre que', 'toda vez', 'ha semanas', 'ha dias', 'ninguem me ligou', 'ninguem ligou', 'ninguem disse', 'da ultima vez'],
    dissatisfaction: ['reclam*', 'queixa', 'queixar', 'inaceitavel', 'absurdo', 'ridiculo', 'furios*', 'irritad*', 'chatead*', 'zangad*', 'desiludid*', 'decepcion*', 'pessimo', 'horrivel', 'vergonha', 'reembolso', 'devolucao', 'devolvam', 'dinheiro de volta', 'compensacao', 'indemniza*', 'nao e justo', 'nao e normal', 'mal atendid*'],
    pastFailure: ['cobraram', 'cobrado', 'cobranca', 'debito', 'debitos', 'duas vezes', 'disseram-me', 'me disseram', 'prometeram', 'prometido', 'nunca chegou', 'nao chegou', 'nao veio', 'nunca veio', 'estragad*', 'danificad*', 'perderam', 'errad*', 'erro', 'engano', 'esqueceram', 'cancelaram', 'nao recebi', 'nunca recebi', 'atras*', 'sem resposta'],
    malfunction: ['nao funciona', 'nao da', 'deixou de funcionar', 'nao consigo', 'nao posso', 'nao me deixa', 'erro', 'avaria', 'avariad*', 'estragou', 'partiu', 'partid*', 'bloque*', 'encravad*', 'trav*', 'rebentou', 'fuga', 'pinga', 'sem luz', 'sem agua', 'sem internet', 'sem aquecimento', 'sem rede', 'pisca', 'nao liga', 'nao arranca', 'expirou', 'recusad*', 'rejeitad*', 'caiu', 'em baixo'],
    helpRequest: ['ajud*', 'pode ajudar', 'preciso de ajuda', 'como faco', 'o que faco', 'o que devo', 'resolver', 'arranj*', 'urgente', 'emergencia', 'agora mesmo', 'ja', 'mandar alguem', 'enviar alguem'],
    question: ['tem ', 'tens', 'ha ', 'quanto', 'quando', 'onde', 'qual', 'como funciona', 'queria saber', 'gostava de saber', 'quero saber', 'uma pergunta', 'pergunta', 'duvida', 'pode dizer-me', 'pode me dizer', 'e possivel', 'da para', 'esta aberto', 'abrem'],
  },
  it: {
    repeatContact: ['di nuovo', 'ancora', 'un\'altra volta', 'seconda volta', 'terza volta', 'quarta volta', 'quinta volta', 'gia chiamato', 'ho gia', 'gia segnalato', 'continuo ad aspettare', 'sto ancora aspettando', 'ogni volta', 'da settimane', 'da giorni', 'da tre', 'da due', 'nessuno mi ha', 'nessuno ha', 'l\'ultima volta', 'sempre'],
    dissatisfaction: ['reclam*', 'lamentar*', 'lament*', 'inaccettabile', 'assurdo', 'vergogn*', 'ridicolo', 'furios*', 'arrabbiat*', 'irritat*', 'delus*', 'scontent*', 'non sono contento', 'non sono contenta', 'pessimo', 'terribile', 'orribile', 'rimbors*', 'risarciment*', 'indennizzo', 'soldi indietro', 'non e giusto', 'non e normale', 'maleducat*', 'scortes*', 'polemica'],
    pastFailure: ['addebitat*', 'addebito', 'fattura', 'due volte', 'mi avevano detto', 'mi hanno detto', 'mi avete detto', 'promess*', 'mai arrivat*', 'non e arrivat*', 'non e venuto', 'mai venuto', 'rovinat*', 'danneggiat*', 'rott*', 'pers*', 'sbagliat*', 'sbaglio', 'errore', 'dimenticat*', 'cancellat*', 'annullat*', 'non ho ricevuto', 'mai ricevut*', 'in ritardo', 'ritardo', 'sparit*'],
    malfunction: ['non funziona', 'non va', 'non parte', 'non si accende', 'non riesco', 'non posso', 'non mi fa', 'errore', 'guasto', 'guast*', 'rott*', 'bloccat*', 'si blocca', 'si pianta', 'crash', 'perdita', 'perde acqua', 'gocciola', 'senza luce', 'senz\'acqua', 'senza acqua', 'senza internet', 'senza riscaldamento', 'lampeggia', 'non apre', 'non si apre', 'scadut*', 'rifiutat*', 'non disponibile', 'schermata blu', 'si riavvia'],
    helpRequest: ['aiut*', 'mi puo aiutare', 'ho bisogno', 'come faccio', 'cosa faccio', 'cosa devo', 'risolvere', 'sistemare', 'riparare', 'urgente', 'emergenza', 'subito', 'mandare qualcuno'],
    question: ['avete', 'c\'e', 'ci sono', 'quanto', 'quando', 'dove', 'quale', 'come funziona', 'volevo sapere', 'vorrei sapere', 'sapere se', 'una domanda', 'domanda', 'informazion*', 'mi sa dire', 'puo dirmi', 'mi puo dire', 'e possibile', 'si puo', 'aperto', 'aperti'],
  },
  nl: {
    repeatContact: ['weer', 'alweer', 'opnieuw', 'nog steeds', 'nog altijd', 'tweede keer', 'derde keer', 'vierde keer', 'vijfde keer', 'al gebeld', 'al eerder', 'al twee keer', 'al drie keer', 'elke keer', 'iedere keer', 'al weken', 'al dagen', 'sinds', 'niemand heeft', 'niemand belt', 'niet de eerste keer', 'vorige keer'],
    dissatisfaction: ['klacht', 'klagen', 'beklag', 'onacceptabel', 'onaanvaardbaar', 'belachelijk', 'schandalig', 'schande', 'boos', 'woedend', 'kwaad', 'geirriteerd', 'teleurgesteld', 'niet tevreden', 'ontevreden', 'zat', 'het zat', 'vreselijk', 'verschrikkelijk', 'slecht', 'terugbetal*', 'geld terug', 'vergoed*', 'compensatie', 'schadevergoeding', 'niet normaal', 'onbeschoft', 'klopt niet', 'klopt gewoon niet', 'moeilijk doen'],
    pastFailure: ['gefactureerd', 'afgeschreven', 'in rekening gebracht', 'rekening', 'twee keer', 'dubbel', 'mij is gezegd', 'er werd gezegd', 'jullie zeiden', 'beloofd', 'toegezegd', 'nooit aangekomen', 'niet aangekomen', 'niet gekomen', 'nooit gekomen', 'niet geleverd', 'verpest', 'beschadigd', 'kapotgemaakt', 'kwijt', 'verloren', 'fout', 'vergeten', 'geannuleerd', 'niet ontvangen', 'nooit ontvangen', 'te laat', 'vertraag*', 'dichte deur'],
    malfunction: ['werkt niet', 'doet het niet', 'doet het niet meer', 'werkt niet meer', 'kan niet', 'lukt niet', 'lukt me niet', 'foutmelding', 'fout', 'storing', 'kapot', 'defect', 'stuk', 'hangt', 'crasht', 'loopt vast', 'ligt eruit', 'ligt plat', 'geblokkeerd', 'buitengesloten', 'lek', 'lekt', 'geen stroom', 'geen verwarming', 'geen water', 'geen internet', 'knippert', 'start niet', 'gaat niet aan', 'verlopen', 'geweigerd', 'afgewezen'],
    helpRequest: ['helpen', 'hulp', 'help', 'hoe doe ik', 'wat moet ik', 'wat kan ik', 'oplossen', 'repareren', 'maken', 'dringend', 'spoed', 'noodgeval', 'meteen', 'nu meteen', 'iemand sturen', 'langskomen'],
    question: ['heeft u', 'hebben jullie', 'is er', 'zijn er', 'is het', 'is de', 'kan ik', 'hoeveel', 'wat kost', 'hoe lang', 'wanneer', 'waar', 'welke', 'vraag', 'vraagje', 'wilde vragen', 'wil vragen', 'wil graag weten', 'wilde weten', 'weten of', 'kunt u mij vertellen', 'open', 'geopend'],
  },
};

/**
 * The agent sends someone on call (a dispatch verb, then an on-call role in the same clause): "je vous
 * envoie notre technicien de garde", "mando l'elettricista reperibile". Not when the turn is a condition
 * ("if it fails again, we send the on-call engineer").
 */
export interface Dispatch {
  verbs: readonly string[];
  onCallRoles: readonly string[];
  conditionals: readonly string[];
}

export const dispatchCues: Readonly<Record<keyof typeof cueClasses, Dispatch>> = {
  en: { verbs: ['send*', 'sending', 'dispatch*', 'page', 'paging', "i'm getting", "i'll get", 'calling out', 'call out', 'consult*', 'check with'], onCallRoles: ['on-call', 'on call', 'emergency', 'technician', 'engineer', 'plumber', 'electrician', 'locksmith', 'doctor', 'nurse'], conditionals: ['if', 'should', 'in case', 'unless'] },
  es: { verbs: ['envío', 'envio', 'enviamos', 'mando', 'mandamos', 'le mando', 'le envío', 'aviso al', 'aviso a', 'consulto con', 'llamo al', 'llamo a'], onCallRoles: ['de guardia', 'técnico', 'tecnico', 'fontanero', 'plomero', 'electricista', 'cerrajero', 'médico', 'urgencias'], conditionals: ['si', 'en caso'] },
  de: { verbs: ['schicke', 'schick', 'schicken', 'sende', 'alarmiere', 'verständige', 'rufe', 'hole', 'informiere', 'spreche mit'], onCallRoles: ['bereitschaft*', 'notdienst', 'techniker', 'monteur', 'installateur', 'elektriker', 'schlüsseldienst', 'arzt', 'notarzt'], conditionals: ['wenn', 'falls', 'sollte'] },
  fr: { verbs: ['envoie', 'envoyons', "j'envoie", 'dépêche', 'appelle', 'préviens', 'je contacte', 'je consulte', 'je vois avec'], onCallRoles: ['de garde', "d'astreinte", 'astreinte', 'technicien', 'plombier', 'électricien', 'serrurier', 'médecin'], conditionals: ['si', 'au cas'] },
  pt: { verbs: ['envio', 'enviamos', 'mando', 'mandamos', 'vou mandar', 'vou enviar', 'aciono', 'acionar', 'chamo', 'vou chamar', 'falo com'], onCallRoles: ['de plantão', 'plantão', 'de piquete', 'piquete', 'técnico', 'tecnico', 'canalizador', 'encanador', 'eletricista', 'serralheiro', 'médico'], conditionals: ['se', 'caso'] },
  it: { verbs: ['mando', 'mandiamo', 'invio', 'inviamo', 'le mando', 'chiamo', 'allerto', 'avviso', 'sento'], onCallRoles: ['reperibile', 'di turno', 'di guardia', 'guardia medica', 'tecnico', 'idraulico', 'elettricista', 'fabbro', 'medico'], conditionals: ['se', 'qualora', 'nel caso'] },
  nl: { verbs: ['stuur', 'sturen', 'stuurt', 'overleg met', 'bel de', 'bel ik', 'roep', 'schakel', 'waarschuw'], onCallRoles: ['dienstdoende', 'storingsdienst', 'monteur', 'loodgieter', 'elektricien', 'slotenmaker', 'huisarts', 'arts', 'van dienst'], conditionals: ['als', 'indien', 'mocht'] },
};
