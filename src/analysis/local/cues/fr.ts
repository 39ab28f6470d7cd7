import type { LanguageCues } from './language-cues.js';

export const fr: LanguageCues = {
  negators: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'rien'],
  intensifiers: ['très', 'vraiment', 'trop', 'super', 'tellement', 'absolument', 'totalement', 'hyper', 'extrêmement', 'bien'],
  downtoners: ['peu', 'assez', 'plutôt', 'légèrement'],
  neutralWords: ['oui', 'non', 'bonjour', 'bien', 'juste', 'plus', 'comme', 'cher', 'paradis', 'nuit', 'demande', 'prévenir', 'responsable', 'joindre', 'monte', 'jeune', 'cacher', 'légalement', 'sûr', 'vrai', 'tombé', 'bosse', 'mal'],
  expressions: {
    merci: 0.4, 'merci beaucoup': 0.65, 'merci infiniment': 0.85, 'merci mille fois': 0.85, 'mille mercis': 0.8, 'je vous remercie': 0.55, 'merci bien': 0.5,
    'merci vraiment': 0.6, parfait: 0.5, super: 0.5, génial: 0.55, excellent: 0.6, top: 0.45, 'très bien': 0.45, 'bien aimable': 0.55, 'vous êtes bien aimable': 0.6,
    'vous m\'avez sauvé': 0.85, 'vous m\'avez sauvée': 0.85, 'trop contente': 0.8, 'trop content': 0.8, 'ça y est': 0.35, ouf: 0.3, 'tout est bon': 0.4,
    'avec plaisir': 0.3, 'c\'est parfait': 0.55, 'très gentil': 0.55, 'ce serait top': 0.45,     'ah ben bravo': -0.6, 'c\'est insupportable': -0.75, insupportable: -0.6, 'n\'importe quoi': -0.5, 'ce n\'est pas normal': -0.55, 'encore': -0.1,
    'la quatrième fois': -0.55, 'la troisième fois': -0.45, 'la deuxième fois': -0.3, 'je me fiche': -0.6, 'laissez tomber': -0.5, évidemment: -0.25,
    'personne n\'est venu': -0.45, 'personne ne nous a prévenus': -0.45, 'c\'est moi qui trinque': -0.5, pff: -0.3,     'pas de panique': 0.0, 'pas de problème': 0.15, 'c\'est scandaleux': -0.8, 'inadmissible': -0.8,
  },
  apologyForTone: ['désolée d\'avoir été', 'désolé d\'avoir été', 'je m\'excuse d\'avoir été', 'pardon d\'avoir été', 'je m\'excuse pour tout à l\'heure', 'un peu sèche', 'un peu sec', 'un peu agressif', 'un peu agressive'],
  resignation: ['merci quand même', 'tant pis', 'bon, tant pis', 'au moins', 'c\'est comme ça', 'on fera avec', "pas le choix", "pas vraiment le choix", "j'attends", "j'attendrai", "si vous le dites", "de toute façon", "on fera avec", "il faut bien", "bon, j'attends", "ça ira"],
  threats: ['avocat', 'mise en demeure', 'commission de conciliation', 'signalement', 'porter plainte', 'je vais faire un signalement', 'changer de fournisseur', 'ne rappelez plus', 'je résilie', 'association de consommateurs', 'en recommandé'],
  badNews: [
    'je ne peux pas', 'nous ne pouvons pas', 'malheureusement', 'pas possible', 'n\'est pas disponible', 'pas disponible', 'je ne peux rien', 'impossible',
    'désolée, je', 'désolé, je', 'aucune date', 'je ne peux pas vous',
  ],
  resolution: [
    'c\'est fait', 'c\'est noté', 'c\'est réglé', 'c\'est envoyé', 'réglé', 'résolu', 'ça marche', 'ça fonctionne', 'est vert', 'c\'est tout bon', 'je vous l\'envoie',
    'prend effet', 'confirmation', 'tout est prêt', 'ça y est', 'je vous envoie',
  ],
  hangUp: ['allô', 'allo', 'vous êtes toujours là', 'a raccroché'],
  recordedLine: ['laissez un message', 'après le bip', 'après le signal sonore', 'le cabinet est fermé', 'votre message a été enregistré', 'vous êtes bien sur le répondeur', 'tapez un'],
  escalation: {
    demandVerbs: ['parler à', 'parler au', 'parler avec', 'passez-moi', 'passez moi', 'je veux', 'je voudrais', 'y a-t-il', 'il y a un', "je veux parler", "je voudrais parler", "je peux parler", "mettez-moi", "passez-moi"],
    roles: ['responsable', 'directeur', 'directrice', 'superviseur', 'superviseuse', 'supérieur', 'chef', 'patron', 'gérant', 'gérante', 'manager', 'médecin', "supérieur", "supérieure", "hiérarchie", "quelqu'un de responsable", "docteur", "gestionnaire"],
    handover: [
      'je vous passe', 'je vous le passe', 'je vous la passe', 'je te passe', 'vous mettre en relation', 'je vous mets en relation', 'je vous transfère',
      'transférer votre appel', 'je transfère', 'je vais contacter notre', 'je vous connecte', "faire remonter", "je remonte", "escalad*", "je vous mets en ligne", "je vous oriente vers", "niveau deux", "deuxième niveau", "je transmets à", "je transmets au", "je passe le dossier"],
    followUp: ['vous rappellera', 'va vous rappeler', 'pour qu\'il vous rappelle', 'pour qu\'elle vous rappelle', 'vous recontacter', 'vous contactera', "vous rappelle", "vous rappeler", "reviendra vers vous", "prendra contact", "vous recontactera", "vous appellera", "vous contacter", "rappellera", "vous rappellent", "vous appelle", "vous appellent", "vous rappelle", "vous recontacte", "vous contacte", "vous écrira"],
  },
  intents: {
    booking: {
      'rendez-vous': 2, 'prendre rendez-vous': 3, réserver: 3, réservation: 3, 'une démo': 3, démo: 2, visite: 1, 'des visites': 2, 'déplacer mon rendez-vous': 3,
      'annuler mon rendez-vous': 3, créneau: 2, 'toujours disponible': 1,
    },
    complaint: {
      plainte: 3, réclamation: 3, 'me plaindre': 3, remboursement: 2, 'trop facturé': 3, 'débité deux fois': 3, 'dépôt de garantie': 3, 'toujours pas': 2,
      'la quatrième fois': 3, 'vous n\'avez pas le droit': 3, scandaleux: 3, 'en panne depuis': 2,
    },
    support: {
      'ne marche pas': 3, 'ne fonctionne pas': 3, 'refuse de me connecter': 3, panne: 2, 'en panne': 3, erreur: 2, 'clé de récupération': 3, 'plus d\'internet': 3,
      'clignote': 2, fuite: 3, 'de l\'eau qui coule': 3, 'mot de passe': 2, 'est tombé': 3, 'bloqué': 2, urgence: 1,
    },
    sales: {
      devis: 3, prix: 2, tarif: 2, 'combien coûte': 2, acheter: 3, commander: 3, offre: 1, 'changer d\'offre': 2, abonnement: 2, logiciel: 1, 'on cherche': 1,
    },
    info: {
      'est-ce que vous': 2, 'je voulais savoir': 3, 'savoir si': 2, question: 2, horaires: 3, information: 2, renseignement: 3,     },
  },
  outboundOpening: ['je vous appelle', 'je vous appelle au sujet', 'de la société', 'vous avez deux minutes', 'je suis bien avec'],
  lead: {
    commitment: ['c\'est dans notre budget', 'je paie', 'c\'est réglé', 'j\'aimerais avoir une démo', 'on fait ça', 'alors on fait ça', 'c\'est noté', 'ce serait top'],
    reluctance: ['je vais réfléchir', 'pas intéressé', 'pas intéressée', 'trop cher', 'je me fiche de votre offre', 'laissez tomber', 'annuler'],
  },
  entities: {
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    relativeDays: ['aujourd\'hui', 'demain', 'après-demain', 'cette semaine', 'la semaine prochaine', 'hier', 'ce soir'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    numberWords: ['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'et', 'demie'],
    currencies: ['euro*', 'dollar*', 'franc*'],
    timePrepositions: ['à', 'vers', 'avant', 'après'],
  },
};
