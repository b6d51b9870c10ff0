import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";

/** A language's catalog module (src/i18n/catalogs/*.ts), and the JSON messages it imports. */
const CATALOG_MODULE = /[\\/]src[\\/]i18n[\\/]catalogs[\\/][A-Za-z]+\.ts$/;
const MESSAGES_IMPORT = /from "(\.\.\/messages\/[A-Za-z-]+\.json)"/;

/** Compiles every message of a catalog (ICU text) into the form Lingui's runtime formats. */
export function compileCatalog(raw: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).map(([key, text]) => [key, compileMessage(text)]));
}

/**
 * Serves each language's messages compiled at build time, so that the page carries no message
 * compiler: the catalog module src/i18n/catalogs/<locale>.ts is replaced by its compiled JSON.
 */
export function messagesPlugin(): Plugin {
  return {
    name: "sourceline-messages",
    enforce: "pre",
    load(id) {
      const path = id.split("?")[0] ?? "";
      if (!CATALOG_MODULE.test(path)) return null;
      const imported = MESSAGES_IMPORT.exec(readFileSync(path, "utf8"))?.[1];
      if (!imported) throw new Error(`${path} imports no ../messages/<locale>.json`);
      const file = join(dirname(path), imported);
      this.addWatchFile(file);
      const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(compileCatalog(raw)))});\n`;
    },
  };
}
