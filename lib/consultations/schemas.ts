// The public consultations' forms, shared by the pages and the server actions. Messages are keys:
// under "Errors" or the feature's own ("Consultations.errors").
import { z } from "zod";
import { id, optionalText, requiredText, whole } from "@/lib/forms/zod-fields";
import { day, decisionLines, zonedInstant } from "@/lib/programme/meeting-schemas";
import { MAX_OPTIONS, MAX_QUESTIONS } from "./rules";

export const AUDIENCES = ["RESIDENTS", "ASSOCIATIONS"] as const;
export const QUESTION_KINDS = ["SINGLE_CHOICE", "FREE_TEXT"] as const;
export const GENDERS = ["FEMALE", "MALE"] as const;
export const QUESTION_SLOTS = Array.from({ length: MAX_QUESTIONS }, (_, i) => i + 1);

/** Library document ids typed as "12, 15" (Latin or Arabic digits). */
const documentIds = z
  .string()
  .optional()
  .transform((value) => (value ?? "").replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)))
  .refine((value) => /^[\d\s,،]*$/.test(value), "documentIds")
  .transform((value) => [...new Set(value.split(/[\s,،]+/).filter(Boolean).map(Number))])
  .refine((ids) => ids.length <= 20 && ids.every((n) => Number.isSafeInteger(n) && n > 0), "documentIds");

/** An optional text field of a question slot, checked like every text (length, bidi controls). */
function slotText(values: Record<string, unknown>, name: string, max: number, ctx: z.RefinementCtx): string | null {
  const parsed = optionalText(max).safeParse(typeof values[name] === "string" ? values[name] : undefined);
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", path: [name], message: parsed.error.issues[0]?.message ?? "required" });
  return null;
}

export type QuestionInput = { kind: (typeof QUESTION_KINDS)[number]; promptAr: string; promptFr: string; optionsAr: string[]; optionsFr: string[] };

// The question slots (q1Kind, q1PromptAr…) are read from the loose object and checked one by one.
export const ConsultationSchema = z
  .looseObject({
    titleAr: requiredText(300),
    titleFr: requiredText(300),
    descriptionAr: requiredText(10_000),
    descriptionFr: requiredText(10_000),
    audience: z.enum(AUDIENCES, { error: "required" }),
    closesOn: day,
    documentIds,
  })
  .transform((raw, ctx) => {
    const values: Record<string, unknown> = raw;
    const questions: QuestionInput[] = [];
    for (const n of QUESTION_SLOTS) {
      const kindValue = values[`q${n}Kind`];
      const kind = QUESTION_KINDS.find((k) => k === kindValue);
      if (!kind) continue;
      const promptAr = slotText(values, `q${n}PromptAr`, 500, ctx);
      const promptFr = slotText(values, `q${n}PromptFr`, 500, ctx);
      if (!promptAr) ctx.addIssue({ code: "custom", path: [`q${n}PromptAr`], message: "required" });
      if (!promptFr) ctx.addIssue({ code: "custom", path: [`q${n}PromptFr`], message: "required" });
      const optionsAr = kind === "SINGLE_CHOICE" ? decisionLines(slotText(values, `q${n}OptionsAr`, 2000, ctx)) : [];
      const optionsFr = kind === "SINGLE_CHOICE" ? decisionLines(slotText(values, `q${n}OptionsFr`, 2000, ctx)) : [];
      if (kind === "SINGLE_CHOICE" && (optionsAr.length < 2 || optionsAr.length > MAX_OPTIONS)) ctx.addIssue({ code: "custom", path: [`q${n}OptionsAr`], message: "optionsCount" });
      else if (kind === "SINGLE_CHOICE" && optionsFr.length !== optionsAr.length) ctx.addIssue({ code: "custom", path: [`q${n}OptionsFr`], message: "optionsMismatch" });
      questions.push({ kind, promptAr: promptAr ?? "", promptFr: promptFr ?? "", optionsAr, optionsFr });
    }
    return {
      titleAr: raw.titleAr, titleFr: raw.titleFr, descriptionAr: raw.descriptionAr, descriptionFr: raw.descriptionFr, audience: raw.audience,
      // Open until the end of the closing day, commune time.
      closesAt: zonedInstant(raw.closesOn, [23, 59]),
      documentIds: raw.documentIds,
      questions,
    };
  });
export type ConsultationInput = z.infer<typeof ConsultationSchema>;

/** Staff edit the texts and the closing day while the consultation is open (questions stay as answered). */
export const ConsultationUpdateSchema = z
  .object({
    consultationId: id,
    titleAr: requiredText(300),
    titleFr: requiredText(300),
    descriptionAr: requiredText(10_000),
    descriptionFr: requiredText(10_000),
    closesOn: day,
  })
  .transform(({ closesOn, ...rest }) => ({ ...rest, closesAt: zonedInstant(closesOn, [23, 59]) }));
export type ConsultationUpdateInput = z.infer<typeof ConsultationUpdateSchema>;

export const ResponseSchema = z.object({
  consultationId: id,
  douarId: z.union([z.literal(""), id]).optional().transform((v) => (v ? v : null)),
  gender: z.enum(["", ...GENDERS]).optional().transform((v) => (v ? v : null)),
  comment: optionalText(3000),
});
export type ResponseInput = z.infer<typeof ResponseSchema> & { answers: Record<number, string> };

export const SynthesisSchema = z.object({
  consultationId: id,
  heardAr: requiredText(20_000),
  heardFr: requiredText(20_000),
  decidedAr: requiredText(20_000),
  decidedFr: requiredText(20_000),
});
export type SynthesisInput = z.infer<typeof SynthesisSchema>;

export const MeetingLinkSchema = z.object({
  consultationId: id,
  meetingId: id,
  women: whole(0, 10_000, "countRange"),
  men: whole(0, 10_000, "countRange"),
  categories: optionalText(500),
});
export type MeetingLinkInput = z.infer<typeof MeetingLinkSchema>;
