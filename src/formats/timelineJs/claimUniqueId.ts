/** Ids taken so far in one namespace, and the next suffix to try for each base id. */
export interface IdRegistry {
  taken: Set<string>;
  next: Map<string, number>;
}

/** An empty registry for one namespace (events, eras) of one import. */
export function idRegistry(): IdRegistry {
  return { taken: new Set(), next: new Map() };
}

/**
 * Returns `id`, or the first of `id-2`, `id-3`, … not yet taken, and marks it taken. Each base
 * id remembers where its search stopped, so n repeats of one id cost n steps, not n²/2.
 */
export function claimUniqueId(id: string, registry: IdRegistry): string {
  const { taken, next } = registry;
  let unique = id;
  let n = next.get(id) ?? 2;
  while (taken.has(unique)) {
    unique = `${id}-${n}`;
    n += 1;
  }
  if (unique !== id) next.set(id, n);
  taken.add(unique);
  return unique;
}
