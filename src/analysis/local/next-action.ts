import type { Intent } from '../../contracts/call-analytics.js';
import type { Outcome } from './call-sentiment.js';

export interface NextActionInput {
  intent: Intent;
  escalated: boolean;
  hotLead: boolean;
  sentiment: number;
  outcome: Outcome;
}

/** What the business should do next, by rules in order of urgency. */
export function nextAction({ intent, escalated, hotLead, sentiment, outcome }: NextActionInput): string {
  if (outcome.threatened) return 'Have a manager contact the customer today: they threaten to take it further.';
  if (escalated) return 'Make sure the escalation is picked up and the customer hears back as promised.';
  if (hotLead) return 'Call the lead back within a day.';
  if (intent === 'complaint' && sentiment < 0.25) return 'Review the complaint and contact the customer.';
  if (outcome.unresolved) return 'Follow up on the unresolved request.';
  if (intent === 'sales' || intent === 'booking') return 'Send the confirmation or the information the customer asked for.';
  return 'No action needed.';
}
