import { foldText } from '../fold-text.js';

export { baseLanguage, foldText } from '../fold-text.js';
/** Punctuation that ends a clause: negation, intensifiers and phrases never reach across it. */
const CLAUSE_BREAK = /[.,;:!?¿¡…()"“”«»]+|\s[-–—]\s/u;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?/gu;

/** An elided article or particle ("l'", "n'", "qu'") before a word of three letters or more: French and Italian write them as one. */
const ELISION = /^([\p{L}]{1,3}')([\p{L}\p{N}]{3,}.*)$/u;



function splitElision(word: string): string[] {
  const elided = ELISION.exec(word);
  return elided ? [elided[1]!, elided[2]!] : [word];
}

const wordsOfFolded = (folded: string) => (folded.match(WORD) ?? []).flatMap(splitElision);

/** The folded words of a text, elisions split off ("l'appuntamento" → "l'", "appuntamento"). */
export function wordsOf(text: string): string[] {
  return wordsOfFolded(foldText(text));
}

/** The folded words of each clause of a text, empty clauses left out. */
export function clausesOf(text: string): string[][] {
  return foldText(text)
    .split(CLAUSE_BREAK)
    .map(wordsOfFolded)
    .filter((words) => words.length > 0);
}

/** The sentences of a text as written, trimmed, with their closing punctuation. */
export function sentencesOf(text: string): string[] {
  return (text.match(/[^.!?…]+[.!?…]*/gu) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}
