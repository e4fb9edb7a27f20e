// DEMO DATA — a fictional youth and childhood council: two adult members listed by name, a minor
// whose guardian consented (shown by first name only), a minor without a recorded consent (not
// shown, not counted), one meeting and one proposal the council answered. Idempotent: members are
// created only while the council has none; the meeting is keyed on its topic, the proposal on its
// subject.
import type { Tx } from "@/lib/db/create-client";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TOPIC = "ملاعب القرب في الدواوير (اجتماع تجريبي)";
const SUBJECT = "ملعب قرب قرب المدرسة (مقترح تجريبي)";

export async function seedYouth(tx: Tx): Promise<void> {
  const year = new Date().getUTCFullYear();
  if ((await tx.youthMember.count()) === 0) {
    await tx.youthMember.createMany({
      data: [
        { firstName: "يوسف", lastName: "(عضو تجريبي)", birthYear: year - 22, gender: "MAN", termStart: day("2025-01-01"), publicListing: true },
        { firstName: "سناء", lastName: "(عضوة تجريبية)", birthYear: year - 20, gender: "WOMAN", termStart: day("2025-01-01"), publicListing: true },
        {
          firstName: "مريم", lastName: "(قاصر تجريبية)", birthYear: year - 14, gender: "WOMAN", termStart: day("2025-01-01"), publicListing: true,
          guardianName: "ولي تجريبي", guardianRelation: "الأب", consentOn: day("2025-01-02"), consentMethod: "SIGNED_FORM",
        },
        { firstName: "أيوب", lastName: "(قاصر تجريبي دون موافقة)", birthYear: year - 13, gender: "MAN", termStart: day("2025-01-01"), publicListing: false },
      ],
    });
  }
  let meeting = await tx.youthMeeting.findFirst({ where: { topic: TOPIC }, select: { id: true } });
  meeting ??= await tx.youthMeeting.create({
    data: { heldOn: day("2025-03-01"), place: "دار الشباب (مكان تجريبي)", topic: TOPIC, minutes: "ناقش المجلس حاجة الدواوير إلى ملاعب القرب واقترح ملعبا قرب المدرسة. (محضر تجريبي)" },
    select: { id: true },
  });
  if (!(await tx.youthProposal.findFirst({ where: { subject: SUBJECT }, select: { id: true } }))) {
    await tx.youthProposal.create({
      data: {
        subject: SUBJECT, body: "يقترح مجلس الشباب والطفولة تهيئة ملعب قرب بجوار المدرسة الابتدائية. (نص تجريبي)", meetingId: meeting.id,
        status: "ANSWERED", votesFor: 3, votesAgainst: 0, votesAbstaining: 0, adoptedOn: day("2025-03-01"), sentOn: day("2025-03-05"),
        response: "PARTLY_ACCEPTED", responseText: "يدرس المجلس الجماعي إدراج الملعب في تحيين برنامج العمل. (جواب تجريبي)", responseOn: day("2025-05-06"),
      },
    });
  }
}
