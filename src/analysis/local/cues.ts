import type { Intent } from '../../contracts/call-analytics.js';

/** Phrases (lower case, any supported language) that point to the customer's reason for calling. */
export const intentCues: Record<Intent, string[]> = {
  booking: ['appointment', 'book', 'reschedule', 'reservation', 'viewing', 'schedule', 'cita', 'reservar', 'termin', 'rendez-vous', 'réserver', 'marcar', 'agendar', 'appuntamento', 'prenotare', 'afspraak', 'boeken'],
  complaint: ['complaint', 'unacceptable', 'refund', 'overcharged', 'third time', 'queja', 'reclamación', 'beschwerde', 'plainte', 'reclamação', 'reclamo', 'klacht', 'terugbetaling'],
  sales: ['price', 'quote', 'pricing', 'buy', 'purchase', 'plan', 'discount', 'precio', 'presupuesto', 'comprar', 'preis', 'angebot', 'kaufen', 'prix', 'devis', 'acheter', 'preço', 'orçamento', 'prezzo', 'preventivo', 'prijs', 'offerte', 'kopen'],
  support: ['not working', "doesn't work", 'error', 'broken', 'reset', 'password', 'fix', 'leak', 'no funciona', 'funktioniert nicht', 'fehler', 'ne marche pas', 'panne', 'não funciona', 'non funziona', 'werkt niet', 'storing'],
  info: ['hours', 'open', 'information', 'how much', 'do you', 'where', 'horario', 'información', 'öffnungszeiten', 'informationen', 'horaires', 'informations', 'informação', 'orari', 'informazioni', 'openingstijden', 'informatie'],
};

export const escalationCues = [
  'manager', 'supervisor', 'transfer you', 'escalate', 'on-call', 'on call', 'someone will call you back', 'human',
  'gerente', 'supervisor', 'transferir', 'vorgesetzten', 'weiterleiten', 'responsable', 'transférer', 'responsável', 'responsabile', 'trasferisco', 'leidinggevende', 'doorverbinden',
];

/** Budget, authority, need and timing signals that make a call likely to bring revenue. */
export const leadCues = {
  budget: ['budget', 'afford', 'price range', 'presupuesto', 'prix', 'orçamento', 'prezzo', 'prijs'],
  authority: ['i decide', 'my decision', 'owner', 'we are ready', 'i am the', 'dueño', 'inhaber', 'propriétaire', 'dono', 'titolare', 'eigenaar'],
  need: ['need', 'looking for', 'interested', 'necesito', 'interesado', 'brauche', 'interessiert', 'besoin', 'intéressé', 'preciso', 'interessado', 'ho bisogno', 'interessato', 'nodig', 'geïnteresseerd'],
  timing: ['this week', 'today', 'tomorrow', 'asap', 'as soon as', 'hoy', 'mañana', 'heute', 'morgen', "aujourd'hui", 'demain', 'hoje', 'amanhã', 'oggi', 'domani', 'vandaag', 'morgen'],
};
