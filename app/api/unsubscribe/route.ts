// One-click unsubscribe (RFC 8058): mail programs POST here, without cookies or sign-in, with the
// signed token of the e-mail's List-Unsubscribe header. A person clicking the link instead lands on
// the /unsubscribe page, which asks before changing anything.
import { unsubscribeWithToken } from "@/lib/notifications/preferences";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token")?.slice(0, 500) ?? "";
  const done = await unsubscribeWithToken(token);
  return new Response(done ? "Unsubscribed" : "Invalid link", {
    status: done ? 200 : 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
