// DEMO DATA — the library (law 31.13 art. 10; OL 113.14 arts. 272–275): small published PDFs made in
// code (lib/documents/simple-pdf.ts) for the budget statements, the decisions of the 2026 sessions
// (linked to their session), the summary of the programme's 2025 evaluation, the grants to
// associations and an internal audit report; the audit report registered with its recommendations and
// their follow-up; and one answered access request in the public archive, redacted. All fictional.
// Idempotent: documents are keyed on (category, French title), the report on its French title, the
// request on its reference; nothing is rewritten once it exists (staff may have edited it).
import path from "node:path";
import type { Tx } from "@/lib/db/create-client";
import type { DocumentCategory } from "@/lib/generated/prisma/enums";
import { documentSearchText } from "@/lib/documents/search-text";
import { simplePdf } from "@/lib/documents/simple-pdf";
import { encryptIdNumber, idNumberHash } from "@/lib/security/id-numbers";
import { LocalFileStore } from "@/lib/storage/local";
import { demoAccount } from "./accounts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const SOURCE = { sourceServiceAr: "الكتابة العامة للجماعة", sourceServiceFr: "Secrétariat général de la commune" };
const FINANCE = { sourceServiceAr: "مصلحة الميزانية والمحاسبة", sourceServiceFr: "Service du budget et de la comptabilité" };

type DemoDocument = {
  category: DocumentCategory; titleAr: string; titleFr: string; summaryAr: string; summaryFr: string; documentDate: string; publishedAt: string;
  source?: typeof SOURCE; period?: [string, string]; session?: string; pdf: string[];
};

const DECISIONS: DemoDocument[] = [
  ["2026-02", "2026-02-06", "2026-02-10", "فبراير", "février", "la programmation de l'excédent pour les pistes rurales (9 pour, 1 contre, 1 abstention) et la prise d'acte du rapport d'évaluation 2025 du programme d'action"],
  ["2026-05", "2026-05-08", "2026-05-13", "ماي", "mai", "la convention de partenariat pour l'eau potable des douars, adoptée à l'unanimité (11 voix)"],
  ["2026-10", "2026-10-09", "2026-10-14", "أكتوبر", "octobre", "le budget 2027 (8 pour, 2 contre, 1 abstention) et le renvoi de l'avis de l'instance de l'équité à la commission du budget"],
].map(([session, ended, published, monthAr, monthFr, text]) => ({
  category: "COUNCIL_DECISIONS" as const, session, documentDate: ended!, publishedAt: `${published}T10:00:00Z`,
  titleAr: `مقررات الدورة العادية لشهر ${monthAr} 2026 (وثيقة تجريبية)`,
  titleFr: `Décisions de la session ordinaire de ${monthFr} 2026 (document de démonstration)`,
  summaryAr: `المقررات التي اتخذها المجلس خلال دورة ${monthAr} 2026، مع نتائج التصويت.`,
  summaryFr: `Les décisions prises par le conseil lors de la session de ${monthFr} 2026, avec le résultat des votes.`,
  pdf: [`Commune de Bni Mathar - Conseil communal. Session ordinaire de ${monthFr} 2026.`, `Le conseil a délibéré et décidé : ${text}.`, "Extrait publié en application de l'article 273 de la loi organique 113.14. Document de démonstration, données fictives."],
}));

