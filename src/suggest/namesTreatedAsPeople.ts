import nlp from "compromise";
import { isHeadline } from "./isHeadline.ts";
import type { TextSpan } from "./splitSentences.ts";
import type { Tagged } from "./tagSentences.ts";

/**
 * A capitalised word: "Kessler", "Kalniņa", "O'Brien", "Vice-president"; not an all-capitals
 * dateline or acronym, and not the possessive "'s".
 */
const WORD = String.raw`\p{Lu}(?:\p{Ll}|[’']\p{Lu})[\p{L}\p{M}]*(?:[’'-](?!s\b)\p{L}[\p{L}\p{M}]*)*`;
/**
 * The lower-case particles of surnames ("Ursula von der Leyen", "Mohammed bin Salman", "Rosa de
 * la Cruz", "Bashar al-Assad"), between the capitalised words of a name.
 */
const PARTICLES =
  "van|von|de|del|della|der|den|du|da|das|dos|di|la|le|bin|bint|ibn|al|el|ten|ter|zu";
const PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
/** Capitalised words in a row, one space apart, with the particles of a surname between them. */
const RUN = new RegExp(`${WORD}(?: (?:(?:${PARTICLES}) )*(?:(?:al|el)-)?${WORD})*`, "gu");

/** Words that name a kind of organisation, at any place in its name ("Bank Sentosa", "Rowan Street Partners"). */
const ORGANISATION_WORDS = new Set(
  `Media Energy Therapeutics Partners Lab Labs Group Inc Corp Corporation Co Ltd Llc Plc Gmbh
  Council Association Governance Holdings Capital Bank Banque Systems Technologies Technology
  Foundation Institute University College School Academy Trust Fund Ventures Pharma Motors
  Airlines Airways Networks Software Analytics Times Post News Press Agency Ministry Commission
  Authority Committee Publishers Securities Equities Ratings Research Observatory Union
  Federation Parliament Centre Center Society Club League Orchestra Philharmonic Symphony Foods
  Sports Chemicals Logistics Industries Insurance Investments Advisors Advisers Associates
  Consulting Solutions Services Markets Exchange Police Party Office Department Bureau Hospital
  Clinic Museum Library Theatre Opera Festival Laboratory Laboratories Company Enterprises
  Telecom Mining Metals Communications Studios Records Pictures Entertainment Robotics Biotech
  Healthcare Financial Finance Bancorp Brands Retail Stores Observers Institution Assembly
  Congress Senate Tribunal Board Review Journal Gazette Herald Tribune Auto Automotive Aerospace
  Dynamics Semiconductor Semiconductors Electronics Devices Pharmaceuticals Biosciences Sciences
  Digital Cloud Utilities Shipping Freight Transport Railways Construction Properties Realty
  Estates Hotels Resorts Restaurants Breweries Beverages Apparel Textiles Packaging Materials
  Minerals Resources Petroleum Renewables Telecoms Wireless Broadcasting Magazine Advisory
  Management Assets Wealth Trading Commodities Lending Credit Payments Assurance Mutual Cooperative
  Alliance Coalition Network Initiative Forum Healthcare Pharmacy International Worldwide
  Investors Investment Brothers Bros Sons Llp Legal Attorneys Solicitors Games Publishing
  Supermarkets Aviation Athletics Administration Directorate Army Navy Movement Diocese
  Conservatory Ballet Gallery Championship Olympics Charity Radio Television Quarries Forensics Homes SpA Srl GmbH Oyj`.split(
    /\s+/,
  ),
);

/** First words of place names ("San Francisco", "Santa Clara", "Cape Town", "South Africa"). */
const PLACE_FIRST_WORDS = new Set(
  "San Santa Los Las Fort Cape North South East West Upper Lower Greater Lake Mount Port".split(
    " ",
  ),
);

/** Words that name a kind of place ("Port Klang", "Barrow Street"). */
const PLACE_WORDS = new Set(
  `Street Road Avenue Lane Square Port Bay City County Valley Island Islands Lake Mount River
  Harbour Harbor Beach Hills Heights Springs District Province Region State Kingdom Republic
  Coast Gulf Sea Ocean Airport Station`.split(/\s+/),
);

/**
 * Words before a name that say who the person is: a title or a role ("chief executive", "the
 * principal oboist"); "the publisher" of a newspaper is a person, "publishers" are companies.
 */
