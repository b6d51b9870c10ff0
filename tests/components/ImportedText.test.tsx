import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../src/data/datasetSchema.ts";
import { ImportedText } from "../../src/features/eventList/ImportedText.tsx";

const imported = (patch: Partial<TimelineEvent>): TimelineEvent => ({
  id: "e",
  type: "other",
  title: "Polls open",
  summary: "First voters queue.",
  people: [],
  date: {
    edtf: "2024",
    start: "2024-01-01",
    end: "2024-12-31",
    precision: "year",
    basis: "b",
    references: [],
  },
  excerpts: [],
  ...patch,
});

describe("ImportedText shows an imported event's own text as its only source", () => {
  it("says there is no verified excerpt, and when the file gave nothing but a title", () => {
    render(<ImportedText event={imported({})} />);
    expect(screen.getByText("No verified excerpt.")).toBeVisible();
    expect(
      screen.getByText(
        /No article backs this event, and it came with no text beyond what is shown above/,
      ),
    ).toBeVisible();
  });

  it("introduces the file's text when there is some", () => {
    render(<ImportedText event={imported({ body: [{ text: "First voters queue." }] })} />);
    expect(screen.getByText(/what follows is the text it came with/)).toBeVisible();
    expect(screen.getByText("First voters queue.")).toBeVisible();
  });

  it.each([
    ["an https link is a link", "https://example.com/r", true],
    ["an http link is a link", "http://example.com/r", true],
    ["a javascript: link is plain text", "javascript:alert(1)", false],
    ["a data: link is plain text", "data:text/html,<b>x</b>", false],
  ])("%s", (_, href, isLink) => {
    render(
      <ImportedText
        event={imported({ body: [{ text: "See " }, { text: "the results", href }] })}
      />,
    );
    expect(screen.queryByRole("link", { name: "the results" }) !== null).toBe(isLink);
    expect(screen.getByText("the results")).toBeVisible();
  });

  it("shows markup in the text as text, never as elements", () => {
    const { container } = render(
      <ImportedText event={imported({ body: [{ text: "<img src=x onerror=alert(1)>" }] })} />,
    );
    expect(screen.getByText("<img src=x onerror=alert(1)>")).toBeVisible();
    expect(container.querySelector("img")).toBeNull();
  });

  it("gives the media caption and credit, and the date as the file wrote it", () => {
    render(
      <ImportedText
        event={imported({
          displayDate: "Election night",
          media: { url: "https://example.com/p.jpg", caption: "A queue", credit: "Agency photo" },
        })}
      />,
    );
    expect(screen.getByText("Date as the file gives it: Election night")).toBeVisible();
    expect(screen.getByText(/A queue\. Credit: Agency photo/)).toBeVisible();
    expect(screen.getByRole("link", { name: "Open the media" })).toHaveAttribute(
      "href",
      "https://example.com/p.jpg",
    );
  });
});

describe("ImportedText's media line in the list", () => {
  it.each([
    [
      "a caption that ends its sentence",
      "A queue.",
      "Agency photo",
      "A queue. Credit: Agency photo",
    ],
    [
      "a credit that says Credit itself",
      "A queue",
      "Credit: Agency photo",
      "A queue. Credit: Agency photo",
    ],
    ["a question", "Who queued?", "Photo credit: Agency", "Who queued? Photo credit: Agency"],
  ])("%s: one full stop, one Credit", (_, caption, credit, line) => {
    render(<ImportedText event={imported({ media: { url: null, caption, credit } })} />);
    expect(screen.getByText(line)).toBeVisible();
  });

  it("gives a quote's words, and loads nothing", () => {
    const { container } = render(
      <ImportedText
        event={imported({
          media: {
            url: null,
            caption: "The mayor",
            credit: null,
            kind: "quote",
            label: "Quote",
            text: [{ text: "We will rebuild." }],
          },
        })}
      />,
    );
    expect(screen.getByText("“We will rebuild.” The mayor")).toBeVisible();
    expect(container.querySelector("img, iframe")).toBeNull();
  });
});
