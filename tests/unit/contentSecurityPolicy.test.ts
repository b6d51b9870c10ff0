import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withContentSecurityPolicy } from "../../src/build/contentSecurityPolicyPlugin.ts";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = (head: string) =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body></body></html>`;
const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
const directive = (policy: string, name: string) =>
  policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("withContentSecurityPolicy(html) allows only the page's own scripts and styles", () => {
  it.each([
    [
      "no inline script",
      page('<script type="module" src="./assets/a.js"></script>'),
      "script-src 'self'",
    ],
    [
      "an inline script, by its hash",
      page("<script>go()</script>"),
      `script-src 'self' ${sha("go()")}`,
    ],
    [
      "two inline scripts",
      page('<script>a()</script><script type="module">b()</script>'),
      `script-src 'self' ${sha("a()")} ${sha("b()")}`,
    ],
    [
      "inert JSON data is not a script",
      page('<script type="application/json" id="d">{"x":1}</script>'),
      "script-src 'self'",
    ],
  ])("%s", (_, html, scriptSrc) => {
    expect(directive(policyOf(withContentSecurityPolicy(html)), "script-src")).toBe(scriptSrc);
  });

  it("allows an inline style by its hash, and nothing inline otherwise", () => {
    const policy = policyOf(withContentSecurityPolicy(page("<style>p{color:red}</style>")));
    expect(directive(policy, "style-src")).toBe(`style-src 'self' ${sha("p{color:red}")}`);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });

  it("puts the policy first in the head, before any script", () => {
    const html = withContentSecurityPolicy(page("<script>go()</script>"));
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script>"));
  });
});

describe("connect-src", () => {
  it("lets ?data= name any http(s) host (index.html narrows it to the dataset's site at load: tests/browser/offHostRequests.test.ts)", () => {
    const policy = policyOf(withContentSecurityPolicy(page("")));
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' http: https:");
  });
});

describe("img-src", () => {
  it("loads images from the page's site and any https host; frames only from the page's site", () => {
    const policy = policyOf(withContentSecurityPolicy(page("")));
    expect(directive(policy, "img-src")).toBe("img-src 'self' data: https:");
    expect(policy).not.toContain("frame-src");
    expect(directive(policy, "default-src")).toBe("default-src 'self'");
  });
});
