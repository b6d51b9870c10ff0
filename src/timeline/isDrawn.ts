import type { TimelineModel } from "./timelineModel.ts";

/** True when the event is drawn as a mark of its own (not merged into a cluster) within the chart. */
export function isDrawn(model: TimelineModel, id: string): boolean {
  return model.lanes.some((lane) =>
    lane.marks.some(
      (m) => m.id === id && m.x1 >= 0 && m.x0 <= model.width && m.y1 >= 0 && m.y0 <= model.height,
    ),
  );
}
