import fc from "fast-check";
import { hostileUrl, hostileValue } from "./hostileValue.ts";

type Key = string | number;
type Section = "sources" | "people" | "events" | "eras";

/**
 * One structural change to a dataset's JSON. A `walk` picks a path from the top: each number
 * chooses a child (modulo how many there are) until the numbers run out or a leaf is reached, so
 * any field of any item can be hit and a failing case shrinks to a short walk.
 */
export type DatasetMutation =
  | { kind: "delete"; walk: number[] }
  | { kind: "set"; walk: number[]; value: unknown }
  | { kind: "retype"; walk: number[]; choice: number }
  | { kind: "duplicate"; walk: number[]; from: number; to: number }
  | { kind: "shuffle"; walk: number[]; swaps: [number, number][] }
  | { kind: "swap"; walk: number[]; other: number[] }
  | { kind: "collideId"; section: Section; from: number; to: number }
  | { kind: "breakReference"; ref: "people" | "excerpt" | "reference"; event: number; id: string }
  | { kind: "swapStartEnd"; target: "date" | "excerpt" | "era"; item: number; excerpt: number }
  | { kind: "shiftOffset"; event: number; excerpt: number; field: "start" | "end"; by: number }
  | { kind: "link"; where: "source" | "media" | "body"; item: number; url: string }
  | { kind: "root"; value: unknown };

const walk = fc.array(fc.nat(), { minLength: 1, maxLength: 7 });
const section = fc.constantFrom<Section>("sources", "people", "events", "eras");
const unknownId = fc.oneof(
  fc.constantFrom(
    "nobody",
    "a",
    "Not An Id",
    "",
    "a--b",
    "benzinga-2024-05-18",
    "axios-2023-11-22",
  ),
  fc.stringMatching(/^[a-z]{1,6}(-[a-z0-9]{1,4})?$/),
);

/** An arbitrary structural change: deletions, hostile values, type changes, broken references… */
export const datasetMutation: fc.Arbitrary<DatasetMutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("delete" as const), walk }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constant("set" as const), walk, value: hostileValue }),
    weight: 6,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("retype" as const), walk, choice: fc.nat() }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("duplicate" as const),
      walk,
      from: fc.nat(),
      to: fc.nat(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("shuffle" as const),
      walk,
      swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant("swap" as const), walk, other: walk }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("collideId" as const),
      section,
      from: fc.nat(),
      to: fc.nat(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("breakReference" as const),
      ref: fc.constantFrom("people" as const, "excerpt" as const, "reference" as const),
      event: fc.nat(),
      id: unknownId,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("swapStartEnd" as const),
      target: fc.constantFrom("date" as const, "excerpt" as const, "era" as const),
      item: fc.nat(),
      excerpt: fc.nat(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("shiftOffset" as const),
      event: fc.nat(),
      excerpt: fc.nat(),
      field: fc.constantFrom("start" as const, "end" as const),
      by: fc.oneof(
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.constantFrom(0.5, 1e21, -1e21),
      ),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("link" as const),
      where: fc.constantFrom("source" as const, "media" as const, "body" as const),
      item: fc.nat(),
      url: hostileUrl,
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("root" as const), value: hostileValue }), weight: 1 },
);

const isContainer = (value: unknown): value is Record<Key, unknown> =>
  typeof value === "object" && value !== null;

function childKeys(node: unknown): Key[] {
  if (Array.isArray(node)) return node.map((_, i) => i);
  return isContainer(node) ? Object.keys(node) : [];
}

/** The path a walk picks from `holder.root`, and every node it passes (holder first). */
function follow(holder: { root: unknown }, steps: readonly number[]) {
  const path: Key[] = ["root"];
  const nodes: unknown[] = [holder, holder.root];
  let node = holder.root;
  for (const step of steps) {
    const keys = childKeys(node);
    const key = keys[step % Math.max(keys.length, 1)];
    if (key === undefined) break;
    path.push(key);
    node = (node as Record<Key, unknown>)[key];
    nodes.push(node);
  }
  return { path, nodes };
}

/** The container holding the last key of `path`, with that key. */
function parentOf(holder: { root: unknown }, path: readonly Key[]) {
  let node: unknown = holder;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(node)) return null;
    node = node[key];
  }
  const key = path.at(-1);
  return isContainer(node) && key !== undefined ? { parent: node, key } : null;
}

/** The same value as another JSON type (never the type it has). */
function retype(value: unknown, choice: number): unknown {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  const number = typeof value === "string" ? Number(value) : text.length;
  const candidates: unknown[] = [
    text,
    Number.isFinite(number) ? number : text.length,
    value !== null && value !== false && value !== 0 && value !== "",
    null,
    [value],
    { value },
  ];
  const kind = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);
  const other = candidates.filter((c) => kind(c) !== kind(value));
  return other[choice % other.length];
}

