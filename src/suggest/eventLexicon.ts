import type { EventType } from "../data/vocabulary.ts";

/** Verbs (as infinitives) that report an event of a type; the first listed type wins a tie. */
export const VERB_TYPES: ReadonlyMap<string, EventType> = new Map([
  ...["resign", "quit", "leave", "depart", "retire", "exit", "step", "walk", "fire", "sack"].map(
    (v) => [v, "departure"] as const,
  ),
  ...["appoint", "name", "hire", "promote", "succeed", "join", "tap", "elect", "install"].map(
    (v) => [v, "appointment"] as const,
  ),
  ...["oust", "dismiss", "remove", "reinstate", "vote", "suspend"].map(
    (v) => [v, "board"] as const,
  ),
  ...["report", "reveal", "publish"].map((v) => [v, "report"] as const),
  ...["introduce", "adopt", "require", "ban", "mandate", "impose"].map(
    (v) => [v, "policy"] as const,
  ),
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
  ].map((v) => [v, "statement"] as const),
]);

/** Phrases that report an event of a type wherever they stand (multi-word verbs, idioms). */
export const PHRASE_TYPES: readonly [RegExp, EventType][] = [
  [/\bstep(s|ped|ping)?\s+(down|aside)\b/i, "departure"],
  [/\b(pushed|forced|eased|squeezed)\s+out\b/i, "departure"],
  [/\b(left|leaves|leaving)\s+(the|in|after|last|earlier|on)\b/i, "departure"],
  [/\b(confirmed|installed|named|chosen|tapped)\s+as\b/i, "appointment"],
  [/\bin talks\s+(with|to join)\b/i, "appointment"],
  [/\bhas\s+(led|chaired|headed|run)\b[^.]*\bsince\b/i, "appointment"],
  [/\btook\s+over\s+(as|from)\b/i, "appointment"],
  [
    /\b(a|an|the)\s+(new\s+|independent\s+|internal\s+)?(report|review|investigation|audit|study)\s+(by|from|in|earlier|last|published|found|that)\b/i,
    "report",
  ],
  [
    /\b(announced|adopted|introduced|unveiled)\s+(a|new|its)\s+[^.]{0,30}\b(policy|rules?|guidelines?|cap|limit|ban)\b/i,
    "policy",
  ],
];

/** Nouns that name an event of a type on their own ("the departures", "a new policy"). */
export const NOUN_TYPES: readonly [RegExp, EventType][] = [
  [
    /\b(resignations?|departures?|exodus|exits?|former (employee|staffer|researcher|executive))\b/i,
    "departure",
  ],
  [/\b(appointments?|successor)\b/i, "appointment"],
  [/\b(ousting|ouster|dismissal|firing|coup|reshuffle|shake-?up)\b/i, "board"],
  [/\b(polic(y|ies)|rules?|agreements?|guidelines?|non-disparagement)\b/i, "policy"],
  [/\baccording to\b/i, "report"],
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
  /\b(might|may|could|would|likely|unlikely|expected to|is set to|are set to|rumou?red|reportedly|possibly|perhaps|speculat\w*|considering|weighing|poised to|plans? to)\b/i;

/** Words that deny a clause. */
export const DENIAL =
  /\b(den(y|ies|ied|ying)|rejected (claims|reports|suggestions)|dismissed (claims|reports|suggestions)|refuted)\b/i;

/** Words that negate a clause's event. */
export const NEGATION = /\b(not|never|no plans? to|n't|has no intention|have no intention)\b/i;
