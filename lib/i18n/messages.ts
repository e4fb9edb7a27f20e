// All message catalogues, merged per language. Core namespaces live in messages/{ar,fr}.json;
// each feature keeps its own namespaces in messages/{ar,fr}/<feature>.json (same keys in both).
import ar from "@/messages/ar.json";
import arPetitions from "@/messages/ar/petitions.json";
import arProgramme from "@/messages/ar/programme.json";
import arProgrammeAdmin from "@/messages/ar/programme-admin.json";
import arProgrammeEvaluation from "@/messages/ar/programme-evaluation.json";
import arProgrammeImport from "@/messages/ar/programme-import.json";
import arProgrammeMeetings from "@/messages/ar/programme-meetings.json";
import arProgrammeTracking from "@/messages/ar/programme-tracking.json";
import fr from "@/messages/fr.json";
import frPetitions from "@/messages/fr/petitions.json";
import frProgramme from "@/messages/fr/programme.json";
import frProgrammeAdmin from "@/messages/fr/programme-admin.json";
import frProgrammeEvaluation from "@/messages/fr/programme-evaluation.json";
import frProgrammeImport from "@/messages/fr/programme-import.json";
import frProgrammeMeetings from "@/messages/fr/programme-meetings.json";
import frProgrammeTracking from "@/messages/fr/programme-tracking.json";

export const MESSAGES = {
  ar: {
    ...ar,
    Programme: arProgramme,
    ProgrammeAdmin: arProgrammeAdmin,
    ProgrammeImport: arProgrammeImport,
    ProgrammeMeetings: arProgrammeMeetings,
    ProgrammeEvaluation: arProgrammeEvaluation,
    ProgrammeTracking: arProgrammeTracking,
    Petitions: arPetitions,
  },
  fr: {
    ...fr,
    Programme: frProgramme,
    ProgrammeAdmin: frProgrammeAdmin,
    ProgrammeImport: frProgrammeImport,
    ProgrammeMeetings: frProgrammeMeetings,
    ProgrammeEvaluation: frProgrammeEvaluation,
    ProgrammeTracking: frProgrammeTracking,
    Petitions: frPetitions,
  },
};

export type Messages = (typeof MESSAGES)["ar"];
