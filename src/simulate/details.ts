import type { PhraseBank, Slots } from './phrases/phrase-bank.js';
import type { Random } from './random.js';
import type { Scenario } from './scenario.js';
import { emailAddress, spelledOut, spokenDigits, spokenEmail } from './spoken.js';

/** Who and what a call mentions, fixed for the whole call so that it names the same day and service throughout. */
export interface CallDetails {
  /** Which of the vertical's businesses was called. */
  businessIndex: number;
  /** The seven digits after +1555 of the caller's number. */
  callerDigits: string;
  slots: Slots;
}

export function drawDetails(scenario: Scenario, bank: PhraseBank, random: Random): CallDetails {
  const businesses = bank.businesses[scenario.vertical];
  const business = random.pick(businesses);
  const first = random.pick(bank.customerNames.first);
  const last = random.pick(bank.customerNames.last);
  const callerDigits = Array.from({ length: 7 }, () => random.int(0, 9)).join('');
  const phone = spokenDigits(callerDigits, bank);
  const email = spokenEmail(emailAddress(first, last, random.pick(bank.email.domains)), bank);
  const slots: Slots = {
    business,
    agent: scenario.agent.name,
    first,
    last,
    spelled: spelledOut(last),
    service: random.pick(bank.services[scenario.vertical]),
    day: random.pick(bank.days),
    price: random.pick(bank.prices),
    phone,
    email,
    contact: scenario.sharedContact === 'email' ? email : phone,
    problem: random.pick(bank.problems[scenario.intent === 'complaint' ? 'complaint' : 'support'][scenario.vertical]),
  };
  return { businessIndex: businesses.indexOf(business), callerDigits, slots };
}
