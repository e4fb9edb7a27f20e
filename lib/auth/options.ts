import "server-only";
// next-auth configuration: credentials, JWT sessions in our cookie. The portal's forms sign in
// through a server action (lib/accounts/actions.ts) for Arabic messages and no-JavaScript use;
// this provider serves next-auth's own endpoints with the same rules.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/accounts/service";
import { addressFrom } from "@/lib/security/request";
import { SignInSchema } from "@/lib/accounts/schemas";
import { env } from "@/lib/env";
import { CITIZEN_SESSION_SECONDS, sessionCookieName, sessionCookieOptions } from "./session-token";

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: CITIZEN_SESSION_SECONDS },
    cookies: {
      sessionToken: { name: sessionCookieName(), options: sessionCookieOptions(CITIZEN_SESSION_SECONDS) },
    },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials, request) {
          const parsed = SignInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const header = (name: string) => {
            const value = request?.headers?.[name];
            return Array.isArray(value) ? value.join(",") : value;
          };
          const ip = addressFrom(header("x-real-ip"), header("x-forwarded-for"));
          const result = await authenticate(parsed.data.email, parsed.data.password, ip, parsed.data.code);
          if (!result.ok) return null;
          const { id, name, email, roles, sessionVersion, secondFactor } = result.user;
          return { id, name, email, roles, sv: sessionVersion, mfa: secondFactor };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) Object.assign(token, { roles: (user as { roles?: unknown }).roles, sv: (user as { sv?: unknown }).sv, mfa: (user as { mfa?: unknown }).mfa === true });
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub, roles: token.roles } };
      },
    },
  };
}