const ROLE =
  /^(mr|mrs|ms|miss|dr|prof|professor|sir|dame|rev|chief|executive|officer|director|chairman|chairwoman|chair|president|vice|founder|co-founder|analyst|spokesman|spokeswoman|spokesperson|secretary|minister|member|researcher|scientist|engineer|lawyer|attorney|judge|manager|economist|conductor|musician|player|coach|captain|head|leader|deputy|treasurer|editor|reporter|journalist|author|writer|employee|worker|technician|colleague|wife|husband|son|daughter|father|mother|brother|sister|widow|friend|mayor|governor|senator|councillor|councilor|alderman|congressman|congresswoman|lawmaker|ambassador|commissioner|official|adviser|advisor|consultant|candidate|successor|predecessor|doctor|nurse|surgeon|student|principal|chancellor|dean|ceo|cfo|cto|coo|mp|activist|campaigner|whistleblower|partner|teacher|professor|lecturer|novelist|designer|producer|inventor|counsel|representative|delegate|organi[sz]er|maintainer|publisher(?!s)|prince|princess|king|queen|sheikh|emir|bishop|archbishop|cardinal|general|colonel|inspector|trustee|curator|\p{Ll}+ist|\p{Ll}+ian)s?$/u;

/** Role words in the few words before a name, up to an article or possessive: "its chief executive, ". */
const ROLE_BEFORE = /((?:[\p{L}-]+\.?[ ,]+){1,3})$/u;

