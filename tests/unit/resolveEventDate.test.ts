import { describe, expect, it } from "vitest";
import { resolveEdtf } from "../../src/dates/edtf.ts";
import { resolveEventDate } from "../../src/suggest/resolveEventDate.ts";

// Saturday 18 May 2024, early morning UTC (still 17 May in the Americas, already 18 May in Kiritimati).
const PUBLISHED = "2024-05-18T04:52:21Z";
const NO_DATE = "../2024-05-18";

describe("resolveEventDate(sentence, published) reads the first past date in the sentence", () => {
  it.each([
    // Weekdays: the one within the seven days ending on the publication day (see below).
    ["The minister resigned on Tuesday.", "2024-05-14", "day", "on Tuesday"],
    ["Police said on Saturday that two men were held.", "2024-05-18", "day", "on Saturday"],
    ["The talks collapsed last Friday.", "2024-05-17", "day", "last Friday"],
    // Days relative to the publication.
    ["The bridge was closed yesterday.", "2024-05-17", "day", "yesterday"],
    ["The court ruled today.", "2024-05-18", "day", "today"],
    ["The strike began two days ago.", "2024-05-16", "day", "two days ago"],
    // Months and years relative to the publication.
    ["Prices rose last month.", "2024-04", "month", "last month"],
    ["The plant closed last year.", "2023", "year", "last year"],
    ["Turnout fell this month.", "2024-05/2024-05-18", "range", "this month"],
    ["She was elected last May.", "2023-05", "month", "last May"],
    // Calendar dates.
    ["The law passed in April.", "2024-04", "month", "in April"],
    ["The law passed in November.", "2023-11", "month", "in November"],
    ["The law passed in April 2023.", "2023-04", "month", "in April 2023"],
    ["The vote was held on 14 May.", "2024-05-14", "day", "on 14 May"],
    ["The vote was held May 14.", "2024-05-14", "day", "May 14"],
    ["The vote was held on May 14, 2024.", "2024-05-14", "day", "on May 14, 2024"],
    ["The vote was held on 20 May.", "2023-05-20", "day", "on 20 May"],
    ["The vote was held on 18 May.", "2024-05-18", "day", "on 18 May"],
    ["The company was founded in 2019.", "2019", "year", "in 2019"],
    ["In the summer of 2019, the dam burst.", "2019", "year", "2019"],
    ["Inflation peaked in mid-2022.", "2022", "year", "2022"],
    ["In March, the dam burst.", "2024-03", "month", "In March"],
    // Ranges.
    ["The summit ran from 13 to 15 May.", "2024-05-13/2024-05-15", "range", "from 13 to 15 May"],
    [
      "The summit ran between 3 and 5 May 2023.",
      "2023-05-03/2023-05-05",
      "range",
      "between 3 and 5 May 2023",
    ],
    [
      "The fair runs from May 13 to May 20.",
      "2024-05-13/2024-05-18",
      "range",
      "from May 13 to May 20",
    ],
    ["Since Tuesday, four people have died.", "2024-05-14/2024-05-18", "range", "Since Tuesday"],
    ["Fighting has continued since November.", "2023-11/2024-05-18", "range", "since November"],
    ["He has lived abroad since 2020.", "2020/2024-05-18", "range", "since 2020"],
    ["Shares fell earlier this week.", "2024-05-13/2024-05-18", "range", "earlier this week"],
    ["Shares fell this week.", "2024-05-13/2024-05-18", "range", "this week"],
    ["Shares fell last week.", "2024-05-06/2024-05-12", "range", "last week"],
    ["Shares fell earlier this month.", "2024-05-01/2024-05-18", "range", "earlier this month"],
    // Two phrases: the first date wins, a duration is no date.
    ["After nearly a decade in exile, he returned on Tuesday.", "2024-05-14", "day", "on Tuesday"],
    ["He served for three years and resigned in 2019.", "2019", "year", "in 2019"],
    [
      "The deal signed on 3 March 2021 was renewed on 5 April 2022.",
      "2021-03-03",
      "day",
      "on 3 March 2021",
    ],
    ["Talks resume next month, after a meeting on Tuesday.", "2024-05-14", "day", "on Tuesday"],
  ])("%s → %s (%s)", (sentence, edtf, precision, phrase) => {
    const suggested = resolveEventDate(sentence, PUBLISHED);
    expect(suggested).toMatchObject({ edtf, precision, phrase });
    expect(suggested.basis).toContain(
      `"${phrase}", in an article published on Saturday 18 May 2024: `,
    );
    expect(resolveEdtf(suggested.edtf).ok).toBe(true);
  });

  it("writes the basis as the words found and the day they resolve to", () => {
    expect(resolveEventDate("It happened on Tuesday.", PUBLISHED).basis).toBe(
      `"on Tuesday", in an article published on Saturday 18 May 2024: Tuesday 14 May 2024.`,
    );
    expect(resolveEventDate("Shares fell last week.", PUBLISHED).basis).toBe(
      `"last week", in an article published on Saturday 18 May 2024: from Monday 6 May 2024 to Sunday 12 May 2024.`,
    );
  });
});

