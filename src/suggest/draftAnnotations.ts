import { createHash } from "node:crypto";
import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { slugify } from "../lib/slugify.ts";
import { normalizeQuote } from "../pipeline/normalizeForMatching.ts";
import type { Suggestion } from "./suggestEvents.ts";

/** What merging suggestions into an annotations file did. */
export interface DraftResult {
  yaml: string;
  added: Suggestion[];
  /** Suggestions already in the file (any status): the curator's decision stands. */
  kept: Suggestion[];
}

/** A suggestion's stable key: the same words give the same key on every run. */
export function suggestionKey(suggestion: Suggestion): string {
  const digest = createHash("sha256")
    .update(normalizeQuote(suggestion.excerpt.exact))
    .digest("hex");
  return `${suggestion.type}-${digest.slice(0, 10)}`;
}

/** An event id from a title, unique among `taken`. */
function eventId(title: string, taken: Set<string>): string {
  const base = slugify(title).split("-").slice(0, 6).join("-") || "event";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The words of an existing event's excerpts, to tell whether a suggestion is already covered. */
function curatedQuotes(events: YAMLMap[]): string[] {
  return events.flatMap((event) => {
    const excerpts = event.get("excerpts");
    if (!isSeq(excerpts)) return [];
    return excerpts.items.flatMap((x) =>
      isMap(x) && typeof x.get("quote") === "string"
        ? [normalizeQuote(x.get("quote") as string)]
        : [],
    );
  });
}

/**
 * Merges suggestions into an article's annotations (YAML text, or null for a new article): each
 * one not already there (by its key, or by overlapping words with a curated excerpt) is added as
 * a `proposed` event; everything already in the file — accepted, rejected, retitled, retyped,
 * merged — stays exactly as the curator left it, comments included.
 */
export function draftAnnotations(
  existing: string | null,
  suggestions: readonly Suggestion[],
  context: { sourceId: string; firstSentence: string; articleText: string },
): DraftResult {
  const doc: Document = parseDocument(
    existing ??
      `# Draft annotations written by npm run suggest. Review each event: set status to accepted or
# rejected, retitle, retype or merge; fill in the source's publisher, title and url.
source:
  id: ${JSON.stringify(context.sourceId)}
  publisher: Unknown publisher
  title: ${JSON.stringify(context.firstSentence)}
  url: null
events: []
`,
  );
  if (!isSeq(doc.get("events"))) doc.set("events", doc.createNode([]));
  // Block style, one event under another, as curators write them.
  (doc.get("events") as YAMLSeq).flow = false;
  const events = doc.get("events") as { items: unknown[] };
  const maps = events.items.filter(isMap) as YAMLMap[];
  const keys = new Set(maps.map((e) => e.get("suggestion")).filter((k) => typeof k === "string"));
  const ids = new Set(maps.map((e) => String(e.get("id"))));
  const quotes = curatedQuotes(maps);
  const proposed = new Map<string, string>();
  const added: Suggestion[] = [];
  const kept: Suggestion[] = [];
  for (const suggestion of suggestions) {
    const key = suggestionKey(suggestion);
    const words = normalizeQuote(suggestion.excerpt.exact);
    if (keys.has(key) || quotes.some((q) => q.includes(words) || words.includes(q))) {
      kept.push(suggestion);
      continue;
    }
    keys.add(key);
    for (const person of suggestion.people) if (!person.known) proposed.set(person.id, person.name);
    const { exact, start } = suggestion.excerpt;
    const twice = context.articleText.indexOf(exact) !== context.articleText.lastIndexOf(exact);
    const excerpt: Record<string, string> = { quote: exact };
    if (twice) excerpt.prefix = context.articleText.slice(Math.max(0, start - 32), start);
    doc.addIn(["events"], {
      id: eventId(suggestion.title, ids),
      status: "proposed",
      type: suggestion.type,
      title: suggestion.title,
      summary: exact,
      people: suggestion.people.map((p) => p.id),
      date: { edtf: suggestion.date.edtf, basis: suggestion.date.basis },
      excerpts: [excerpt],
      ...(suggestion.flags.length > 0 ? { flags: suggestion.flags } : {}),
      suggestion: key,
    });
    added.push(suggestion);
  }
  if (proposed.size > 0) {
    const listed = doc.get("proposedPeople");
    const already = new Set(
      isSeq(listed) ? listed.items.flatMap((p) => (isMap(p) ? [String(p.get("id"))] : [])) : [],
    );
    const fresh = [...proposed]
      .filter(([id]) => !already.has(id))
      .map(([id, name]) => ({ id, name }));
    if (isSeq(listed)) for (const person of fresh) listed.add(doc.createNode(person));
    else if (fresh.length > 0) doc.set("proposedPeople", doc.createNode(fresh));
  }
  return { yaml: doc.toString({ lineWidth: 100 }), added, kept };
}
