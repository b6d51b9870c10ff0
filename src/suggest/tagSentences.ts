import nlp from "compromise";
import type { TextSpan } from "./splitSentences.ts";

/** A word or phrase the tagger found, with where it stands in the whole text. */
export interface Tagged {
  text: string;
  start: number;
  end: number;
  infinitive?: string | undefined;
}

/** What the tagger gives for one word or phrase, with `offset: true`. */
type TaggerJson = {
  text: string;
  offset: { start: number; length: number };
  verb?: { infinitive?: string };
};

/** About how many characters the tagger reads at a time. */
const CHUNK = 1500;

/**
 * The verbs, people, and places and organisations (`others`) of the article, tagged a few
 * sentences at a time, with offsets into the whole text.
 */
export function tagSentences(
  text: string,
  sentences: readonly TextSpan[],
): { verbs: Tagged[]; people: Tagged[]; others: Tagged[] } {
  const verbs: Tagged[] = [];
  const people: Tagged[] = [];
  const others: Tagged[] = [];
  // The tagger's cost grows faster than the text: tag a few sentences at a time.
  for (let i = 0; i < sentences.length; ) {
    const first = sentences[i] as TextSpan;
    let last = first;
    while (i + 1 < sentences.length && (sentences[i + 1] as TextSpan).end - first.start < CHUNK) {
      i++;
      last = sentences[i] as TextSpan;
    }
    i++;
    const doc = nlp(text.slice(first.start, last.end));
    const place = (j: TaggerJson): Tagged => ({
      text: j.text.trim(),
      start: first.start + j.offset.start,
      end: first.start + j.offset.start + j.offset.length,
      infinitive: j.verb?.infinitive && headVerb(j.verb.infinitive),
    });
    verbs.push(...(doc.verbs().json({ offset: true }) as TaggerJson[]).map(place));
    people.push(...(doc.people().json({ offset: true }) as TaggerJson[]).map(place));
    others.push(
      ...(doc.places().json({ offset: true }) as TaggerJson[]).map(place),
      ...(doc.organizations().json({ offset: true }) as TaggerJson[]).map(place),
    );
  }
  return { verbs, people, others };
}

/**
 * The head verb of the tagger's infinitive: "walk out" is walking, "name acting" (from "was
 * named acting chief") is naming, "re-elect" is electing and "co-found" founding; the
 * lexicon lists head verbs, and its phrases read particles such as "step down".
 */
export function headVerb(infinitive: string): string {
  // Particles that make another verb: learning something is not finding it in a report, and
  // walking back a remark is not walking out.
  if (/^(find\s+out|walk\s+back)$/i.test(infinitive.trim())) return infinitive.trim();
  const head = infinitive.trim().split(/\s+/)[0] ?? "";
  const bare = head.replace(/^(re|co)-(?=\p{L})/iu, "");
  return UNCONJUGATED.get(bare.toLowerCase()) ?? bare;
}

/**
 * Past tenses the tagger sometimes gives as their own infinitive, when a time word follows
 * ("said last month", "added: …"): the lexicon lists infinitives.
 */
const UNCONJUGATED: ReadonlyMap<string, string> = new Map([
  ["said", "say"],
  ["told", "tell"],
  ["wrote", "write"],
  ["added", "add"],
]);

/** What of `tagged` lies inside `span`. */
export const within = (tagged: readonly Tagged[], span: { start: number; end: number }) =>
  tagged.filter((t) => t.start >= span.start && t.end <= span.end);