/** The item at `index` (modulo its length) of a list at `root[name]`, if there is one. */
function itemOf(root: unknown, name: string, index: number): Record<string, unknown> | null {
  if (!isContainer(root)) return null;
  const list = root[name];
  if (!Array.isArray(list) || list.length === 0) return null;
  const item: unknown = list[index % list.length];
  return isContainer(item) && !Array.isArray(item) ? (item as Record<string, unknown>) : null;
}

function swapFields(object: Record<string, unknown> | null, a: string, b: string): void {
  if (!object) return;
  [object[a], object[b]] = [object[b], object[a]];
}

function apply(holder: { root: unknown }, m: DatasetMutation): void {
  const root = holder.root;
  switch (m.kind) {
    case "root":
      holder.root = structuredClone(m.value);
      return;
    case "delete": {
      const at = parentOf(holder, follow(holder, m.walk).path);
      if (!at || at.key === "root") return;
      if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1);
      else delete at.parent[at.key];
      return;
    }
    case "set":
    case "retype": {
      const at = parentOf(holder, follow(holder, m.walk).path);
      if (!at || at.key === "root") return;
      at.parent[at.key] =
        m.kind === "set" ? structuredClone(m.value) : retype(at.parent[at.key], m.choice);
      return;
    }
    case "duplicate":
    case "shuffle": {
      const list = follow(holder, m.walk).nodes.findLast(Array.isArray) as unknown[] | undefined;
      if (!list || list.length === 0) return;
      if (m.kind === "duplicate") {
        const copy = structuredClone(list[m.from % list.length]);
        list.splice(m.to % (list.length + 1), 0, copy);
      } else {
        for (const [a, b] of m.swaps) {
          const [i, j] = [a % list.length, b % list.length];
          [list[i], list[j]] = [list[j], list[i]];
        }
      }
      return;
    }
    case "swap": {
      const a = follow(holder, m.walk).path;
      const b = follow(holder, m.other).path;
      const prefix = (p: Key[], q: Key[]) => p.every((key, i) => q[i] === key);
      if (prefix(a, b) || prefix(b, a)) return;
      const pa = parentOf(holder, a);
      const pb = parentOf(holder, b);
      if (!pa || !pb) return;
      [pa.parent[pa.key], pb.parent[pb.key]] = [pb.parent[pb.key], pa.parent[pa.key]];
      return;
    }
    case "collideId": {
      const from = itemOf(root, m.section, m.from);
      const to = itemOf(root, m.section, m.to);
      if (from && to) to.id = from.id;
      return;
    }
    case "breakReference": {
      const event = itemOf(root, "events", m.event);
      if (!event) return;
      if (m.ref === "people") {
        if (Array.isArray(event.people)) event.people.push(m.id);
      } else if (m.ref === "reference") {
        const date = event.date;
        if (isContainer(date) && Array.isArray(date.references)) date.references.unshift(m.id);
      } else {
        const excerpt = itemOf(event, "excerpts", 0);
        if (excerpt) excerpt.source = m.id;
      }
      return;
    }
    case "swapStartEnd": {
      if (m.target === "era") {
        swapFields(itemOf(root, "eras", m.item), "start", "end");
        return;
      }
      const event = itemOf(root, "events", m.item);
      if (m.target === "date") {
        const date = event?.date;
        swapFields(isContainer(date) ? (date as Record<string, unknown>) : null, "start", "end");
      } else {
        swapFields(event && itemOf(event, "excerpts", m.excerpt), "start", "end");
      }
      return;
    }
    case "shiftOffset": {
      const event = itemOf(root, "events", m.event);
      const excerpt = event && itemOf(event, "excerpts", m.excerpt);
      if (excerpt && typeof excerpt[m.field] === "number") {
        excerpt[m.field] = (excerpt[m.field] as number) + m.by;
      }
      return;
    }
    case "link": {
      if (m.where === "source") {
        const source = itemOf(root, "sources", m.item);
        if (source) source.url = m.url;
        return;
      }
      const event = itemOf(root, "events", m.item);
      if (!event) return;
      if (m.where === "media") event.media = { url: m.url, caption: "A caption", credit: null };
      else event.body = [{ text: "See " }, { text: "the report", href: m.url }];
      return;
    }
  }
}

/** A deep copy of `base` with each mutation applied in turn (`base` is not changed). */
export function applyDatasetMutations(base: unknown, mutations: readonly DatasetMutation[]) {
  const holder = { root: structuredClone(base) };
  for (const mutation of mutations) apply(holder, mutation);
  return holder.root;
}
