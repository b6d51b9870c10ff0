import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * Scripts run only from the app itself. `connect-src` must let `?data=` name a dataset on any
 * http(s) host, which a policy written at build time cannot know; index.html's first script adds
 * a second policy once it has read `?data=` (browsers enforce both), narrowing connections to the
 * page's own site and that dataset's (its articles are on the same site: `articlePathFault`).
 * `img-src` lets an imported event's image load from any https host (TimelineJS files name
 * images anywhere); frames, objects and scripts from elsewhere stay forbidden.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self' SCRIPT_HASHES",
  "style-src 'self' STYLE_HASHES",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const INLINE_SCRIPT =
  /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP source of an inline script or style: the base64 SHA-256 of its exact text. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;
}

/**
 * The page with its Content Security Policy: every inline script and style allowed by its hash,
 * nothing else inline.
 */
export function withContentSecurityPolicy(html: string): string {
  const hashes = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => scriptHash(m[1] ?? "")).join(" ");
  const policy = POLICY.replace("SCRIPT_HASHES", hashes(INLINE_SCRIPT))
    .replace("STYLE_HASHES", hashes(INLINE_STYLE))
    .replace(/ ;/g, ";");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return html.replace(/<meta charset="[^"]*"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`);
}

/**
 * For builds (hosted and standalone): writes a Content Security Policy into index.html, after
 * every other plugin (the standalone build inlines its code first), so a dataset string can never
 * run as script. Not for the dev server, which injects scripts of its own.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: "sourceline-content-security-policy",
    apply: "build",
    enforce: "post",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === "asset" && file.fileName.endsWith(".html")) {
            const html =
              typeof file.source === "string" ? file.source : new TextDecoder().decode(file.source);
            file.source = withContentSecurityPolicy(html);
          }
        }
      },
    },
  };
}
