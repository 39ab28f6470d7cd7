import type { Language } from '../scenario.js';
import { en } from './en.js';
import type { PhraseBank } from './phrase-bank.js';

export const phraseBanks: Readonly<Record<Language, PhraseBank>> = { en, es: en, de: en, fr: en, pt: en, it: en, nl: en };
