import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { intents } from '../../src/contracts/call-analytics.js';
import type { Turn } from '../../src/contracts/call-completed.js';
import {
  bantSignals,
  defaultProfilesDir,
  detectLeadSignals,
  detectSubIntent,
  extractExtraFields,
  extraFieldsSchema,
  leadScore,
  loadProfiles,
  matchCategories,
  validateExtraFields,
  type BantSignal,
  type Profile,
} from '../../src/analysis/profiles/index.js';
import { languages, verticals } from '../../src/simulate/scenario.js';

const registry = loadProfiles();
const profile = (vertical: string): Profile => registry.get(vertical).profile;

const turn = (role: Turn['role'], text: string): Turn => ({ role, text, startMs: 0, endMs: 0 });
const customer = (text: string) => turn('customer', text);
const agent = (text: string) => turn('agent', text);

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped profiles folder, or of just the files named. */
function profilesCopy(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
  tempDirs.push(dir);
  cpSync(defaultProfilesDir, dir, { recursive: true, filter: (src) => src === defaultProfilesDir || files.length === 0 || files.some((f) => src.endsWith(f)) });
  return dir;
}

describe('profile files', () => {
  it('validate, one per vertical the simulator produces', () => {
    expect([...registry.verticals].sort()).toEqual([...verticals].sort());
  });

  it.each(verticals)('%s has at least 4 sub-intents with valid parents and phrases in every language', (vertical) => {
    const { subIntents } = profile(vertical);
    expect(subIntents.length).toBeGreaterThanOrEqual(4);
    for (const subIntent of subIntents) {
      expect(intents).toContain(subIntent.parent);
      for (const language of languages) expect(subIntent.phrases[language], `${subIntent.name} in ${language}`).toBeDefined();
    }
  });

  it.each(verticals)('%s has category wording in every language for every part of each rule', (vertical) => {
    for (const category of profile(vertical).categories) {
      for (const part of Object.values(category.match)) {
        for (const language of category.languages ?? languages) expect(part[language], `${category.name} in ${language}`).toBeDefined();
      }
    }
  });

  it('a broken file fails with the file name and the issue path', () => {
    const dir = profilesCopy();
    const path = join(dir, 'salon.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"parent": "booking"', '"parent": "bookings"'));
    expect(() => loadProfiles(dir)).toThrow(/salon\.json: subIntents\.0\.parent: /);
  });

  it('a lead rule must name an existing sub-intent or category', () => {
    const dir = profilesCopy();
    const path = join(dir, 'sales.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"subIntent:demo_request"', '"subIntent:demo"'));
    expect(() => loadProfiles(dir)).toThrow(/sales\.json: leadRules\.rules\.4\.signal: no sub-intent named "demo"/);
  });

  it('an unknown vertical falls back to generic and says so', () => {
    expect(registry.get('veterinary')).toMatchObject({ fellBack: true, profile: { name: 'generic' } });
    expect(registry.get('salon')).toMatchObject({ fellBack: false, profile: { name: 'salon' } });
  });
});

describe('categories', () => {
  const generic = profile('generic');

  it('only count what the rule party says', () => {
    expect(matchCategories(generic, [agent('If you ever want to cancel, just let us know.')], 'en')).not.toContain('cancellation_risk');
    expect(matchCategories(generic, [customer('I want to cancel my membership.')], 'en')).toContain('cancellation_risk');
  });

  it.each([
    ['en', "I'm not going to cancel, I just have a question."],
    ['en', "I don't want to cancel my plan."],
    ['es', 'No voy a cancelar nada, tranquila.'],
    ['de', 'Ich will nicht kündigen.'],
    ['fr', "Je ne vais pas résilier, rassurez-vous."],
  ])('ignore a negated mention when negatable (%s: %s)', (language, text) => {
    expect(matchCategories(generic, [customer(text)], language)).not.toContain('cancellation_risk');
  });

  it('negation does not reach across a clause or beyond its window', () => {
    expect(matchCategories(generic, [customer('No. Cancel it, please.')], 'en')).toContain('cancellation_risk');
    expect(matchCategories(generic, [customer("I'm not sure what else to do so I will cancel")], 'en')).toContain('cancellation_risk');
  });

  it('count a negated mention when not negatable', () => {
    expect(matchCategories(generic, [customer("We don't use a competitor.")], 'en')).toContain('competitor_mentioned');
  });

  it('match a none rule only when the party never says its phrases', () => {
    const greeted = [agent('Thank you for calling Brightline Services, how can I help?'), customer('Hi.')];
    const notGreeted = [agent('Yeah?'), customer('Thank you for calling me back, how can I help you?')];
    expect(matchCategories(generic, greeted, 'en')).not.toContain('compliance_greeting_missing');
    expect(matchCategories(generic, notGreeted, 'en')).toContain('compliance_greeting_missing');
  });

  it('match an all rule only when every phrase is said', () => {
    const sales = profile('sales');
    expect(matchCategories(sales, [customer('Another vendor is cheaper.'), customer('Can you match that?')], 'en')).toContain('price_match_request');
    expect(matchCategories(sales, [customer('Another vendor is cheaper.')], 'en')).not.toContain('price_match_request');
  });

  it.each(['Quero fazer uma reclamação.', 'Quero fazer uma reclamacao', 'QUERO FAZER UMA RECLAMAÇÃO!'])('ignore case and accents (%s)', (text) => {
    expect(matchCategories(generic, [customer(text)], 'pt-BR')).toContain('formal_complaint');
  });

  it('do not apply in a language without wording for them', () => {
    expect(matchCategories(generic, [agent('もしもし')], 'ja')).toEqual([]);
  });

  it('match wildcard words', () => {
    expect(matchCategories(generic, [customer('I am thinking about cancelling.')], 'en')).toContain('cancellation_risk');
  });
});

