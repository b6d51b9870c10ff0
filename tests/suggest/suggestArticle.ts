import { type Suggestion, suggestEvents } from "../../src/suggest/suggestEvents.ts";

/** An article in the corpus format (its date line, a blank line, the body), published on Saturday 18 May 2024. */
export const article = (body: string) => `Sat, 18 May 2024 04:52:21 GMT\n\n${body}\n`;

/** The suggestions for `article(body)`, failing the test with the reason when it is refused. */
export function suggestArticle(body: string): Suggestion[] {
  const result = suggestEvents(article(body));
  if (!result.ok) throw new Error(result.reason);
  return result.data;
}
