import type { PhraseBank } from './phrases/phrase-bank.js';

/** "5550192" → "five five five, zero one nine two": digit by digit, in the language's groups. */
export function spokenDigits(digits: string, bank: PhraseBank): string {
  const groups: string[] = [];
  let from = 0;
  for (const size of bank.phoneGrouping) {
    groups.push(digits.slice(from, from + size));
    from += size;
  }
  if (from < digits.length) groups.push(digits.slice(from));
  return groups
    .filter((group) => group.length > 0)
    .map((group) => [...group].map((digit) => bank.digits[Number(digit)]).join(' '))
    .join(', ');
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

/** "López" → "L-O-P-E-Z", as a caller spells a name. */
export function spelledOut(name: string): string {
  return [...name.toUpperCase()].filter((letter) => letter.trim() !== '').join('-');
}
