import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

/** The commune this portal serves (one row); null only before the first seed or setup. */
export const getCommune = cache(() =>
  db.communeSettings.findUnique({
    where: { id: 1 },
    select: {
      code: true, nameAr: true, nameFr: true, provinceAr: true, provinceFr: true, regionAr: true, regionFr: true,
      addressAr: true, addressFr: true, phone: true, email: true, informationOfficer: true, informationOfficerContact: true, councilSize: true,
      facebookUrl: true, instagramUrl: true, youtubeUrl: true, signatoryDataRetentionMonths: true, cndpAuthorisation: true,
    },
  }),
);

export type Commune = NonNullable<Awaited<ReturnType<typeof getCommune>>>;
