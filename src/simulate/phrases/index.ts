import type { Language } from '../scenario.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import type { PhraseBank } from './phrase-bank.js';
import { pt } from './pt.js';

export const phraseBanks: Readonly<Record<Language, PhraseBank>> = { en, es, de, fr, pt, it, nl };
