import { describe, expect, it } from "vitest";
import { classifiedPart, classifyClause, mainClause } from "../../src/suggest/classifyClause.ts";
import { tagSentences } from "../../src/suggest/tagSentences.ts";

/** The type of a clause standing alone, with the verbs the tagger finds in it. */
const classify = (clause: string) =>
  classifyClause(
    clause,
    tagSentences(clause, [{ start: 0, end: clause.length, text: clause }]).verbs,
  );

describe("classifyClause(clause, verbs) names the event a clause reports", () => {
  it.each([
    ["a verb of leaving", "Jan Leike resigned on Tuesday.", "departure"],
    ["'stepped down'", "Leike stepped down from the board.", "departure"],
    ["'were departing' (a form of 'be' before it)", "Staff were departing in droves.", "departure"],
    ["'named' someone", "Acme named Mary Stone as chief executive.", "appointment"],
    ["'was named'", "Altman was named in the suit.", "appointment"],
    ["speculation still has a type", "Ilya Sutskever might join xAI.", "appointment"],
    ["a board acting", "The board voted to remove Altman.", "board"],
    ["a report of a board acting", "The Times reported that Altman was ousted.", "board"],
    ["a verb of speaking", "Jan Leike said on X that safety had taken a back seat.", "statement"],
    ["a new rule", "The company introduced new rules for departing staff.", "policy"],
    [
      "an event noun where no verb names one",
      "The departures of two researchers shook the lab.",
      "departure",
    ],
    [
      "a headline's words, untagged",
      "Read Next: Sutskever Who Quit OpenAI Likely To Join xAI",
      "departure",
    ],
    // The main clause's event, not its aside's: "joined" is what Kessler did before.
    [
      "the main clause over its relative clause",
      "Kessler, who joined in 2014, told staff she was proud.",
      "statement",
    ],
    // A document speaking is a report; memos, agreements and contracts set policy.
    [
      "a review that found something",
      "In May, an external review commissioned by the ministry found that data had been altered.",
      "report",
    ],
    [
      "a report that said something",
      "The report, released before markets opened, said the firm had overstated its stocks.",
      "report",
    ],
    [
      "not a report someone spoke about",
      "Chief executive Mark Tan said on Tuesday that the report was wrong.",
      "statement",
    ],
    [
      "a memo that said something",
      "The memo, signed by Fiona Ash, said the company would also end its allowance.",
      "policy",
    ],
    ["a memo sent", "An internal memo sent last week by Gwen Tate listed new customers.", "policy"],
    ["a rule set out in a memo", "The change was set out in an internal memo last week.", "policy"],
    [
      "a deal's clause",
      "The deal includes a clause barring the seller from rival offers.",
      "policy",
    ],
    ["an agreement", "The founding family has agreed to sell its shares.", "policy"],
    ["a contract signed", "The lab signed a contract with a defence ministry.", "policy"],
    [
      "an order to staff",
      "Coralbay told head office staff on Friday that they must return to the office.",
      "policy",
    ],
    [
      "an institution announcing what it will do",
      "The culture ministry said it would tie the subsidy to a code of conduct.",
      "policy",
    ],
    [
      "a board approving a rule, not a board event",
      "The board voted to approve a new rule on sponsorship contracts.",
      "policy",
    ],
    ["'had led … since'", "Almeida, who had led the federation since 2016", "appointment"],
    ["a resignation announced", "Uwe Brandt announced his resignation last month.", "departure"],
    ["a candidacy announced", "Nico Ferro announced his candidacy on Friday.", "statement"],
    [
      "what a speaker said must be published is a statement",
      "Jia Lim, an analyst, said on Tuesday that the company needed to publish a full account.",
      "statement",
    ],
    [
      "what a speaker said would be adopted is a statement",
      "Brenner said on Sunday that the recommendations would be adopted in full.",
      "statement",
    ],
    ["a quote is not an event", '"We are leaving a company," she said.', "statement"],
    ["a quote alone is nothing", '"We are leaving a company."', null],
    [
      "a passive appointment the tagger reads as 'expect'",
      "A permanent director is expected to be chosen in September.",
      "appointment",
    ],
    [
      "'named … as' with words between",
      "On Wednesday, the board named the Estonian conductor Karl Tamm, 38, as principal guest conductor.",
      "appointment",
    ],
    [
      "'will serve as acting'",
      "Mei Tan will serve as acting president until an election.",
      "appointment",
    ],
    ["'placed on leave'", "Finance chief Ken Lau was placed on leave on Tuesday.", "departure"],
    ["'withdrawn from'", "Aebi has not withdrawn from the scientific council.", "departure"],
    [
      "a board forming a committee",
      "The board said on Tuesday that it had formed a special committee of directors.",
      "board",
    ],
    ["a board to meet", "The board is expected to discuss the letter next week.", "board"],
    ["a company's board to meet", "Kestrel's board is expected to discuss the letter.", "board"],
    [
      "not a deal a company spoke of",
      "He will stay on until the deal closes, the company said.",
      "statement",
    ],
    [
      "not leaving the board at a meeting",
      "Two directors left the board at the same meeting.",
      "departure",
    ],
    ["a rule's wording restored", "The board could restore the original wording.", "policy"],
    [
      "a policy defended",
      "Chief executive Margaret Low defended the policy on Thursday.",
      "statement",
    ],
    ["a participle that opens the clause", "saying its staff had been moved", "statement"],
    [
      "an open letter asking for something",
      "Forty glaciologists signed an open letter asking the board to publish the review.",
      "statement",
    ],
    ["a grant suspended", "The Hall Foundation suspended a grant of 2.4 million francs.", "policy"],
    ["a person suspended", "The board suspended Benedetti in August.", "board"],
    [
      "a person arriving from a place",
      "Benedetti arrived from Turin in September 2015.",
      "appointment",
    ],
    [
      "a person arriving as a new hire",
      "She arrived in the mountain town as a postdoctoral researcher.",
      "appointment",
    ],
    // What is not an event.
    ["not a reporting line", "He will report to chief executive Dana White.", null],
    ["not events already told", "The resignations come on top of a loss of talent.", null],
    ["nothing for the weather", "The weather in San Francisco was mild.", null],
    ["not 'stepped' on a rake", "Leike stepped on a rake.", null],
    ["not a leave of absence", "Leike is on leave of absence.", null],
    ["not 'departing' as an adjective", "The departing staff were thanked.", null],
  ])("%s", (_, clause, type) => {
    expect(classify(clause)).toBe(type);
  });
});

