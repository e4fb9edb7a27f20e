import { z } from "zod";

const PageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The `page` query parameter as a safe positive integer (anything odd reads as page 1). */
export function parsePage(value: unknown): number {
  return PageSchema.parse(Array.isArray(value) ? value[0] : (value ?? 1));
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