describe("resolveEventDate(sentence, published) never ends a reported event after its article", () => {
  it.each([
    ["He left in May.", "2024-05/2024-05-18", "2024-05"],
    ["Turnout fell this year.", "2024/2024-05-18", "2024"],
    ["At least five have left since November.", "2023-11/2024-05-18", "2023-11/2024-05-18"],
    ["The fair runs from May 13 to May 20.", "2024-05-13/2024-05-18", "2024-05-13/2024-05-20"],
    ["He left in April.", "2024-04", "2024-04"],
  ])("%s → reported %s, expected %s", (sentence, reported, expected) => {
    expect(resolveEventDate(sentence, PUBLISHED).edtf).toBe(reported);
    expect(resolveEventDate(sentence, PUBLISHED, "", { expected: true }).edtf).toBe(expected);
  });
});

describe("resolveEventDate(sentence, published) reads a weekday within the week ending on the publication day", () => {
  // Thursday 3 October 2024: news style names the day of publication by its weekday.
  const THURSDAY = "2024-10-03T18:20:00Z";
  it.each([
    [
      "Okafor told reporters on Thursday morning that his first priority was stability.",
      "2024-10-03",
    ],
    ["The bank said on Thursday that it had hired an adviser.", "2024-10-03"],
    ["This Thursday the board met again.", "2024-10-03"],
    ["The chairwoman was ousted on Wednesday.", "2024-10-02"],
    ["The regulator opened an inquiry on Monday.", "2024-09-30"],
    ["Shares fell 9 percent on Friday.", "2024-09-27"],
    ["The talks began on Sunday.", "2024-09-29"],
    // "Last" and "past" point before the publication day, a whole week back for its own weekday.
    ["The talks collapsed last Thursday.", "2024-09-26"],
    ["The talks collapsed this past Thursday.", "2024-09-26"],
    ["The talks collapsed last Wednesday.", "2024-10-02"],
  ])("%s → %s", (sentence, edtf) => {
    expect(resolveEventDate(sentence, THURSDAY)).toMatchObject({ edtf, precision: "day" });
  });
});

describe("resolveEventDate(sentence, published) reads relative spans as calendar intervals", () => {
  // Wednesday 14 August 2024; its week began on Monday 12 August.
  const WEDNESDAY = "2024-08-14";
  it.each([
    ["The shares fell last week.", "2024-08-05/2024-08-11"],
    ["The report was published the previous week.", "2024-08-05/2024-08-11"],
    ["The deal was signed this week.", "2024-08-12/2024-08-14"],
    ["The deal was signed earlier this week.", "2024-08-12/2024-08-14"],
    ["Earlier this month, the board met twice.", "2024-08-01/2024-08-14"],
    ["Sales fell this month.", "2024-08/2024-08-14"],
    ["The chief risk officer quit last month.", "2024-07"],
    ["Three directors have left since November.", "2023-11/2024-08-14"],
    ["She joined the company earlier this year.", "2024-01-01/2024-08-14"],
    ["Output has doubled this year.", "2024/2024-08-14"],
  ])("%s → %s, never past the publication day", (sentence, edtf) => {
    const suggested = resolveEventDate(sentence, WEDNESDAY);
    expect(suggested).toMatchObject({ edtf, precision: edtf.includes("/") ? "range" : "month" });
    const resolved = resolveEdtf(suggested.edtf);
    if (!resolved.ok) throw new Error(resolved.reason);
    expect(String(resolved.data.end) <= WEDNESDAY).toBe(true);
  });

  it.each([
    "Investors have sold the shares in recent weeks.",
    "Talks have intensified in recent days.",
  ])("%s → open-ended: vague spans have no calendar reading", (sentence) => {
    expect(resolveEventDate(sentence, WEDNESDAY)).toMatchObject({
      edtf: "../2024-08-14",
      phrase: null,
    });
  });
});

