// DEMO DATA — fictional meetings with civil society on the programme's execution (the plan's
// axis 1), so that the demo shows both a past meeting with its published minutes and decisions and
// an upcoming one. Written only while the programme has no meeting: never touches real ones.
import type { Tx } from "@/lib/db/create-client";
import { DEMO_ASSOCIATION } from "./accounts";
import { PROGRAMME_SEED } from "./programme";

const PLACE = { placeAr: "دار الشباب ببني مطهر (لقاء تجريبي)", placeFr: "Maison des jeunes de Bni Mathar (réunion de démonstration)" };

export async function seedMeetings(tx: Tx): Promise<number> {
  const programme = await tx.programme.findUniqueOrThrow({ where: { startYear: PROGRAMME_SEED.startYear }, select: { id: true } });
  if ((await tx.civilSocietyMeeting.count({ where: { programmeId: programme.id } })) > 0) return 0;
  const association = await tx.association.findFirst({ where: { receiptNumber: DEMO_ASSOCIATION.receiptNumber }, select: { id: true } });
  const invited = association ? [{ associationId: association.id, confirmedAt: new Date("2025-10-10T08:00:00Z") }] : [];

  await tx.civilSocietyMeeting.create({
    data: {
      programmeId: programme.id,
      scheduledAt: new Date("2025-10-16T09:00:00Z"),
      ...PLACE,
      agendaAr: "1. عرض نسبة تنفيذ برنامج عمل الجماعة إلى غاية شتنبر 2025.\n2. الصعوبات والإكراهات التي تعترض التنفيذ.\n3. مقترحات الجمعيات.",
      agendaFr: "1. Présentation du taux d'exécution du programme d'action à fin septembre 2025.\n2. Difficultés et contraintes rencontrées.\n3. Propositions des associations.",
      minutesAr: "عرضت مصالح الجماعة نسبة تنفيذ البرنامج ومشاريع كل مدخل، وناقشت الجمعيات تأخر مشروع مجلس الشباب والطفولة وتدبير النفايات بالدواوير.",
      minutesFr: "Les services de la commune ont présenté le taux d'exécution du programme et les projets de chaque axe ; les associations ont discuté du retard du conseil des jeunes et de la gestion des déchets dans les douars.",
      minutesPublishedAt: new Date("2025-10-20T10:00:00Z"),
      invitations: { create: invited },
      decisions: {
        create: [
          {
            position: 1,
            textAr: "نشر نسبة تنفيذ البرنامج على البوابة وفي سبورات الإعلان بالدواوير كل ثلاثة أشهر.",
            textFr: "Publier le taux d'exécution du programme sur le portail et aux panneaux d'affichage des douars chaque trimestre.",
            doneAt: new Date("2025-12-15T10:00:00Z"),
          },
          {
            position: 2,
            textAr: "عقد لقاء خاص مع جمعيات الشباب حول مجلس الشباب والطفولة.",
            textFr: "Tenir une réunion dédiée avec les associations de jeunes sur le conseil des jeunes et de l'enfance.",
          },
        ],
      },
    },
  });
  await tx.civilSocietyMeeting.create({
    data: {
      programmeId: programme.id,
      scheduledAt: new Date("2027-01-21T09:00:00Z"),
      ...PLACE,
      agendaAr: "1. نسبة تنفيذ برنامج عمل الجماعة في نهاية 2026.\n2. تتبع مقررات اللقاء السابق.",
      agendaFr: "1. Taux d'exécution du programme d'action à fin 2026.\n2. Suivi des décisions de la réunion précédente.",
      // Invitations are left to staff, so that the demo shows the whole flow (invite → e-mail → confirm).
    },
  });
  return 2;
}
