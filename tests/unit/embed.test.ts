import { describe, expect, it } from "vitest";
import { embedSnippet, embedUrl, isEmbeddable, pymSnippet } from "../../src/embed/embedSnippet.ts";
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
    // Another dataset stays; so does its address's encoding.
    [
      "https://example.org/t/?data=https%3A%2F%2Fnews.example%2Ft.json&event=a",
      "https://example.org/t/?embed=1&data=https%3A%2F%2Fnews.example%2Ft.json",
    ],
    [
      "https://example.org/t/?data=other/story.json#x",
      "https://example.org/t/?embed=1&data=other%2Fstory.json",
    ],
  ])("embedUrl(%s) → %s", (page, url) => {
    expect(embedUrl(page)).toBe(url);
  });

  it.each([
    ["https://example.org/t/", "es", "https://example.org/t/?embed=1&lang=es"],
    ["https://example.org/t/?lang=ja&event=a", "ar", "https://example.org/t/?embed=1&lang=ar"],
    ["https://example.org/t/?lang=ja", undefined, "https://example.org/t/?embed=1"],
    [
      "https://example.org/t/?data=s.json",
      "pt-BR",
      "https://example.org/t/?embed=1&data=s.json&lang=pt-BR",
    ],
  ])("embedUrl(%s, %s) → %s: in the language the code was taken in", (page, lang, url) => {
    expect(embedUrl(page, lang)).toBe(url);
  });

  it.each([
    ["https://example.org/t/", true],
    ["http://localhost:4173/?event=a", true],
    ["file:///home/editor/sourceline/index.html", false],
    ["blob:https://example.org/1234", false],
    ["", false],
  ])("isEmbeddable(%s) → %s: another site can frame only a page served over the web", (url, ok) => {
    expect(isEmbeddable(url)).toBe(ok);
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

  it("cannot end its script early, whatever the title", () => {
    const code = pymSnippet(
      "https://example.org/t/",
      "Story </script><script>alert(1)</script>",
      "s",
    );
    const script = code.split("\n")[2] ?? "";
    expect(script.match(/<\/script>/gi)).toEqual(["</script>"]);
    expect(script).toContain('title: "Story \\u003c/script>\\u003cscript>alert(1)\\u003c/script>"');
  });
});