describe("resolveEventDate(sentence, published) dates a clause by its own verb, not an aside's", () => {
  it.each([
    // Relative clauses and appositives set off by commas (sentences in the style of the dev half).
    [
      "Adebayo, who had led the integrity team since 2019, wrote in a thread on Sunday that it was over.",
      "2024-05-12",
      "on Sunday",
    ],
    [
      "Diallo, who resigned as chair last month in protest, said on Tuesday that the move was overdue.",
      "2024-05-14",
      "on Tuesday",
    ],
    [
      "The rule, part of the charter since its founding in 2017, was amended by the board last month.",
      "2024-04",
      "last month",
    ],
    [
      "The company, which was founded in 2015, said on Friday that it would appeal.",
      "2024-05-17",
      "on Friday",
    ],
    ["The board appointed Samuel Okafor, a director since 2019, as acting chair.", NO_DATE, null],
    // What a denial denies does not date the denial.
    ["She denied that she had offered to resign during last year's dispute.", NO_DATE, null],
    ["He denied on Tuesday that he had been forced out last month.", "2024-05-14", "on Tuesday"],
    // An accounting period is what is reported on, not when (dev half: 06).
    [
      "Pellmark reported a net loss for the year to December on January 23.",
      "2024-01-23",
      "on January 23",
    ],
    ["Profit for the quarter ended March 31 fell 34 percent.", NO_DATE, null],
    // The relative clause itself, or one that ends the clause, keeps its date.
    ["who resigned as chair of the ethics committee last month", "2024-04", "last month"],
    ["Daniel Mbeki, who ran the grid operator until last year", "2023", "last year"],
    // An aside that starts with a participle is the event itself ("a report, published last week, found").
    [
      "A report by the union, published last week, found that players had been harassed.",
      "2024-05-06/2024-05-12",
      "last week",
    ],
  ])("%s → %s", (sentence, edtf, phrase) => {
    expect(resolveEventDate(sentence, PUBLISHED)).toMatchObject({ edtf, phrase });
  });
});

describe("resolveEventDate(sentence, published) reads 'since X' as a span, or as the start of a post held", () => {
  it.each([
    // Repeated or ongoing action since X: the span from X to the publication.
    ["Two other executives have left since March.", "2024-03/2024-05-18", "range"],
    ["Since June, five musicians have left the orchestra.", "2023-06/2024-05-18", "range"],
    ["The firm has published reports on eight companies since 2019.", "2019/2024-05-18", "range"],
    [
      "The fund has been pressing for a seat on the board since May.",
      "2024-05/2024-05-18",
      "range",
    ],
    // A post held or a state since X: the event is its start (dev half: 03, 05, l02, w05).
    ["Roos has led the company since November 2021.", "2021-11", "month"],
    ["Ellison has chaired the board since November.", "2023-11", "month"],
    ["who had led the federation since 2016", "2016", "year"],
    ["She has been chief executive since 2019.", "2019", "year"],
    ["He has served on the board since January.", "2024-01", "month"],
  ])("%s → %s", (sentence, edtf, precision) => {
    expect(resolveEventDate(sentence, PUBLISHED)).toMatchObject({ edtf, precision });
  });

  it("says the post began then", () => {
    expect(resolveEventDate("Roos has led the company since 2021.", PUBLISHED).basis).toBe(
      `"since 2021", in an article published on Saturday 18 May 2024: 2021, when what has lasted since began.`,
    );
  });
});

