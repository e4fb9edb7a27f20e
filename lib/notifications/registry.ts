import "server-only";
// Every feature's notice renderer. A feature that sends notices adds its renderer here.
import { budgetNotices } from "@/lib/budget/notify";
import type { Locale } from "@/lib/i18n/config";
import { associationNotices } from "@/lib/associations/notify";
import { committeeNotices } from "@/lib/equality/notify";
import { informationNotices } from "@/lib/information/notify";
import { petitionNotices } from "@/lib/petitions/notify";
import { meetingInvitationNotices } from "@/lib/programme/meetings";
import { projectNotices } from "@/lib/programme/notify";
import { forumNotices } from "@/lib/forum/notify";
import { participationNotices } from "@/lib/participation/notify";
import type { NoticeRenderer, NoticeView } from "./types";

const NOTICE_RENDERERS: readonly NoticeRenderer[] = [projectNotices, meetingInvitationNotices, informationNotices, forumNotices, petitionNotices, associationNotices, budgetNotices, committeeNotices, participationNotices];

/** The notice as the notifications page shows it, or null for a kind no feature knows any more. */
export function renderNotice(locale: Locale, kind: string, payload: unknown): NoticeView | null {
  return NOTICE_RENDERERS.find((renderer) => renderer.handles(kind))?.render(locale, kind, payload) ?? null;
}
