// The status line a page shows after a successful form (?done=…), only for the keys it knows.
export function DoneBanner({ done, known, text }: { done: unknown; known: readonly string[]; text: (key: string) => string }) {
  if (typeof done !== "string" || !known.includes(done)) return null;
  return (
    <p role="status" className="rounded-md border-2 border-success bg-success-soft p-4 font-bold">
      {text(done)}
    </p>
  );
}
