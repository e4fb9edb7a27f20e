// `npx tsx bench/growth-seed.ts` (DATABASE_URL: a migrated database with the demo seed): grows the
// demo commune to a large one for bench/growth.ts (issue 11, "Growth"): 100,000 petition
// signatures, 10,000 library documents, 50,000 forum posts (5,000 topics and 45,000 replies), 500
// projects with 20,000 progress updates. Everything is inserted with set-based SQL
// (generate_series), in one transaction, in a few seconds. The texts are Arabic (French for the
// French fields) made of a commune's everyday words, so that full-text search finds them; statuses
// are spread the way a commune's would be and the published flags are set, so the public pages
// show the rows. BENCH DATA ONLY: the accounts cannot sign in, the CINs are not encrypted CINs and
// the document files do not exist. Refuses to run twice on the same database, or in production.
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

export const GROWTH = { signatures: 100_000, documents: 10_000, topics: 5_000, replies: 45_000, projects: 500, updates: 20_000, residents: 2_000 } as const;

const AR_WORDS = [
  "تهيئة", "الطريق", "القروية", "الماء", "الصالح", "للشرب", "الإنارة", "العمومية", "المدرسة", "الابتدائية", "دوار", "ملعب", "القرب",
  "النفايات", "قنطرة", "المستوصف", "السوق", "الأسبوعي", "النقل", "المدرسي", "الكهرباء", "الصرف", "الصحي", "بئر", "السقي", "الفلاحة",
  "الشباب", "النساء", "دار", "الثقافة", "الرياضة", "ميزانية", "الجماعة", "صيانة", "تعبيد", "المسالك", "الرعي", "الماشية", "الواحة",
  "التشجير", "الحدائق", "الساحة", "المقبرة", "المسجد", "الجمعية", "التعاونية", "الحرفيين", "الأطفال", "المسنين", "الإعاقة", "الولوجيات",
] as const;
const FR_WORDS = [
  "aménagement", "route", "rurale", "eau", "potable", "éclairage", "public", "école", "primaire", "douar", "terrain", "proximité",
  "déchets", "pont", "dispensaire", "souk", "hebdomadaire", "transport", "scolaire", "électricité", "assainissement", "puits",
  "irrigation", "agriculture", "jeunes", "femmes", "maison", "culture", "sport", "budget", "commune", "entretien", "piste", "élevage",
] as const;

