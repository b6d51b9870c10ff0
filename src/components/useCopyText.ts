import { useCallback, useState } from "react";

/** What the last copy did: nothing yet, copied, or refused (the reader copies by hand). */
export type Copied = "no" | "yes" | "failed";

/** Copies text to the clipboard, remembering how that went; `reset` forgets it. */
export function useCopyText(): [Copied, (text: string) => Promise<void>, () => void] {
  const [copied, setCopied] = useState<Copied>("no");
  const copy = useCallback(async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }, []);
  const reset = useCallback(() => setCopied("no"), []);
  return [copied, copy, reset];
}
