import { useEffect, useState } from "react";
import type { LoadErrorText } from "../data/describeLoadError.ts";

type Describe = (error: Error) => LoadErrorText;

// The words for load errors, in every language, load apart from the first view: most visits
// never fail. Loaded once, they serve every error at once.
let describe: Describe | null = null;
let loading: Promise<Describe> | null = null;

/** Loads the words for load errors ahead of need (with the views the first one leaves out). */
export function preloadLoadErrorText(): Promise<Describe> {
  loading ??= import("../data/describeLoadError.ts").then(
    (module) => {
      describe = module.describeLoadError;
      return describe;
    },
    (error: unknown) => {
      loading = null; // the next error tries again
      throw error;
    },
  );
  return loading;
}

/**
 * What failed and what to do (`describeLoadError`): null while its words load, and "failed"
 * where they cannot (offline), for the caller to fall back on the error's own message.
 */
export function useLoadErrorText(error: Error): LoadErrorText | null | "failed" {
  const [failed, setFailed] = useState(false);
  const [, setLoaded] = useState(describe !== null);
  useEffect(() => {
    if (describe) return;
    let live = true;
    preloadLoadErrorText().then(
      () => live && setLoaded(true),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (describe) return describe(error);
  return failed ? "failed" : null;
}
