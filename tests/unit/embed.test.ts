import { describe, expect, it } from "vitest";
import { embedSnippet, embedUrl, pymSnippet } from "../../src/embed/embedSnippet.ts";
import { parsePymMessage, pymMessage } from "../../src/embed/pymMessage.ts";

describe("pymMessage / parsePymMessage: Pym.js's wire format", () => {
  it.each([
    [{ id: "sourceline", type: "height", message: "812" }, "pymxPYMxsourcelinexPYMxheightxPYMx812"],
    [{ id: "", type: "width", message: "640" }, "pymxPYMxxPYMxwidthxPYMx640"],
  ])("%j ↔ %s", (message, wire) => {
    expect(pymMessage(message)).toBe(wire);
    expect(parsePymMessage(wire)).toEqual(message);
  });

  it.each([
    ["not a string", 42],
    ["another library's message", "[iFrameSizer]frame:100:200:init"],
    ["too few parts", "pymxPYMxidxPYMxheight"],
    ["not pym", "pamxPYMxidxPYMxheightxPYMx1"],
  ])("ignores %s", (_, data) => {
    expect(parsePymMessage(data)).toBeNull();
  });
});

describe("the embed code", () => {
  it.each([
    ["https://example.org/news/sourceline/", "https://example.org/news/sourceline/?embed=1"],
    [
      "https://example.org/news/sourceline/?event=a#top",
      "https://example.org/news/sourceline/?embed=1",
    ],
    ["./", "./?embed=1"],
  ])("embedUrl(%s) → %s", (page, url) => {
    expect(embedUrl(page)).toBe(url);
  });

  it("writes a plain iframe with its title, escaped", () => {
    expect(embedSnippet("https://example.org/t/", 'A "quoted" <story>', 640)).toBe(
      '<iframe src="https://example.org/t/?embed=1" title="A &quot;quoted&quot; &lt;story&gt;" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    );
  });

  it("writes Pym.js's container, library and parent call", () => {
    const code = pymSnippet("https://example.org/t/?q=x", "Story", "sourceline-story");
    expect(code.split("\n")).toEqual([
      '<div id="sourceline-story"></div>',
      '<script src="https://pym.nprapps.org/pym.v1.min.js"></script>',
      '<script>new pym.Parent("sourceline-story", "https://example.org/t/?embed=1", { title: "Story" });</script>',
    ]);
  });
});
