import type { Era } from "../data/datasetSchema.ts";
import { formatEventDate } from "./formatEventDate.ts";

/**
 * An era's period as people write it, at its own precision: "1800 – 1900", "March 1933 – 1945"
 * from its EDTF, or from its days ("17 November 2023 – 21 November 2023") when it has none.
 */
export function formatEraDates(era: Pick<Era, "start" | "end" | "edtf">): string {
  const days = era.start === era.end ? era.start : `${era.start}/${era.end}`;
  return formatEventDate(era.edtf ?? days);
}