const sqlArray = (words: readonly string[]) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(",")}]::text[]`;

/** The statements, in order. `$n` placeholders are the GROWTH figures (see `params`). */
const STATEMENTS = [
  // n words of a vocabulary, chosen by a seed: varied but reproducible text.
  `CREATE FUNCTION pg_temp.ar(seed bigint, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
     SELECT string_agg((${sqlArray(AR_WORDS)})[1 + ((seed * 7919 + i * 104729 + i * i * 31) % ${AR_WORDS.length})], ' ') FROM generate_series(1, n) i $$`,
  `CREATE FUNCTION pg_temp.fr(seed bigint, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
     SELECT string_agg((${sqlArray(FR_WORDS)})[1 + ((seed * 7919 + i * 104729 + i * i * 31) % ${FR_WORDS.length})], ' ') FROM generate_series(1, n) i $$`,

  // Residents who write in the forum (they cannot sign in: no password hash matches).
  `INSERT INTO users (id, email, name, password_hash, email_verified_at, updated_at)
   SELECT gen_random_uuid(), 'bench-resident-' || g || '@bench.invalid', 'ساكن تجريبي ' || g, 'bench-no-sign-in', now(), now()
   FROM generate_series(1, $residents) g`,

  // Projects, up to 500 in the demo programme, statuses spread, then 40 updates each on average.
  `INSERT INTO projects (programme_id, axis_id, code, title_ar, title_fr, description_ar, description_fr, whole_commune, competence,
                         start_year, end_year, estimated_cost_mad, status, status_reason_ar, status_reason_fr, is_demo, updated_at)
   SELECT (SELECT min(id) FROM programmes),
          (SELECT id FROM plan_axes ORDER BY number OFFSET (g % (SELECT count(*) FROM plan_axes)) LIMIT 1),
          'G-' || lpad(g::text, 4, '0'), pg_temp.ar(g, 5) || ' (مشروع تجريبي)', pg_temp.fr(g, 5) || ' (projet de démonstration)',
          pg_temp.ar(g + 1, 40), pg_temp.fr(g + 1, 40), g % 3 = 0,
          (ARRAY['own','shared','transferred']::competence[])[1 + g % 3], 2022 + g % 4, 2024 + g % 4, 100000 + (g * 7919) % 5000000,
          (ARRAY['planned','in_progress','in_progress','delayed','completed','cancelled']::project_status[])[1 + g % 6],
          CASE WHEN g % 6 IN (3, 5) THEN pg_temp.ar(g + 2, 8) END, CASE WHEN g % 6 IN (3, 5) THEN pg_temp.fr(g + 2, 8) END, true, now()
   FROM generate_series(1, $projects - (SELECT count(*) FROM projects)) g`,
  `WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM projects)
   INSERT INTO progress_updates (project_id, recorded_at, physical_percent, financial_percent, committed_mad, spent_mad, note_ar, note_fr)
   SELECT p.ids[1 + (u / 40) % cardinality(p.ids)], now() - ((u % 40) * interval '9 days') - (u / 40 % 24) * interval '1 hour',
          least(100, (40 - u % 40) * 2 + u / 40 % 20), least(100, (40 - u % 40) * 2), 50000 + (u * 13) % 90000, 40000 + (u * 7) % 50000,
          pg_temp.ar(u, 12), pg_temp.fr(u, 12)
   FROM generate_series(0, $updates - 1) u, p`,

  // Petitions: 200 more, every state of their life; the filed ones with a receipt's reference.
  `INSERT INTO petitions (kind, status, subject, reasons, objectives, owner_id, threshold, declared_admissible, reference, filed_at,
                          answer_due_on, decided_at, decision_reasons, created_at, updated_at)
   SELECT 'citizens', s.status, pg_temp.ar(g, 7) || ' (عريضة تجريبية)', pg_temp.ar(g + 3, 40), pg_temp.ar(g + 5, 20),
          (SELECT id FROM users WHERE email = 'bench-resident-' || (1 + g % $residents) || '@bench.invalid'), 100, true,
          CASE WHEN s.status NOT IN ('draft', 'collecting') THEN 'B-' || lpad(g::text, 5, '0') END,
          CASE WHEN s.status NOT IN ('draft', 'collecting') THEN now() - (g % 700) * interval '1 day' END,
          CASE WHEN s.status NOT IN ('draft', 'collecting') THEN (now() - (g % 700) * interval '1 day' + interval '3 months')::date END,
          CASE WHEN s.status IN ('accepted', 'rejected') THEN now() - (g % 700) * interval '1 day' + interval '40 days' END,
          CASE WHEN s.status IN ('accepted', 'rejected') THEN pg_temp.ar(g + 7, 30) END,
          now() - (g % 700 + 30) * interval '1 day', now()
   FROM generate_series(1, 200) g,
   LATERAL (SELECT (ARRAY['collecting','collecting','collecting','filed','under_review','under_review','accepted','accepted','rejected','draft']::petition_status[])[1 + g % 10] AS status) s`,
  // 100,000 paper signatures over every petition that collects or collected them (not drafts).
  `WITH targets AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM petitions WHERE status <> 'draft' AND kind = 'citizens'),
        total AS (SELECT count(*) AS n FROM targets)
   INSERT INTO petition_signatures (petition_id, channel, full_name, id_number_encrypted, id_number_hash, address, basis, created_at)
   SELECT t.id, 'paper', 'موقع تجريبي ' || g, 'bench:not-encrypted', md5('bench-signature-' || g), pg_temp.ar(g, 2) || ' (عنوان تجريبي)',
          CASE WHEN g % 10 = 9 THEN 'activity'::signature_basis ELSE 'resident'::signature_basis END, now() - (g % 500) * interval '1 hour'
   FROM generate_series(1, $signatures) g, total JOIN targets t ON true
   WHERE t.k = g % total.n`,

  // Library: 10,000 documents in every category over ten years, mostly published.
  `INSERT INTO documents (category, title_ar, title_fr, summary_ar, summary_fr, document_date, source_service_ar, source_service_fr, status,
                          published_at, privacy_checked_by_id, privacy_checked_at, unpublished_at, unpublish_reason, search_text, created_by_id, updated_at)
   SELECT (enum_range(NULL::document_category))[1 + g % 17], pg_temp.ar(g, 6) || ' ' || g, pg_temp.fr(g, 6) || ' ' || g,
          pg_temp.ar(g + 11, 35), pg_temp.fr(g + 11, 35), (date '2016-01-01' + (g % 3900)), 'مصلحة الشؤون الإدارية', 'Service des affaires administratives',
          s.status, CASE WHEN s.status <> 'draft' THEN (date '2016-01-01' + (g % 3900) + 5)::timestamptz END,
          CASE WHEN s.status <> 'draft' THEN staff.id END, CASE WHEN s.status <> 'draft' THEN (date '2016-01-01' + (g % 3900) + 5)::timestamptz END,
          CASE WHEN s.status = 'unpublished' THEN now() END, CASE WHEN s.status = 'unpublished' THEN 'خطأ في الوثيقة' END,
          search_normalize(pg_temp.ar(g + 11, 35) || ' ' || pg_temp.fr(g + 11, 35)), staff.id, now()
   FROM generate_series(1, $documents) g,
   LATERAL (SELECT CASE WHEN g % 50 = 7 THEN 'draft' WHEN g % 50 = 8 THEN 'unpublished' ELSE 'published' END::document_status AS status) s,
   LATERAL (SELECT id FROM users WHERE email = 'editor@demo.bni-mathar.example') staff`,
  `INSERT INTO document_versions (document_id, number, format, storage_key, bytes, uploaded_by_id, uploaded_at)
   SELECT d.id, 1, 'pdf', 'bench/document-' || d.id || '.pdf', 20000 + d.id % 900000, d.created_by_id, d.created_at
   FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_versions v WHERE v.document_id = d.id)`,

  // Forum: 5,000 topics in every douar's space and category, statuses spread, a few hidden.
  `INSERT INTO forum_topics (douar_id, category_id, author_id, title, body, place, status, competent_body, first_official_answer_at, hidden_at, hidden_reason, created_at, updated_at)
   SELECT CASE WHEN g % 10 = 0 THEN NULL ELSE (SELECT id FROM douars ORDER BY id OFFSET g % (SELECT count(*) FROM douars) LIMIT 1) END,
          (SELECT id FROM forum_categories ORDER BY id OFFSET g % (SELECT count(*) FROM forum_categories) LIMIT 1),
          (SELECT id FROM users WHERE email = 'bench-resident-' || (1 + g % $residents) || '@bench.invalid'),
          pg_temp.ar(g, 6), pg_temp.ar(g + 13, 30), CASE WHEN g % 3 = 0 THEN pg_temp.ar(g + 17, 3) END,
          (enum_range(NULL::forum_topic_status))[1 + g % 6], CASE WHEN g % 6 = 5 THEN 'مجلس الوصاية على الجماعات السلالية (وزارة الداخلية)' END,
          CASE WHEN g % 6 <> 0 THEN now() - (g % 900) * interval '1 day' + interval '5 days' END,
          CASE WHEN g % 100 = 42 THEN now() END, CASE WHEN g % 100 = 42 THEN 'مخالف لميثاق المنتدى' END,
          now() - (g % 900) * interval '1 day' - (g % 24) * interval '1 hour', now()
   FROM generate_series(1, $topics) g`,
  // 45,000 replies: 300 on each demo topic (the ones the key pages show), the rest over all topics; 1 in 20 official.
  `WITH t AS (SELECT array_agg(id ORDER BY id) FILTER (WHERE is_demo) AS demo, array_agg(id ORDER BY id) AS alltopics FROM forum_topics),
        r AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE 'bench-resident-%')
   INSERT INTO forum_posts (topic_id, author_id, body, official, hidden_at, hidden_reason, created_at)
   SELECT CASE WHEN g <= cardinality(t.demo) * 300 THEN t.demo[1 + g % cardinality(t.demo)] ELSE t.alltopics[1 + g % cardinality(t.alltopics)] END,
          r.ids[1 + g % cardinality(r.ids)],
          pg_temp.ar(g + 19, 25), g % 20 = 0, CASE WHEN g % 200 = 13 THEN now() END, CASE WHEN g % 200 = 13 THEN 'مخالف لميثاق المنتدى' END,
          now() - (g % 800) * interval '1 day' + (g % 1440) * interval '1 minute'
   FROM generate_series(1, $replies) g, t, r`,
];

function params(sql: string): string {
  return sql.replace(/\$(\w+)/g, (match, name: string) => (name in GROWTH ? String(GROWTH[name as keyof typeof GROWTH]) : match));
}

/** Grows the commune behind `connectionString`; returns the row counts afterwards. */
export async function growCommune(connectionString: string): Promise<Record<string, number>> {
  // The demo seed's rule (prisma/seed/index.ts assertSeedAllowed), without loading the app's modules and their environment.
  if (process.env.PORTAL_ENV === "production") throw new Error("Refusing to grow a database with bench data: PORTAL_ENV is \"production\".");
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM users WHERE email LIKE 'bench-resident-%'");
    if (Number(rows[0]!.n) > 0) throw new Error("This database has already been grown (bench residents exist).");
    await client.query("BEGIN");
    for (const statement of STATEMENTS) {
      const started = Date.now();
      // The function bodies contain `$$`: only the named placeholders are replaced.
      const { rowCount } = await client.query(params(statement));
      if (process.env.GROWTH_VERBOSE) console.log(`${rowCount ?? 0} rows in ${Date.now() - started} ms: ${statement.trim().split("\n")[0]!.slice(0, 80)}`);
    }
    await client.query("COMMIT");
    // What autovacuum would have done on a database that grew over years: statistics and the visibility map.
    for (const table of ["users", "projects", "progress_updates", "petitions", "petition_signatures", "documents", "document_versions", "forum_topics", "forum_posts"]) {
      await client.query(`VACUUM ANALYZE ${table}`);
    }
    const counts: Record<string, number> = {};
    for (const table of ["petition_signatures", "documents", "forum_topics", "forum_posts", "projects", "progress_updates", "petitions"]) {
      counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
    }
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must point at a migrated database with the demo seed");
  const started = Date.now();
  console.log(await growCommune(url), `in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
