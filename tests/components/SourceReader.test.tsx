import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ARTICLE, ARTICLE_URL, BundledReader, source } from "./bundledReader.tsx";
import { renderWithClient } from "./renderWithClient.tsx";
import { serveResponses } from "./serveResponses.ts";

async function open() {
  serveResponses({ [ARTICLE_URL]: () => new Response(ARTICLE) });
  const onOpenEvent = vi.fn();
  renderWithClient(
    <BundledReader
      chosen={{ eventId: "pachocki-named-chief-scientist", index: 1 }}
      onOpenEvent={onOpenEvent}
    />,
  );
  const reader = screen.getByRole("region", { name: source.title });
  await within(reader).findByRole("link", { current: true });
  return { reader, onOpenEvent };
}

/** Opens the ledger's disclosure (jsdom has no wide screen) and gives its entries. */
async function ledgerEntries() {
  await userEvent.click(screen.getByText("Claim ledger"));
  return within(screen.getByRole("list", { name: "Claims in article order" })).getAllByRole(
    "listitem",
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the source reader", () => {
  it("lists the article's 20 claims in article order, each with its status in words", async () => {
    await open();
    expect(screen.getByText(/20 claims: 2 corrections, 1 vague, 3 not verified/)).toBeVisible();
    const entries = await ledgerEntries();
    expect(entries).toHaveLength(20);
    expect(entries[0]).toHaveTextContent(/^✓ Dated and referenced/);
    expect(entries[0]).toHaveTextContent("18 May 2024, reported by Benzinga.");
    const wrong = entries.filter((e) => e.textContent?.includes("The article is wrong here"));
    expect(wrong).toHaveLength(2);
    expect(wrong[0]).toHaveTextContent("Altman's announcement said it of Sutskever");
    expect(wrong[1]).toHaveTextContent("Sutskever did not join xAI");
    expect(entries.filter((e) => e.textContent?.includes("Not verified"))).toHaveLength(3);
  });

  it("marks the chosen claim's entry, and choosing another entry chooses and focuses its highlight", async () => {
    const { reader } = await open();
    const entries = await ledgerEntries();
    expect(entries.filter((e) => e.getAttribute("aria-current") === "true")).toEqual([entries[17]]);
    await userEvent.click(
      within(entries[13] as HTMLElement).getByRole("button", {
        name: /^Show in the text: “See Also/,
      }),
    );
    const chosen = within(reader).getByRole("link", { current: true });
    expect(chosen).toHaveTextContent(/^See Also: Elon Musk Recalls Breaking Friendship/);
    await waitFor(() => expect(chosen).toHaveFocus());
    expect(entries[13]).toHaveAttribute("aria-current", "true");
    expect(entries[17]).not.toHaveAttribute("aria-current");
  });

  it("marks the entry of a highlight chosen in the text, and opens an entry's event", async () => {
    const { reader, onOpenEvent } = await open();
    await userEvent.click(within(reader).getByRole("link", { name: /^Leike, in a post on X/ }));
    const entries = await ledgerEntries();
    const current = entries.find((e) => e.getAttribute("aria-current") === "true") as HTMLElement;
    expect(current).toHaveTextContent("Leike, in a post on X");
    await userEvent.click(
      within(current).getByRole("button", { name: /^Open the details of Leike explains/ }),
    );
    expect(onOpenEvent).toHaveBeenCalledWith("leike-explains-on-x");
  });

  it("gives each wrong claim a Correction button; the chosen one's correction shows, the other's on request", async () => {
    const { reader } = await open();
    const [first, second] = within(reader).getAllByRole("button", { name: "Correction" });
    expect(first).toHaveAttribute("aria-expanded", "true");
    expect(second).toHaveAttribute("aria-expanded", "false");
    const shown = () =>
      within(reader)
        .queryAllByRole("note")
        .map((note) => note.textContent);
    expect(shown()).toEqual([expect.stringMatching(/^Correction: .*said it of Sutskever/)]);
    await userEvent.click(second as HTMLElement);
    expect(second).toHaveAttribute("aria-expanded", "true");
    expect(shown()).toEqual([
      expect.stringMatching(/said it of Sutskever/),
      expect.stringMatching(/^Correction: .*Sutskever did not join xAI/),
    ]);
    await userEvent.click(first as HTMLElement);
    expect(shown()).toEqual([expect.stringMatching(/Sutskever did not join xAI/)]);
    // The correction is the highlight's description, heard as it is focused.
    expect(
      within(reader).getByRole("link", { name: /^Read Next: OpenAI Chief Scientist/ }),
    ).toHaveAccessibleDescription(/^Correction: The expectation was wrong/);
  });

  it("steps through the highlights with the Excerpt k of n bar, stopping at the end", async () => {
    const { reader } = await open();
    const bar = screen.getByRole("navigation", { name: "Excerpts in this article" });
    expect(bar).toHaveTextContent("Excerpt 18 of 20");
    const next = within(bar).getByRole("button", { name: "Next excerpt" });
    await userEvent.click(next);
    expect(bar).toHaveTextContent("Excerpt 19 of 20");
    expect(within(reader).getByRole("link", { current: true })).toHaveTextContent(
      /^Elon Musk, one of the co-founders of OpenAI/,
    );
    await userEvent.click(next);
    expect(bar).toHaveTextContent("Excerpt 20 of 20");
    expect(next).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(next);
    expect(bar).toHaveTextContent("Excerpt 20 of 20");
    // The button keeps focus, so it can be pressed again.
    expect(next).toHaveFocus();
    await userEvent.click(within(bar).getByRole("button", { name: "Previous excerpt" }));
    expect(bar).toHaveTextContent("Excerpt 19 of 20");
  });

  it("steps with ← and → on a highlight, moving focus with the choice", async () => {
    const { reader } = await open();
    const chosen = within(reader).getByRole("link", { current: true });
    await waitFor(() => expect(chosen).toHaveFocus());
    await userEvent.keyboard("{ArrowLeft}");
    const previous = within(reader).getByRole("link", { current: true });
    expect(previous).toHaveTextContent(
      "OpenAI appointed Jakub Pachocki as its new chief scientist",
    );
    await waitFor(() => expect(previous).toHaveFocus());
    expect(screen.getByRole("navigation", { name: "Excerpts in this article" })).toHaveTextContent(
      "Excerpt 17 of 20",
    );
  });
});
