// The session cookie's name, apart from lib/auth/session-token.ts (server-only) so that the
// production server (lib/ops/serve.ts) can tell a signed-in request from an anonymous one.
export const SESSION_COOKIE = "musharaka.session";
/** Over https the browser keeps a "__Secure-" cookie only from a secure origin. */
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;
