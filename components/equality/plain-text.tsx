// Minutes, decisions and opinions are plain text: React escapes them (no HTML ever runs) and line
// breaks are kept, so there is nothing to sanitize.
export function PlainText({ text, className = "" }: { text: string; className?: string }) {
  return (
    <p dir="auto" className={`whitespace-pre-line break-words ${className}`}>
      {text}
    </p>
  );
}