describe('sub-intent detection', () => {
  it.each([
    ['healthcare', 'en', [agent('Riverside Family Medicine, how can I help?'), customer('Hi, I need to reschedule my appointment on Thursday, something came up.')], 'appointment_reschedule'],
    ['healthcare', 'es', [customer('Hola, quería pedir una cita con el médico para la semana que viene.')], 'appointment_new'],
    ['healthcare', 'de', [customer('Ich bräuchte ein neues Rezept für meine Blutdrucktabletten.')], 'prescription_refill'],
    ['healthcare', 'fr', [customer('Bonjour, je voudrais savoir si les résultats de ma prise de sang sont arrivés.')], 'test_results'],
    ['real_estate', 'en', [customer('I saw the listing for the house on Maple Street, is it still available?')], 'listing_inquiry'],
    ['real_estate', 'nl', [customer('Wij willen graag een bod doen op het huis aan de Kerkstraat.')], 'offer_made'],
    ['real_estate', 'it', [customer('Vorrei sapere quanto vale casa mia, sto pensando di vendere casa.')], 'sell_valuation'],
    ['salon', 'en', [customer("Hi, I can't make it tomorrow, can you cancel my appointment?")], 'cancel'],
    ['salon', 'pt', [customer('Olá, queria ver a tabela de preços das madeixas.')], 'price_inquiry'],
    ['salon', 'fr', [customer('Bonjour, est-ce que je peux décaler mon rendez-vous de samedi ?')], 'reschedule'],
    ['after_hours', 'en', [customer("A pipe burst under the kitchen sink and there's water everywhere!")], 'urgent_repair'],
    ['after_hours', 'de', [customer('Es riecht nach Gas im ganzen Treppenhaus!')], 'building_emergency'],
    ['after_hours', 'es', [customer('No es urgente, solo quería dejar un mensaje para mañana.')], 'non_urgent_message'],
    ['it_helpdesk', 'en', [customer('I forgot my password and now my account is locked.')], 'password_reset'],
    ['it_helpdesk', 'fr', [customer('Personne ne peut se connecter, tout le bureau est bloqué.')], 'outage'],
    ['it_helpdesk', 'it', [customer('La stampante del secondo piano non stampa più.')], 'hardware_failure'],
    ['sales', 'en', [customer("We'd love to see a demo for the team next week.")], 'demo_request'],
    ['sales', 'es', [customer('Nuestro contrato vence en marzo y queremos renovar.')], 'renewal'],
    ['sales', 'de', [customer('Können Sie mir ein Angebot für 20 Lizenzen schicken?')], 'quote_request'],
  ] as const)('%s (%s): %s → %s', (vertical, language, turns, expected) => {
    expect(detectSubIntent(profile(vertical), turns, language)?.name).toBe(expected);
  });

  it('returns the parent intent with the name', () => {
    expect(detectSubIntent(profile('sales'), [customer('Can I get a demo?')], 'en')).toEqual({ name: 'demo_request', parent: 'booking' });
  });

  it('skips negated mentions', () => {
    expect(detectSubIntent(profile('salon'), [customer("I'm not calling to cancel my appointment, I'd like to reschedule it.")], 'en')?.name).toBe('reschedule');
  });

  it('weighs the customer over the agent', () => {
    const turns = [agent('Are you calling to reschedule?'), customer('No, I want to know your prices.')];
    expect(detectSubIntent(profile('salon'), turns, 'en')?.name).toBe('price_inquiry');
  });

  it('is null when nothing matches', () => {
    expect(detectSubIntent(profile('salon'), [customer('Hello?')], 'en')).toBeNull();
  });
});

