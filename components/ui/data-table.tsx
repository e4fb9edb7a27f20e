import type { ReactNode } from "react";

export type Column = { label: ReactNode; align?: "start" | "end" };

/**
 * A table that scrolls sideways on a phone instead of widening the page; the scrolling region is
 * focusable and named so that keyboard and screen-reader users can reach and identify it.
 */
export function DataTable({
  label,
  caption,
  columns,
  children,
  className = "",
  tableClassName = "",
}: {
  label: string;
  caption?: ReactNode;
  columns: readonly Column[];
  children: ReactNode;
  className?: string;
  tableClassName?: string;
}) {
  return (
    <div className={`overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      <table className={`w-full border-collapse text-start ${tableClassName}`}>
        {caption && <caption className="pb-2 text-start font-bold">{caption}</caption>}
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={`p-2 ${column.align === "end" ? "text-end" : "text-start"}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