describe("resolveEventDate(sentence, published) never ends a past date after the publication day", () => {
  it.each([
    ["The law passed in May.", "2024-05/2024-05-18"],
    ["The plant closed in 2024.", "2024/2024-05-18"],
    ["The fair ran from May 13 to May 20.", "2024-05-13/2024-05-18"],
    ["Prices have risen since January.", "2024-01/2024-05-18"],
  ])("%s → %s", (sentence, edtf) => {
    expect(resolveEventDate(sentence, PUBLISHED)).toMatchObject({ edtf, precision: "range" });
  });
});

describe("resolveEventDate(sentence, published) reads forward after a verb about the future", () => {
  it.each([
    // Sentences in the style of the dev half (01, 02, 03, 04, 05, b05, t05), published Saturday 18 May 2024.
    [
      "Pratt is expected to be confirmed as chief executive at the annual meeting in June.",
      "2024-06",
    ],
    ["A permanent director is expected to be named in March.", "2025-03"],
    ["A new president is expected to be elected in May.", "2024-05"],
    ["Lindqvist will succeed Costa as president on July 1, the company announced.", "2024-07-01"],
    ["The board is likely to propose a further reshuffle next year.", "2025"],
    [
      "The board is expected to discuss the letter at a meeting next week.",
      "2024-05-20/2024-05-26",
    ],
    ["He is expected to report the findings to shareholders by the end of September.", "2024-09"],
    ["The supervisor is likely to introduce stricter rules before the end of the year.", "2024"],
    ["Vang might join the board, whose members are expected to vote in March.", "2025-03"],
    ["The court is due to rule on Friday.", "2024-05-24"],
  ])("%s → %s, marked ahead", (sentence, edtf) => {
    const suggested = resolveEventDate(sentence, PUBLISHED);
    expect(suggested).toMatchObject({ edtf, ahead: true });
    expect(suggested.basis).toContain("after the publication: the clause speaks of the future");
  });

  it.each([
    // The clause's event is the saying: its future words give no date (03: "said … later this year").
    ["Roos said the group would bring in guidelines later this year.", NO_DATE],
    ["The union said it will strike in June.", NO_DATE],
    ["Protesters said they will march on the capital next week.", NO_DATE],
    // A verb about the future in an aside is not the clause's own.
    [
      "Diallo, who will leave the board in June, said on Tuesday that it was overdue.",
      "2024-05-14",
    ],
    // A date before the verb about the future is read as past.
    ["On Tuesday the board said a new chief will start in June.", "2024-05-14"],
    // Vague spans stay open-ended.
    ["Fairbrother is expected to name an interim director within weeks.", NO_DATE],
    ["Results are expected to follow in the coming weeks.", NO_DATE],
  ])("%s → %s", (sentence, edtf) => {
    const suggested = resolveEventDate(sentence, PUBLISHED);
    expect(suggested.edtf).toBe(edtf);
    expect(suggested.ahead).toBeUndefined();
  });
});

describe("resolveEventDate(sentence, published) reads forward after a modal of what may happen", () => {
  it.each([
    // In the style of the dev half (w07, l07, t09), published Saturday 18 May 2024: "could", "may",
    // "would" and "is in talks to" speak of what has not happened yet, like "is expected to".
    ["A permanent successor could be named in December, two council members said.", "2024-12"],
    ["The foundation's board could vote next month to take the paintings back.", "2024-06"],
    ["The university is in talks to appoint her to a chair from September.", "2024-09"],
    ["The regulator may rule in March.", "2025-03"],
    ["The board would meet in July if the bid is raised.", "2024-07"],
  ])("%s → %s, marked ahead", (sentence, edtf) => {
    expect(resolveEventDate(sentence, PUBLISHED)).toMatchObject({ edtf, ahead: true });
  });

  it.each([
    // "May" capitalised within a sentence is the month, not the modal.
    ["The chairman said in May that the fund could be wound up.", "2024-05/2024-05-18"],
    // After a verb of saying, "would" is what was announced: the saying is the event.
    ["The department said it would publish complaint figures, starting in August.", NO_DATE],
  ])("%s → %s", (sentence, edtf) => {
    expect(resolveEventDate(sentence, PUBLISHED).edtf).toBe(edtf);
  });
});

