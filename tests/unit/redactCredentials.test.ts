import { describe, expect, it } from "vitest";
import { redactCredentials } from "../../src/lib/redactCredentials.ts";

describe("redactCredentials(text) hides every address's user name, password and secret parameters", () => {
  it.each([
    ["https://user:secret@host/x.json", "https://***@host/x.json"],
    ["http://user@host/", "http://***@host/"],
    ["HTTPS://User:Secret@Host/x", "HTTPS://***@Host/x"],
    ["https:user:secret@host/x.json", "https:***@host/x.json"],
    ["https:/user:secret@host/x.json", "https:/***@host/x.json"],
    ["https:\\\\user:secret@host\\x.json", "https:\\\\***@host\\x.json"],
    ["//user:secret@host/x.json", "//***@host/x.json"],
    ["ftp://user:secret@host/x", "ftp://***@host/x"],
    ["wss://user:secret@host/x", "wss://***@host/x"],
    ["https://us@er:pa@ss@host/x", "https://***@host/x"],
    ["https://user:se\tcret@host/x", "https://***@host/x"],
    ["https://user:se\ncret@host/x", "https://***@host/x"],
    [
      "Could not reach https://a:b@one.example/x (TypeError: https://a:b@one.example/x)",
      "Could not reach https://***@one.example/x (TypeError: https://***@one.example/x)",
    ],
    ['"https://a:b@h/x" is not an http(s) link', '"https://***@h/x" is not an http(s) link'],
    ["Address: http://a:b@h:8080/x", "Address: http://***@h:8080/x"],
    ["https://h/x.json?token=secret", "https://h/x.json?token=***"],
    ["https://h/x.json?v=2&access_token=secret#top", "https://h/x.json?v=2&access_token=***#top"],
    ["https://h/x.json?API_KEY=secret&v=2", "https://h/x.json?API_KEY=***&v=2"],
    [
      "https://b.s3.example/x.json?X-Amz-Credential=secret&X-Amz-Signature=secret",
      "https://b.s3.example/x.json?X-Amz-Credential=***&X-Amz-Signature=***",
    ],
    ["Address: https://h/x?password=secret (403)", "Address: https://h/x?password=*** (403)"],
  ])("%j → %j", (text, shown) => {
    expect(redactCredentials(text)).toBe(shown);
    expect(redactCredentials(text)).not.toMatch(/secret|se\s?cret|pa@ss/);
  });

  it.each([
    "https://host/x.json",
    "https://host/a?mail=me@example.com",
    "https://host/a.json?v=2&lang=en",
    "https://host/a.json?token=",
    "https://host/a#me@example.com",
    "Write to me@example.com",
    "Email: me@example.com",
    "At 10:30 @home",
    "",
  ])("leaves %j as it is", (text) => {
    expect(redactCredentials(text)).toBe(text);
  });
});
