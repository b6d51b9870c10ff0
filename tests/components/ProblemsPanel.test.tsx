import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ProblemsPanel } from "../../src/features/problems/ProblemsPanel.tsx";

describe("ProblemsPanel", () => {
  it("names each problem's item by its headline and id beside the JSON path", async () => {
    render(
      <ProblemsPanel
        problems={[
          {
            path: "events[8].start_date.day",
            reason: "day 31 is not a day of April 2024 (1–30); event left out",
            item: { title: "Jan Leike resigns", id: "leike-resigns" },
            leftOut: true,
          },
          { path: "events[9]", reason: "null is not an event object; left out", leftOut: true },
        ]}
      />,
    );
    await userEvent.click(screen.getByText("2 problems in this file (2 items left out)"));
    const items = within(screen.getByRole("list", { name: "Problems" })).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      "“Jan Leike resigns” (leike-resigns) · events[8].start_date.day: day 31 is not a day of April 2024 (1–30); event left out",
      "events[9]: null is not an event object; left out",
    ]);
    expect(items[0]).toBeVisible();
  });

  it("counts warnings apart, and a part of an item left out as no item left out", async () => {
    render(
      <ProblemsPanel
        problems={[
          {
            path: "events[2].media.url",
            reason: 'media URL "ftp://x/a.jpg" is not http(s); left out',
            item: { title: "A slide", id: "a-slide" },
          },
          {
            path: "people[0].description",
            reason: "description is empty or missing; shown without a description",
            item: { title: "Ada", id: "ada" },
            warning: true,
          },
          {
            path: "people[1].description",
            reason: "description is empty or missing; shown without a description",
            warning: true,
          },
        ]}
      />,
    );
    await userEvent.click(screen.getByText("1 problem and 2 warnings in this file"));
    const items = within(screen.getByRole("list", { name: "Problems" })).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      '“A slide” (a-slide) · events[2].media.url: media URL "ftp://x/a.jpg" is not http(s); left out',
      "Warning: “Ada” (ada) · people[0].description: description is empty or missing; shown without a description",
      "Warning: people[1].description: description is empty or missing; shown without a description",
    ]);
  });
});
