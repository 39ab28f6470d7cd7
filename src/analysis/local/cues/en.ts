import type { LanguageCues } from './language-cues.js';

export const en: LanguageCues = {
  negators: ['not', 'no', 'never', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "won't", "can't", 'cannot', "couldn't", "wouldn't", "haven't", "hasn't", 'nothing', 'nobody', 'neither', 'nor', 'without', 'hardly'],
  intensifiers: ['very', 'really', 'so', 'super', 'extremely', 'absolutely', 'totally', 'incredibly', 'truly', 'such', 'completely', 'seriously', 'highly', 'way', 'just'],
  downtoners: ['bit', 'little', 'slightly', 'somewhat', 'fairly', 'rather', 'kinda', 'almost'],
  neutralWords: ['yes', 'yeah', 'no', 'please', 'like', 'want', 'fine', 'okay', 'ok', 'pay', 'free', 'cancel', 'charged', 'charge', 'god', 'kind', 'favor', 'big', 'allow', 'smiles', 'stop', 'stops', 'stopped', 'gray', 'sorry', 'care', 'help', 'pretty', 'well', 'fever', 'ache', 'pain'],
  expressions: {
    'thank you': 0.45, thanks: 0.4, 'thank you so much': 0.8, 'thanks so much': 0.8, 'thank you very much': 0.7, 'thanks very much': 0.7,
    'thanks a lot': 0.65, 'thanks a million': 0.85, 'many thanks': 0.6, 'really appreciate': 0.7, 'i appreciate': 0.5, 'appreciate it': 0.5,
    'appreciate that': 0.5, 'you saved me': 0.85, 'saved my': 0.75, lifesaver: 0.8, "you've been great": 0.8, "you've been so helpful": 0.85,
    'very patient': 0.6, 'that was easy': 0.55, 'way easier': 0.55, 'easier than i thought': 0.55, 'quick as always': 0.7,
    "that's a relief": 0.5, 'what a relief': 0.55, 'thank god': 0.3, 'looking forward': 0.6, "can't wait": 0.6, 'good feeling': 0.6,
    "that's fair": 0.3, 'fair enough': 0.2, 'that helps': 0.35, "that's helpful": 0.45, 'sounds good': 0.35, 'sounds great': 0.55,
    'works for me': 0.3, 'that works': 0.25, "you're the best": 0.9, 'so sweet': 0.6, 'even better': 0.6, 'makes sense': 0.15,
    'all good': 0.3, 'have a good': 0.2, 'have a great': 0.3, 'so ready': 0.5,     'thanks for nothing': -0.85, 'on hold': -0.35, 'minutes on hold': -0.5, 'hour on hold': -0.6, 'third time': -0.45, 'fourth time': -0.55,
    'waste of time': -0.7, 'fed up': -0.7, 'sick of': -0.6, 'had enough': -0.6, 'not happy': -0.6, 'nobody has called': -0.45,
    'nobody called': -0.45, 'nobody told me': -0.5, 'nobody can do anything': -0.6, 'still waiting': -0.45, 'still not': -0.35,
    'of course not': -0.5, 'oh great': -0.55, 'oh good': -0.3, 'just wonderful': -0.65, 'you people': -0.5,
    "don't bother": -0.5, 'take me off': -0.4, 'stop calling': -0.6, 'not okay': -0.5, 'not acceptable': -0.7, 'freaking out': -0.4,
    'running out of patience': -0.5, 'rough week': -0.3, "that's a shame": -0.45, 'what a shame': -0.45, 'too bad': -0.3, 'in tears': -0.6,
    "i don't have time": -0.4, 'been had': -0.3, 'came in swinging': -0.2,
  },
  apologyForTone: [
    'sorry i snapped', 'sorry i came in', 'sorry i was', 'sorry i got', 'sorry i yelled', 'sorry i shouted', 'sorry i lost', 'sorry for snapping',
    'sorry for yelling', 'sorry for shouting', 'sorry about earlier', 'sorry for earlier', 'sorry for my tone', 'sorry for being', 'came in swinging',
    'came in so hot', 'came in hot', "didn't mean to snap", 'apologize for earlier', 'apologise for earlier',
  ],
  resignation: [
    'thanks anyway', 'thank you anyway', 'thanks for trying', 'i guess', 'oh well', "i'll take it", 'if i have to', 'it is what it is',
    'better than nothing', 'i suppose', 'what else can i do', 'at least', 'not much i can do', "whatever", "i'll wait", "no choice", "don't have a choice", "not much else", "what else can i", "nothing else i can", "i'll live", "if you say so", "if that is all", "if that's all", "i have no choice",
  ],
  threats: [
    'dispute it', 'dispute the charge', 'consumer board', 'lawyer', 'attorney', 'report you', 'reporting you', 'taking this to', 'take this to',
    'take my business', 'bad review', 'reviews', 'better business bureau', 'chargeback', 'credit card company', 'switch provider*', 'go elsewhere',
    'going elsewhere', 'cancel my account', 'cancel my contract', "i'm canceling", "i'm cancelling", "don't call me", 'do not call', 'if you call again',
    'not leaving it at that', 'ombudsman', 'regulator',
  ],
  badNews: [
    "i can't", 'i cannot', "i'm not able", 'not able to', 'unable to', 'unfortunately', "i'm afraid", 'not available', "isn't available",
    'no supervisor', "that's the policy", "that's how we handle", 'nothing i can do', 'nothing more i can do', "can't promise", 'i really can\'t',
    'not allowed', 'only option', 'the best option', 'fully booked', 'went under contract', 'not responsible', "can't give", "can't waive",
    "can't fix", "we can't", 'no availability', 'left us', "we don't",
  ],
  resolution: [
    "you're all set", 'all set', "it's done", "that's done", 'fixed', 'it works', "it's working", 'working now', 'connected', 'problem solved', 'sorted',
    "i've booked", "you're booked", 'booked', 'confirmed', 'approved', 'refunded', "i'm refunding", "i'll refund", 'waive', 'waiving', 'credit',
    "it's printing", "i'm in", 'found it', 'it opens', 'that did it', 'ready in', "we'll deliver", 'confirmation', "it's there", 'good to go',
    'taken care of', "i've applied", 'noted', "it's set up", 'you did great', 'cancellation noted', "i'll cancel it", 'moved to',
  ],
  hangUp: ['are you still there', 'still there', 'hung up', 'line went dead', 'hello'],
  recordedLine: ['leave a message', 'leave your name', 'after the tone', 'after the beep', 'press one', 'press two', 'to re-record'],
  escalation: {
    demandVerbs: ['speak to', 'speak with', 'talk to', 'talk with', 'put', 'get me', 'transfer me', 'connect me', 'is there', 'give me', 'escalate', 'let me speak', 'let me talk', "i'd like to speak", "can i speak", "could i speak", "i want to speak", "i need to speak", "pass me to", "i want", "i need"],
    roles: ['manager', 'supervisor', 'owner', 'boss', 'superior', 'director', 'in charge', 'someone responsible', 'person responsible', 'human', 'real person', 'senior', 'team lead', 'team leader', 'the doctor', "someone senior", "someone above", "someone higher", "your superior", "head of", "a doctor", "a nurse", "someone in charge"],
    handover: [
      'transfer you', 'transferring you', 'transfer your call', 'put you through', 'putting you through', 'connect you', 'connecting you', 'patch you through',
      'let me get her', 'let me get him', 'get my manager', 'get my supervisor', 'escalate this', 'escalating this', 'escalate it', 'page the', 'paging',
      'i have ~ on the line', 'hand you over', 'pass you to', 'passing you to', "call 911", "nine one one", "escalat*", "hand this over", "hand it over", "pass this to", "pass it to", "passing it to", "raise it to", "raising it to", "raised it to", "escalate it to", "second line", "level two", "tier two", "hand it to"],
    followUp: [
      'will call you back', 'will call you', 'to call you back', 'to call you', 'have them call you', 'have someone call you', 'someone will call', 'will get back to you',
      'will contact you', "she'll call you", "he'll call you", "they'll call you", 'will reach out', "she'll call", "he'll call", "they'll call", "will ring you", "will be in touch", "get in touch with you", "follow up with you", "will follow up", "call you back", "reach out to you", "contact you", "will email you", "will be in touch", "they will call", "will ring you back", "will phone you"],
  },
  intents: {
    booking: {
      appointment: 2, 'book a': 2, 'to book': 2, 'book an': 2, 'can i book': 3, 'like to book': 3, reschedule: 3, reservation: 3, reserve: 2, viewing: 2, schedule: 1,
      'cancel my appointment': 3, 'cancel the viewing': 3, 'cancel my': 2, 'move my': 2, 'demo': 2, 'set up a demo': 3, 'can i get a': 2, 'confirming my': 3,
      'just confirming': 3, 'an opening': 1, 'availability': 1, 'next available': 2, 'need to cancel': 3, 'session': 1, 'consultation': 1, 'visit': 1, 'tour': 1,
    },
    complaint: {
      complaint: 3, complain: 3, refund: 2, overcharged: 3, 'charged twice': 3, 'double charged': 3, lied: 3, unacceptable: 2, 'third time': 2, 'fourth time': 3,
      'not happy': 2, ruined: 3, 'lost my': 2, damaged: 2, 'you people': 2, 'take me off': 3, 'i was treated': 3, rude: 2, 'nobody has called': 2, 'charged me': 2, 'i paid': 2, 'money back': 3, 'a charge': 2, 'sold me': 2,
    },
    support: {
      'not working': 3, "doesn't work": 3, "won't": 1, 'stopped working': 3, broken: 2, error: 2, 'keeps saying': 2, 'keeps failing': 3, "can't log in": 3,
      'log in': 2, 'locked out': 3, password: 2, reset: 2, 'is down': 3, 'been down': 3, burst: 3, leak: 3, leaking: 3, 'water everywhere': 3, 'no heat': 3, fever: 2, stuck: 2, setup: 2, "won't find": 2, failed: 2, 'payment failed': 2, deactivated: 2, fix: 2, 'issue with': 2, 'problem with': 2, 'not ready': 2, prescription: 1, refill: 1, locked: 2, vpn: 2, printer: 2,
      'trying to pay': 2, 'trying to log': 3, 'it says': 1, 'app': 1, 'portal': 1,
    },
    sales: {
      buy: 3, purchase: 3, order: 2, price: 2, prices: 2, pricing: 2, quote: 3, 'how much': 2, cost: 1, package: 2, packages: 2, promotion: 2, discount: 1,
      'sell my': 3, 'looking to buy': 3, 'interested in': 2, financing: 2, upgrade: 2, 'order it': 3, 'sign up': 2, subscribe: 2, plan: 1, proposal: 2,
      offer: 1, deal: 1, 'we need': 1, 'looking for': 1, 'budget': 1, 'bundle': 2, 'for sale': 2, 'listings': 2,
    },
    info: {
      'do you': 2, 'does it': 1, 'is there': 1, 'what are': 1, hours: 2, 'are you open': 3, question: 2, 'quick question': 3, 'wanted to know': 2,
      wondering: 2, 'checking if': 3, 'just checking': 3, status: 2, 'where is': 2, 'still available': 2, 'what time': 2, fees: 1, information: 2,
      'can you tell me': 2, 'i wanted to ask': 3, 'how long': 1, 'how does': 1, tracking: 2, results: 1, 'could you tell me': 2,
      'what the': 1, 'is it': 1,
    },
  },
  outboundOpening: [
    'calling from', "i'm calling from", 'this is ~ from', 'this is ~ with', 'calling about your', 'do you have two minutes', 'do you have a minute',
    'am i speaking with', 'is this mr', 'is this mrs', 'is this ms', 'you requested a quote', 'you filled out', "i'm just calling",
  ],
  lead: {
    commitment: [
      "let's do", "i'll take", 'i want the', 'sign me up', 'book it', 'send me the contract', 'send the contract', 'send me a quote', 'send the quote',
      'like to order', 'ready to', 'pre-approved', 'works for me', 'see you', 'set up a demo', 'that works', 'go ahead', "let's go with", "we'll take",
      'thursday works', 'whatever it costs', 'the one deciding', 'i decide',
    ],
    reluctance: [
      "i'll think about", 'think about it', 'not interested', 'no thanks', "i'll pass", 'not right now', 'maybe later', 'no rush', 'not sure', 'take me off',
      "don't call", 'need to cancel', 'cancel the', 'cancel my', 'too expensive', 'more than we', 'cheaper ones', "i'll call back", 'run it by', 'not against it', "don't want anyone", 'in writing first',
    ],
  },
  entities: {
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    relativeDays: ['today', 'tomorrow', 'tonight', 'yesterday', 'this week', 'next week', 'this weekend', 'next month'],
    months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    numberWords: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand'],
    currencies: ['dollar*', 'euro*', 'buck*', 'pound*', 'peso*'],
    timePrepositions: ['at', 'around', 'after', 'before', 'until'],
  },
};
