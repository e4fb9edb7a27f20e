// All message catalogues, merged per language. Core namespaces live in messages/{ar,fr}.json;
// each feature keeps its own namespaces in messages/{ar,fr}/<feature>.json (same keys in both).
import ar from "@/messages/ar.json";
import arAssociations from "@/messages/ar/associations.json";
import arAuditReports from "@/messages/ar/audit-reports.json";
import arBudget from "@/messages/ar/budget.json";
import arConsultations from "@/messages/ar/consultations.json";
import arDocuments from "@/messages/ar/documents.json";
import arEquality from "@/messages/ar/equality.json";
import arForum from "@/messages/ar/forum.json";
import arInformation from "@/messages/ar/information.json";
import arOpenData from "@/messages/ar/open-data.json";
import arParticipation from "@/messages/ar/participation.json";
import arPetitions from "@/messages/ar/petitions.json";
import arProgrammeAdmin from "@/messages/ar/programme-admin.json";
import arProgrammeAdoption from "@/messages/ar/programme-adoption.json";
import arProgrammeEvaluation from "@/messages/ar/programme-evaluation.json";
import arProgrammeImport from "@/messages/ar/programme-import.json";
import arProgrammeMeetings from "@/messages/ar/programme-meetings.json";
import arProgrammeTracking from "@/messages/ar/programme-tracking.json";
import arProgramme from "@/messages/ar/programme.json";
import arSearch from "@/messages/ar/search.json";
import arSecurity from "@/messages/ar/security.json";
import arSessions from "@/messages/ar/sessions.json";
import arSettings from "@/messages/ar/settings.json";
import arSharing from "@/messages/ar/sharing.json";
import arYouth from "@/messages/ar/youth.json";
import fr from "@/messages/fr.json";
import frAssociations from "@/messages/fr/associations.json";
import frAuditReports from "@/messages/fr/audit-reports.json";
import frBudget from "@/messages/fr/budget.json";
import frConsultations from "@/messages/fr/consultations.json";
import frDocuments from "@/messages/fr/documents.json";
import frEquality from "@/messages/fr/equality.json";
import frForum from "@/messages/fr/forum.json";
import frInformation from "@/messages/fr/information.json";
import frOpenData from "@/messages/fr/open-data.json";
import frParticipation from "@/messages/fr/participation.json";
import frPetitions from "@/messages/fr/petitions.json";
import frProgrammeAdmin from "@/messages/fr/programme-admin.json";
import frProgrammeAdoption from "@/messages/fr/programme-adoption.json";
import frProgrammeEvaluation from "@/messages/fr/programme-evaluation.json";
import frProgrammeImport from "@/messages/fr/programme-import.json";
import frProgrammeMeetings from "@/messages/fr/programme-meetings.json";
import frProgrammeTracking from "@/messages/fr/programme-tracking.json";
import frProgramme from "@/messages/fr/programme.json";
import frSearch from "@/messages/fr/search.json";
import frSecurity from "@/messages/fr/security.json";
import frSessions from "@/messages/fr/sessions.json";
import frSettings from "@/messages/fr/settings.json";
import frSharing from "@/messages/fr/sharing.json";
import frYouth from "@/messages/fr/youth.json";

export const MESSAGES = {
  ar: {
    ...ar,
    Programme: arProgramme,
    ProgrammeAdmin: arProgrammeAdmin,
    ProgrammeAdoption: arProgrammeAdoption,
    ProgrammeImport: arProgrammeImport,
    ProgrammeMeetings: arProgrammeMeetings,
    ProgrammeEvaluation: arProgrammeEvaluation,
    ProgrammeTracking: arProgrammeTracking,
    Documents: arDocuments,
    Information: arInformation,
    Forum: arForum,
    Petitions: arPetitions,
    Sessions: arSessions,
    Consultations: arConsultations,
    Participation: arParticipation,
    Equality: arEquality,
    Associations: arAssociations,
    AuditReports: arAuditReports,
    Budget: arBudget,
    Security: arSecurity,
    Settings: arSettings,
    Search: arSearch,
    OpenData: arOpenData,
    Youth: arYouth,
    Sharing: arSharing,
  },
  fr: {
    ...fr,
    Programme: frProgramme,
    ProgrammeAdmin: frProgrammeAdmin,
    ProgrammeAdoption: frProgrammeAdoption,
    ProgrammeImport: frProgrammeImport,
    ProgrammeMeetings: frProgrammeMeetings,
    ProgrammeEvaluation: frProgrammeEvaluation,
    ProgrammeTracking: frProgrammeTracking,
    Documents: frDocuments,
    Information: frInformation,
    Forum: frForum,
    Petitions: frPetitions,
    Sessions: frSessions,
    Consultations: frConsultations,
    Participation: frParticipation,
    Equality: frEquality,
    Associations: frAssociations,
    AuditReports: frAuditReports,
    Budget: frBudget,
    Security: frSecurity,
    Settings: frSettings,
    Search: frSearch,
    OpenData: frOpenData,
    Youth: frYouth,
    Sharing: frSharing,
  },
};

export type Messages = (typeof MESSAGES)["ar"];
