// A resident's text as written: React escapes it (no HTML ever runs), line breaks are kept, and
// web addresses become links that search engines do not follow or credit (rel="nofollow ugc").
const URL_PATTERN = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]])/g;

export function UserText({ text, className = "" }: { text: string; className?: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <p dir="auto" className={`whitespace-pre-line break-words ${className}`}>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} rel="nofollow ugc noopener noreferrer" dir="ltr">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
