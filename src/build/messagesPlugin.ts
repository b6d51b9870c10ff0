import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";
import { isLaterKey } from "../i18n/laterPrefixes.ts";

/** A language's catalog module (src/i18n/catalogs/*.ts), and the JSON messages it imports. */
const CATALOG_MODULE = /[\\/]src[\\/]i18n[\\/]catalogs[\\/][A-Za-z]+\.ts$/;
const MESSAGES_IMPORT = /from "(\.\.\/messages\/[A-Za-z-]+\.json)"/;
/** The app's own modules, whose message keys are shortened in a build. */
const APP_MODULE = /[\\/]src[\\/].*\.tsx?$/;
/** A message key as the code writes it: `"area.camelCaseName"`. */
const KEY_LITERAL = /"([a-z][A-Za-z]*\.[A-Za-z0-9]+)"/g;

/**
 * Each English key's short id in a build: its place among the sorted keys, in base 36, after a
 * `~` for a message that loads later (so that the first view's code can be checked for none).
 */
export function shortIds(keys: readonly string[]): Map<string, string> {
  return new Map(
    [...keys].sort().map((key, i) => [key, `${isLaterKey(key) ? "~" : ""}${i.toString(36)}`]),
  );
}

/** The later messages' ids a chunk's code names: none may be in the first view's code. */
export function laterIdsIn(code: string): string[] {
  return [...code.matchAll(/"(~[0-9a-z]+)"/g)].map((match) => match[1] ?? "");
}

/** Code with each message key it writes out replaced by its short id; other strings untouched. */
export function shortenKeys(code: string, ids: ReadonlyMap<string, string>): string {
  return code.replace(KEY_LITERAL, (literal, key: string) => {
    const id = ids.get(key);
    return id === undefined ? literal : `"${id}"`;
  });
}

/**
 * Compiles every message of a catalog (ICU text) into the form Lingui's runtime formats, under
 * its short id where a build gives one.
 */
export function compileCatalog(
  raw: Record<string, string>,
  ids?: ReadonlyMap<string, string>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(raw).map(([key, text]) => [ids?.get(key) ?? key, compileMessage(text)]),
  );
}

/**
 * Serves each language's messages compiled at build time, so that the page carries no message
 * compiler: the catalog module src/i18n/catalogs/<locale>.ts is replaced by its compiled JSON.
 * A build also shortens every key to a base-36 number, in the catalogs and in the code that
 * names them, so that readable keys cost the first view next to nothing.
 */
export function messagesPlugin(): Plugin {
  let ids: Map<string, string> | undefined;
  let keyOf = new Map<string, string>();
  return {
    name: "sourceline-messages",
    enforce: "pre",
    configResolved(config) {
      if (config.command !== "build") return;
      const english = join(config.root, "src/i18n/messages/en.json");
      ids = shortIds(Object.keys(JSON.parse(readFileSync(english, "utf8"))));
      keyOf = new Map([...ids].map(([key, id]) => [id, key]));
    },
    load(id) {
      const path = id.split("?")[0] ?? "";
      if (!CATALOG_MODULE.test(path)) return null;
      const imported = MESSAGES_IMPORT.exec(readFileSync(path, "utf8"))?.[1];
      if (!imported) throw new Error(`${path} imports no ../messages/<locale>.json`);
      const file = join(dirname(path), imported);
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
      // A build splits each catalog in two: the first view's messages, and (`?later`) those of
      // the views that load on demand. Development and tests keep them all in the first.
      const later = id.includes("?later");
      const raw = Object.fromEntries(
        Object.entries(all).filter(([key]) => (ids ? isLaterKey(key) === later : !later)),
      );
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(compileCatalog(raw, ids)))});\n`;
    },
    generateBundle(output, bundle) {
      // One file holding everything (the standalone page) has no first view of its own to check.
      const options = output as { codeSplitting?: boolean; inlineDynamicImports?: boolean };
      if (options.codeSplitting === false || options.inlineDynamicImports) return;
      // The first view's chunks: the entry and what it imports, not what it loads on demand.
      const firstView = new Set<string>();
      const visit = (name: string) => {
        const chunk = bundle[name];
        if (firstView.has(name) || chunk?.type !== "chunk") return;
        firstView.add(name);
        for (const imported of chunk.imports) visit(imported);
      };
      for (const [name, chunk] of Object.entries(bundle))
        if (chunk.type === "chunk" && chunk.isEntry) visit(name);
      for (const name of firstView) {
        const chunk = bundle[name];
        if (chunk?.type !== "chunk") continue;
        const named = laterIdsIn(chunk.code).map((id) => keyOf.get(id) ?? id);
        if (named.length > 0)
          this.error(
            `${name}, in the first view, names messages that load later (src/i18n/laterPrefixes.ts): ${[...new Set(named)].join(", ")}. Load them with the view, or take their prefix out of LATER_PREFIXES.`,
          );
      }
    },
    transform(code, id) {
      const path = id.split("?")[0] ?? "";
      if (!ids || !APP_MODULE.test(path) || CATALOG_MODULE.test(path)) return null;
      const shortened = shortenKeys(code, ids);
      return shortened === code ? null : { code: shortened, map: null };
    },
  };
}
