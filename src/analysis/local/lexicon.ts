/** Word-level sentiment cues in the languages the product ships with; weights in [-1, 1]. */
export const sentimentLexicon: Record<string, number> = {
  // en
  thanks: 0.6, thank: 0.6, great: 0.7, perfect: 0.8, excellent: 0.9, wonderful: 0.8, helpful: 0.6, appreciate: 0.6, good: 0.4, happy: 0.6, glad: 0.5, awesome: 0.8, resolved: 0.5, fixed: 0.4,
  angry: -0.8, terrible: -0.9, awful: -0.9, ridiculous: -0.7, unacceptable: -0.9, frustrated: -0.7, frustrating: -0.7, disappointed: -0.7, annoyed: -0.6, worst: -0.9, bad: -0.5, useless: -0.8, waiting: -0.2, problem: -0.3, broken: -0.4, cancel: -0.3, complaint: -0.5,
  // es
  gracias: 0.6, perfecto: 0.8, excelente: 0.9, genial: 0.7, amable: 0.5, contento: 0.6, contenta: 0.6, resuelto: 0.5,
  molesto: -0.7, molesta: -0.7, horrible: -0.9, inaceptable: -0.9, problema: -0.3, queja: -0.5, decepcionado: -0.7, decepcionada: -0.7,
  // de
  danke: 0.6, super: 0.7, perfekt: 0.8, prima: 0.7, toll: 0.7, hilfreich: 0.6, zufrieden: 0.6, gelöst: 0.5,
  ärgerlich: -0.7, unmöglich: -0.7, schrecklich: -0.9, inakzeptabel: -0.9, enttäuscht: -0.7, beschwerde: -0.5, verärgert: -0.8,
  // fr
  merci: 0.6, parfait: 0.8, génial: 0.7, content: 0.6, contente: 0.6, résolu: 0.5,
  inacceptable: -0.9, déçu: -0.7, déçue: -0.7, furieux: -0.8, plainte: -0.5, problème: -0.3, nul: -0.7,
  // pt
  obrigado: 0.6, obrigada: 0.6, perfeito: 0.8, ótimo: 0.7, resolvido: 0.5,
  inaceitável: -0.9, péssimo: -0.9, reclamação: -0.5, chateado: -0.7, chateada: -0.7,
  // it
  grazie: 0.6, perfetto: 0.8, ottimo: 0.7, gentile: 0.5, risolto: 0.5,
  inaccettabile: -0.9, pessimo: -0.9, reclamo: -0.5, arrabbiato: -0.8, arrabbiata: -0.8, deluso: -0.7, delusa: -0.7,
  // nl
  bedankt: 0.6, dank: 0.5, geweldig: 0.8, fijn: 0.5, opgelost: 0.5,
  onacceptabel: -0.9, klacht: -0.5, boos: -0.8, teleurgesteld: -0.7, slecht: -0.6,
};

/** A negator flips the next few words' sentiment. */
export const negators = new Set(['not', "don't", 'never', 'nothing', 'nicht', 'kein', 'keine', 'nie', 'pas', 'jamais', 'nunca', 'niet', 'geen', 'não']);
