import { describe, expect, it } from 'vitest';
import { sentimentBand } from '../../src/contracts/call-analytics.js';
import { textSentiment, LocalAnalyzer } from '../../src/analysis/local/local-analyzer.js';
import { OMISSION_MARKER } from '../../src/analysis/condense.js';
import { analysisSchema } from '../../src/contracts/call-analytics.js';
import type { CallCompleted, Turn } from '../../src/contracts/call-completed.js';
import { simulateCalls } from '../../src/simulate/index.js';
import { prepareCall } from '../../src/pipeline/prepare-call.js';

const analyzer = new LocalAnalyzer();

type Line = readonly ['A' | 'C', string];

function call(lines: readonly Line[], { language = 'en', vertical = 'generic' } = {}): CallCompleted {
  const turns: Turn[] = lines.map(([who, text], i) => ({ role: who === 'A' ? 'agent' : 'customer', text, startMs: i * 5000, endMs: i * 5000 + 4000 }));
  return { callId: 'c-1', agentId: 'a-1', vertical, language, startedAt: 0, endedAt: lines.length * 5000, fromNumber: '', toNumber: '', turns, metadata: {} };
}

const analyze = (lines: readonly Line[], options?: { language?: string; vertical?: string }) => analyzer.analyze(call(lines, options));

describe('textSentiment', () => {
  it('reads praise as positive and complaints as negative, within [-1, 1]', () => {
    expect(textSentiment('That was wonderful, thank you so much!')).toBeGreaterThan(0.4);
    expect(textSentiment('This is terrible, I am furious.')).toBeLessThan(-0.4);
    expect(textSentiment('The invoice number is on the left.')).toBe(0);
    for (const text of ['great great great great great', 'awful awful awful awful']) expect(Math.abs(textSentiment(text))).toBeLessThanOrEqual(1);
  });

  it('turns negated cues around, and weakens them', () => {
    expect(textSentiment('It was not good.')).toBeLessThan(0);
    expect(textSentiment("That's not bad at all.")).toBeGreaterThan(0);
    expect(Math.abs(textSentiment('It was not good.'))).toBeLessThan(Math.abs(textSentiment('It was good.')));
  });

  it('lets intensifiers strengthen and downtoners soften', () => {
    expect(textSentiment('The service was really good.')).toBeGreaterThan(textSentiment('The service was good.'));
    expect(textSentiment('It was a bit annoying.')).toBeGreaterThan(textSentiment('It was annoying.'));
  });

  it('reads a burst of praise next to a complaint as sarcasm', () => {
    expect(textSentiment('Oh great, another hour on hold.')).toBeLessThan(0);
    expect(textSentiment('Fifty minutes on hold. Wonderful. Just wonderful.')).toBeLessThan(-0.3);
    expect(textSentiment('Wonderful. Thanks!')).toBeGreaterThan(0.3);
  });

  it.each([
    ['es', 'Muchas gracias, todo perfecto.', 'Es inaceptable, estoy harto.'],
    ['de', 'Vielen Dank, das ist wunderbar.', 'Das ist eine Frechheit, ich bin stinksauer.'],
    ['fr', 'Merci beaucoup, c’est parfait.', "C'est scandaleux, c'est insupportable."],
    ['pt', 'Muito obrigada, foi ótimo.', 'Estou furioso, isto não pode continuar.'],
    ['it', 'Grazie mille, perfetto.', 'Ma che servizio è? Una vergogna.'],
    ['nl', 'Heel erg bedankt, echt top.', 'Ik ben het zat, dit klopt gewoon niet.'],
  ])('reads %s', (language, praise, complaint) => {
    expect(textSentiment(praise, language)).toBeGreaterThan(0.25);
    expect(textSentiment(complaint, language)).toBeLessThan(-0.25);
  });

  it('reads greetings and names as neutral', () => {
    expect(textSentiment('Bom dia, Rodrigo.', 'pt')).toBe(0);
    expect(textSentiment('Buongiorno, sono la signora Ferri.', 'it')).toBe(0);
    expect(textSentiment('Hoi Sanne, met Thijs de Groot.', 'nl')).toBe(0);
  });

  it('reads German and Dutch negation that follows what it negates', () => {
    expect(textSentiment('Ganz glücklich bin ich damit nicht.', 'de')).toBeLessThan(0);
    expect(textSentiment('Tevreden ben ik niet.', 'nl')).toBeLessThan(0);
  });

  it('bands scores at ±0.25', () => {
    expect([sentimentBand(-0.3), sentimentBand(0.25), sentimentBand(-0.25), sentimentBand(0.3)]).toEqual(['negative', 'neutral', 'neutral', 'positive']);
  });
});

