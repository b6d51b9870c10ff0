import type { EventType } from "../data/vocabulary.ts";

/** Verbs (as infinitives) that report an event of a type; the first listed type wins a tie. */
export const VERB_TYPES: ReadonlyMap<string, EventType> = new Map([
  ...[
    "resign",
    "quit",
    "leave",
    "depart",
    "retire",
    "exit",
    "step",
    "walk",
    "fire",
    "dismiss",
    "sack",
    "axe",
    "ax",
  ].map((v) => [v, "departure"] as const),
  ...[
    "appoint",
    "name",
    "hire",
    "promote",
    "succeed",
    "join",
    "tap",
    "elect",
    "install",
    "recruit",
    "poach",
    "elevate",
    "nominate",
    "reappoint",
    // "re-elect" is "elect" (tagSentences' headVerb drops the prefix); "reelect" stays whole.
    "reelect",
    "rehire",
  ].map((v) => [v, "appointment"] as const),
  ...["oust", "remove", "reinstate", "vote", "suspend"].map((v) => [v, "board"] as const),
  ...["report", "reveal", "publish", "find", "conclude", "disclose", "uncover"].map(
    (v) => [v, "report"] as const,
  ),
  ...[
    "introduce",
    "adopt",
    "require",
    "ban",
    "mandate",
    "impose",
    "bar",
    "prohibit",
    "forbid",
    "outlaw",
    "restrict",
    "rescind",
    "repeal",
    "revoke",
    "enact",
    "implement",
    "enforce",
    "halt",
  ].map((v) => [v, "policy"] as const),
  ...[
    "say",
    "tell",
    "write",
    "post",
    "warn",
    "echo",
    "speak",
    "state",
    "argue",
    "claim",
    "add",
    "recall",
    "deny",
    "insist",
    "criticize",
    "criticise",
    "describe",
    "confirm",
    "announce",
    "defend",
    "tweet",
    "acknowledge",
    "concede",
    "admit",
    "explain",
    "stress",
    "emphasize",
    "emphasise",
    "declare",
    "assert",
    "allege",
    "contend",
    "reply",
    "remark",
    "testify",
    "apologize",
    "apologise",
    "predict",
    "vow",
    "pledge",
    "caution",
    "reiterate",
    "blame",
    "praise",
  ].map((v) => [v, "statement"] as const),
]);

/** The start of a clause before any reporting verb: the subject part, where a document can stand. */
const BEFORE_SAYING = String.raw`(?:(?!\b(?:said|says|told|tells|wrote|writes)\b)[^"“])*?`;

/**
 * What may stand between a document and its verb: an aside between commas ("The memo, signed
 * by X, said"), whose or what it is ("A filing with regulators showed") or how it came about ("A
 * report published last week by Y, a think tank, found").
 */
const DOCUMENT_TAIL = String.raw`(?:,[^,.;]{1,80},|\s+(?:by|from|with|to|for|into|on|of)\s+[^,.;"“]{1,60}?|\s+(?:published|released|commissioned|issued|sent|signed|seen|written|prepared|obtained|reviewed)\b[^.;]*?)?\s+(?:also\s+)?`;

/**
 * A document that gives someone a right or a duty ("a side agreement, signed by X in 2016, gave
 * the foundation the right to approve …", "a second letter let him nominate …", "the consent
 * form it approved allowed …") sets a policy, whatever the act it allows.
 */
export const DOCUMENT_GRANTS = new RegExp(
  `^${BEFORE_SAYING}\\b(a|an|the|its|their|this|that)\\s+([\\w'’-]+\\s+){0,2}(memo|memorandum|agreement|deal|contract|clause|charter|directive|form|letters?(\\s+of\\s+intent)?)\\b(?![’']s)(\\s+(that\\s+|which\\s+)?(it|they|he|she)\\s+\\w+ed\\b[^,.;]{0,40}?)?${DOCUMENT_TAIL}(that\\s+|which\\s+)?((gave|gives|granted|grants)\\b[^.;]{0,40}?\\b(right|rights|seat|power|powers|veto|say|control|option|authority)|let|lets|obliged|obliges|entitled|entitles|allowed|allows)\\b`,
  "i",
);

