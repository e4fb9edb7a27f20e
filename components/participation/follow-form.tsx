// "Follow sessions / consultations": one button, a plain form posting to a server action.
import { getTranslations } from "next-intl/server";
import { followTopicAction } from "@/lib/participation/actions";
import { followState, type ParticipationTopic } from "@/lib/participation/follows";

export async function FollowTopicForm({ topic, done }: { topic: ParticipationTopic; done?: unknown }) {
  const [t, following] = await Promise.all([getTranslations("Participation.follow"), followState(topic)]);
  return (
    <div className="no-print space-y-2 rounded-card border border-divider bg-surface p-4">
      {(done === "followed" || done === "unfollowed") && <p role="status" className="font-bold">{t(done)}</p>}
      <p>{t(`${topic}.text`)}</p>
      <form action={followTopicAction}>
        <input type="hidden" name="topic" value={topic} />
        <input type="hidden" name="follow" value={following ? "0" : "1"} />
        <button type="submit" className="min-h-12 rounded-md border-2 border-brand px-5 font-bold">
          {following ? t("stop") : following === null ? t("signInToFollow") : t(`${topic}.start`)}
        </button>
      </form>
    </div>
  );
}