describe('call sentiment', () => {
  it('an angry start that ends fixed and thankful is positive', async () => {
    const a = await analyze([
      ['A', 'IT support, how can I help?'],
      ['C', 'This is ridiculous, the third time this month my email is broken and I am furious.'],
      ['A', 'I am sorry. I reset your mailbox, can you try again?'],
      ['C', 'It works now. Sorry I snapped at you, thank you so much, you saved me.'],
    ]);
    expect(a.sentiment).toBe('positive');
    expect(a.satisfaction).toBeGreaterThanOrEqual(4);
  });

  it('a polite call that ends unresolved is not positive', async () => {
    const a = await analyze([
      ['A', 'Help desk, how can I help?'],
      ['C', 'Hi, thanks for picking up. My laptop does not start.'],
      ['A', 'Unfortunately I cannot fix that today, we have no spare laptops.'],
      ['C', 'Okay. Thanks anyway.'],
    ]);
    expect(a.sentimentScore).toBeLessThanOrEqual(0);
  });

  it('praise that answers bad news is sarcasm', async () => {
    const a = await analyze([
      ['A', 'I am afraid there is no supervisor available and I cannot refund the charge.'],
      ['C', 'Wonderful. You have been a huge help. Truly.'],
    ]);
    expect(a.sentiment).toBe('negative');
  });

  it('a threat to take it elsewhere ends negative', async () => {
    const a = await analyze([
      ['C', 'Your machine ate my ticket and charged me ninety-five dollars.'],
      ['A', 'Sorry, I am not able to refund it.'],
      ['C', 'Then I will dispute it with my credit card company. Goodbye.'],
    ]);
    expect(a.sentimentScore).toBeLessThan(-0.5);
    expect(a.tags).toContain('churn-risk');
  });
});

describe('intent', () => {
  it.each([
    ['booking', 'Hi, I would like to book an appointment for a haircut on Saturday.'],
    ['complaint', 'I want to make a complaint, I was charged twice and nobody has called me back.'],
    ['sales', "I'd like to buy the premium package for my team of five. How much would it be?"],
    ['support', 'My internet is not working, the router shows an error.'],
    ['info', 'Quick question, what are your opening hours on Sunday?'],
  ])('reads %s from what the customer says first', async (intent, opening) => {
    const a = await analyze([
      ['A', 'Good morning, how can I help?'],
      ['C', opening],
      ['A', 'Let me check that for you.'],
      ['C', 'Okay, thanks.'],
    ]);
    expect(a.intent).toBe(intent);
  });

  it.each([
    ['complaint', 'nl', 'Ik bel voor de derde keer, de monteur is weer niet gekomen en niemand heeft teruggebeld. Ik ben echt boos.'],
    ['support', 'it', 'Buongiorno, la stampante non funziona, mi dà un errore e non riesco a stampare. Mi può aiutare?'],
    ['info', 'pt', 'Boa tarde, queria saber se estão abertos no sábado e até que horas?'],
    ['complaint', 'es', 'Es la tercera vez que llamo, me cobraron dos veces y nadie me devuelve el dinero. Es inaceptable.'],
  ])('reads %s in %s from broad cues, not memorised wording', async (intent, language, opening) => {
    const a = await analyze(
      [
        ['A', 'Buongiorno.'],
        ['C', opening],
        ['A', 'Un momento.'],
      ],
      { language },
    );
    expect(a.intent).toBe(intent);
  });

  it('takes an outbound pitch for a sales call, though the customer only asks questions', async () => {
    const a = await analyze([
      ['A', 'Hi, is this Mr. Smith? This is Owen calling from BrightRoof Solar, do you have two minutes?'],
      ['C', 'Uh, I guess. What is it about?'],
      ['A', 'We are offering free roof assessments this month, and with the new rebate most homeowners save about forty percent on their panels.'],
      ['C', 'Hm. And what would panels cost for a three-bedroom house?'],
    ]);
    expect(a.intent).toBe('sales');
    expect(a.tags).toContain('outbound');
  });
});

