import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EmbedCode } from "../../src/features/export/EmbedCode.tsx";

describe("EmbedCode", () => {
  it("offers Pym.js embed code for this page's dataset, without this visit's selection", async () => {
    window.history.replaceState(null, "", "/stories/?data=other.json&event=e1&q=board");
    render(<EmbedCode title="A story </script>" />);
    const code = (await screen.findByRole("textbox", {
      name: "Embed on a page",
    })) as HTMLTextAreaElement;
    await expect
      .poll(() => code.value)
      .toContain('"http://localhost:3000/stories/?embed=1&data=other.json"');
    expect(code.value).toContain('title: "A story \\u003c/script>"');
    expect(code.value).not.toContain("event=");
    expect(screen.getByRole("button", { name: "Copy embed code" })).toBeTruthy();
  });
});
