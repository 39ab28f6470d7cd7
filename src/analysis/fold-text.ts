const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe' };

/** Lower case without accents and with one kind of apostrophe, so "Reclamação" and "reclamacao" read alike. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœ]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[’‘`´]/g, "'");
}

/** "pt-BR" → "pt": phrases and cues are kept per language, not per region. */
export function baseLanguage(language: string): string {
  return language.toLowerCase().replace(/[-_].*$/, '');
}
