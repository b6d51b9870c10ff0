import { describe, expect, it } from "vitest";
import {
  type ChromiumDecision,
  chromiumCandidates,
  decideChromium,
  type Machine,
} from "../browser/decideChromium.ts";

const DEBIAN = ["/etc/debian_version", "/usr/bin/apt-get"];
const LINUX_PATH = "/usr/local/bin:/usr/bin:/bin";

/** A machine with exactly these files. */
function machine(
  platform: NodeJS.Platform,
  env: Machine["env"],
  files: string[],
  isRoot = false,
): Machine {
  return { platform, env, isRoot, exists: (path) => files.includes(path) };
}

describe("decideChromium(machine) picks the browser the tests launch", () => {
  it.each<[string, Machine, ChromiumDecision]>([
    [
      "CHROME_PATH wins over every usual place",
      machine("linux", { CHROME_PATH: "/opt/chrome/chrome", PATH: LINUX_PATH }, [
        "/opt/chrome/chrome",
        "/usr/bin/chromium",
      ]),
      { kind: "use", path: "/opt/chrome/chrome" },
    ],
    [
      "a CHROME_PATH that does not exist stops, rather than silently using another browser",
      machine("linux", { CHROME_PATH: "/opt/nothing", PATH: LINUX_PATH }, ["/usr/bin/chromium"]),
      {
        kind: "stop",
        reason:
          "CHROME_PATH=/opt/nothing does not exist: point it at a Chromium or Chrome binary, or unset it",
      },
    ],
    [
      "an empty CHROME_PATH counts as unset",
      machine("linux", { CHROME_PATH: "", PATH: LINUX_PATH }, ["/usr/bin/chromium"]),
      { kind: "use", path: "/usr/bin/chromium" },
    ],
    [
      "Debian's chromium",
      machine("linux", { PATH: LINUX_PATH }, ["/usr/bin/chromium", "/usr/bin/google-chrome"]),
      { kind: "use", path: "/usr/bin/chromium" },
    ],
    [
      "Ubuntu's chromium-browser",
      machine("linux", { PATH: LINUX_PATH }, ["/usr/bin/chromium-browser"]),
      { kind: "use", path: "/usr/bin/chromium-browser" },
    ],
    [
      "Google Chrome on Linux",
      machine("linux", { PATH: LINUX_PATH }, ["/usr/bin/google-chrome-stable"]),
      { kind: "use", path: "/usr/bin/google-chrome-stable" },
    ],
    [
      "the snap",
      machine("linux", { PATH: LINUX_PATH }, ["/snap/bin/chromium"]),
      { kind: "use", path: "/snap/bin/chromium" },
    ],
    [
      "a browser elsewhere on PATH",
      machine("linux", { PATH: "/home/me/bin:/usr/bin" }, ["/home/me/bin/google-chrome"]),
      { kind: "use", path: "/home/me/bin/google-chrome" },
    ],
    [
      "Google Chrome on macOS",
      machine("darwin", { PATH: "/usr/bin", HOME: "/Users/me" }, [
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      ]),
      { kind: "use", path: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" },
    ],
    [
      "Chromium in the user's own Applications folder on macOS",
      machine("darwin", { PATH: "/usr/bin", HOME: "/Users/me" }, [
        "/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium",
      ]),
      { kind: "use", path: "/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium" },
    ],
    [
      "Chrome under Program Files on Windows",
      machine("win32", { ProgramFiles: "C:\\Program Files", PATH: "C:\\Windows" }, [
        "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      ]),
      { kind: "use", path: "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" },
    ],
    [
      "Chrome installed for one user on Windows",
      machine("win32", { LOCALAPPDATA: "C:\\Users\\me\\AppData\\Local", PATH: "C:\\Windows" }, [
        "C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe",
      ]),
      {
        kind: "use",
        path: "C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe",
      },
    ],
    [
      "none on Debian, as root with apt-get: install Debian's chromium",
      machine("linux", { PATH: LINUX_PATH }, DEBIAN, true),
      {
        kind: "install",
        commands: [
          ["apt-get", "update"],
          ["apt-get", "install", "-y", "chromium"],
        ],
      },
    ],
    [
      "none on Debian, not root but with sudo that asks no password (CI): install through sudo",
      { ...machine("linux", { PATH: LINUX_PATH }, DEBIAN, false), canSudo: () => true },
      {
        kind: "install",
        commands: [
          ["sudo", "-n", "apt-get", "update"],
          ["sudo", "-n", "apt-get", "install", "-y", "chromium"],
        ],
      },
    ],
    [
      "none on Debian, not root: the sudo instruction",
      machine("linux", { PATH: LINUX_PATH }, DEBIAN, false),
      {
        kind: "stop",
        reason:
          "No Chromium found: run `sudo apt-get install -y chromium` (or run npm test as root, and it will), or set CHROME_PATH=/path/to/chrome",
      },
    ],
    [
      "none on Debian as root, but apt-get not on PATH: no install",
      machine("linux", { PATH: "/bin" }, DEBIAN, true),
      {
        kind: "stop",
        reason:
          "No Chromium found: run `sudo apt-get install -y chromium` (or run npm test as root, and it will), or set CHROME_PATH=/path/to/chrome",
      },
    ],
    [
      "none on another Linux, even as root: no install",
      machine("linux", { PATH: LINUX_PATH }, ["/usr/bin/apt-get"], true),
      {
        kind: "stop",
        reason:
          "No Chromium found: install Chromium or Google Chrome, or set CHROME_PATH=/path/to/chrome",
      },
    ],
    [
      "none on macOS",
      machine("darwin", { PATH: "/usr/bin" }, [], true),
      {
        kind: "stop",
        reason:
          "No Chromium found: install Chromium or Google Chrome, or set CHROME_PATH=/path/to/chrome",
      },
    ],
    [
      "none on Windows",
      machine("win32", { PATH: "C:\\Windows" }, []),
      {
        kind: "stop",
        reason:
          "No Chromium found: install Chromium or Google Chrome, or set CHROME_PATH=C:\\path\\to\\chrome.exe",
      },
    ],
  ])("%s", (_, given, decision) => {
    expect(decideChromium(given)).toEqual(decision);
  });
});

describe("chromiumCandidates(env, platform) lists the usual places before PATH", () => {
  it("Linux: the fixed places, then each PATH directory in order", () => {
    expect(chromiumCandidates({ PATH: "/a::/b" }, "linux")).toEqual([
      "/usr/bin/chromium",
      "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome",
      "/usr/bin/google-chrome-stable",
      "/snap/bin/chromium",
      "/a/chromium",
      "/a/chromium-browser",
      "/a/google-chrome",
      "/a/google-chrome-stable",
      "/b/chromium",
      "/b/chromium-browser",
      "/b/google-chrome",
      "/b/google-chrome-stable",
    ]);
  });

  it("Windows: Program Files, Program Files (x86) and LocalAppData, then PATH split on ';'", () => {
    expect(
      chromiumCandidates(
        { LOCALAPPDATA: "C:\\Users\\me\\AppData\\Local", PATH: "D:\\bin;" },
        "win32",
      ),
    ).toEqual([
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files\\Chromium\\Application\\chrome.exe",
      "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files (x86)\\Chromium\\Application\\chrome.exe",
      "C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Users\\me\\AppData\\Local\\Chromium\\Application\\chrome.exe",
      "D:\\bin\\chrome.exe",
      "D:\\bin\\chromium.exe",
    ]);
  });

  it("no PATH at all: only the fixed places", () => {
    expect(chromiumCandidates({}, "darwin")).toEqual([
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
    ]);
  });
});
