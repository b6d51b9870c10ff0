/**
 * A value wrapped in `depth` arrays (`[[[…inner…]]]`), built in a loop so that any depth, even
 * 100,000, costs no stack.
 */
export function nestedArray(depth: number, inner: unknown = 0): unknown {
  let value: unknown = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