const DOCUMENTS: DemoDocument[] = [
  ...DECISIONS,
  {
    category: "BUDGET_STATEMENTS", source: FINANCE, documentDate: "2026-01-15", publishedAt: "2026-01-26T10:00:00Z", period: ["2026-01-01", "2026-12-31"],
    titleAr: "القوائم المالية والمحاسبية لميزانية 2026 (وثيقة تجريبية)", titleFr: "États comptables et financiers du budget 2026 (document de démonstration)",
    summaryAr: "الموارد المالية المتوقعة ونفقات التسيير والتجهيز لسنة 2026 وفق نماذج المرسوم التطبيقي للمادة 275.",
    summaryFr: "Ressources prévues, dépenses de fonctionnement et d'équipement de 2026, selon les modèles du décret d'application de l'article 275.",
    pdf: ["Etat A - Ressources financières 2026 : recettes de fonctionnement 12 450 000 dirhams, dont part TVA 9 800 000 dirhams ; taux de recouvrement 2025 : 87 %.", "Etat D - Dépenses de fonctionnement : 9 950 000 dirhams. Etat E - Dépenses d'investissement : excédent 2 500 000 dirhams affecté aux pistes rurales.", "Visé par le comptable public. Document de démonstration, chiffres fictifs."],
  },
  {
    category: "ASSOCIATION_GRANTS", source: FINANCE, documentDate: "2026-02-20", publishedAt: "2026-02-25T10:00:00Z", period: ["2025-01-01", "2025-12-31"],
    titleAr: "المنح المقدمة للجمعيات برسم سنة 2025 (وثيقة تجريبية)", titleFr: "Subventions aux associations en 2025 (document de démonstration)",
    summaryAr: "الجمعيات المستفيدة وموضوع المنحة ومبلغها ومنجزات الجمعية.",
    summaryFr: "Associations bénéficiaires, objet et montant de la subvention, réalisations de l'association.",
    pdf: ["Etat des subventions 2025 (modèle de l'article 275) :", "Association sportive du douar : 20 000 dirhams (équipement du terrain). Association des femmes artisanes : 35 000 dirhams (formation au tissage).", "Document de démonstration, associations et montants fictifs."],
  },
  {
    category: "ACTION_PROGRAMME", source: SOURCE, documentDate: "2026-02-06", publishedAt: "2026-02-12T10:00:00Z", period: ["2025-01-01", "2025-12-31"],
    titleAr: "ملخص تقرير التقييم السنوي لبرنامج عمل الجماعة 2025 (وثيقة تجريبية)", titleFr: "Résumé du rapport d'évaluation annuelle 2025 du programme d'action (document de démonstration)",
    summaryAr: "نسبة إنجاز المشاريع المبرمجة والموارد المرصودة والصعوبات والحلول المقترحة.",
    summaryFr: "Taux de réalisation des projets programmés, ressources allouées, contraintes rencontrées et solutions proposées.",
    pdf: ["Résumé du rapport d'évaluation annuelle 2025 (article 15 du décret 2.16.301).", "Taux de réalisation des projets programmés : 46 %. Contraintes : retards de financement des partenaires ; solution proposée : conventions signées avant la programmation.", "Document de démonstration, chiffres fictifs."],
  },
  {
    category: "AUDIT_REPORTS", source: SOURCE, documentDate: "2026-03-10", publishedAt: "2026-05-13T10:00:00Z", period: ["2025-01-01", "2025-12-31"],
    titleAr: "تقرير الافتحاص الداخلي لتدبير ممتلكات الجماعة 2025 (وثيقة تجريبية)", titleFr: "Rapport d'audit interne sur la gestion du patrimoine communal 2025 (document de démonstration)",
    summaryAr: "افتحاص داخلي لتدبير الممتلكات والمداخيل، وثلاث توصيات.",
    summaryFr: "Audit interne de la gestion du patrimoine et des recettes, avec trois recommandations.",
    pdf: ["Audit interne - gestion du patrimoine communal, exercice 2025 (article 272 de la loi organique 113.14).", "Constats : inventaire des biens meubles incomplet ; contrats de location de locaux commerciaux non révisés ; régie de recettes sans contrôle inopiné.", "Recommandations : 1. tenir un inventaire complet ; 2. réviser les contrats de location ; 3. organiser deux contrôles inopinés par an.", "Document de démonstration, constats fictifs."],
  },
];

const RECOMMENDATIONS = [
  { textAr: "مسك جرد كامل للمنقولات وتحيينه سنويا.", textFr: "Tenir un inventaire complet des biens meubles et le mettre à jour chaque année.", serviceAr: "مصلحة الممتلكات", serviceFr: "Service du patrimoine", dueOn: "2026-06-30",
    notes: [{ notedOn: "2026-04-15", status: "IN_PROGRESS" as const, text: "Recensement commencé dans les bâtiments administratifs." }, { notedOn: "2026-06-20", status: "IMPLEMENTED" as const, text: "Inventaire achevé et validé par le secrétaire général." }] },
  { textAr: "مراجعة عقود كراء المحلات التجارية.", textFr: "Réviser les contrats de location des locaux commerciaux.", serviceAr: "مصلحة الجبايات", serviceFr: "Service de la fiscalité", dueOn: "2026-12-31",
    notes: [{ notedOn: "2026-09-10", status: "IN_PROGRESS" as const, text: "Douze contrats sur trente révisés." }] },
  { textAr: "تنظيم مراقبتين مفاجئتين لوكالة المداخيل كل سنة.", textFr: "Organiser deux contrôles inopinés par an de la régie de recettes.", serviceAr: "المديرية العامة للمصالح", serviceFr: "Direction générale des services", dueOn: "2026-09-30", notes: [] },
];

