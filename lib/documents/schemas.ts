// Form schemas of the document library (staff forms and their server actions). Messages are keys:
// core ones under "Errors", the library's own under "Documents.errors".
import { z } from "zod";
import { id, latinDigits, requiredText, text } from "@/lib/forms/zod-fields";
import { CATEGORY_VALUES } from "./rules";

/** Keys under "Documents.errors". */
export const DOCUMENT_ERROR_KEYS = [
  "dateFormat",
  "periodOrder",
  "fileMissing",
  "fileEmpty",
  "fileTooLarge",
  "fileTypeRefused",
  "fileTypeMismatch",
  "privacyCheckRequired",
  "alreadyPublished",
  "notPublished",
  "notFound",
] as const;

/** A day typed as YYYY-MM-DD (Latin or Arabic digits); empty → null. */
const dayOrEmpty = z
  .string()
  .optional()
  .transform((value) => latinDigits(value ?? "").trim())
  .refine((value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)), "dateFormat")
  .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`)));

const requiredDay = dayOrEmpty.refine((value) => value !== null, "required").transform((value) => value as Date);

export const DocumentFieldsSchema = z
  .object({
    category: z.enum(CATEGORY_VALUES, { error: "required" }),
    titleAr: requiredText(300),
    titleFr: requiredText(300),
    summaryAr: requiredText(3000),
    summaryFr: requiredText(3000),
    documentDate: requiredDay,
    sourceServiceAr: requiredText(200),
    sourceServiceFr: requiredText(200),
    periodFrom: dayOrEmpty,
    periodTo: dayOrEmpty,
  })
  .refine((d) => !d.periodFrom || !d.periodTo || d.periodFrom <= d.periodTo, { message: "periodOrder", path: ["periodTo"] });
export type DocumentFieldsInput = z.infer<typeof DocumentFieldsSchema>;

export const DocumentIdSchema = z.object({ documentId: id });

export const PublishSchema = z.object({
  documentId: id,
  privacyChecked: z.literal("on", { error: "privacyCheckRequired" }),
});

export const UnpublishSchema = z.object({ documentId: id, reason: text(1000).pipe(z.string().min(1, "required")) });
export type UnpublishInput = z.infer<typeof UnpublishSchema>;

/** The public library's filters, from the query string; anything invalid is simply ignored. */
export const LibraryFiltersSchema = z.object({
  category: z.enum(CATEGORY_VALUES).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined).transform((v) => v ?? 1),
});
export type LibraryFilters = Partial<Omit<z.infer<typeof LibraryFiltersSchema>, "page">> & { page: number };
