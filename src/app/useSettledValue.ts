import { useEffect, useRef, useState } from "react";

/**
 * `value` once it has stayed the same for `ms` (null before its first value has settled): for
 * work nobody needs while things still change, such as counts behind a menu while the reader
 * types a search. The first value settles at once, in a task after the first draw.
 */
export function useSettledValue<T>(value: T, ms: number): T | null {
  const [settled, setSettled] = useState<T | null>(null);
  const first = useRef(true);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(() => value), first.current ? 0 : ms);
    first.current = false;
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
