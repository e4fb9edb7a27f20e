import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** The signed-in person's own account, as shown on their account page. */
export async function getAccountProfile() {
  const user = await requireUser();
  return db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { name: true, email: true, phone: true, createdAt: true, declaredGender: true, roles: { select: { role: true }, orderBy: { role: "asc" } } },
  });
}
