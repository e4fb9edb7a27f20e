// Text the committees write (minutes, decisions, opinions, answers), in the small Markdown of
// lib/text/markdown.ts, rendered as React elements: React escapes every character, so no HTML
// written in the text ever runs. Plain text reads as paragraphs with their line breaks.
import { Fragment } from "react";
import { parseMarkdown, type Inline } from "@/lib/text/markdown";

function Runs({ runs }: { runs: Inline[] }) {
  return runs.map((run, index) => (run.bold ? <strong key={index}>{run.text}</strong> : run.italic ? <em key={index}>{run.text}</em> : <Fragment key={index}>{run.text}</Fragment>));
}

export function RichText({ text, className = "" }: { text: string; className?: string }) {
  return (
    <div dir="auto" className={`space-y-3 break-words ${className}`}>
      {parseMarkdown(text).map((block, index) => {
        if (block.kind === "heading") {
          const Heading = block.level === 2 ? "h3" : "h4";
          return <Heading key={index} className="text-lg font-bold"><Runs runs={block.content} /></Heading>;
        }
        if (block.kind === "list") {
          const List = block.ordered ? "ol" : "ul";
          return (
            <List key={index} className={`${block.ordered ? "list-decimal" : "list-disc"} space-y-1 ps-6`}>
              {block.items.map((item, itemIndex) => <li key={itemIndex}><Runs runs={item} /></li>)}
            </List>
          );
        }
        return (
          <p key={index}>
            {block.lines.map((line, lineIndex) => <Fragment key={lineIndex}>{lineIndex > 0 && <br />}<Runs runs={line} /></Fragment>)}
          </p>
        );
      })}
    </div>
  );
}
