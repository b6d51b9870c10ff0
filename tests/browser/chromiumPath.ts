import { existsSync } from "node:fs";

/** The system Chromium: `CHROME_PATH`, else Debian's `/usr/bin/chromium`; never a download. */
export function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium was not found at ${candidate}. Install Debian's package (apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.`,
    );
  }
  return candidate;
}
