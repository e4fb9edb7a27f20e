// Periodic housekeeping of the server process (started from instrumentation.ts, with or without
// SMTP): the anonymisation of petition signatories after the retention period, and the notices
// of consultations that have closed.
import { createPrismaClient } from "@/lib/db/create-client";
import { announceClosedConsultations } from "@/lib/participation/notify";
import { purgeExpiredSignatoryData } from "@/lib/petitions/retention";
import { backgroundLogger } from "./log";

const state = globalThis as unknown as { musharakaMaintenance?: NodeJS.Timeout };

export function startMaintenance(intervalMs = 3_600_000): void {
  if (state.musharakaMaintenance) return;
  const db = createPrismaClient();
  const run = () => {
    const log = backgroundLogger("maintenance");
    purgeExpiredSignatoryData(db)
      .then((petitions) => {
        if (petitions > 0) log.info({ petitions }, "signatories anonymised after the retention period");
      })
      .catch((error) => log.error({ err: error }, "signatory anonymisation run failed"));
    announceClosedConsultations(db).catch((error) => log.error({ err: error }, "consultation closing notices failed"));
  };
  // The first run waits a minute: the server answers its first visitors before housekeeping.
  setTimeout(run, 60_000).unref();
  state.musharakaMaintenance = setInterval(run, intervalMs);
  state.musharakaMaintenance.unref();
}
