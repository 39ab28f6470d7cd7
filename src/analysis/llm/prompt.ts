import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { intents, sentiments } from '../../contracts/call-analytics.js';
import type { CallCompleted, Turn } from '../../contracts/call-completed.js';

/** Bump whenever the wording below changes: it is part of the analyzer version stored with every result. */
export const PROMPT_VERSION = 'prompt-1';

const LABEL_DEFINITIONS = `You analyze transcripts of phone calls between an agent and a customer.
Label the call as follows.
- sentimentScore: a number in [-1, 1]: how the customer feels about the call as a whole, weighted toward how it ended.
- sentiment: one of ${sentiments.join(' | ')}; it must agree with sentimentScore: negative below -0.25, neutral from -0.25 to 0.25, positive above 0.25.
- intent: the customer's primary reason for calling, one of ${intents.join(' | ')}.
- escalated: true if the call was handed to a human, a manager or an emergency/on-call line, or the customer demanded that, or the agent could not resolve it and promised a human follow-up.
- escalationReason: when escalated, a short reason; otherwise null.
- leadScore: an integer 0-100: how likely the call leads to new revenue.
- hotLead: true when leadScore is 70 or more, unless the additional instructions say otherwise.
- satisfaction: an integer 1-5: how satisfied the customer is at the end of the call.
- summary: 1-2 sentences without personal data (no names, phone numbers, emails, addresses or other identifying numbers).
- nextAction: one short imperative sentence for the business.
- tags: a few lowercase keywords.
Answer with a single JSON object that follows the call_analysis JSON schema, and nothing else.`;

function buildSystemPrompt(promptAdditions?: string): string {
  const additions = promptAdditions?.trim();
  return additions ? `${LABEL_DEFINITIONS}\n\nAdditional instructions:\n${additions}` : LABEL_DEFINITIONS;
}

/** One line per turn, so a turn's own line breaks cannot pose as another speaker's line. */
function renderTurn(turn: Turn): string {
  return `${turn.role}: ${turn.text.replace(/\s+/g, ' ').trim()}`;
}

function renderCall(call: CallCompleted): string {
  const transcript = call.turns.length > 0 ? call.turns.map(renderTurn).join('\n') : '(no turns)';
  return `Vertical: ${call.vertical}\nLanguage: ${call.language}\nTranscript:\n${transcript}`;
}

export function buildAnalysisMessages(call: CallCompleted, promptAdditions?: string): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: buildSystemPrompt(promptAdditions) },
    { role: 'user', content: renderCall(call) },
  ];
}

/** The original conversation, the rejected answer, and why it was rejected. */
export function buildRepairMessages(
  conversation: readonly ChatCompletionMessageParam[],
  rejectedAnswer: string,
  problems: readonly string[],
): ChatCompletionMessageParam[] {
  const correction = [
    'Your previous answer was rejected:',
    ...problems.map((problem) => `- ${problem}`),
    'Answer again with the complete, corrected JSON object that follows the call_analysis schema.',
  ].join('\n');
  return [...conversation, { role: 'assistant', content: rejectedAnswer }, { role: 'user', content: correction }];
}
