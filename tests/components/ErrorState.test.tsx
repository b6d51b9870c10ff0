import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ErrorState } from "../../src/components/ErrorState.tsx";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";

const LONG_URL = `https://example.org/${"very-long-folder-name/".repeat(8)}timeline.json`;

describe("ErrorState", () => {
  it("says what happened and what to do in plain words, the address and status behind a disclosure", async () => {
    const error = new DatasetLoadError(`Loading ${LONG_URL} failed: the server answered 404`, [], {
      kind: "http",
      url: LONG_URL,
      status: 404,
      statusText: "Not Found",
    });
    render(<ErrorState title="The timeline could not be loaded" error={error} />);
    const alert = screen.getByRole("alert", { name: "The timeline could not be loaded" });
    expect(within(alert).getByText(/There is no timeline at this address/)).toBeVisible();
    expect(within(alert).getByText(/Ask whoever shared it for a current link/)).toBeVisible();
    const address = within(alert).getByText(`Address: ${LONG_URL}`);
    expect(address).not.toBeVisible();
    await userEvent.click(within(alert).getByText("Technical details"));
    expect(address).toBeVisible();
    expect(within(alert).getByText("Server's answer: 404 Not Found")).toBeVisible();
  });

  it("offers Retry for a load that may work next time", async () => {
    const onRetry = vi.fn();
    const error = new DatasetLoadError("Could not reach x", [], { kind: "unreachable", url: "x" });
    render(<ErrorState title="The timeline could not be loaded" error={error} onRetry={onRetry} />);
    expect(screen.getByText(/Check your internet connection/)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("keeps an unexpected error's own message for the technical details", () => {
    render(<ErrorState title="Something failed" error={new Error("boom at line 3")} />);
    expect(screen.getByText("Something went wrong.")).toBeVisible();
    expect(screen.getByText("boom at line 3")).not.toBeVisible();
  });
});
