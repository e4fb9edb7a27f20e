// Responses of the routes that serve uploaded files which are not public (a petition's documents,
// copies of identity cards): never cached, sandboxed, named from the id alone so that nothing a
// person typed ends up in a header.

export function fileNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}

export function privateFileResponse(file: { bytes: Buffer; mimeType: string }, baseName: string): Response {
  const extension = file.mimeType === "application/pdf" ? "pdf" : "jpg";
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `inline; filename="${baseName}.${extension}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "sandbox; default-src 'none'",
    },
  });
}