describe('escalation', () => {
  it('counts a demand for a manager, even when refused', async () => {
    const a = await analyze([
      ['C', 'This is unacceptable. I want to speak to your manager right now.'],
      ['A', 'I am sorry, the manager is not available today.'],
    ]);
    expect(a.escalated).toBe(true);
    expect(a.escalationReason).toMatch(/manager/);
  });

  it('counts a hand-over by the agent', async () => {
    const a = await analyze([
      ['C', 'My daughter has a high fever.'],
      ['A', 'I am going to connect you to the doctor on call, please stay on the line.'],
    ]);
    expect(a.escalated).toBe(true);
  });

  it('does not count a hand-over the agent says cannot happen, nor a mention of a manager', async () => {
    const refused = await analyze([
      ['C', 'Hi, I am the office manager at Lakeview, I would like a quote.'],
      ['A', 'Sure, I am not able to transfer you to sales right now but I can send it by email.'],
    ]);
    expect(refused.escalated).toBe(false);
  });

  it('does not take a recorded menu offering an on-call line for a hand-over', async () => {
    const a = await analyze([
      ['A', "You've reached the after-hours line. Our office is closed. For an emergency, press one to reach the on-call dentist, or leave a message after the tone."],
      ['C', 'Hi, this is Jo, just confirming my cleaning on Tuesday. Thanks, bye.'],
    ]);
    expect(a.escalated).toBe(false);
  });

  it('counts a promised call-back from someone else on a problem call', async () => {
    const a = await analyze([
      ['C', 'The portal keeps failing when I try to pay, it is not working.'],
      ['A', 'I cannot fix the portal from here, someone from the vendor will call you back tomorrow.'],
    ]);
    expect(a.escalated).toBe(true);
  });

  it.each([
    ['es', 'Quiero hablar con su supervisor, ahora mismo.'],
    ['de', 'Ich möchte sofort Ihren Vorgesetzten sprechen.'],
    ['fr', 'Passez-moi votre responsable, tout de suite.'],
    ['pt', 'Quero falar com um supervisor.'],
    ['it', 'Voglio parlare con il titolare.'],
    ['nl', 'Dan wil ik uw leidinggevende spreken.'],
  ])('reads a demand in %s', async (language, demand) => {
    expect((await analyze([['C', demand]], { language })).escalated).toBe(true);
  });
});

describe('lead score', () => {
  it('rises with budget, authority, need and timing, and is hot when they all show', async () => {
    const cold = await analyze([
      ['A', 'Harbor Realty, how can I help?'],
      ['C', 'Do you have any houses listed?'],
    ], { vertical: 'real_estate' });
    const hot = await analyze([
      ['A', 'Harbor Realty, how can I help?'],
      ['C', 'We are looking to buy a house, we are pre-approved and our budget is six hundred thousand. I decide. We need to move this month.'],
      ['A', 'I can show you two houses on Thursday.'],
      ['C', 'Thursday works, see you then.'],
    ], { vertical: 'real_estate' });
    expect(hot.leadScore).toBeGreaterThan(cold.leadScore + 20);
    expect(hot.hotLead).toBe(true);
  });

  it('keeps complaints out of the leads', async () => {
    const a = await analyze([['C', 'I want a refund, you overcharged me and I am furious. I want to file a complaint.']]);
    expect(a.leadScore).toBeLessThanOrEqual(10);
    expect(a.hotLead).toBe(false);
  });
});

describe('the whole analysis', () => {
  const lines: Line[] = [
    ['A', 'Thanks for calling, this is Dana.'],
    ['C', 'Hi, I would like to book a cleaning on Friday at ten thirty. My card is [CARD] and my email is [EMAIL].'],
    ['A', OMISSION_MARKER],
    ['A', 'You are all set for Friday, it is forty-five dollars.'],
    ['C', 'Perfect, thank you!'],
  ];

  it('passes the contract, with placeholders as redacted entities and none in the summary', async () => {
    const a = await analyze(lines);
    expect(analysisSchema.safeParse(a).success).toBe(true);
    expect(a.summary).not.toMatch(/\[[A-Z]+\]/);
    expect(a.summary.length).toBeGreaterThan(0);
    expect(a.entities).toEqual(expect.arrayContaining([{ type: 'card', value: '[redacted]' }, { type: 'email', value: '[redacted]' }, { type: 'date', value: 'friday' }, { type: 'money', value: 'forty five dollars' }]));
  });

  it('is deterministic', async () => {
    expect(await analyze(lines)).toEqual(await analyze(lines));
  });

  it('lets the vertical profile fill in sub-intent, categories and extras, and falls back to generic for an unknown vertical', async () => {
    const salon = await analyze([['C', 'Hi, can I book a haircut for Saturday?']], { vertical: 'salon' });
    expect(salon.intentDetail).toBe('book_service');
    expect(Object.keys(salon.extras)).toContain('service');
    const unknown = await analyze([['C', 'What are your opening hours?']], { vertical: 'veterinary' });
    expect(unknown.intentDetail).toBe('opening_hours');
  });

  it('passes the contract on simulated calls in every language', async () => {
    for (const simulated of simulateCalls({ count: 40, seed: 3, now: Date.UTC(2026, 0, 1) })) {
      expect(analysisSchema.safeParse(await analyzer.analyze(prepareCall(simulated).call)).success).toBe(true);
    }
  });
});