/** After a name: ", who", ", 54,", ", an analyst at …", ", one of the co-founders of …". */
const ROLE_AFTER =
  /^,\s+(?:who\b|\d{2},|(?:a|an|the|its|his|her|their|one of (?:the|its|his|her|their)|[\p{L}-]+[’']s)\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+))/u;

/**
 * What only a person does, said of a name in the words after it: resigns, quits, steps down,
 * retires, is fired or ousted, is named to a role, tells reporters.
 */
const PERSON_PREDICATE =
  /^,?[^,.;:"“”]{0,40}?\b(?:resign(?:ed|s)?|quit|step(?:ped|s)? (?:down|aside)|retire[ds]?|told reporters|said in an interview|join(?:ed|s)? (?:the|its) board|(?:was|were|been|be) (?:fired|sacked|dismissed|ousted|pushed out)|(?:was|were|been|be) (?:named|appointed|elected|promoted)(?: as)? ((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+))\b/u;

/**
 * A noun phrase in apposition before a name whose head is a role: "The chairman of the trustees,
 * X,", "Two senior researchers on Y's team, X and Z,". The head is the word before "of", "at" or
 * "on", after a determiner or a number that starts the phrase.
 */
const ROLE_PHRASE_BEFORE =
  /(?:^|[,;:]\s+|\b)(?:the|a|an|its|his|her|their|two|three|four|five|several)\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|at|on)\s+[^,;:]{1,60},\s+$/iu;

/** Nouns for institutions and works ("publishers", not "the publisher"), never people: "two pension funds, X and Y", "the firm X", "X, the 1994 film". */
const INSTITUTION_NOUN =
  /^(?:firm|company|companies|bank|fund|group|studio|film|movie|publisher(?=s$)|broadcaster|station|newspaper|union|agency|charity|insurer|lender|regulator|startup|start-up|carrier|airline|ministry|university|hospital|museum|theatre|consultancy|brand|label|platform|website|magazine|programme|program|show|novel|album|series|play)s?$/;

/** "the incident-response firm X", "two pension funds, X and Y": an institution noun just before. */
const INSTITUTION_NOUN_BEFORE = /([\p{Ll}-]+),?\s+$/u;

/** "X, the 1994 film that …": an institution or a work in apposition after. */
const INSTITUTION_NOUN_AFTER =
  /^,\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}\d’'-]+\s+){0,3}?([\p{Ll}-]+)(?=[\s,.;]|$)/u;

/** "chairman of X", "a member of X": the institution a role is of (not a relation: "the wife of X"). */
const ROLE_OF_BEFORE = /\b([\p{Ll}-]+)\s+of\s+$/u;
const RELATION =
  /^(?:wife|husband|son|daughter|father|mother|brother|sister|widow|friend|colleague|successor|predecessor|partner|ally|allies|rival|deputy|aide)s?$/;

/** ", president of the Ontario Federation …": a bare role in apposition, of or at an institution. */
const BARE_ROLE_AFTER = /^,\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:of|at)\s/u;

/** "The board named X as interim head of safety": named to a role only a person holds. */
const NAMED_BEFORE = /\b(?:named|appointed|elected|promoted)\s+$/;
const AS_ROLE_AFTER = /^,?\s+as\s+((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+)/u;

/** A he or she later in the sentence, with no other name between: "Imani Abbott denied that she …". */
const PRONOUN_AFTER = /^[^A-Z]*\b(?:he|she|his|him|her)\b/u;

/** A possessive that only a company or institution has: "Rowan Street's founder", "X's shares". */
const ORGANISATION_POSSESSIVE =
  /^[’']s\s+(?:founder|co-founder|board|shares|stock|offices|headquarters|employees|workers|staff|chief|chairman|chairwoman|subsidiary|subsidiaries|customers|clients|auditor|members|directors|revenue|profits?|earnings|debt|stake|largest)\b/;

/** What before a name makes it a place or an organisation: "in", "at", "the", "shares of", "&". */
const PLACE_BEFORE = /(?:\b(?:in|at|near|outside|across|throughout|the)|\bshares (?:of|in)|&)\s+$/i;

/**
 * What a company says of itself, in the words after its name: "X said on Monday that it would",
 * "X told investors its revenue …", "X said in a statement that it had": a reporting verb whose
 * subject is taken up by "it" or "its" (not "it was", which people say of anything), or "X
 * shares"; not of a name that starts with a given name ("Anneliese Vogt told investors its
 * strategy was sound").
 */
const ORGANISATION_AFTER =
  /^(?:\s+(?:said|says|told|announced|confirmed|reported|added|expects?|plans?)\b[^,.;:"“”]{0,40}?\b(?:its\b|it\s+(?!was\b|is\b|has been\b)(?:would|will|had|has|plans?|expects?|intends?|could|may|might|did|does|is|was|\p{Ll}+ed|\p{Ll}+s)\b)|\s+(?:shares|stock)\b)/u;

/**
 * Whether a name begins with a given name the tagger's lexicon knows ("Hannah Beck", not "Tel
 * Aviv"): the tagger alone says "person" of many places and companies, so without a role, a
 * pronoun or a later mention by surname its word counts only for a name that starts like one.
 */
const knownGivenName = (name: string) =>
  nlp(`${wordsOf(name)[0]} Smith said.`).match("^#FirstName").found;

/** A separator between the items of a list of names: ", ", " and ", ", and ". */
const LIST_SEPARATOR = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/** Capitalised words that begin titles, dates and sentences, not names. */
const NOT_NAMES = new Set(
  `The A An In On At Chief Executive Officer President Chairman Chair Director Board Company
  Former Acting Interim New Read See Also What Why It Matters Mr Ms Mrs Dr Prof Sir Dame Vice
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December According After Before Since When While As With
  Over From For By Of To And But Who Likely Months Last Next This That These Those Then Now
  Meanwhile Afterwards However Still Yet Even Only Both Neither Either Several Some Many Most Two
  Three Four Five Analysts Shares Members Staff Employees Officials Investors`.split(/\s+/),
);

/** One place a run of capitalised words stands in a sentence. */
interface Occurrence {
  /** The whole run, title words included. */
  run: string;
  /** The name: the run without the title and sentence words before it. */
  name: string;
  start: number;
  end: number;
  before: string;
  after: string;
  /** Whether title words stood in the run before the name ("Vice-president Mei Lin Tan"). */
  titled: boolean;
  /** The runs of the list it may be an item of ("Harlow Pacific, Bank Sentosa and Crédit Marnier"). */
  items: Occurrence[];
}

const wordsOf = (run: string) => run.split(" ");

/** Whether any word (or part of a hyphenated word) names an organisation or a place. */
const namesInstitution = (run: string) =>
  PLACE_FIRST_WORDS.has(wordsOf(run)[0] as string) ||
  wordsOf(run).some((w) => ORGANISATION_WORDS.has(w) || PLACE_WORDS.has(w));

/**
 * A capitalised word that titles a person before their name ("Minister", "Chief", "Senator",
 * "Mayor", "Professor"): a role word, but not one made only by an ending ("-ian", "-ist") that
 * given names such as Brian or Christian share.
 */
const isTitle = (word: string) =>
  word
    .split("-")
    .some((part) => ROLE.test(part.toLowerCase()) && !/(ian|ist)s?$/.test(part.toLowerCase()));

/** Whether a word names a role a person holds ("deputy", "Vice-president", "researchers"). */
export const isRole = (word: string) =>
  word.split("-").some((part) => ROLE.test(part.toLowerCase().replace(/ies$/, "y")));

/** Whether words name a role only a person holds: firms are advisers and partners too. */
const personRole = (words: string | undefined) =>
  words?.split(" ").some((w) => isRole(w) && !/^(advis|consult|partner)/.test(w)) ?? false;

/** Every run of capitalised words outside headlines, with its context in its sentence. */
function occurrences(sentences: readonly TextSpan[]): Occurrence[] {
  const found: Occurrence[] = [];
  let items: Occurrence[] = [];
  for (const sentence of sentences) {
    if (isHeadline(sentence.text)) continue;
    let previousEnd = -1;
    for (const m of sentence.text.matchAll(RUN)) {
      const run = m[0];
      const at = m.index ?? 0;
      const words = wordsOf(run);
      let from = 0;
      while (from < words.length && NOT_NAMES.has((words[from] as string).split("-")[0] as string))
        from++;
      // "Finance Minister Ciarán Dolan", "Police Chief Raymond Okafor", "Professor Siobhán
      // Carrow": a title ends at its last title word, and the name is the two or three words after.
      const lastTitle = words.findLastIndex((w, i) => i >= from && isTitle(w));
      if (lastTitle >= 0 && words.length - lastTitle - 1 >= 2) from = lastTitle + 1;
      const skipped = words.slice(0, from).join(" ");
      const nameStart = at + (from === 0 ? 0 : skipped.length + 1);
      if (previousEnd < 0 || !LIST_SEPARATOR.test(sentence.text.slice(previousEnd, at))) items = [];
      previousEnd = at + run.length;
      const occurrence: Occurrence = {
        run,
        name: words.slice(from).join(" "),
        start: sentence.start + nameStart,
        end: sentence.start + at + run.length,
        before: sentence.text.slice(0, nameStart),
        after: sentence.text.slice(at + run.length),
        titled: words.slice(0, from).some(isRole),
        items,
      };
      items.push(occurrence);
      found.push(occurrence);
    }
  }
  return found;
}

/**
 * The items of the list an occurrence is an item of, itself included; a list has "and" or "or"
 * before its last item, so "the Federation, Jorge Almeida," is no list.
 */
function inList(occurrence: Occurrence): readonly Occurrence[] {
  const { items } = occurrence;
  return items.length > 1 && /\b(?:and|or)\s+$/.test(items.at(-1)?.before ?? "")
    ? items
    : [occurrence];
}

/** The text before the first item of the list an occurrence is in: "warehouses in " for "Port Klang". */
function beforeList(occurrence: Occurrence): string {
  return (inList(occurrence)[0] ?? occurrence).before;
}

/** Whether the words just before a name say who the person is ("its chief executive, "). */
function roleBefore(before: string): boolean {
  const words =
    ROLE_BEFORE.exec(before)?.[1]
      ?.split(/[ ,.]+/)
      .filter(Boolean) ?? [];
  // "engineers from Tel Aviv": a preposition after the role word leaves the name outside it.
  const role = words.findLastIndex(isRole);
  return role >= 0 && !words.slice(role + 1).some((w) => PREPOSITION.test(w));
}

const PREPOSITION = /^(?:from|in|at|of|for|with|to|by|on|near|across|outside|inside|into|via)$/i;

/** A run without the title before its name: "Finance Minister" says nothing of "Ciarán Dolan". */
const unTitled = (o: Occurrence) => (o.titled ? o.name : o.run);

const overlaps = (tagged: readonly Tagged[], o: { start: number; end: number }) =>
  tagged.some((t) => t.start < o.end && t.end > o.start);

/** "in Marta Kessler's view": the "in" belongs to the view, not to the name. */
const inPossessive = (o: Occurrence) => /\bin\s+$/i.test(o.before) && /^[’']s\b/.test(o.after);

/** Whether a name follows "<role> of": "chairman of X" names the institution the role is of. */
function roleOf(before: string): boolean {
  const word = ROLE_OF_BEFORE.exec(before)?.[1];
  return word !== undefined && isRole(word) && !RELATION.test(word);
}

/** Whether a name (or a list of names) stands in apposition to a role phrase: "The chairman of the trustees, X,". */
function rolePhraseBefore(o: Occurrence): boolean {
  const head = ROLE_PHRASE_BEFORE.exec(beforeList(o))?.[1];
  return head !== undefined && isRole(head) && /^(?:,|\s+(?:and|or)\b)/.test(o.after);
}

/** What one occurrence says against the name being a person's: the text treats it as a place or an organisation. */
function institutional(o: Occurrence): boolean {
  return (
    namesInstitution(unTitled(o)) ||
    /^\s*&/.test(o.after) ||
    / family\b/.test(o.after.slice(0, 8)) ||
    ORGANISATION_POSSESSIVE.test(o.after) ||
    INSTITUTION_NOUN.test(INSTITUTION_NOUN_BEFORE.exec(beforeList(o))?.[1] ?? "") ||
    INSTITUTION_NOUN.test(INSTITUTION_NOUN_AFTER.exec(o.after)?.[1] ?? "") ||
    (roleOf(beforeList(o)) && !/^[’']s\b/.test(o.after)) ||
    (PLACE_BEFORE.test(o.before) && !inPossessive(o))
  );
}

/**
 * Whether an occurrence is an item of a list of places or organisations: a list with one named
 * as such ("Harlow Pacific, Bank Sentosa and …"), or after "in" or "at" ("in Rotterdam, Durban
 * and Port Klang"). Weaker than what is said of the name itself: "the chief executive, Marta
 * Kessler, and Harborline Logistics" still names a person.
 */
function inInstitutionList(o: Occurrence, taggedOthers: readonly Tagged[]): boolean {
  const list = inList(o);
  return (
    list.length > 1 &&
    (list.some((x) => namesInstitution(unTitled(x)) || overlaps(taggedOthers, x)) ||
      PLACE_BEFORE.test(beforeList(o)))
  );
}

/** What one occurrence says for the name being a person's: a title or role beside it, ", who", an age. */
function personal(o: Occurrence): boolean {
  const role = ROLE_AFTER.exec(o.after);
  const predicate = PERSON_PREDICATE.exec(o.after);
  return (
    o.titled ||
    (predicate !== null && (predicate[1] === undefined || personRole(predicate[1]))) ||
    PRONOUN_AFTER.test(o.after) ||
    (NAMED_BEFORE.test(o.before) && personRole(AS_ROLE_AFTER.exec(o.after)?.[1])) ||
    roleBefore(beforeList(o)) ||
    rolePhraseBefore(o) ||
    personRole(BARE_ROLE_AFTER.exec(o.after)?.[1]) ||
    (role !== null && (role[1] === undefined || role[1].split(/\s+/).some(isRole)))
  );
}

/**
 * The full names (two or three capitalised words) the article treats as people's, in three
 * steps. Never a name some mention treats as a place or an organisation ("in X", "at X", "the X",
 * "X Partners", "Bank X", "San X", "X's shares", "X & Y", "the X family", or the first words of a
 * longer company name such as "Black Lantern Research"). Then a name some mention shows to be a
 * person's: a title or role before or after it ("Mr", "chief executive", ", an analyst at"),
 * ", who", an age, what only people do (resign, be fired, be named to a role), a he or she that
 * refers back. Otherwise a list of places or companies, ", which" or the tagger's place and
 * organisation lexicons say no, and the tagger's people lexicon or a later mention by surname
 * alone say yes.
 */
export function namesTreatedAsPeople(
  sentences: readonly TextSpan[],
  taggedPeople: readonly Tagged[],
  taggedOthers: readonly Tagged[] = [],
): string[] {
  const all = occurrences(sentences);
  const institutions = all.filter((o) => namesInstitution(unTitled(o))).map((o) => o.run);
  const byName = new Map<string, Occurrence[]>();
  for (const o of all) {
    const count = wordsOf(o.name).filter((w) => !PARTICLE.test(w)).length;
    if (count < 2 || count > 3) continue;
    byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  }
  const soleMentions = all.filter((o) => !/\bthe\s+$/i.test(o.before) && !o.name.includes(" "));
  const names: string[] = [];
  for (const [name, mentions] of byName) {
    const surname = wordsOf(name).at(-1) as string;
    // The text's own evidence first; the tagger's lexicons only where the text says nothing.
    if (
      institutions.some((run) => run !== name && run.startsWith(`${name} `)) ||
      // "Halcyon Redgate" after "Halcyon Pictures": no given name begins a company's name.
      institutions.some((run) => !run.includes(name) && run.startsWith(`${wordsOf(name)[0]} `)) ||
      mentions.some((o) => institutional(o))
    )
      continue;
    if (mentions.some((o) => personal(o))) names.push(name);
    // ", which" is said of things ("Black Lantern, which is run by …"); "the report by X, which
    // found …" makes it weaker than a role.
    else if (
      mentions.some(
        (o) =>
          inInstitutionList(o, taggedOthers) ||
          overlaps(taggedOthers, o) ||
          (ORGANISATION_AFTER.test(o.after) && !knownGivenName(name)) ||
          /^,\s+which\b/.test(o.after),
      )
    )
      continue;
    // "Lattice said it would …", "Lattice shares fell": the surname alone, taken up as a company.
    else if (
      !knownGivenName(name) &&
      soleMentions.some((o) => o.name === surname && ORGANISATION_AFTER.test(o.after))
    )
      continue;
    else if (
      (mentions.some((o) => overlaps(taggedPeople, o)) && knownGivenName(name)) ||
      soleMentions.some((o) => o.name === surname)
    )
      names.push(name);
  }
  return names;
}
