/** A tiny inline bar chart of volume per interval; plain SVG because 30 bars need no chart library. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const max = Math.max(1, ...values);
  const width = 96;
  const height = 24;
  const barWidth = width / Math.max(1, values.length);
  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="text-indigo-500"
    >
      {values.map((value, index) => {
        const barHeight = value === 0 ? 0 : Math.max(1.5, (value / max) * height);
        return (
          <rect
            key={index}
            x={index * barWidth + 0.5}
            y={height - barHeight}
            width={Math.max(1, barWidth - 1)}
            height={barHeight}
            fill="currentColor"
          />
        );
      })}
    </svg>
  );
}
