import { posix, win32 } from "node:path";

/** The parts of a machine the Chromium search looks at, passed in so the decision is a pure function. */
export interface Machine {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** Whether a file exists at this path. */
  exists: (path: string) => boolean;
  /** Whether this process may install system packages. */
  isRoot: boolean;
  /** Whether `sudo` runs without asking for a password (as on most CI machines); asked only when installing is the question. */
  canSudo?: () => boolean;
}

/** Launch the browser at `path`, install Debian's `chromium` by running `commands`, or stop with `reason` (one line). */
export type ChromiumDecision =
  | { kind: "use"; path: string }
  | { kind: "install"; commands: readonly (readonly string[])[] }
  | { kind: "stop"; reason: string };

/** Debian's package: the only browser the tests install, and only from the system's own archive. */
const INSTALL_CHROMIUM = [
  ["apt-get", "update"],
  ["apt-get", "install", "-y", "chromium"],
] as const;

const UNIX_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
const LINUX_PLACES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];
const MAC_APPS = [
  "Google Chrome.app/Contents/MacOS/Google Chrome",
  "Chromium.app/Contents/MacOS/Chromium",
];
const WINDOWS_APPS = [
  "Google\\Chrome\\Application\\chrome.exe",
  "Chromium\\Application\\chrome.exe",
];

/** Every file named `names` in a directory on `PATH`, in `PATH`'s order (what `which` would find). */
function onPath(
  env: Machine["env"],
  platform: NodeJS.Platform,
  names: readonly string[],
): string[] {
  const path = platform === "win32" ? win32 : posix;
  const dirs = (env.PATH ?? "").split(path.delimiter).filter((dir) => dir !== "");
  return dirs.flatMap((dir) => names.map((name) => path.join(dir, name)));
}

/** Where a Chromium or Chrome usually lives on this platform, most likely first, then `PATH`. */
export function chromiumCandidates(env: Machine["env"], platform: NodeJS.Platform): string[] {
  if (platform === "darwin") {
    const roots = ["/Applications", ...(env.HOME ? [posix.join(env.HOME, "Applications")] : [])];
    const apps = roots.flatMap((root) => MAC_APPS.map((app) => posix.join(root, app)));
    return [...apps, ...onPath(env, platform, UNIX_NAMES)];
  }
  if (platform === "win32") {
    const roots = [
      env.ProgramFiles ?? "C:\\Program Files",
      env["ProgramFiles(x86)"] ?? "C:\\Program Files (x86)",
      ...(env.LOCALAPPDATA ? [env.LOCALAPPDATA] : []),
    ];
    const apps = roots.flatMap((root) => WINDOWS_APPS.map((app) => win32.join(root, app)));
    return [...apps, ...onPath(env, platform, ["chrome.exe", "chromium.exe"])];
  }
  return [...LINUX_PLACES, ...onPath(env, platform, UNIX_NAMES)];
}

/** Debian or a derivative, as root (or with sudo that asks no password), with apt-get: the one case where the tests install a browser. */
function canInstall(machine: Machine): boolean {
  return (
    machine.platform === "linux" &&
    machine.exists("/etc/debian_version") &&
    onPath(machine.env, machine.platform, ["apt-get"]).some(machine.exists) &&
    (machine.isRoot || machine.canSudo?.() === true)
  );
}

/** The one line a person reads when there is no browser and the tests cannot install one. */
function missingLine(machine: Machine): string {
  const debian = machine.platform === "linux" && machine.exists("/etc/debian_version");
  const install = debian
    ? "run `sudo apt-get install -y chromium` (or run npm test as root, and it will)"
    : "install Chromium or Google Chrome";
  const example = machine.platform === "win32" ? "C:\\path\\to\\chrome.exe" : "/path/to/chrome";
  return `No Chromium found: ${install}, or set CHROME_PATH=${example}`;
}

/**
 * Which browser the tests launch: `CHROME_PATH` if set (and nothing else, so a wrong one is reported,
 * not silently replaced), else the first usual place that exists, else install or stop.
 */
export function decideChromium(machine: Machine): ChromiumDecision {
  const chosen = machine.env.CHROME_PATH;
  if (chosen) {
    return machine.exists(chosen)
      ? { kind: "use", path: chosen }
      : {
          kind: "stop",
          reason: `CHROME_PATH=${chosen} does not exist: point it at a Chromium or Chrome binary, or unset it`,
        };
  }
  const found = chromiumCandidates(machine.env, machine.platform).find(machine.exists);
  if (found) return { kind: "use", path: found };
  if (canInstall(machine)) {
    const commands = machine.isRoot
      ? INSTALL_CHROMIUM
      : INSTALL_CHROMIUM.map((command) => ["sudo", "-n", ...command]);
    return { kind: "install", commands };
  }
  return { kind: "stop", reason: missingLine(machine) };
}