describe("resolveEventDate(sentence, published, earlier, { context }) dates a 'when' clause by the clause it follows", () => {
  it.each([
    // In the style of the dev half (l07, l12), published Saturday 18 May 2024.
    [
      "That agreement surfaced last month, when",
      "The Clydeside Review reported its existence.",
      "2024-04",
    ],
    [
      "The dispute came to a head earlier this month, when",
      "Pryce was voted out as chair by his fellow trustees.",
      "2024-05-01/2024-05-18",
    ],
  ])("%s / %s → %s", (earlier, sentence, edtf) => {
    expect(resolveEventDate(sentence, PUBLISHED, `${earlier} `, { context: true }).edtf).toBe(edtf);
  });
});

describe("resolveEventDate(sentence, published) reads a date that names a thing only as an occasion", () => {
  it.each([
    // In the style of the dev half (w12, b11), published Saturday 18 May 2024.
    ["Observers are expected to publish an assessment of the October vote in December.", "2024-12"],
    ["She was elected at the April meeting of the board.", "2024-04"],
    ["Moriarty, who had chaired the airline since its 2011 listing", "2011"],
  ])("%s → %s", (sentence, edtf) => {
    expect(resolveEventDate(sentence, PUBLISHED).edtf).toBe(edtf);
  });
});

describe("resolveEventDate(sentence, published) ends an aside at a quotation", () => {
  it("reads the date of a relative clause whose aside runs into a quote (l02)", () => {
    const sentence =
      'The institute was run by Konrad Aebi, a glaciologist who had led it since 1997 and who liked to say that "ice does not lie, only people do."';
    expect(resolveEventDate(sentence, PUBLISHED).edtf).toBe("1997");
  });
});

describe("resolveEventDate(sentence, published) dates the saying after a clause about the future", () => {
  it.each([
    // In the style of the dev half (b10), published Saturday 18 May 2024.
    ["Serrano will become executive chairman, the companies said on Friday.", "2024-05-17"],
    ["The plant will close, the company announced on Tuesday.", "2024-05-14"],
  ])("%s → %s", (sentence, edtf) => {
    expect(resolveEventDate(sentence, PUBLISHED)).toMatchObject({ edtf });
    expect(resolveEventDate(sentence, PUBLISHED).ahead).toBeUndefined();
  });
});

describe("resolveEventDate(sentence, published) reads two joined weekdays as a span", () => {
  it.each([
    // In the style of the dev half (b10), published Saturday 18 May 2024.
    ["The board met on Thursday and Friday before signing off.", "2024-05-16/2024-05-17"],
    ["The strike ran from Monday to Wednesday.", "2024-05-13/2024-05-15"],
    ["Talks ran from Friday to Saturday.", "2024-05-17/2024-05-18"],
    // After a verb about the future, the next such days.
    ["The board is expected to meet on Monday and Tuesday.", "2024-05-20/2024-05-21"],
  ])("%s → %s", (sentence, edtf) => {
    expect(resolveEventDate(sentence, PUBLISHED).edtf).toBe(edtf);
  });
});

describe("resolveEventDate(sentence, published, earlier, { context }) continues the day told just before", () => {
  it.each([
    // In the style of the dev half (01, b09, l02), published Saturday 18 May 2024.
    [
      "The chair of the fund was removed by its board on Monday after a 7-5 vote.",
      "The trustees named the vice-chair, Margaret Lindqvist, as interim chair.",
      "2024-05-13",
    ],
    [
      'Zurbriggen denied on Friday that she had been pushed. "Nobody pushed me. I could see the next year coming.',
      'I did not want the institute to spend it defending me," she said, sitting in a café.',
      "2024-05-17",
    ],
  ])("%s / %s → %s", (earlier, sentence, edtf) => {
    expect(resolveEventDate(sentence, PUBLISHED, earlier, { context: true }).edtf).toBe(edtf);
  });

  it.each([
    // Only a day of the week ending on the publication: an older one is background.
    ["Her lawyers set a deadline of April 2.", "The union said it had received the letter."],
    // Only a single day carries over: a month or span before says when something else began.
    ["Prices have fallen since March.", "The board met to discuss the figures."],
    ["Staff wrote to the trustees last month.", "The trustees named an interim chair."],
    // Not across a paragraph.
    ["The board met on Monday.\n\n", "The trustees named an interim chair."],
    // A clause naming its own occasion was told then.
    ["The board met on Monday.", "In a letter to staff, she wrote that she was proud."],
    ["The board met on Monday.", "In an interview, he said he would consider legal action."],
    // Nor a clause about what may happen.
    ["The board met on Monday.", "Her lawyers said she could seek an injunction."],
  ])("%j / %s → no date", (earlier, sentence) => {
    expect(resolveEventDate(sentence, PUBLISHED, earlier, { context: true }).edtf).toBe(NO_DATE);
  });

  it("says where the date came from", () => {
    expect(
      resolveEventDate("The trustees named an interim chair.", PUBLISHED, "She quit on Monday.", {
        context: true,
      }),
    ).toEqual({
      edtf: "2024-05-13",
      precision: "day",
      basis: "No date words of its own: dated as the sentence just before, Monday 13 May 2024.",
      phrase: null,
    });
  });

  it("without { context }, a clause with no date words of its own gets none", () => {
    expect(
      resolveEventDate("The trustees named an interim chair.", PUBLISHED, "She quit on Monday.")
        .edtf,
    ).toBe(NO_DATE);
  });
});