export async function seedDocuments(tx: Tx): Promise<void> {
  const staff = await tx.user.findUnique({ where: { email: demoAccount("INFORMATION_OFFICER").email }, select: { id: true } });
  const auditor = await tx.user.findUnique({ where: { email: demoAccount("AUDITOR").email }, select: { id: true } });
  if (!staff || !auditor) return;
  const store = new LocalFileStore(path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads"));
  const ids = new Map<string, number>();
  for (const demo of DOCUMENTS) {
    const existing = await tx.document.findFirst({ where: { category: demo.category, titleFr: demo.titleFr }, select: { id: true } });
    if (existing) {
      ids.set(demo.titleFr, existing.id);
      continue;
    }
    const bytes = simplePdf(demo.titleFr.replace(" (document de démonstration)", ""), demo.pdf);
    const extractedText = [demo.titleFr, ...demo.pdf].join("\n");
    const storageKey = await store.put(bytes);
    const published = new Date(demo.publishedAt);
    const { source = SOURCE, period, session, documentDate } = demo;
    const fields = { category: demo.category, titleAr: demo.titleAr, titleFr: demo.titleFr, summaryAr: demo.summaryAr, summaryFr: demo.summaryFr };
    const created = await tx.document.create({
      data: {
        ...fields, ...source, documentDate: day(documentDate), periodFrom: period ? day(period[0]) : null, periodTo: period ? day(period[1]) : null,
        status: "PUBLISHED", publishedAt: published, privacyCheckedAt: published, privacyCheckedById: staff.id, createdById: staff.id,
        searchText: documentSearchText({ ...fields, extractedText }),
        versions: { create: { number: 1, format: "PDF", storageKey, bytes: bytes.length, extractedText, uploadedById: staff.id, uploadedAt: published } },
      },
      select: { id: true },
    });
    ids.set(demo.titleFr, created.id);
    if (session) {
      const found = await tx.councilSession.findUnique({ where: { ordinaryKey: session }, select: { id: true } });
      if (found) await tx.councilSessionDocument.create({ data: { sessionId: found.id, documentId: created.id } });
    }
  }
  await seedAuditReport(tx, auditor.id, ids.get(DOCUMENTS.at(-1)!.titleFr) ?? null);
  await seedArchivedRequest(tx, staff.id);
}

async function seedAuditReport(tx: Tx, auditorId: string, documentId: number | null): Promise<void> {
  const titleFr = "Audit interne de la gestion du patrimoine communal, exercice 2025 (démonstration)";
  if (await tx.auditReport.findFirst({ where: { titleFr }, select: { id: true } })) return;
  await tx.auditReport.create({
    data: {
      source: "INTERNAL_AUDIT", titleFr, titleAr: "الافتحاص الداخلي لتدبير ممتلكات الجماعة، سنة 2025 (تجريبي)",
      summaryAr: "افتحاص داخلي أنجز في إطار المحور السابع من المخطط، عرض على المجلس في دورة ماي 2026.",
      summaryFr: "Audit interne réalisé au titre de l'axe 7 du plan, présenté au conseil lors de la session de mai 2026.",
      periodFrom: day("2025-01-01"), periodTo: day("2025-12-31"), receivedOn: day("2026-03-10"), presentedOn: day("2026-05-05"),
      documentId, publishedAt: new Date("2026-05-13T10:00:00Z"), createdById: auditorId,
      recommendations: {
        create: RECOMMENDATIONS.map(({ notes, dueOn, ...r }, index) => ({
          ...r, position: index + 1, dueOn: day(dueOn), status: notes.at(-1)?.status ?? "OPEN",
          notes: { create: notes.map((n) => ({ ...n, notedOn: day(n.notedOn), authorId: auditorId })) },
        })),
      },
    },
  });
}

async function seedArchivedRequest(tx: Tx, officerId: string): Promise<void> {
  const reference = "DI-2026-0901";
  if (await tx.informationRequest.findUnique({ where: { reference }, select: { id: true } })) return;
  const idNumber = "ZZ900001";
  await tx.informationRequest.create({
    data: {
      reference, channel: "IN_PERSON", firstName: "Demo", lastName: "Demandeur", address: "Adresse fictive, Bni Mathar", identityKind: "CIN",
      identityNumberEncrypted: encryptIdNumber(idNumber), identityNumberHash: idNumberHash(idNumber, "information"),
      informationRequested: "Je souhaite connaître le calendrier des travaux d'éclairage public de mon douar (demande de démonstration).",
      deliveryMode: "ON_SITE", receivedOn: day("2026-03-02"), firstDueOn: day("2026-03-30"), enteredById: officerId,
      outcome: "GIVEN", answeredOn: day("2026-03-16"), answeredById: officerId,
      answerText: "Les travaux d'éclairage public des douars sont programmés d'avril à septembre 2026 (projet du programme d'action).",
      archiveStatus: "PUBLISHED", archiveCategory: "ACTION_PROGRAMME", archivedAt: new Date("2026-03-18T10:00:00Z"), archivedById: officerId,
      archiveQuestion: "Quel est le calendrier des travaux d'éclairage public dans les douars ?",
      archiveAnswer: "Les travaux d'éclairage public des douars sont programmés d'avril à septembre 2026, dans le cadre d'un projet du programme d'action de la commune.",
    },
  });
}
