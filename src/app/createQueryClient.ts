import { QueryClient } from "@tanstack/react-query";

/** The app's query client: data is loaded once and kept; one retry for a flaky network. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
}
