import { useEffect, useState } from "react";

/**
 * `value` once it has stayed the same for `ms` (null before its first value has settled): for
 * work nobody needs while things still change, such as counts behind a menu while the reader
 * types a search.
 */
export function useSettledValue<T>(value: T, ms: number): T | null {
  const [settled, setSettled] = useState<T | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(() => value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