describe("resolveEventDate(sentence, published, earlier) counts back references from the date told before", () => {
  it.each([
    // Sentences in the style of the dev half (02, 06, l02, l04), published Saturday 18 May 2024.
    [
      "The dispute began in March, when an audit reported weaknesses.",
      "Marsh quit the following month, citing a culture of looking away.",
      "2024-04",
    ],
    [
      "Haldane quit as executive chairman yesterday, two weeks after the company published a loss.",
      "His daughter was named chief operating officer on the same day.",
      "2024-05-17",
    ],
    [
      "The director resigned on Monday, twelve years after she arrived.",
      "The board named her deputy as acting director the same afternoon.",
      "2024-05-13",
    ],
    [
      "Aebi retired in September 2014.",
      "Zurbriggen was named director the following month.",
      "2014-10",
    ],
    [
      "The first warning came in January 2018, when a researcher told a staff meeting.",
      "Imboden left the institute that summer and now teaches in Bern.",
      "2018",
    ],
    [
      "The vote was held on 3 May. Turnout was low.",
      "The result was announced the next day.",
      "2024-05-04",
    ],
    [
      "The vote was held on 3 May.",
      "The board met again the following week.",
      "2024-05-06/2024-05-12",
    ],
    ["The plant opened in 2019.", "It closed a year later.", "2020"],
    // Never past the publication: the month after April, in May's paper, is May so far.
    ["The dispute began in April.", "Marsh quit the following month.", "2024-05/2024-05-18"],
    // Counted from a date ahead of the publication, it is ahead too (b12).
    [
      "Under the agreement, the chairman will step down at the annual meeting on June 26,",
      "and two nominees will join the board at the same meeting.",
      "2024-06-26",
    ],
    [
      "The board is expected to vote on 3 June.",
      "The chief executive will leave the following month.",
      "2024-07",
    ],
    // The clause's own date comes first in its text, as always.
    [
      "The vote was held on 3 May.",
      "On Tuesday, a day later than planned, the board met.",
      "2024-05-14",
    ],
  ])("%s / %s → %s", (earlier, sentence, edtf) => {
    const suggested = resolveEventDate(sentence, PUBLISHED, earlier);
    expect(suggested.edtf).toBe(edtf);
  });

  it("says the date was counted from the one before", () => {
    expect(
      resolveEventDate("He quit the same day.", PUBLISHED, "She resigned on Tuesday.").basis,
    ).toBe(
      `"the same day", in an article published on Saturday 18 May 2024: Tuesday 14 May 2024, counted from the date told just before.`,
    );
  });

  it.each([
    ["He quit the same day.", ""],
    ["He quit the same day.", "The board was divided."],
    ["Three meetings a day were held.", "The vote was held on 3 May."],
  ])("%s after %j → no date: nothing to count from", (sentence, earlier) => {
    expect(resolveEventDate(sentence, PUBLISHED, earlier)).toMatchObject({
      edtf: NO_DATE,
      phrase: null,
    });
  });
});

