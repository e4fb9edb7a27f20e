"use server";
// The association forms: the representative's registration (with its papers) and staff's decision.
import { getLocale } from "next-intl/server";
import { failureState, fieldErrorsOf, guarded, isFormState, type FormState } from "@/lib/forms/form-state";
import { submitToService } from "@/lib/forms/submit";
import { redirect } from "@/lib/i18n/navigation";
import { chosenFiles } from "@/lib/uploads/form-files";
import { MAX_FILE_BYTES } from "@/lib/uploads/evidence";
import { ASSOCIATION_DOCUMENT_KINDS, AssociationDecisionSchema, AssociationSchema } from "./schemas";
import * as associations from "./service";

export async function registerAssociationAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = AssociationSchema.safeParse(Object.fromEntries([...formData].filter((entry): entry is [string, string] => typeof entry[1] === "string")));
  if (!parsed.success) return failureState(formData, { fieldErrors: fieldErrorsOf(parsed.error) });
  const documents: associations.UploadedAssociationDocument[] = [];
  for (const kind of ASSOCIATION_DOCUMENT_KINDS) {
    const [file] = chosenFiles(formData, `file_${kind}`);
    if (!file) continue;
    if (file.size > MAX_FILE_BYTES) return failureState(formData, { fieldErrors: { [`file_${kind}`]: "fileTooLarge" } });
    documents.push({ kind, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const result = await guarded(formData, () => associations.registerAssociation(parsed.data, documents));
  if (isFormState(result)) return result;
  if (!result.ok) return failureState(formData, result);
  return redirect({ href: { pathname: "/account/association", query: { done: "sent" } }, locale: await getLocale() });
}

export async function decideAssociationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitToService(AssociationDecisionSchema, formData, associations.decideAssociation, (data) => ({ pathname: `/admin/associations/${data.id}`, query: { done: "decided" } }));
}
