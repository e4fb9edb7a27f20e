import { notFound } from "next/navigation";

// Any path that matches no page gets the localized 404 page, inside the site's layout.
export default function CatchAll() {
  notFound();
}
