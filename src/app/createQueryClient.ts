import { QueryClient } from "@tanstack/react-query";
import { retryLoad } from "../data/retryLoad.ts";

/**
 * The app's query client: data is loaded once and kept; a load that failed on a flaky network
 * is tried once more, and no other failure is (`retryLoad`), not even when a view showing it
 * opens again (the reader's Retry fetches it anew).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: retryLoad, retryOnMount: false, refetchOnWindowFocus: false },
    },
  });
}
