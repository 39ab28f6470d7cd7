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

/** The agent sends someone on call ("I'm sending the on-call technician"), not as a condition ("if it fails, we send…"). */
function dispatches(turn: ReadTurn, c: Conversation): boolean {
  const { cues } = c;
  if (says(turn, cues.conditionals, cues)) return false;
  return turn.clauses.some((words) => {
    const verb = cues.dispatchVerbs.matchesIn(words).find((match) => !isNegated(words, match, cues, 3));
    return verb !== undefined && cues.onCallRoles.matchesIn(words).some((role) => role.start >= verb.end);
  });
}

/** The agent says they cannot, do not have or may not: a negator in their turn ("I can't change his calendar"). */
function agentCannot(turn: ReadTurn, c: Conversation): boolean {
  // "No problem" and the like are not a refusal: a negator counts in a clause of three words or more.
  return turn.clauses.some((words) => words.length >= 3 && words.some((word) => c.cues.negators.has(word)));
}

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
  // A recorded menu offering an on-call line is not the call being handed over.
  const live = c.agent.filter((turn) => !says(turn, cues.recordedLine, cues));
  if (live.some((turn) => says(turn, cues.handover, cues, true) || (PROBLEM_INTENTS.includes(intent) && dispatches(turn, c)))) {
    return { escalated: true, reason: 'The agent handed the call over to someone else.' };
  }
  const problem = PROBLEM_INTENTS.includes(intent) || c.agent.some((turn) => says(turn, cues.badNews, cues, true));
  const callBack = live.find(
    (turn) => says(turn, cues.followUp, cues, true) && (problem || says(turn, cues.escalationRoles, cues) || agentCannot(turn, c)),
  );
  if (callBack) return { escalated: true, reason: 'The agent could not resolve it and promised a call-back from someone else.' };
  return { escalated: false, reason: null };
}