describe("classifiedPart(clause, verbs) gives the words its type came from", () => {
  it.each([
    [
      "the main clause when it reports an event",
      "Kessler, who joined in 2014, resigned on Monday.",
      "Kessler, resigned on Monday.",
    ],
    [
      "the aside when only it does",
      "Ashdown, who joined the firm earlier this year, did not respond to a request for comment.",
      "who joined the firm earlier this year",
    ],
  ])("%s", (_, clause, part) => {
    const verbs = tagSentences(clause, [{ start: 0, end: clause.length, text: clause }]).verbs;
    expect(classifiedPart(clause, verbs).part).toBe(part);
  });
});

describe("mainClause(clause) drops asides between commas", () => {
  it.each([
    ["a relative clause", "Kessler, who joined in 2014, told staff.", "Kessler, told staff."],
    ["an aside with 'now'", "Acme, now a unit of Bolt, hired Ray.", "Acme, hired Ray."],
    [
      "a closing relative clause on a person",
      "Two players left, including Jan Ozol, who joined a club in May.",
      "Two players left, including Jan Ozol",
    ],
    [
      "nothing from a clause without one",
      "Leike resigned, citing safety.",
      "Leike resigned, citing safety.",
    ],
  ])("%s", (_, clause, main) => {
    expect(mainClause(clause)).toBe(main);
  });
});

