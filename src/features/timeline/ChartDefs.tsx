/** One fade mask for an open end, along `x` or `y`, dark (hidden) at the open side. */
function Fade({ id, axis, open }: { id: string; axis: "x" | "y"; open: "start" | "end" }) {
  const gradient = `${id}-gradient`;
  const vertical = axis === "y" ? { x2: 0, y2: 1 } : {};
  return (
    <>
      <linearGradient id={gradient} {...vertical}>
        {open === "start" ? (
          <>
            <stop offset={0} stopColor="#000" />
            <stop offset={0.85} stopColor="#fff" />
          </>
        ) : (
          <>
            <stop offset={0.15} stopColor="#fff" />
            <stop offset={1} stopColor="#000" />
          </>
        )}
      </linearGradient>
      <mask id={id} maskContentUnits="objectBoundingBox">
        <rect width={1} height={1} fill={`url(#${gradient})`} />
      </mask>
    </>
  );
}

/** The masks that fade a bar's open end: left or right across the chart, up or down a phone. */
export function ChartDefs() {
  return (
    <defs>
      <Fade id="fade-start" axis="x" open="start" />
      <Fade id="fade-end" axis="x" open="end" />
      <Fade id="fade-top" axis="y" open="start" />
      <Fade id="fade-bottom" axis="y" open="end" />
    </defs>
  );
}
