// A horizontal bar chart in SVG with its text equivalent (a list of the same figures): the chart is
// decoration for sighted readers, the list carries the meaning (WCAG 1.1.1).
export function BarChart({ label, rows }: { label: string; rows: { label: string; value: number; text: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * 28;
  return (
    <figure className="space-y-2">
      {/* The height as an SVG attribute, not a style attribute: the CSP (style-src with a nonce) blocks inline styles. */}
      <svg role="img" aria-label={label} viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" height={height} className="w-full max-w-md rtl:-scale-x-100">
        {rows.map((row, i) => (
          <rect key={i} x="0" y={i * 28 + 4} width={Math.max(0.5, (row.value / max) * 100)} height="20" className="fill-brand" />
        ))}
      </svg>
      <figcaption>
        <ul className="space-y-1 text-sm">
          {rows.map((row, i) => <li key={i}>{row.text}</li>)}
        </ul>
      </figcaption>
    </figure>
  );
}
