import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ViewErrorBoundary } from "../../src/components/ViewErrorBoundary.tsx";

let broken = true;
function Fragile() {
  if (broken) throw new Error("layout exploded");
  return <p>The view works</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("ViewErrorBoundary", () => {
  it("shows what failed in that view only, and recovers on Try again", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    broken = true;
    render(
      <>
        <ViewErrorBoundary name="The timeline">
          <Fragile />
        </ViewErrorBoundary>
        <p>The rest of the page</p>
      </>,
    );
    const alert = screen.getByRole("alert", { name: "The timeline failed" });
    expect(alert).toHaveTextContent("The timeline could not be shown");
    expect(alert).toHaveTextContent("layout exploded");
    expect(screen.getByText("The rest of the page")).toBeVisible();
    expect(logged).toHaveBeenCalled();

    broken = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("The view works")).toBeVisible();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