describe("resolveEventDate(sentence, published) falls back to on or before the publication", () => {
  it.each([
    "The country voted after nearly a decade of military rule.",
    "She has led the party for three years.",
    "The minister said the bill would pass.",
    "A crowd of 2000 people gathered.",
    "Protesters said they will march on the capital.",
  ])("%s → no date", (sentence) => {
    expect(resolveEventDate(sentence, PUBLISHED)).toEqual({
      edtf: NO_DATE,
      precision: "range",
      basis: "No date in the text: on or before the article's publication, 18 May 2024.",
      phrase: null,
    });
  });

  it.each([
    ["Results are expected in the coming weeks.", "in the coming weeks"],
    ["The law takes effect next month.", "next month"],
    ["The court will rule next Friday.", "next Friday"],
    ["Voting ends tomorrow.", "tomorrow"],
    ["The summit is set for 3 June 2024.", "3 June 2024"],
  ])("%s → the future gives no date", (sentence, phrase) => {
    const suggested = resolveEventDate(sentence, PUBLISHED);
    expect(suggested).toMatchObject({ edtf: NO_DATE, precision: "range", phrase });
    expect(suggested.basis).toContain("points after the article's publication");
    expect(suggested.basis).toContain("on or before the article's publication, 18 May 2024.");
  });
});

describe("resolveEventDate(sentence, published) takes today from the publication's UTC day", () => {
  it.each([
    ["2024-05-18", "2024-05-17"],
    ["2024-05-18T23:59:59Z", "2024-05-17"],
    ["2024-05-18T00:00:00Z", "2024-05-17"],
    ["2024-05-19T02:00:00+10:00", "2024-05-17"],
    ["2024-03-01", "2024-02-29"],
    ["2025-01-01T12:00:00Z", "2024-12-31"],
  ])("yesterday, published %s → %s", (published, edtf) => {
    expect(resolveEventDate("It fell yesterday.", published).edtf).toBe(edtf);
  });

  it("crosses a year boundary for last week, last month and a later month", () => {
    const published = "2024-01-03";
    expect(resolveEventDate("It fell last week.", published).edtf).toBe("2023-12-25/2023-12-31");
    expect(resolveEventDate("It fell last month.", published).edtf).toBe("2023-12");
    expect(resolveEventDate("It fell in March.", published).edtf).toBe("2023-03");
  });

  it("gives the same answers whatever the machine's time zone", () => {
    const original = process.env.TZ;
    const sentences = [
      "It fell on Tuesday.",
      "It fell this week.",
      "It fell on 14 May.",
      "It fell in April.",
    ];
    const answers = (tz: string) => {
      process.env.TZ = tz;
      return sentences.map((sentence) => resolveEventDate(sentence, PUBLISHED).edtf);
    };
    try {
      const utc = answers("UTC");
      expect(answers("Pacific/Kiritimati")).toEqual(utc);
      expect(answers("Pacific/Pago_Pago")).toEqual(utc);
    } finally {
      process.env.TZ = original;
    }
  });

  it("rejects a publication that is neither an instant nor a day", () => {
    expect(() => resolveEventDate("It fell today.", "May 2024")).toThrow(RangeError);
  });
});

