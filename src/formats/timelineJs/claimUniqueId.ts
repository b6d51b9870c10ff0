/**
 * Returns `id`, or the first of `id-2`, `id-3`, … not yet taken, and marks it taken.
 * (Mutates `taken`: one set per namespace, shared across one import.)
 */
export function claimUniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n += 1) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}