describe('extra fields', () => {
  it('extracts enum, string and boolean fields (healthcare)', () => {
    const turns = [
      customer("It's not an emergency, just a routine check-up. I'm a new patient."),
      agent('I have you down for Thursday at 10:30 am with Dr. Reyes.'),
    ];
    expect(extractExtraFields(profile('healthcare'), turns, 'en')).toEqual({ urgency: 'routine', appointmentTime: 'Thursday at 10:30 am', newPatient: true });
    expect(extractExtraFields(profile('healthcare'), [customer('Tengo un dolor en el pecho muy fuerte.')], 'es')).toMatchObject({ urgency: 'emergency', appointmentTime: null });
  });

  it('extracts numbers, strings, enums and applies defaults (real estate)', () => {
    const en = [customer("I'm calling about the house at 42 Maple Street, the 3 bedroom one. I'm looking to buy."), agent('Great, your viewing is booked for Saturday.')];
    expect(extractExtraFields(profile('real_estate'), en, 'en')).toEqual({ property: '42 Maple Street', bedrooms: 3, tourBooked: true, clientType: 'buyer' });
    const de = [customer('Ich möchte meine Wohnung verkaufen, sie liegt in der Lindenstraße 12.')];
    expect(extractExtraFields(profile('real_estate'), de, 'de')).toEqual({ property: 'Lindenstraße 12', bedrooms: null, tourBooked: false, clientType: 'seller' });
  });

  it('reads the objection, with the French double negation, and grouped numbers (sales)', () => {
    const sales = profile('sales');
    expect(extractExtraFields(sales, [customer("Ce n'est pas le bon moment pour nous.")], 'fr')).toMatchObject({ objectionCategory: 'timing' });
    expect(extractExtraFields(sales, [customer('Honestly it is too expensive. We would need 1,200 seats.')], 'en')).toMatchObject({ objectionCategory: 'price', seats: 1200 });
    expect(extractExtraFields(sales, [customer('Wir bräuchten 20 Lizenzen.')], 'de')).toEqual({ objectionCategory: 'none', seats: 20, demoBooked: false });
  });

  it('takes the latest mention of a captured value', () => {
    const turns = [agent('Would Tuesday at 3 pm work?'), customer('Not really.'), agent('Then Friday at 11 am it is.')];
    expect(extractExtraFields(profile('salon'), turns, 'en')).toMatchObject({ appointmentTime: 'Friday at 11 am' });
  });

  it('reads language-independent patterns (it helpdesk)', () => {
    const turns = [customer('My ticket is INC-004512 and still nobody can log in, the whole company is stuck.')];
    expect(extractExtraFields(profile('it_helpdesk'), turns, 'nl')).toMatchObject({ ticketNumber: 'INC-004512' });
    expect(extractExtraFields(profile('it_helpdesk'), turns, 'en')).toMatchObject({ ticketNumber: 'INC-004512', impact: 'company_wide' });
  });

  it('drops a value that fails validation to null', () => {
    expect(extractExtraFields(profile('real_estate'), [customer('Do you have anything with 45 bedrooms?')], 'en')).toMatchObject({ bedrooms: null });
    expect(validateExtraFields(profile('healthcare'), { urgency: 'whenever', appointmentTime: 42, newPatient: true, unknown: 'x' })).toEqual({
      urgency: null,
      appointmentTime: null,
      newPatient: true,
    });
  });

  it('builds a zod schema of nullable fields', () => {
    const schema = extraFieldsSchema(profile('real_estate'));
    expect(schema.safeParse({ property: '42 Maple Street', bedrooms: 3, tourBooked: true, clientType: 'buyer' }).success).toBe(true);
    expect(schema.safeParse({ property: null, bedrooms: null, tourBooked: null, clientType: null }).success).toBe(true);
    expect(schema.safeParse({ property: null, bedrooms: 2.5, tourBooked: null, clientType: null }).success).toBe(false);
    expect(schema.safeParse({ property: null, bedrooms: null, tourBooked: null, clientType: 'tenant' }).success).toBe(false);
  });
});

