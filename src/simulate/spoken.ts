import type { PhraseBank } from './phrases/phrase-bank.js';

/** "5550192" → "five five five, zero one nine two": digit by digit, in the groups the language reads them in. */
export function spokenDigits(digits: string, bank: PhraseBank): string {
  const groups: string[] = [];
  let from = 0;
  for (const size of bank.phoneGrouping) {
    groups.push([...digits.slice(from, from + size)].map((digit) => bank.digits[Number(digit)]).join(' '));
    from += size;
  }
  return groups.join(', ');
}

/** "maria.lopez@gmail.com" → "maria dot lopez at gmail dot com", with the language's words for @ and dot. */
export function spokenEmail(address: string, bank: PhraseBank): string {
  const [local = '', domain = ''] = address.split('@');
  const spokenPart = (part: string) => part.split('.').join(` ${bank.email.dot} `);
  return `${spokenPart(local)} ${bank.email.at} ${spokenPart(domain)}`;
}

/** The mailbox a caller named "María" "López" would pick: lower case, accents dropped, no spaces. */
export function emailAddress(first: string, last: string, domain: string): string {
  const plain = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
  return `${plain(first)}.${plain(last)}@${domain}`;
}

/** "de Vries" → "D-E-V-R-I-E-S", as a caller spells a name. */
export function spelledOut(name: string): string {
  return [...name.toUpperCase()].filter((letter) => letter.trim() !== '').join('-');
}