describe("resolveEventDate(sentence, published) counts back from the publication ('… ago')", () => {
  it.each([
    // Every number word it reads, from "a" to "twelve", and digits.
    ["It fell a week ago.", "2024-05-11", "day"],
    ["It fell one year ago.", "2023", "year"],
    ["It fell two weeks ago.", "2024-05-04", "day"],
    ["It fell two months ago.", "2024-03", "month"],
    ["It fell two years ago.", "2022", "year"],
    ["It fell three weeks ago.", "2024-04-27", "day"],
    ["It fell four months ago.", "2024-01", "month"],
    ["It fell five months ago.", "2023-12", "month"],
    ["It fell six years ago.", "2018", "year"],
    ["It fell seven days ago.", "2024-05-11", "day"],
    ["It fell eight weeks ago.", "2024-03-23", "day"],
    ["It fell nine days ago.", "2024-05-09", "day"],
    ["It fell ten years ago.", "2014", "year"],
    ["It fell eleven days ago.", "2024-05-07", "day"],
    ["It fell twelve months ago.", "2023-05", "month"],
    ["It fell 18 months ago.", "2022-11", "month"],
    ["Three weeks ago, it fell.", "2024-04-27", "day"],
  ])("%s → %s (%s)", (sentence, edtf, precision) => {
    expect(resolveEventDate(sentence, PUBLISHED)).toMatchObject({ edtf, precision });
  });

  it.each([
    ["It fell two weeks ago.", "2023-12-27"],
    ["It fell two months ago.", "2023-11"],
    ["It fell two years ago.", "2022"],
    ["It fell twelve months ago.", "2023-01"],
  ])("across a new year (published 10 January 2024): %s → %s", (sentence, edtf) => {
    expect(resolveEventDate(sentence, "2024-01-10").edtf).toBe(edtf);
  });

  it.each(["It fell an hour ago.", "It fell thirteen months ago.", "It fell twenty years ago."])(
    "%s → no date: it does not guess at hours or number words past twelve",
    (sentence) => {
      expect(resolveEventDate(sentence, PUBLISHED)).toMatchObject({ edtf: NO_DATE, phrase: null });
    },
  );
});

describe("resolveEventDate(sentence, published) never gives an impossible or backwards range", () => {
  it.each([
    ["The summit ran from 15 to 13 May."],
    ["The summit ran 30–31 February."],
    ["The summit ran 28–29 February 2023."],
    ["The summit ran from 30 to 31 April."],
    ["The summit ran 1-31 June."],
    ["The summit ran 0 to 3 May."],
    ["It fell on 30 February."],
    ["It fell on 31 April."],
  ])("%s → no date", (sentence) => {
    expect(resolveEventDate(sentence, PUBLISHED)).toMatchObject({ edtf: NO_DATE, phrase: null });
  });

  it.each([
    ["a leap day", "The summit ran 28–29 February.", "2024-02-28/2024-02-29", "range"],
    ["from the first of the month", "The summit ran 1 to 3 May.", "2024-05-01/2024-05-03", "range"],
    [
      "to the last of the month",
      "The summit ran from 30 to 31 January.",
      "2024-01-30/2024-01-31",
      "range",
    ],
    ["a range of one day is that day", "The summit ran 13 to 13 May.", "2024-05-13", "day"],
    [
      "backwards, months named: the first day",
      "The fair ran from May 15 to May 13.",
      "2024-05-15",
      "day",
    ],
    [
      "backwards, years named: the days between",
      "The fair ran from 15 May 2024 to 13 May 2024.",
      "2024-05-13/2024-05-15",
      "range",
    ],
  ])("%s: %s → %s", (_, sentence, edtf, precision) => {
    const suggested = resolveEventDate(sentence, PUBLISHED);
    expect(suggested).toMatchObject({ edtf, precision });
    const resolved = resolveEdtf(suggested.edtf);
    if (!resolved.ok) throw new Error(resolved.reason);
    expect(String(resolved.data.start) <= String(resolved.data.end)).toBe(true);
  });
});

describe("resolveEventDate(sentence, published) takes the date phrase that comes first in the text", () => {
  it.each([
    ["Last month the board met, and yesterday he quit.", "2024-04", "Last month"],
    ["Yesterday he quit, after the board met last month.", "2024-05-17", "Yesterday"],
    ["On 2 May the vote was held, and he resigned on Tuesday.", "2024-05-02", "On 2 May"],
    ["He resigned on Tuesday, a week after the vote on 2 May.", "2024-05-14", "on Tuesday"],
    ["In 2019 he quit; on Tuesday he said so.", "2019", "In 2019"],
    ["He said on Tuesday he had quit in 2019.", "2024-05-14", "on Tuesday"],
    ["He quit three weeks ago, on Tuesday.", "2024-04-27", "three weeks ago"],
    // Text order, not date order: the later date comes first here.
    [
      "The deal was renewed on 5 April 2022 after being signed on 3 March 2021.",
      "2022-04-05",
      "on 5 April 2022",
    ],
  ])("%s → %s", (sentence, edtf, phrase) => {
    expect(resolveEventDate(sentence, PUBLISHED)).toMatchObject({ edtf, phrase });
  });
});
