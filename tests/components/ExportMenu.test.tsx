import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { ExportMenu } from "../../src/features/export/ExportMenu.tsx";

/** The names of the files saved: jsdom has no downloads, so the download link's click is caught. */
let saved: string[] = [];
beforeEach(() => {
  saved = [];
  URL.createObjectURL = () => "blob:saved";
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

async function openMenu() {
  render(<ExportMenu dataset={dataset} events={dataset.events} />);
  await userEvent.click(screen.getByText("Export"));
}

describe("ExportMenu", () => {
  it("before saving iCalendar, names the undated event it leaves out, and saves on Save anyway", async () => {
    await openMenu();
    await userEvent.click(screen.getByRole("button", { name: "iCalendar (.ics)" }));
    const warning = await screen.findByRole("group", {
      name: "iCalendar (.ics) cannot carry everything",
    });
    expect(warning).toHaveFocus();
    expect(warning).toHaveAccessibleDescription(
      /1 event without a date is left out: “Musk recalls/,
    );
    expect(
      within(warning).getByText(/^Not kept: corrections and other notes \(4 events\)/),
    ).toBeVisible();
    expect(saved).toEqual([]);
    await userEvent.click(within(warning).getByRole("button", { name: "Save anyway" }));
    await vi.waitFor(() => expect(saved).toEqual(["the-openai-safety-team-exodus.ics"]));
    expect(screen.queryByRole("group", { name: /cannot carry everything/ })).toBeNull();
  });

  it("saves nothing on Cancel", async () => {
    await openMenu();
    await userEvent.click(screen.getByRole("button", { name: "CSV (spreadsheet)" }));
    const warning = await screen.findByRole("group", {
      name: "CSV (spreadsheet) cannot carry everything",
    });
    expect(within(warning).queryByText(/left out/)).toBeNull();
    await userEvent.click(within(warning).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("group", { name: /cannot carry everything/ })).toBeNull();
    expect(saved).toEqual([]);
  });

  it("saves Sourceline JSON at once: it carries everything", async () => {
    await openMenu();
    await userEvent.click(screen.getByRole("button", { name: "Sourceline JSON" }));
    await vi.waitFor(() => expect(saved).toEqual(["the-openai-safety-team-exodus.json"]));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("group", { name: /cannot carry everything/ })).toBeNull();
  });
});