/** An apposition naming a post held since a year: ", a commissioner since 2016", ", the chair since March 2019". */
export const POST_HELD_SINCE = String.raw`,\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:commissioner|director|member|trustee|chair|chairman|chairwoman|governor|partner|officer|editor|executive|minister|secretary|councillor|president|manager|head)\s+since\s+(?:\p{Lu}\w+\s+)?\d{4}`;

/**
 * A post held since a date, the appointment being the span's start: "has led it since 2011",
 * "had sat on the board since 2009", "has worked at Ferrandi since 2009", "has been deputy head
 * of safety since March"; in an apposition, "Javiera Salinas, a commissioner since 2016". The
 * suggester types the clause by these and dates it by the span's start.
 */
export const HELD_SINCE: readonly RegExp[] = [
  /\b(has|have|had)\s+(led|chaired|headed|run|worked\s+(at|for)|sat\s+on|served\s+(on|as)|been\s+(the\s+|its\s+|a\s+|an\s+)?([\w-]+\s+){0,3}?(chief|chair|chairman|chairwoman|president|head|director|editor|secretary|commissioner|trustee|governor|manager|minister|member)\b)[^.]*\bsince\b/i,
  new RegExp(`${POST_HELD_SINCE}\\b`, "u"),
];

/** The documents a report is told by, as a noun: "report", "audit", "findings", "filing". */
const DOCUMENT_NOUNS = String.raw`report|review|audit|study|survey|analysis|inquiry|investigation|findings|filing|poll|assessment|evaluation|research\s+note|note|prospectus`;
const DOCUMENT = String.raw`(${DOCUMENT_NOUNS})\b`;

/** Stopping, suspending or removing a thing, not a person: money, contracts, rules, operations, content (the thing is its object, not a word after a preposition: "suspending drivers without a licence"). */
export const ACTS_ON_A_THING =
  /\b(suspend|remov|paus|fr[eo]z|halt)\w*\s+(a|an|the|its|their|all|any|further|new)?\s*((?!(without|with|for|from|to|in|on|at|by)\b)[\w.-]+\s+){0,3}(grants?|gifts?|donations?|funding|payments?|contracts?|sponsorship|programmes?|programs?|schemes?|deals?|operations|sales|trading|aid|dividends?|production|polic(y|ies)|rules?|posts|videos|content|comments|ads|listings|accounts|trials?|hiring|recruitment|changes|imports|exports|flights|services|licen[cs]es?)\b/i;

/** A post handed on, told in the passive: "will be replaced by Priya Lal", "was succeeded by"; the post is the agent's. */
export const REPLACED_BY = /\b(replaced|succeeded)\s+by\b/i;