describe('lead score', () => {
  const subsets = (items: readonly BantSignal[]): BantSignal[][] =>
    items.reduce<BantSignal[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);

  it.each(verticals)('%s never drops when a BANT signal is added', (vertical) => {
    const p = profile(vertical);
    for (const intent of intents) {
      for (const signals of subsets(bantSignals)) {
        for (const added of bantSignals.filter((s) => !signals.includes(s))) {
          const evidence = { intent, subIntent: null, categories: [] };
          expect(leadScore(p, { ...evidence, signals: [...signals, added] }).score).toBeGreaterThanOrEqual(leadScore(p, { ...evidence, signals }).score);
        }
      }
    }
  });

  it.each(verticals)('%s is hot exactly from its threshold, within 0-100', (vertical) => {
    const p = profile(vertical);
    const categories = p.categories.map((c) => c.name);
    for (const intent of intents) {
      for (const subIntent of [null, ...p.subIntents.map((s) => s.name)]) {
        for (const evidence of [
          { intent, signals: [], subIntent, categories: [] },
          { intent, signals: bantSignals, subIntent, categories },
          { intent, signals: bantSignals, subIntent, categories: [] },
        ]) {
          const { score, hot } = leadScore(p, evidence);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
          expect(hot).toBe(score >= p.leadRules.hotLeadThreshold);
        }
      }
    }
  });

  it('adds rule weights to the intent base and clamps', () => {
    const sales = profile('sales');
    expect(leadScore(sales, { intent: 'sales', signals: [], subIntent: null, categories: [] })).toEqual({ score: 50, hot: false });
    expect(leadScore(sales, { intent: 'sales', signals: ['budget'], subIntent: 'demo_request', categories: [] })).toEqual({ score: 77, hot: true });
    expect(leadScore(profile('generic'), { intent: 'complaint', signals: [], subIntent: null, categories: ['cancellation_risk', 'payment_issue'] })).toEqual({ score: 0, hot: false });
  });

  it('detects the BANT signals the customer voices, not negated ones', () => {
    const generic = profile('generic');
    const buyer = [agent("What's your budget?"), customer('We need a new system, our budget is around ten thousand and I decide, ideally this week.')];
    expect(detectLeadSignals(generic, buyer, 'en')).toEqual(['budget', 'authority', 'need', 'timing']);
    expect(detectLeadSignals(generic, [agent('Do you have a budget?'), customer('We have no budget for that.')], 'en')).toEqual([]);
    expect(detectLeadSignals(generic, [customer('Necesitamos algo así, lo antes posible.')], 'es')).toEqual(['need', 'timing']);
  });
});

describe('a new vertical is data only', () => {
  const veterinary = {
    name: 'veterinary',
    description: 'Veterinary practices.',
    promptAdditions: 'This is a veterinary practice; the patient is an animal.',
    subIntents: [
      { name: 'vaccination', parent: 'booking', phrases: { en: ['vaccination', 'booster'], de: ['impfung'] } },
      { name: 'pet_emergency', parent: 'support', phrases: { en: ['ate chocolate', 'hit by a car'], de: ['schokolade gefressen'] } },
    ],
    extraFields: [{ name: 'species', type: 'enum', values: ['dog', 'cat'], valuePhrases: [{ value: 'dog', phrases: { en: ['dog', 'puppy'] } }, { value: 'cat', phrases: { en: ['cat', 'kitten'] } }] }],
    leadRules: { base: { info: 10, booking: 40, complaint: 0, sales: 30, support: 5 }, hotLeadThreshold: 70, rules: [{ signal: 'subIntent:vaccination', weight: 20 }] },
    categories: [
      { name: 'new_pet', description: 'A pet new to the practice.', match: { any: { en: ['new puppy', 'new kitten'], de: ['neuer welpe'] } }, party: 'customer', negatable: true, languages: ['en'] },
    ],
  };

  it('is picked up from a folder with its JSON, without code changes', () => {
    const dir = profilesCopy('signals.json', 'generic.json');
    writeFileSync(join(dir, 'veterinary.json'), JSON.stringify(veterinary));
    const withVeterinary = loadProfiles(dir);
    expect(withVeterinary.verticals).toEqual(['generic', 'veterinary']);
    const lookup = withVeterinary.get('veterinary');
    expect(lookup.fellBack).toBe(false);
    const turns = [customer('Our new puppy needs his first vaccination, the dog is 9 weeks old.')];
    expect(detectSubIntent(lookup.profile, turns, 'en')).toEqual({ name: 'vaccination', parent: 'booking' });
    expect(extractExtraFields(lookup.profile, turns, 'en')).toEqual({ species: 'dog' });
    expect(leadScore(lookup.profile, { intent: 'booking', signals: [], subIntent: 'vaccination', categories: [] }).score).toBe(60);
    expect(matchCategories(lookup.profile, turns, 'en')).toEqual(['new_pet']);
    expect(matchCategories(lookup.profile, [customer('Wir haben einen neuer Welpe.')], 'de')).toEqual([]);
  });

  it('must be named after its file', () => {
    const dir = profilesCopy('signals.json', 'generic.json');
    writeFileSync(join(dir, 'vet.json'), JSON.stringify(veterinary));
    expect(() => loadProfiles(dir)).toThrow(/vet\.json: name: "veterinary" must match the file name/);
  });
});