// Sentences written for these tests, in the wording of wire, business and tech reporting: one
// row per word family the lexicon knows, so that news it has never seen is still read.
describe("classifyClause reads the common news wording of each event type", () => {
  it.each([
    // departure
    ["quit", "The finance chief quit last month.", "departure"],
    ["stepped aside", "The editor stepped aside while the inquiry runs.", "departure"],
    ["retired", "The bishop retired in 2019.", "departure"],
    ["was axed", "The coach was axed after a run of defeats.", "departure"],
    ["defected", "Two engineers defected to a rival.", "departure"],
    ["was let go", "The spokesman was let go in the spring.", "departure"],
    ["parted ways", "The bank parted ways with its trading head.", "departure"],
    ["bowed out", "The founder bowed out after two decades.", "departure"],
    ["handed in her notice", "She handed in her notice on Friday.", "departure"],
    ["tendered his resignation", "He tendered his resignation to the council.", "departure"],
    ["is leaving", "The head of design is leaving the company.", "departure"],
    ["will leave", "The anchor will leave at the end of the season.", "departure"],
    ["placed on leave", "The surgeon was placed on administrative leave.", "departure"],
    ["relieved of his duties", "The commander was relieved of his duties.", "departure"],
    ["lost her job", "The producer lost her job after the broadcast.", "departure"],
    ["stepped away", "The founder stepped away from daily management.", "departure"],
    ["retirement (noun)", "His retirement took the market by surprise.", "departure"],
    // appointment
    ["recruited", "The startup recruited a veteran banker to run its lending arm.", "appointment"],
    ["poached", "Meridian poached the chip designer from a rival.", "appointment"],
    ["was elevated", "The deputy was elevated to chief operating officer.", "appointment"],
    ["nominated", "The president nominated a career diplomat for the post.", "appointment"],
    ["was chosen", "A former governor was chosen to lead the agency.", "appointment"],
    ["hired as", "The paper hired a sports writer as its new editor.", "appointment"],
    ["replaced … as", "Ortiz replaced Kemp as head of research.", "appointment"],
    ["became chief", "In 2021 she became chief executive.", "appointment"],
    ["takes over as", "Ng takes over as chair in January.", "appointment"],
    ["took the helm", "Lind took the helm of the fund in May.", "appointment"],
    ["brought in as", "A turnaround expert was brought in as chairman.", "appointment"],
    ["handed the top job", "The deputy governor was handed the top job.", "appointment"],
    ["signed on as", "The former minister signed on as an adviser.", "appointment"],
    ["nomination (noun)", "Her nomination surprised the committee.", "appointment"],
    // board
    ["the board voted", "The board voted to reinstate the founder.", "board"],
    ["a boardroom fight (noun)", "A boardroom battle over strategy broke out.", "board"],
    ["no-confidence (noun)", "The trustees lost a no-confidence motion.", "board"],
    ["was removed from", "He was removed from his post on Friday.", "board"],
    ["removal (noun)", "The chairman's removal shocked investors.", "board"],
    ["the board approved", "The board approved the chief executive's pay package.", "board"],
    ["the trustees rejected", "The museum's trustees rejected the director's plan.", "board"],
    // statement
    ["tweeted", "The senator tweeted that the deal was dead.", "statement"],
    ["acknowledged", "The chief executive acknowledged mistakes in the rollout.", "statement"],
    ["conceded", "The minister conceded that targets had slipped.", "statement"],
    ["admitted", "The club admitted it had underpaid staff.", "statement"],
    ["insisted", "The founder insisted the product was safe.", "statement"],
    ["vowed", "The mayor vowed to fight the ruling.", "statement"],
    ["testified", "The engineer testified before the committee.", "statement"],
    ["apologised", "The airline apologised to passengers.", "statement"],
    ["cautioned", "The central bank cautioned that inflation could return.", "statement"],
    ["reiterated", "The regulator reiterated its opposition to the merger.", "statement"],
    ["blamed", "The carrier blamed the delays on a software fault.", "statement"],
    ["praised", "The coach praised the young striker.", "statement"],
    ["countered that", "The company countered that sales had risen.", "statement"],
    ["hit back at", "The minister hit back at her critics.", "statement"],
    // report
    ["a study found", "A study by the university found higher error rates.", "report"],
    ["auditors concluded", "Auditors concluded that the accounts were sound.", "report"],
    ["disclosed", "The company disclosed the losses in a filing.", "report"],
    ["uncovered", "Reporters uncovered a network of shell firms.", "report"],
    ["a filing showed", "A filing with regulators showed a sharp drop in cash.", "report"],
    [
      "an assessment estimated",
      "An internal assessment estimated the cost at $2 billion.",
      "report",
    ],
    [
      "documents obtained by … show",
      "Emails obtained by the newspaper show the plan was known.",
      "report",
    ],
    ["a survey of … found", "A survey of nurses found widespread burnout.", "report"],
    ["determined that", "The inquiry determined that the records were altered.", "report"],
    // policy
    ["barred", "The league barred players from betting on games.", "policy"],
    ["prohibited", "The ministry prohibited the sale of the drug.", "policy"],
    ["repealed", "Lawmakers repealed the tax last year.", "policy"],
    ["rescinded", "The firm rescinded its return-to-office order.", "policy"],
    ["rolled out new rules", "The platform rolled out new rules on political ads.", "policy"],
    ["phased out", "The company phased out the bonus scheme.", "policy"],
    ["issued new guidance", "The company issued new guidance on expenses.", "policy"],
    ["froze hiring", "The group froze hiring across its European offices.", "policy"],
    ["a hiring freeze", "The bank lifted its hiring freeze.", "policy"],
    ["takes effect", "The ban takes effect in July.", "policy"],
    ["no longer allow", "The airline will no longer allow free changes.", "policy"],
    ["a contract (noun)", "Her contract included a non-compete clause.", "policy"],
    ["a memo (noun)", "A memo to staff circulated on Tuesday.", "policy"],
  ])("%s", (_, clause, type) => {
    expect(classify(clause)).toBe(type);
  });
});
