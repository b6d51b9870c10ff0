import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MoreMenu } from "../../src/app/MoreMenu.tsx";
import type { Dataset } from "../../src/data/datasetSchema.ts";
import { ExportMenu } from "../../src/features/export/ExportMenu.tsx";

const dataset = JSON.parse(
  readFileSync(join(process.cwd(), "public/data/timeline.json"), "utf8"),
) as Dataset;

function renderMenus() {
  render(
    <>
      <button type="button">Elsewhere</button>
      <MoreMenu>
        <ExportMenu dataset={dataset} events={dataset.events} />
      </MoreMenu>
    </>,
  );
  const more = screen.getByText("More").closest("details") as HTMLDetailsElement;
  const exportMenu = screen.getByText("Export").closest("details") as HTMLDetailsElement;
  return { more, exportMenu };
}

describe("the toolbar's More menu, with Export inside it", () => {
  it("closes the innermost open menu on Escape, then the next, focus back on its button", async () => {
    const { more, exportMenu } = renderMenus();
    await userEvent.click(screen.getByText("More"));
    await userEvent.click(screen.getByText("Export"));
    expect([more.open, exportMenu.open]).toEqual([true, true]);
    await userEvent.keyboard("{Escape}");
    expect([more.open, exportMenu.open]).toEqual([true, false]);
    expect(document.activeElement).toBe(screen.getByText("Export"));
    await userEvent.keyboard("{Escape}");
    expect(more.open).toBe(false);
    expect(document.activeElement).toBe(screen.getByText("More"));
  });

  it("closes when the reader presses outside it", async () => {
    const { more } = renderMenus();
    await userEvent.click(screen.getByText("More"));
    expect(more.open).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(more.open).toBe(false);
  });
});