/** Phrases that report an event of a type wherever they stand (multi-word verbs, idioms). */
export const PHRASE_TYPES: readonly [RegExp, EventType][] = [
  [/\bstep(s|ped|ping)?\s+(down|aside|away)\b/i, "departure"],
  // "forced him out", "pushed Ibáñez out": the person may stand between verb and particle.
  [
    /\b(pushed|forced|eased|squeezed)\s+([A-Z][\w’'-]+\s+|him\s+|her\s+|them\s+)?out\b/,
    "departure",
  ],
  [/\b(stand|stands|stood|standing)\s+down\b/i, "departure"],
  // "will be replaced by Priya Lal", "replaces Smith": the newcomer's appointment.
  [
    new RegExp(
      String.raw`${REPLACED_BY.source}\s+[A-Z]|\breplac(e|es|ed|ing)\s+(him|her|[A-Z][\w'’-]+)(?!\s+(Act|Rule|Policy|Code)\b)`,
    ),
    "appointment",
  ],
  // "founded Chandrika in 1972", "founded the studio": the founder takes the first post. A
  // phrase, not a verb of the lexicon, so that "was founded in 2019" names no one's post and a
  // headline's "Found" is no founding.
  [/\b(co-?)?founded\s+((the|a|an|his|her|their|its)\s|[A-Z])/, "appointment"],
  // Leaving told as a phrase: "was let go", "parted ways with", "bowed out", "handed in her notice".
  [
    /\b(was|were|been|being|be)\s+let\s+go\b|\bpart(s|ed|ing)?\s+ways\b|\bbow(s|ed|ing)?\s+out\b|\b(hand(s|ed)?\s+in|tender(s|ed)?|submit(s|ted)?)\s+(his|her|their)\s+(resignation|notice)\b|\bshown\s+the\s+door\b|\bdefect(s|ed|ing)?\s+to\b/i,
    "departure",
  ],
  // "Hopwell lost its head of safety on Monday": an organisation losing a post-holder is their exit.
  [
    /\brelieved\s+of\s+(his|her|their|its)\s+(duties|command|post|role|position)\b|\blost\s+(his|her|their)\s+(job|post|seat|role)\b|\b(lost|loses|losing)\s+(its|their)\s+([\w-]+\s+){0,2}?(chief|head|director|chair|chairman|chairwoman|president|editor|manager|coach|captain|secretary)\b/i,
    "departure",
  ],
  // "is leaving the company", "will leave at the end of March": a departure to come.
  [/\b(is|are|will\s+be)\s+leaving\b|\bwill\s+leave\b(?!\s+(it|them|that|this)\b)/i, "departure"],
  [/\b(left|leaves|leaving)\s+(the|in|after|last|earlier|on)\b/i, "departure"],
  // "More researchers could leave in March": a leaving to come, told with a modal.
  [
    /\b(could|may|might|would|to)\s+leave\s+(the|in|after|at|by|before|this|next|when)\b/i,
    "departure",
  ],
  // "Kerrigan would chair the board", "a committee to be chaired by Lacey": a post given.
  [
    /\b(would|will)\s+(chair|lead|head)\s+(the|a|an|its)\b|\bto\s+be\s+(chaired|led|headed)\s+by\b/i,
    "appointment",
  ],
  [
    /\b(confirmed|installed|named|chosen|tapped|picked|selected|hired|recruited|poached|brought\s+in)\s+as\b/i,
    "appointment",
  ],
  // "X was chosen to lead", "she was picked to run": a person given a post.
  [
    /\b(was|were|been|be|being)\s+(chosen|picked|selected|tapped|poached|recruited|nominated|designated|elevated)\b/i,
    "appointment",
  ],
  [
    /\bbrought\s+in\s+(to|as)\b|\b(signed|signs|signing)\s+on\s+as\b|\bcame\s+(aboard|on\s+board)\s+as\b|\b(handed|given|landed|won)\s+the\s+top\s+job\b/i,
    "appointment",
  ],
  // "replaced Smith as chief executive", "became its chief executive", "joins as head of …".
  [/\breplac(e|es|ed|ing)\b[^.;]{0,40}?\bas\s+(the\s+|its\s+)?[\w-]+/i, "appointment"],
  [
    /\b(became|becomes|become|becoming)\s+(the\s+|its\s+|their\s+)?([\w-]+['’]s\s+)?(new\s+|next\s+|first\s+|interim\s+|acting\s+)?(finance\s+|executive\s+|deputy\s+|vice\s+)?(chief|ceo|chair|chairman|chairwoman|president|head|director|editor|managing|executive|general\s+manager|coach|principal|dean|secretary|owner|manager|leader|captain)\b/i,
    "appointment",
  ],
  // "is expected to be chosen in September": the passive the tagger reads as "expect".
  [
    /\b(be|been|being)\s+(named|appointed|chosen|elected|hired|promoted|installed)\b/i,
    "appointment",
  ],
  [/\b(will|to)\s+serve\s+as\b|\bserv(e|es|ed|ing)\s+as\s+(acting|interim)\b/i, "appointment"],
  // "was removed from his post": the passive the tagger misses before "from".
  [/\b(was|were|been|being|be)\s+(removed|ousted|dismissed|expelled)\s+from\b/i, "board"],
  // Staff cut in numbers: "laid off 140 people", "the layoffs".
  [/\b(laid|lay|lays|laying)\s+off\b/i, "departure"],
  [/\b(placed|put|sent)\s+on\s+([\w-]+\s+)?leave\b/i, "departure"],
  [/\bwithdr(a|e)wn?\s+from\s+(the|its|his|her)\b/i, "departure"],
  [/\bin talks\s+(with|to join)\b/i, "appointment"],
  ...HELD_SINCE.map((pattern) => [pattern, "appointment"] as [RegExp, EventType]),
  // "who chaired it from 1996 until 2004": a post held, told by its span.
  [/\b(led|chaired|headed|ran)\b[^.;]{0,40}?\bfrom\s+\d{4}\b/i, "appointment"],
  // "The housing portfolio was handed to alderman X": a post given.
  [
    /\b(portfolio|post|job|role|seat)\s+(was|were|has\s+been|had\s+been|will\s+be|is\s+to\s+be)\s+(handed|given|passed|awarded)\b/i,
    "appointment",
  ],
  // A minister or regulator ordering an inquiry sets a policy.
  [
    /\border(s|ed|ing)?\s+(a|an|the)\s+([\w-]+\s+){0,2}(inquiry|review|investigation|audit|recall)\b/i,
    "policy",
  ],
  [/\bannounced\s+(his|her|their)\s+(resignation|departure|retirement)\b/i, "departure"],
  // A person who took over something took a post ("a physicist who took over the journal in
  // 2012"); an organisation that took over another ("which took over") bought it.
  [/\bwho\s+(had\s+)?(took|takes|taken)\s+over\b/i, "appointment"],
  [
    /\b(took|take|takes|taking)\s+over\s+(as|from|on|in|at|when|next)\b|\btakes?\s+the\s+helm\b|\btook\s+the\s+helm\b/i,
    "appointment",
  ],
  [
    /\b(a|an|the)\s+(new\s+|independent\s+|internal\s+)?(report|review|investigation|audit|study)\s+(by|from|in|earlier|last|published|found|that)\b/i,
    "report",
  ],
  // "A … report said/found …": a document speaking is a report, not a statement.
  [
    new RegExp(
      `^${BEFORE_SAYING}\\b(a|an|the|its|their|this)\\s+([\\w'’-]+\\s+){0,3}(report|review|investigation|audit|study|survey|analysis|probe|inquiry|filing|assessment|evaluation|valuation|poll|findings)\\b(?![’']s)${DOCUMENT_TAIL}(found|finds|said|says|concluded|concludes|showed|shows|warned|warns|revealed|reveals|estimated|estimates|indicated|indicates|documented|documents|counted|counts|listed|lists|put|puts|valued|values)\\b`,
      "i",
    ),
    "report",
  ],
  // Memos, agreements and contracts set rules: what they say or include is policy.
  [
    new RegExp(
      `^${BEFORE_SAYING}\\b(a|an|the|its|their|this)\\s+([\\w'’-]+\\s+){0,2}(memo|memorandum|agreement|deal|contract|clause|charter|directive)\\b(?![’']s)${DOCUMENT_TAIL}(said|says|told|tells|instructed|ordered|includes?|included|bar(s|red|ring)?|requires?|required|set(s)?\\s+out|states?|stated|allows?|allowed)\\b`,
      "i",
    ),
    "policy",
  ],
  [/\b(signed|published|wrote|sent)\s+(an|their|a)\s+open\s+letter\b/i, "statement"],
  // Answering someone's words, or commenting in public, is speech ("did not respond to her
  // remarks", "has not commented publicly on the outage"); not answering a request for comment
  // or an email is only the article's sourcing.
  [
    /\brespond(s|ed|ing)?\s+to\s+(his|her|their|the|its|these|those)\s+([\w-]+\s+)?(remarks|comments|criticism|claims|allegations|accusations|charges|findings)\b|\bcomment(s|ed|ing)?\s+(publicly|in\s+public)\b/i,
    "statement",
  ],
  // "The letter … was signed by the two lead maintainers": the signers' statement.
  [/\b(letter|petition|statement)\b(?!\s+of\b)[^.;]*?\b(was|were)\s+signed\s+by\b/i, "statement"],
  // "arrived from Turin in 2015", "arrived … as a postdoctoral researcher": a person joining.
  [/\barriv(ed|es|ing)\s+(from\s+[A-Z]|[^.;,]{0,60}\bas\s+(a|an|the|its)\b)/, "appointment"],
  // Speech named by other verbs: "called for his removal", "called it 'a coup'" (a quotation is
  // blanked to spaces by the time a clause is read), "gave evidence".
  [
    /(?<!\b(be|been|being|was|were|is|are)\s+)\bcall(s|ed|ing)?\s+(\w+\s+){0,3}?for\b|\bcall(s|ed|ing)?\s+(it|them|him|her|this|that|the\s+[\w-]+(\s+[\w-]+)?)\s+(["“]|\s{2})|\b(giv(e|es|en|ing)|gave)\s+evidence\b/i,
    "statement",
  ],
  // Agreeing to do something or agreeing a deal: "agreed late on Friday to combine", "agreed
  // with the authority earlier this month to hold", "agreed the sale", "reached a settlement".
  [
    /\bagree[sd]?\s+(with\s+[^,.;]{1,60}?\s+)?([\w-]+\s+){0,3}?(to|on)\b|\breach(es|ed|ing)?\s+(a|an)\s+([\w-]+\s+)?(settlement|agreement|deal|accord)\b|\bagree[sd]?\s+(a|an|the)\s+([\w-]+\s+)?(sale|deal|merger|takeover|settlement|terms)\b/i,
    "policy",
  ],
  // Money or work stopped, a freeze imposed or lifted: "froze further payments under the
  // scheme", "paused the trial", "lifted its hiring freeze".
  [ACTS_ON_A_THING, "policy"],
  [
    /\b(fr[eo]z\w*|lift\w*|impos\w*)\s+(a\s+|its\s+|the\s+)?(hiring|pay|wage)(\s+freeze)?\b|\b(hiring|pay|wage|spending|recruitment)\s+freeze\b|\bfreeze\s+on\b/i,
    "policy",
  ],
  // A rebuttal: "countered that", "hit back at".
  [/\b(countered|charged|maintained|retorted|hit\s+back)\s+(that|at)\b/i, "statement"],
  // Papers that someone obtained and read: "documents reviewed by Reuters show …".
  [
    /\b(documents|emails|records|messages|files|data|figures)\s+(reviewed|obtained|seen|published|released)\s+by\b[^.;]{0,60}?\b(show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated)\b|\bdetermined\s+that\b/i,
    "report",
  ],
  [/\bphas(e|es|ed|ing)\s+out\b/i, "policy"],
  // A document as the place where something is told: "said in a note to clients", "wrote in its
  // annual report". ("According to the report, …" is not: what it attributes is the event.)
  [
    new RegExp(
      String.raw`\b(said|says|wrote|writes|estimated|estimates|warned|warns)\s+in\s+(a|an|its|their|the)\s+([\w'’-]+\s+){0,2}${DOCUMENT}`,
      "i",
    ),
    "report",
  ],
  // A document made public: "published its findings", "the audit was delivered to ministers".
  [
    new RegExp(
      String.raw`\b(releas|deliver|present|submitt?|leak|unveil)\w*\s+(a|an|the|its|their|his|her)\s+([\w'’-]+\s+){0,3}${DOCUMENT}|${DOCUMENT}\s+(was|were|is|are|will\s+be|would\s+be|has\s+been|had\s+been)\s+(published|released|delivered|presented|submitted|leaked|made\s+public)\b`,
      "i",
    ),
    "report",
  ],
  // A company revising what it expects to earn tells its figures: "cut its profit forecast",
  // "warned on profits".
  [
    /\b(cut|cuts|cutting|lower\w*|rais\w*|slash\w*|trim\w*|lift\w*|downgrad\w*|upgrad\w*|reiterat\w*)\s+(its|their|the)\s+([\w-]+\s+){0,3}(forecasts?|guidance|outlook)\b|\b(issued\s+a\s+)?profit\s+warning\b|\bwarn(s|ed|ing)?\s+on\s+(profits?|earnings|sales|revenue)\b/i,
    "report",
  ],
  // Publishing or drawing up a written code is setting a rule, not publishing a report.
  [
    /\b(publish|adopt|draw\s+up|introduc)\w*\s+(a|an|its|the)\s+([\w-]+\s+){0,2}(code|charter|guidelines|rulebook)\b/i,
    "policy",
  ],
  // A rule starting to apply, or something no longer done or allowed: "the ban takes effect",
  // "will no longer sell", "is no longer allowed".
  [
    /\b(takes?|took|taking)\s+effect\b|\b(comes?|came|coming)\s+into\s+(force|effect)\b|\b(will|would)\s+no\s+longer\b|\bno\s+longer\s+(be\s+)?(allow|permit|require|let|offer|pay|cover)\w*\b/i,
    "policy",
  ],
  // What the article states as an obligation, before anyone is said to say it: "From March,
  // staff must work from the office", "Lenders will be required to hold more capital".
  [
    new RegExp(
      `^${BEFORE_SAYING}\\b(must|(will|would)\\s+(have|need)\\s+to|(are|is|were|was|will\\s+be|would\\s+be)\\s+(required|obliged|forbidden|barred|banned|prohibited)\\s+(to|from))\\b`,
      "i",
    ),
    "policy",
  ],
  // Penalties and settlements: "fined the airline €18.5 million", "settled the lawsuit".
  [
    /\b(fined|levied\s+a\s+fine)\b|\b(imposed|issued|handed\s+down)\s+(a|an|the)\s+([\w€$£.,-]+\s+){0,3}(fine|penalty|sanction)\b|\bsettl(ed|es|e|ing)\s+(a|an|the|its|their|all)\s+([\w-]+\s+){0,2}(lawsuits?|suits?|case|claims?|charges|dispute|investigation|probe)\b/i,
    "policy",
  ],
  [
    /\b(restor|chang|amend|rewr|revis|scrap)\w*\s+(the\s+|its\s+)?([\w'’-]+\s+)?(wording|rules?|polic(y|ies)|charter|code|clause)\b/i,
    "policy",
  ],
  [/\bsign(s|ed)?\s+(a|an|any|the|its)\s+([\w-]+\s+){0,2}(contract|agreement|deal)\b/i, "policy"],
  // An order to staff ("told staff … they must return", "staff were told that the rule would
  // also apply") is a policy, not a statement.
  // So is a rule told to those it binds: "Investors had been told the clause would stay".
  [
    /\b(staff|employees|workers|managers)\s+(were|was|have\s+been|had\s+been)\s+told\b|\b(were|was|have\s+been|had\s+been)\s+told\s+(that\s+)?(the|a|an|its|their|any)\s+([\w-]+\s+){0,2}(rules?|clauses?|polic(y|ies)|ban|requirements?|freeze|moratorium)\b/i,
    "policy",
  ],
  [
    /\btold\s+([\w-]+\s+){0,3}(staff|employees|workers|members|managers)\b[^.]*?\b(must|will have to|would have to|are required to|will be required to)\b/i,
    "policy",
  ],
  // An institution announcing what it will do ("the ministry said it would tie …") decides a policy.
  [
    /\b(the|its)\s+([\w-]+\s+){0,2}(ministry|company|government|orchestra|federation|agency|regulator|union|institute|university|group|firm|council|club|league|department)\s+(also\s+)?(said|says|announced)\s+(that\s+)?(it|they)\s+(would|will)\b/i,
    "policy",
  ],
  [
    /\b(announced|adopted|introduced|unveiled|issued|rolled\s+out|put\s+in\s+place|imposed|tightened|relaxed|loosened)\s+(a|new|its|their|the)\s+[^.]{0,30}\b(policy|policies|rules?|guidelines?|guidance|cap|limit|ban|code\s+of\s+conduct|requirements?|mandate|directive|moratorium)\b|\b(a|an|the|its|their)\s+([\w-]+\s+)?(policy|rules?|ban|code\s+of\s+conduct|moratorium)\s+(that\s+)?(the\s+|its\s+|their\s+)?([\w'’-]+\s+){0,2}(announced|adopted|introduced|imposed|unveiled)\b/i,
    "policy",
  ],
];

/** Nouns that name an event of a type on their own ("the departures", "a new policy"). */
export const NOUN_TYPES: readonly [RegExp, EventType][] = [
  [
    /\b(resignations?|departures?|retirements?|layoffs|job\s+cuts|exodus|exits?|former (employee|staffer|researcher|executive))\b/i,
    "departure",
  ],
  [
    /\b(appointments?|successor|nominations?|promotions?)\b|\b(a|an|the|its|their|leading|likely|obvious)\s+(\w+\s+)?(candidate|front-?runner)\b/i,
    "appointment",
  ],
  [
    /\b(ousting|ouster|dismissal|firing|coup|reshuffle|shake-?up|removal|boardroom|no-?confidence|confidence\s+vote)\b/i,
    "board",
  ],
  [
    /\b(polic(y|ies)|rules?|proposals?|agreements?|guidelines?|non-disparagement|memos?|memorandum|contracts?|clauses?|directives?|moratorium|regulations?|code of conduct)\b/i,
    "policy",
  ],
];

/** How strongly a type claims a clause: an action outweighs talk about it. */
export const TYPE_RANK: Record<EventType, number> = {
  departure: 6,
  appointment: 5,
  board: 4,
  policy: 3,
  report: 2,
  statement: 1,
  other: 0,
};

/** Words that make a clause speculation, not fact. */
export const SPECULATION =
  /\b(might|may|could|would|likely|unlikely|expected to|is set to|are set to|rumou?red|reportedly|possibly|perhaps|speculat\w*|considering|weighing|poised to|in talks|(?<!\bno\s)plans? to)\b/i;

/**
 * The verbs that report speech: what follows one is what was said, not the saying. "Would" after
 * one is an announced decision ("said it would also remove"), not speculation.
 */
export const REPORTING =
  /\b(said|says|say|told|tells|wrote|writes|added|adds|announced|announces|confirmed|confirms|saying)\b/i;

/** Verbs after which "would" is the future of an announcement, not a guess. */
export const ANNOUNCING =
  /\b(said|says|told|tells|wrote|writes|added|announced|announces|confirmed|confirms|saying)\b/i;

/** Verbs by which a report gives what it found: its findings are not its own guesses. */
export const FINDING =
  /\b(found|finds|said|says|warned|warns|concluded|concludes|showed|shows|accus\w+|that)\b/i;

/** Words that deny a clause. */
export const DENIAL =
  /\b(den(y|ies|ied|ying)|rejected (claims|reports|suggestions)|dismissed (claims|reports|suggestions)|refuted)\b/i;

/** Words that negate a clause's event. */
export const NEGATION = /\b(not|never|no plans? to|n't|has no intention|have no intention)\b/i;
