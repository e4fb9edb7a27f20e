export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the portal with `npm start`, which provides an embedded database when it is unset.",
    );
  }
  return url;
}
