import type { Page } from "playwright-core";

/** A box on the page, in CSS pixels. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** One event's mark as drawn: its name, its shape's box and its label's text and box. */
export interface DrawnMark {
  id: string;
  name: string;
  shape: Box;
  label: { text: string; box: Box; inside: boolean } | null;
}

/** Everything drawn in the chart that a label must keep clear of, and the labels. */
export interface ChartGeometry {
  chart: Box;
  marks: DrawnMark[];
  /** Lane names and era names: text that is not an event's. */
  names: { text: string; box: Box }[];
  clusters: Box[];
}

/** Reads every mark, label, lane name, era name and cluster of the chart from the page. */
export function readChart(page: Page): Promise<ChartGeometry> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    };
    const svg = document.querySelector(".timeline-chart");
    if (!svg) throw new Error("no chart");
    const marks = [...svg.querySelectorAll("[data-event-id]")].map((g) => {
      const shape = g.querySelector(".mark__shape, .mark__bar");
      const label = g.querySelector(".mark__label");
      // A note's badge follows its title: it is kept clear of everything as a part of the label.
      const badge = svg.querySelector(
        `.mark__badge[data-badge-for="${g.getAttribute("data-event-id")}"]`,
      );
      const labelBox = (text: Element) => {
        const own = box(text);
        if (!badge) return own;
        const b = box(badge);
        return {
          x0: Math.min(own.x0, b.x0),
          x1: Math.max(own.x1, b.x1),
          y0: Math.min(own.y0, b.y0),
          y1: Math.max(own.y1, b.y1),
        };
      };
      if (!shape) throw new Error(`mark ${g.getAttribute("data-event-id")} has no shape`);
      return {
        id: g.getAttribute("data-event-id") ?? "",
        name: g.getAttribute("aria-label") ?? "",
        shape: box(shape),
        label: label
          ? {
              text: label.textContent ?? "",
              box: labelBox(label),
              inside: label.classList.contains("mark__label--inside"),
            }
          : null,
      };
    });
    const names = [...svg.querySelectorAll(".lane__name text, .era__title")].map((el) => ({
      text: el.textContent ?? "",
      box: box(el),
    }));
    const clusters = [...svg.querySelectorAll(".cluster__body")].map(box);
    return { chart: box(svg), marks, names, clusters };
  });
}

/** True when two boxes share more than `tolerance` pixels each way. */
export function intersects(a: Box, b: Box, tolerance = 0.5): boolean {
  return (
    Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tolerance &&
    Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tolerance
  );
}

/**
 * Every way a label collides in the chart: with another label, with a lane's or an era's name,
 * with a cluster, or with a mark (its own included, unless it is written inside its own bar).
 */
export function labelCollisions(geometry: ChartGeometry): string[] {
  const problems: string[] = [];
  const labelled = geometry.marks.filter((m) => m.label !== null);
  labelled.forEach((m, i) => {
    const label = m.label as NonNullable<DrawnMark["label"]>;
    for (const other of labelled.slice(i + 1)) {
      if (intersects(label.box, (other.label as NonNullable<DrawnMark["label"]>).box))
        problems.push(`label of ${m.id} overlaps label of ${other.id}`);
    }
    for (const mark of geometry.marks) {
      if (mark.id === m.id && label.inside) {
        const within = label.box.x0 >= mark.shape.x0 - 0.5 && label.box.x1 <= mark.shape.x1 + 0.5;
        if (!within) problems.push(`label of ${m.id} runs out of its bar`);
        continue;
      }
      if (intersects(label.box, mark.shape))
        problems.push(`label of ${m.id} overlaps mark ${mark.id}`);
    }
    for (const name of geometry.names) {
      if (intersects(label.box, name.box))
        problems.push(`label of ${m.id} overlaps "${name.text}"`);
    }
    for (const cluster of geometry.clusters) {
      if (intersects(label.box, cluster)) problems.push(`label of ${m.id} overlaps a cluster`);
    }
    if (label.box.x0 < geometry.chart.x0 - 0.5 || label.box.x1 > geometry.chart.x1 + 0.5)
      problems.push(`label of ${m.id} runs out of the chart`);
  });
  return problems;
}
