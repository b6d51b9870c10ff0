import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import type { Plugin } from "vite";
import { datasetJsonSchema } from "../pipeline/publishedFiles.ts";

/** The module the app imports its dataset check from. */
export const DATASET_VALIDATOR_ID = "virtual:sourceline/dataset-validator";
const RESOLVED_ID = `\0${DATASET_VALIDATOR_ID}`;
const SCHEMA_ID = "sourceline-dataset";

/**
 * The dataset's JSON Schema (generated from the zod schema the pipeline uses) compiled by Ajv into
 * plain code at build time: the app checks a dataset with it, without the schema library, without
 * `eval` (a strict Content Security Policy allows it) and faster than the schema library checks it, as
 * each item schema becomes a function the engine can optimise.
 */
export function datasetValidatorSource(): string {
  const ajv = new Ajv2020({
    code: { source: true, esm: true },
    allErrors: false,
    messages: false,
    inlineRefs: false,
  });
  ajv.addSchema({ ...itemsByReference(datasetJsonSchema()), $id: SCHEMA_ID });
  // Each section's item check is exported too (`eventsItem`, …): a file that fails the whole
  // check is sorted item by item with them, and the schema library only says why for a few.
  const items = Object.fromEntries(
    SECTIONS.map((section) => [`${section}Item`, `${SCHEMA_ID}#/$defs/${section}Item`]),
  );
  return standaloneCode(ajv, { validate: SCHEMA_ID, ...items });
}

/** The sections whose items a dataset holds by the thousand. */
const SECTIONS = ["sources", "people", "events", "eras"];

/**
 * The same schema with each section's item schema moved to `$defs` and referred to: compiled
 * without inlining, each becomes a small function of its own, which the engine optimises after
 * a few hundred items, where one function for the whole file stays slow for a large dataset.
 */
function itemsByReference(schema: object): object {
  const out = structuredClone(schema) as {
    properties: Record<string, { items?: unknown }>;
    $defs?: Record<string, unknown>;
  };
  out.$defs ??= {};
  for (const section of SECTIONS) {
    const property = out.properties[section];
    if (!property?.items) continue;
    out.$defs[`${section}Item`] = property.items;
    property.items = { $ref: `#/$defs/${section}Item` };
  }
  return out;
}

/** Serves `virtual:sourceline/dataset-validator` to the app, its tests and its builds. */
export function datasetValidatorPlugin(): Plugin {
  return {
    name: "sourceline-dataset-validator",
    resolveId: (id) => (id === DATASET_VALIDATOR_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? datasetValidatorSource() : undefined),
  };
}
