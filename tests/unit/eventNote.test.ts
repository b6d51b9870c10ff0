import { describe, expect, it } from "vitest";
import type { Note } from "../../src/data/datasetSchema.ts";
import { eventNote, noteConcerns } from "../../src/data/eventNote.ts";

describe("eventNote(event) gives every note a kind", () => {
  it.each([
    ["no note", {}, null],
    [
      "a plain string (older files)",
      { note: "Said twice." },
      { kind: "unverified", text: "Said twice." },
    ],
    [
      "a note with its kind",
      { note: { kind: "wrong", text: "No." } as Note },
      { kind: "wrong", text: "No." },
    ],
  ])("%s", (_, event, expected) => {
    expect(eventNote(event)).toEqual(expected);
  });
});

describe("noteConcerns(note, excerpt)", () => {
  const some: Note = { kind: "wrong", text: "No.", excerpts: [1] };
  const all: Note = { kind: "vague", text: "Who?" };
  it.each([
    [null, 0, false],
    [some, 0, false],
    [some, 1, true],
    [all, 0, true],
    [all, 7, true],
  ])("%j on excerpt %i: %s", (note, index, expected) => {
    expect(noteConcerns(note, index)).toBe(expected);
  });
});
