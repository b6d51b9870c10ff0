import { describe, expect, it } from "vitest";
import { EMBEDDED_DATA_ID } from "../../src/data/embeddedData.ts";
import { withEmbeddedData } from "../../src/data/withEmbeddedData.ts";

const page = (attrs: string, body = '{"dataset":{"title":"Old"},"texts":{}}') =>
  `<html><head><script ${attrs}>${body}</script><script>run()</script></head><body></body></html>`;
const data = { dataset: { title: "New </script><script>alert(1)</script>" }, texts: {} };

describe("withEmbeddedData(standalone page, data)", () => {
  it.each([
    ["type before id", `type="application/json" id="${EMBEDDED_DATA_ID}"`],
    ["id before type", `id="${EMBEDDED_DATA_ID}" type="application/json"`],
  ])("replaces the data block (%s), and only it", (_, attrs) => {
    const html = withEmbeddedData(page(attrs), data) ?? "";
    const block = html.slice(html.indexOf(">", html.indexOf(EMBEDDED_DATA_ID)) + 1);
    const json = block.slice(0, block.indexOf("</script>"));
    expect(JSON.parse(json)).toEqual(data);
    expect(html).not.toContain('"Old"');
    expect(html).toContain("<script>run()</script>");
    // The data cannot close its block: no "</script" inside it.
    expect(json).not.toMatch(/<\/script/i);
  });

  it.each([
    ["a page with no data block (the hosted app's index.html)", page('type="module"')],
    ["a data block never closed", `<script type="application/json" id="${EMBEDDED_DATA_ID}">{`],
  ])("gives null for %s", (_, html) => {
    expect(withEmbeddedData(html, data)).toBeNull();
  });
});
