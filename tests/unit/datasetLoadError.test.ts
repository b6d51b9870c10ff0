import { describe, expect, it } from "vitest";
import { DatasetLoadError } from "../../src/data/datasetLoadError.ts";

describe("DatasetLoadError", () => {
  it("names itself, so a log says what failed", () => {
    const error = new DatasetLoadError("t.json is not JSON.");
    expect(String(error)).toBe("DatasetLoadError: t.json is not JSON.");
  });

  it("has no details and counts as invalid when given none", () => {
    const { details, failure } = new DatasetLoadError("bad");
    expect({ details, failure }).toEqual({ details: [], failure: { kind: "invalid" } });
  });
});
