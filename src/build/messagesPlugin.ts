import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Messages } from "@lingui/core";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";

/** A language's catalog module (src/i18n/catalogs/*.ts), and the JSON messages it imports. */
const CATALOG_MODULE = /[\\/]src[\\/]i18n[\\/]catalogs[\\/][A-Za-z]+\.ts$/;
const MESSAGES_IMPORT = /from "(\.\.\/messages\/[A-Za-z-]+\.json)"/;
/** The app's own modules, whose message keys a build replaces. */
const APP_MODULE = /[\\/]src[\\/].*\.tsx?$/;
/** A message key as the code writes it: `"area.camelCaseName"`. */
const KEY_LITERAL = /"([a-z][A-Za-z]*\.[A-Za-z0-9]+)"/g;

/** Each English key's short id in a build: its place among the sorted keys, in base 36. */
export function shortIds(keys: readonly string[]): Map<string, string> {
  return new Map([...keys].sort().map((key, i) => [key, i.toString(36)]));
}

/**
 * What a build writes in the code for each message key: `[id, English]`, its short id and its
 * English message compiled, which `t` formats when the language is English (whose catalog is
 * then empty) and looks up by id in any other.
 */
export function inlineMessages(english: Record<string, string>): Map<string, string> {
  const ids = shortIds(Object.keys(english));
  return new Map(
    Object.entries(english).map(([key, text]) => [
      key,
      JSON.stringify([ids.get(key), compileMessage(text)]),
    ]),
  );
}

/** Code with each message key it writes out replaced; other strings are left as they are. */
export function replaceKeys(code: string, replacements: ReadonlyMap<string, string>): string {
  return code.replace(KEY_LITERAL, (literal, key: string) => replacements.get(key) ?? literal);
}

/**
 * Compiles every message of a catalog (ICU text) into the form Lingui's runtime formats, under
 * its short id where a build gives one.
 */
export function compileCatalog(
  raw: Record<string, string>,
  ids?: ReadonlyMap<string, string>,
): Messages {
  return Object.fromEntries(
    Object.entries(raw).map(([key, text]) => [ids?.get(key) ?? key, compileMessage(text)]),
  );
}

/**
 * Serves each language's messages compiled, so that the page carries no message compiler: the
 * catalog module src/i18n/catalogs/<locale>.ts is replaced by its compiled messages.
 * A build also writes each English message, compiled, where the code names its key, beside a
 * short id that other languages' catalogs are keyed by. English then needs no catalog, and each
 * message travels with the code that shows it: the first view carries only its own.
 */
export function messagesPlugin(): Plugin {
  let ids: Map<string, string> | undefined;
  let inline: Map<string, string> | undefined;
  return {
    name: "sourceline-messages",
    enforce: "pre",
    configResolved(config) {
      if (config.command !== "build") return;
      const file = join(config.root, "src/i18n/messages/en.json");
      const english = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
      ids = shortIds(Object.keys(english));
      inline = inlineMessages(english);
    },
    load(id) {
      const path = id.split("?")[0] ?? "";
      if (!CATALOG_MODULE.test(path)) return null;
      const imported = MESSAGES_IMPORT.exec(readFileSync(path, "utf8"))?.[1];
      if (!imported) throw new Error(`${path} imports no ../messages/<locale>.json`);
      const file = join(dirname(path), imported);
      this.addWatchFile(file);
      // A build's English is in the code itself.
      const raw =
        ids && imported.endsWith("/en.json")
          ? {}
          : (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>);
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(compileCatalog(raw, ids)))});\n`;
    },
    transform: {
      // After TypeScript is stripped: a key is replaced where the code uses it, not in a type.
      order: "post",
      handler(code, id) {
        const path = id.split("?")[0] ?? "";
        if (!inline || !APP_MODULE.test(path) || CATALOG_MODULE.test(path)) return null;
        const replaced = replaceKeys(code, inline);
        return replaced === code ? null : { code: replaced, map: null };
      },
    },
  };
}
