// The permission table fails closed: only what ROLE_PERMISSIONS lists is allowed.
import { describe, expect, it } from "vitest";
import { Role } from "@/lib/generated/prisma/enums";
import { can, PERMISSIONS, ROLE_PERMISSIONS, ROLES, STAFF_ROLES } from "./permissions";

describe("the permission table", () => {
  it("lists every role of the database enum, and nothing else", () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual(Object.values(Role).sort());
  });

  it.each(ROLES)("gives %s only permissions that exist in PERMISSIONS", (role) => {
    const unknown = ROLE_PERMISSIONS[role].filter((permission) => !(PERMISSIONS as readonly string[]).includes(permission));
    expect(unknown).toEqual([]);
  });

  it("STAFF_ROLES is exactly the roles that open the admin area", () => {
    const withAdminAccess = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes("admin.access"));
    expect([...STAFF_ROLES].sort()).toEqual([...withAdminAccess].sort());
    expect(STAFF_ROLES).not.toContain("CITIZEN");
    expect(STAFF_ROLES).toContain("ADMINISTRATOR");
  });
});

describe("can", () => {
  it("does not let a citizen into the admin area or near the roles", () => {
    expect(can(["CITIZEN"], "admin.access")).toBe(false);
    expect(can(["CITIZEN"], "users.manage_roles")).toBe(false);
    expect(can(["CITIZEN"], "audit_log.read")).toBe(false);
  });

  it("lets a citizen do what citizens do", () => {
    expect(can(["CITIZEN"], "petitions.sign")).toBe(true);
    expect(can(["CITIZEN"], "account.manage")).toBe(true);
  });

  it("lets an administrator manage roles and read the audit log", () => {
    expect(can(["ADMINISTRATOR"], "users.manage_roles")).toBe(true);
    expect(can(["ADMINISTRATOR"], "audit_log.read")).toBe(true);
    expect(can(["ADMINISTRATOR"], "admin.access")).toBe(true);
  });

  it("grants a permission when any one of several roles has it", () => {
    expect(can(["CITIZEN", "ADMINISTRATOR"], "users.manage_roles")).toBe(true);
  });

  it("denies an empty list of roles", () => {
    expect(can([], "account.manage")).toBe(false);
  });

  it("denies unknown roles, even ones that look like real ones", () => {
    expect(can(["SUPERUSER"], "admin.access")).toBe(false);
    expect(can(["administrator"], "users.manage_roles")).toBe(false);
    expect(can([" ADMINISTRATOR"], "users.manage_roles")).toBe(false);
  });

  it("denies unknown actions, even to an administrator", () => {
    expect(can(["ADMINISTRATOR"], "users.delete_everything")).toBe(false);
    expect(can(["ADMINISTRATOR"], "")).toBe(false);
    expect(can(["ADMINISTRATOR"], "USERS.MANAGE_ROLES")).toBe(false);
  });

  it("denies non-string roles and actions", () => {
    for (const value of [null, undefined, 0, 1, true, {}, [], ["ADMINISTRATOR"], Symbol("ADMINISTRATOR")]) {
      expect(can([value], "account.manage")).toBe(false);
      expect(can(["ADMINISTRATOR"], value)).toBe(false);
    }
    // A String object is not the string it wraps.
    expect(can([new String("ADMINISTRATOR")], "users.manage_roles")).toBe(false);
    expect(can(["ADMINISTRATOR"], new String("users.manage_roles"))).toBe(false);
  });

  it("does not treat inherited object keys as roles", () => {
    expect(can(["constructor"], "account.manage")).toBe(false);
    expect(can(["__proto__"], "account.manage")).toBe(false);
    expect(can(["ADMINISTRATOR"], "toString")).toBe(false);
  });
});
