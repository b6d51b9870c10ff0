import { seededRandom } from "../fixtures/seededRandom.ts";

const FIRST = [
  "Anna",
  "Bruno",
  "Chloe",
  "Dmitri",
  "Elena",
  "Farid",
  "Greta",
  "Hugo",
  "Imani",
  "Jonas",
  "Kira",
  "Lars",
  "Mei",
  "Nikolai",
  "Olga",
  "Pavel",
  "Quinn",
  "Rosa",
  "Stefan",
  "Talia",
];
const LAST = [
  "Abbott",
  "Brennan",
  "Castillo",
  "Delacroix",
  "Eriksen",
  "Fontaine",
  "Gallagher",
  "Holt",
  "Iversen",
  "Jansen",
  "Kovacs",
  "Lindholm",
  "Moreau",
  "Nakamura",
  "Okonkwo",
  "Petrov",
];
const COMPANIES = [
  "Altamira Group",
  "Bexley Holdings",
  "Corvan Systems",
  "Dunmore Bank",
  "Everline Foods",
  "Fjordway Shipping",
  "Granite Peak Energy",
  "Helix Robotics",
  "Ironbridge Media",
  "Juniper Health",
];
const ROLES = [
  "chief executive",
  "chief financial officer",
  "chairman",
  "general counsel",
  "head of research",
  "chief operating officer",
  "head of safety",
  "lead independent director",
];
const WHEN = [
  "on Monday",
  "on Tuesday",
  "on Wednesday",
  "on Thursday",
  "on Friday",
  "yesterday",
  "last month",
  "earlier this week",
  "in April",
  "in March",
  "since November",
  "last year",
];
const FIRMS = [
  "Northgate Research",
  "Calder Advisory",
  "the Press Standards Council",
  "Ridgeway Analytics",
];

type Pick = <T>(list: readonly T[]) => T;

const TEMPLATES: ((p: Pick, person: () => string) => string)[] = [
  (p, person) =>
    `${p(COMPANIES)} said ${p(WHEN)} that its ${p(ROLES)}, ${person()}, had resigned after nearly a decade in the role.`,
  (p, person) => `${person()} stepped down as ${p(ROLES)} ${p(WHEN)}, according to a filing.`,
  (p, person) =>
    `The board named ${person()} as interim ${p(ROLES)} while it searches for a permanent successor.`,
  (p, person) =>
    `${person()}, the ${p(ROLES)}, did not resign despite calls from shareholders for a wider overhaul.`,
  (p, person) =>
    `${person()} told reporters ${p(WHEN)} that the company "remains united behind its strategy."`,
  (p) =>
    `Analysts at ${p(FIRMS)} reported ${p(WHEN)} that margins had fallen for several consecutive quarters.`,
  (p, person) =>
    `${person()} is expected to be appointed ${p(ROLES)} at the annual meeting in June.`,
  (p, person) =>
    `${person()} was fired ${p(WHEN)} and ${person()} was named ${p(ROLES)} in the same announcement.`,
  (_p, person) =>
    `${person()} denied that she had been pushed out, and wrote on X that she was "ready for something new."`,
  (p) =>
    `${p(COMPANIES)} introduced rules ${p(WHEN)} requiring an external audit of all major contracts.`,
  (_p, person) => `${person()} has no plans to step down, a spokesperson said.`,
  (p, person) =>
    `${person()} might join the board of ${p(COMPANIES)}, according to people familiar with the talks.`,
  (_p, person) =>
    `"He told me, 'we are leaving,' and then he left," ${person()} said in an interview.`,
  (p) =>
    `Shares in ${p(COMPANIES)} rose 3 percent in early trading, while the wider index was flat.`,
  (p) =>
    `The company, which employs about 12,000 people, is due to publish results ${p(["next month", "in the autumn", "in July"])}.`,
  (p, person) =>
    `${person()}, who joined ${p(COMPANIES)} in 2015, left the company ${p(WHEN)} after clashing with the board.`,
];

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An HTTP date line, e.g. `Sat, 18 May 2024 04:52:21 GMT`. */
function httpDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} GMT`;
}

/**
 * Generates `count` plausible news articles of 200–400 words in the corpus format (an HTTP date
 * line, a blank line, paragraphs) from sentence templates, the same for the same seed.
 */
export function generateArticles(count: number, seed = 11): string[] {
  const rand = seededRandom(seed);
  const pick: Pick = (list) => list[Math.floor(rand() * list.length)] as (typeof list)[number];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const articles: string[] = [];
  for (let a = 0; a < count; a++) {
    const published = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 900 * 86_400_000));
    const target = 200 + Math.floor(rand() * 170);
    const paragraphs: string[] = [];
    let words = 0;
    while (words < target) {
      const sentences: string[] = [];
      const length = 2 + Math.floor(rand() * 3);
      for (let s = 0; s < length && words < target; s++) {
        const sentence = pick(TEMPLATES)(pick, person);
        sentences.push(sentence);
        words += sentence.split(/\s+/).length;
      }
      paragraphs.push(sentences.join(" "));
    }
    articles.push(`${httpDate(published)}\n\n${paragraphs.join("\n\n")}\n`);
  }
  return articles;
}
