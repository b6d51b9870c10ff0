import { describe, expect, it } from "vitest";
import { classifyClause } from "../../src/suggest/classifyClause.ts";
import { tagSentences } from "../../src/suggest/tagSentences.ts";

/** The type of a clause standing alone, with the verbs the tagger finds in it. */
const classify = (clause: string) =>
  classifyClause(
    clause,
    tagSentences(clause, [{ start: 0, end: clause.length, text: clause }]).verbs,
  );

// Sentences in the style of the dev half; those marked (dev) are taken from it.
describe("classifyClause tells apart the types of events among themselves", () => {
  it.each([
    // A vote is typed by what it decides.
    [
      "a vote to name someone is an appointment (dev)",
      "On Tuesday, the studio's board voted 4-3 to name his daughter, Meera Varadan, 51, as chief executive.",
      "appointment",
    ],
    [
      "a vote to require something is a policy (dev)",
      "It also voted to require that any contract worth more than 50,000 francs be signed by two officers.",
      "policy",
    ],
    [
      "a vote to suspend a rule is a policy",
      "On Monday, the trustees also voted to suspend the delegation policy.",
      "policy",
    ],
    [
      "a vote on whether to cancel a contract is a policy (dev)",
      "The council is expected to vote in November on whether to cancel the contract outright.",
      "policy",
    ],
    [
      "a vote to approve a deal is the board's act (dev)",
      "Redgate's board voted unanimously on Friday to approve the deal.",
      "board",
    ],
    [
      "a vote to open an inquiry is the board's act",
      "On Tuesday, the senate voted 19 to 4 to open an inquiry.",
      "board",
    ],
    [
      "a vote to hire a firm is the board's act (dev)",
      "On Monday it voted to hire the consultancy Brandt & Okafor to review the plant.",
      "board",
    ],
    ["a vote to remove a person is the board's act", "The board voted to remove Altman.", "board"],
    [
      "'by six votes to one' is a tally, not a vote to do something (dev)",
      "Larchmont's board adopted the rule on Thursday by six votes to one.",
      "policy",
    ],
    // Removal: by a governing body it is the board's act; otherwise a departure.
    [
      "dismissed, with no board acting, is a departure (dev)",
      "The chief investment officer, Ingrid Salo, was not dismissed.",
      "departure",
    ],
    [
      "staff dismissed is a departure",
      "A spokesman denied on Monday that any moderators had been dismissed.",
      "departure",
    ],
    [
      "dismissing stories is answering them",
      "The spokesman dismissed weekend newspaper stories on Sunday.",
      "statement",
    ],
    ["dismissing claims as baseless", "He dismissed the claims as baseless.", "statement"],
    [
      "dismissed by a board is the board's act",
      "The coach was dismissed on Sunday by the club's executive board.",
      "board",
    ],
    [
      "a board backing a policy is the board's act (dev)",
      "Quorra's board backed the policy at a meeting earlier this month.",
      "board",
    ],
    [
      "a board adopting a rule makes policy",
      "The board adopted a rule requiring two signatures.",
      "policy",
    ],
    // Acting on things, not people, is policy.
    [
      "removing posts is a policy (dev)",
      "Huddlepost announced that it would also remove posts that share home addresses.",
      "policy",
    ],
    [
      "changing an organisation's rules is a policy (dev)",
      "At the same meeting, the executive changed the union's rules so that a suspended official cannot sign nomination papers.",
      "policy",
    ],
    [
      "agreeing a sale is a policy",
      "He denied that he had agreed the sale with the buyer.",
      "policy",
    ],
    [
      "hiring a firm gives no one a post",
      "The company said it would also hire an outside firm to test its defences.",
      "policy",
    ],
    [
      "a proposal taken up is a policy (dev)",
      "The City Commission is expected to take up a proposal in July that would give the board its own investigators.",
      "policy",
    ],
    // A closing clause of time dates the event; it is not the event.
    [
      "'… after the board suspended him' dates a resignation",
      "Benedetti resigned on Monday, two months after the orchestra's board suspended him.",
      "departure",
    ],
    [
      "'… before the trustees voted' dates what was agreed",
      "He denied that he had agreed the sale before the trustees voted on it.",
      "policy",
    ],
    [
      "'… when she leaves' dates an appointment to come (dev)",
      "Her deputy, Professor Tadhg Mulvey, is expected to become acting president when she leaves on 31 December.",
      "appointment",
    ],
    [
      "a board, with an aside, backing a policy (dev)",
      "Quorra's board, which includes partners from Halden Ventures, backed the policy at a meeting earlier this month.",
      "board",
    ],
    // A document that gives someone a right sets a policy, whatever act it allows.
    [
      "a letter that let someone nominate (dev)",
      "A second letter, dated June 2018, let him nominate two members of the school's advisory board.",
      "policy",
    ],
    [
      "an agreement that gave a right",
      "A side agreement, signed by Marwick in April 2016, gave the foundation the right to approve the wall texts.",
      "policy",
    ],
    [
      "a form the board approved that allowed something (dev)",
      "The consent form it approved at the same meeting allowed any relative to sign on behalf of an unconscious patient.",
      "policy",
    ],
    [
      "a letter that gave reasons grants nothing",
      "The letter to the board gave his reasons for leaving.",
      "departure",
    ],
    // Appointments told without a verb of appointing.
    [
      "'take over on' a date",
      "She is expected to take over on 1 January, subject to approval by the central bank.",
      "appointment",
    ],
    [
      "a leading candidate (dev)",
      "Castellanos is considered a leading candidate, according to two people familiar with the search.",
      "appointment",
    ],
    ["candidate cities are not a candidate", "Candidate cities include Calgary and Sigulda.", null],
    // Layoffs are departures; a document counting them is a report.
    ["'laid off' people (dev)", "Pinewhistle Games laid off 140 people on Thursday.", "departure"],
    [
      "a report that counted layoffs (dev)",
      "A report published earlier this month by the tracker Levelcap counted more than 4,000 layoffs in January.",
      "report",
    ],
    [
      "a confidence vote is the board's (dev)",
      "Okafor-Lind could face a confidence vote at the members' meeting in November.",
      "board",
    ],
    // Leaving a place or a state, and a participle before a noun, are no one leaving a post.
    ["leaving a chamber (dev)", "Vandamme left the chamber before the debate began.", null],
    ["leaving hours later", "They left two hours later without an answer.", null],
    [
      "leaving someone no choice is what was said (dev)",
      'The chair of trustees, Alan Fairbrother, said the review left the board "no real choice."',
      "statement",
    ],
    [
      "what left a quoted state is what was said (dev)",
      'Miriam Feld said on Sunday that the reversal left "one out of nine."',
      "statement",
    ],
    ["leaving a company is still a departure", "Ekdahl left the company in December.", "departure"],
    [
      "retired employees are no one retiring (dev)",
      "The plan covers about 480,000 current and retired employees of cities.",
      null,
    ],
    ["someone retiring", "Deputy Chief Alan Rourke retired in May.", "departure"],
    [
      "a departure that follows others looks back (dev)",
      "Her departure follows those of two other commissioners.",
      null,
    ],
    // Words the lexicon lacked, and verbs the tagger joins to the next word.
    [
      "'walked out' (the tagger reads 'walk out') (dev)",
      "Fourteen maintainers of Tessellate walked out on Wednesday.",
      "departure",
    ],
    [
      "'walked back' remarks is no leaving",
      "The minister walked back her remarks on Friday.",
      null,
    ],
    [
      "'was named acting chief' (the tagger reads 'name acting') (dev)",
      "Assistant Chief Teresa Villanueva was named acting chief at the same meeting.",
      "appointment",
    ],
    ["'stood down'", "The finance chief stood down on Friday.", "departure"],
    [
      "'found out' is no finding",
      "He wrote that he had found out about it on Friday.",
      "statement",
    ],
    [
      "'will be replaced by' someone is an appointment (dev)",
      "Ashdown will be replaced by Priya Lal, currently deputy finance chief at Osgood.",
      "appointment",
    ],
    ["'replaces' someone", "Tanaka-Boateng replaces Gareth Ollerenshaw.", "appointment"],
    ["a founder's first post (dev)", "Varadan founded Chandrika in 1972.", "appointment"],
    ["a company founded names no one's post", "The company was founded in 2019.", null],
    [
      "a headline's 'Found' is a finding, not a founding",
      "The Audit Found Serious Flaws",
      "report",
    ],
    ["'was re-elected' (dev)", "Kaufmann was re-elected unopposed in June.", "appointment"],
    [
      "agreeing, with words between, to do something (dev)",
      "Halcyon Pictures and Redgate Studios agreed late on Friday to combine in an all-share deal.",
      "policy",
    ],
    [
      "reaching a settlement",
      "Torvald reached a settlement on Thursday with the activist investor.",
      "policy",
    ],
    ["pausing a trial (dev)", "Calloway paused the trial last month.", "policy"],
    ["pausing in speech stops nothing", "She paused for a moment before answering.", null],
    [
      "a decision to come about a grant (dev)",
      "The culture secretary is expected to decide in December whether the museum keeps its grant.",
      "policy",
    ],
    [
      "a decision to come about a person",
      "The executive is expected to decide at its next meeting whether to lift the suspension.",
      "board",
    ],
    [
      "a decision someone said is to come is what was said (dev)",
      "Sophie Marchand said on Friday that the agency would decide within 90 days whether to cut the rating.",
      "statement",
    ],
    [
      "a memo that told staff something (dev)",
      "The memo also told the remaining developers that Pinewhistle would end fully remote work from April 3.",
      "policy",
    ],
    [
      "staff told that a rule applies (dev)",
      "Staff were told on Monday that the rule would also apply to work already submitted.",
      "policy",
    ],
    [
      "a post held from one year (dev)",
      "Arthur Penhaligon, a local builder who chaired it from 1996 until 2004",
      "appointment",
    ],
    [
      "a post handed to someone (dev)",
      "The housing portfolio was handed on Wednesday to alderman Karim Bensaïd.",
      "appointment",
    ],
    [
      "'to name a' post to come (dev)",
      "The company is expected to name a permanent chief information security officer in November.",
      "appointment",
    ],
    ["'name' as a noun is no appointment", "The name of the fund was changed.", null],
    [
      "a minister ordering an inquiry",
      "The minister could order a wider inquiry in September.",
      "policy",
    ],
    [
      "a valuation that put a figure on something (dev)",
      "A valuation prepared in October for the studio's lenders put the film library alone at 9.2 billion rupees.",
      "report",
    ],
    // People who speak are sources, not documents.
    [
      "'according to people familiar' is no report",
      "The unit was closed, according to people familiar with the matter.",
      null,
    ],
  ])("%s", (_, clause, type) => {
    expect(classify(clause)).toBe(type);
  });
});
