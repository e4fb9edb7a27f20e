export const E2E_DATABASE_NAME = "musharaka_e2e";
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const MAIL_HTTP = `http://127.0.0.1:${process.env.MAIL_CATCHER_HTTP_PORT ?? 2526}`;
