// `npm run role:grant -- <e-mail> <ROLE>`: gives a role from the server's shell, for the first
// administrator of a new deployment (later changes happen in the admin area). Audited like any other.
import { createPrismaClient } from "@/lib/db/create-client";
import { isRole } from "@/lib/auth/permissions";

const [email, role] = process.argv.slice(2);
if (!email || !isRole(role)) {
  console.error("usage: npm run role:grant -- <e-mail> <ROLE>   (ROLE: ADMINISTRATOR, STAFF_EDITOR, …)");
  process.exit(2);
}
const db = createPrismaClient();
try {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, roles: { select: { role: true } } } });
  if (!user) throw new Error(`no account with the e-mail ${email}: register it first`);
  const before = user.roles.map((r) => r.role).sort();
  if (before.includes(role)) {
    console.log(`${email} already has ${role}`);
  } else {
    await db.$transaction([
      db.userRole.create({ data: { userId: user.id, role } }),
      db.auditEvent.create({
        data: { actorId: null, action: "user.role_granted", targetType: "user", targetId: user.id, before: { roles: before }, after: { roles: [...before, role].sort(), via: "shell" } },
      }),
    ]);
    console.log(`${email} now has ${role}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
