import type { Intent } from '../../contracts/call-analytics.js';
import { isNegated, says, type Conversation, type ReadTurn } from './conversation.js';

export interface Escalation {
  escalated: boolean;
  reason: string | null;
}

/** A customer clause that asks for a role ("put your manager on", "quiero hablar con su supervisor"); the role's words. */
function demandedRole(turn: ReadTurn, c: Conversation): string | null {
  const { cues } = c;
  for (const words of turn.clauses) {
    const demand = cues.escalationDemandVerbs.matchesIn(words).find((match) => !isNegated(words, match, cues, 3));
    if (!demand) continue;
    const role = cues.escalationRoles.matchesIn(words).find((match) => match.start >= demand.start);
    if (role) return words.slice(role.start, role.end).join(' ');
  }
  return null;
}

export const demandsEscalation = (turn: ReadTurn, c: Conversation) => demandedRole(turn, c) !== null;

/** A promised call from someone else escalates a problem the agent could not solve, or a call a manager takes over; not a sale's next step. */
const PROBLEM_INTENTS: readonly Intent[] = ['support', 'complaint'];

/**
 * Whether the call went, or the customer demanded it go, to a human, a manager or an on-call line:
 * the customer asking for a higher role counts even when refused; the agent handing over counts
 * unless negated ("I can't transfer you"); a call-back promised from someone else counts when the
 * call is about a problem or the one calling back is a manager or owner.
 */
export function detectEscalation(c: Conversation, intent: Intent): Escalation {
  const { cues } = c;
  for (const turn of c.customer) {
    const role = demandedRole(turn, c);
    if (role) return { escalated: true, reason: `The customer asked for the ${role}.` };
  }
  if (c.agent.some((turn) => says(turn, cues.handover, cues, true))) {
    return { escalated: true, reason: 'The agent handed the call over to someone else.' };
  }
  const problem = PROBLEM_INTENTS.includes(intent) || c.agent.some((turn) => says(turn, cues.badNews, cues, true));
  const callBack = c.agent.find((turn) => says(turn, cues.followUp, cues, true) && (problem || says(turn, cues.escalationRoles, cues)));
  if (callBack) return { escalated: true, reason: 'The agent could not resolve it and promised a call-back from someone else.' };
  return { escalated: false, reason: null };
}
