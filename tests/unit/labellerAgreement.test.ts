import { describe, expect, it } from "vitest";
import { AGREEMENT_DIRS, agreement, loadLabelling } from "../../tests/suggest/labellerAgreement.ts";

describe("labellerAgreement: two independent labellings scored with the eval's matching", () => {
  const [a, b] = AGREEMENT_DIRS.map(loadLabelling) as [
    ReturnType<typeof loadLabelling>,
    ReturnType<typeof loadLabelling>,
  ];

  it("has both labellings of the same 8 dev articles", () => {
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(a.size).toBe(8);
  });

  it("scores a labelling against itself as full agreement", () => {
    const self = agreement(a, a);
    expect([self.recall, self.precision, self.dateAgreement]).toEqual([1, 1, 1]);
  });

  it("scores the two labellings against each other below full agreement, and symmetrically", () => {
    const ab = agreement(a, b);
    const ba = agreement(b, a);
    expect(ab.matched).toBe(ba.matched);
    expect(ab.recall).toBeLessThan(1);
    expect(ab.precision).toBeCloseTo(ba.recall, 10);
  });
});
