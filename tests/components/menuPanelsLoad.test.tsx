import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { ExportMenu } from "../../src/features/export/ExportMenu.tsx";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

describe("the Export menu's panel, loaded apart from its button", () => {
  it("holds nothing until opened, then its formats; Escape closes it, focus back on its button", async () => {
    render(<ExportMenu dataset={dataset} events={dataset.events} />);
    const summary = screen.getByText("Export", { selector: "summary" });
    const menu = summary.closest("details") as HTMLDetailsElement;
    expect(screen.queryByRole("button", { name: "CSV (spreadsheet)" })).toBeNull();
    await userEvent.click(summary);
    expect(menu.open).toBe(true);
    expect(await screen.findByRole("button", { name: "CSV (spreadsheet)" })).toBeInTheDocument();
    await userEvent.keyboard("{Escape}");
    expect(menu.open).toBe(false);
    expect(summary).toHaveFocus();
  });

  it("says it is loading when opened before its code arrived, then shows the formats", async () => {
    // A fresh copy of the menu's modules, its panel not loaded ahead (as in the app), whose code
    // arrives only when the test says so.
    vi.resetModules();
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    vi.doMock("../../src/features/export/ExportPanel.tsx", async () => {
      await arrived;
      return vi.importActual("../../src/features/export/ExportPanel.tsx");
    });
    const fresh = await import("../../src/features/export/ExportMenu.tsx");
    render(<fresh.ExportMenu dataset={dataset} events={dataset.events} />);
    await userEvent.click(screen.getByText("Export", { selector: "summary" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Loading…");
    arrive();
    expect(await screen.findByRole("button", { name: "CSV (spreadsheet)" })).toBeInTheDocument();
    expect(screen.queryByText("Loading…")).toBeNull();
    vi.doUnmock("../../src/features/export/ExportPanel.tsx");
  });
});
