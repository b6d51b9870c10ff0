import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type ChromiumDecision, decideChromium, type Machine } from "./decideChromium.ts";

/** Thrown when there is no browser to launch; its message is the whole instruction, so no stack is shown. */
export class NoChromium extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoChromium";
    this.stack = message;
  }
}

/** This machine, as the decision sees it. */
function thisMachine(): Machine {
  return {
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    canSudo: () => spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0,
  };
}

/** Runs the install commands quietly; on failure throws apt's last line with the instruction. */
function install(commands: readonly (readonly string[])[]) {
  for (const [command, ...args] of commands) {
    const run = spawnSync(command as string, args, {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.status !== 0) {
      const said = `${run.stderr ?? ""}\n${run.error?.message ?? ""}`.trim().split("\n").at(-1);
      throw new NoChromium(
        `No Chromium found, and \`${[command, ...args].join(" ")}\` failed (${said || `exit ${run.status}`}): install Chromium or Chrome, or set CHROME_PATH=/path/to/chrome`,
      );
    }
  }
}

let found: string | undefined;

/**
 * The Chromium or Chrome to launch (see `decideChromium`). On Debian as root with none installed, it
 * installs Debian's `chromium` and says so on stderr; otherwise, with none, it throws one line saying
 * what to do. The answer is kept for the rest of the process.
 */
export function findChromium(): string {
  if (found) return found;
  let decision: ChromiumDecision = decideChromium(thisMachine());
  if (decision.kind === "install") {
    const commands = decision.commands.map((c) => c.join(" ")).join(" && ");
    process.stderr.write(
      `No Chromium or Chrome found: installing Debian's chromium (${commands})\n`,
    );
    install(decision.commands);
    decision = decideChromium(thisMachine());
  }
  if (decision.kind === "stop") throw new NoChromium(decision.reason);
  if (decision.kind === "install") {
    throw new NoChromium(
      "apt-get installed chromium, but no Chromium binary appeared: set CHROME_PATH=/path/to/chromium",
    );
  }
  found = decision.path;
  return found;
}
