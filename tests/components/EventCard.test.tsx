import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { EventCard } from "../../src/features/eventList/EventCard.tsx";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;
const people = new Map(dataset.people.map((p) => [p.id, p]));
const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const event = dataset.events.find((e) => e.id === "pachocki-named-chief-scientist");
if (!event) throw new Error("The bundled dataset lacks its Pachocki event");

describe("a list card's excerpts", () => {
  it("each have Show in article, named by the excerpt and described by its event, opening the reader on it", async () => {
    const onShowInArticle = vi.fn();
    render(
      <EventCard
        event={event}
        people={people}
        sources={sources}
        onShowInArticle={onShowInArticle}
      />,
    );
    const buttons = screen.getAllByRole("button", { name: /^Show in article/ });
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toHaveAccessibleName("Show in article: excerpt 1");
    expect(buttons[1]).toHaveAccessibleName("Show in article: excerpt 2");
    for (const button of buttons) expect(button).toHaveAccessibleDescription(event.title);
    await userEvent.click(buttons[1] as HTMLElement);
    expect(onShowInArticle).toHaveBeenCalledWith("pachocki-named-chief-scientist", 1);
  });

  it("have no Show in article where the list cannot open the reader (print, no script)", () => {
    render(<EventCard event={event} people={people} sources={sources} />);
    expect(screen.queryByRole("button", { name: /^Show in article/ })).toBeNull();
  });
});

describe("a list card's summary", () => {
  it("is not written again under the title when it only repeats it (an event titled by its caption)", () => {
    const captioned = {
      ...event,
      title: "Caption as title",
      summary: "Caption as title",
      excerpts: [],
    };
    render(<EventCard event={captioned} people={people} sources={sources} />);
    expect(screen.getAllByText("Caption as title")).toHaveLength(1);
  });
});
