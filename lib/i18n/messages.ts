// All message catalogues, merged per language. Core namespaces live in messages/{ar,fr}.json;
// each feature keeps its own namespaces in messages/{ar,fr}/<feature>.json (same keys in both).
import ar from "@/messages/ar.json";
import arProgramme from "@/messages/ar/programme.json";
import arProgrammeAdmin from "@/messages/ar/programme-admin.json";
import fr from "@/messages/fr.json";
import frProgramme from "@/messages/fr/programme.json";
import frProgrammeAdmin from "@/messages/fr/programme-admin.json";

export const MESSAGES = {
  ar: { ...ar, Programme: arProgramme, ProgrammeAdmin: arProgrammeAdmin },
  fr: { ...fr, Programme: frProgramme, ProgrammeAdmin: frProgrammeAdmin },
};

export type Messages = (typeof MESSAGES)["ar"];
