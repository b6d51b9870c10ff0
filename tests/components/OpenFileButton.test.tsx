import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { OpenFileButton } from "../../src/app/OpenFileButton.tsx";

describe("Open file…", () => {
  it("offers JSON files and spreadsheets (CSV, TSV, text, .xlsx) in the file picker", () => {
    const { container } = render(<OpenFileButton onFile={() => {}} busy={false} />);
    const picker = container.querySelector('input[type="file"]') as HTMLInputElement;
    expect(picker.accept.split(",")).toEqual(
      expect.arrayContaining([".json", ".csv", ".tsv", ".txt", ".xlsx", "text/csv"]),
    );
    expect(
      screen.getByRole("button", { name: "Open file…" }).getAttribute("aria-describedby"),
    ).toBe("open-file-hint");
    expect(screen.getByText(/or a spreadsheet \(CSV, TSV or \.xlsx\)/)).toBeTruthy();
  });

  it("hands on the chosen spreadsheet", async () => {
    const onFile = vi.fn();
    const { container } = render(<OpenFileButton onFile={onFile} busy={false} />);
    const sheet = new File(["Year,Headline\n2020,A\n"], "t.csv", { type: "text/csv" });
    await userEvent.upload(
      container.querySelector('input[type="file"]') as HTMLInputElement,
      sheet,
    );
    expect(onFile).toHaveBeenCalledWith(sheet);
  });
});
