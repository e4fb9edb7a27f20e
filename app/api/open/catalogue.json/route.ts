// The open-data catalogue, machine-readable: GET /api/open/catalogue.json, a DCAT-style JSON-LD
// document (W3C DCAT 2 terms) built from lib/open-data/catalogue.ts, with each dataset's data
// dictionary. The same catalogue is shown to people at /open-data.
import { getCommune } from "@/lib/commune/queries";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { datasetUrl, FORMATS, FREQUENCY_URI, LICENCE } from "@/lib/open-data/catalogue";
import { catalogueStatus } from "@/lib/open-data/queries";

export const dynamic = "force-dynamic";

const text = (ar: string, fr: string) => [{ "@language": "ar", "@value": ar }, { "@language": "fr", "@value": fr }];

export async function GET(): Promise<Response> {
  const base = env().PUBLIC_URL.replace(/\/+$/, "");
  const page = (path: string) => `${base}${localizedPath(DEFAULT_LOCALE, path)}`;
  const [status, commune] = await Promise.all([catalogueStatus(), getCommune()]);
  const publisher = { "@type": "foaf:Organization", "foaf:name": commune ? text(commune.nameAr, commune.nameFr) : text("الجماعة", "La commune") };
  const catalogue = {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      foaf: "http://xmlns.com/foaf/0.1/",
      csvw: "http://www.w3.org/ns/csvw#",
    },
    "@id": `${base}/api/open/catalogue.json`,
    "@type": "dcat:Catalog",
    "dct:title": text("البيانات المفتوحة للجماعة", "Données ouvertes de la commune"),
    "dct:publisher": publisher,
    "dct:license": { "@id": page("/open-data#licence"), "dct:title": text(LICENCE.ar, LICENCE.fr) },
    "dcat:landingPage": page("/open-data"),
    "dct:issued": new Date().toISOString(),
    "dcat:dataset": status.map(({ dataset, modified, years }) => ({
      "@id": `${page("/open-data")}#${dataset.id}`,
      "@type": "dcat:Dataset",
      "dct:identifier": dataset.id,
      "dct:title": text(dataset.titleAr, dataset.titleFr),
      "dct:description": text(dataset.descriptionAr, dataset.descriptionFr),
      "dct:publisher": publisher,
      "dct:license": { "@id": page("/open-data#licence") },
      "dct:accrualPeriodicity": { "@id": FREQUENCY_URI[dataset.frequency] },
      "dct:modified": modified?.toISOString() ?? null,
      "dcat:landingPage": page(dataset.pagePath),
      "dcat:distribution": (dataset.perYear ? years : [undefined]).flatMap((year) =>
        FORMATS.map(({ format, mediaType }) => ({
          "@type": "dcat:Distribution",
          "dct:title": year ? `${dataset.id}-${year}.${format}` : `${dataset.id}.${format}`,
          "dcat:downloadURL": `${base}${datasetUrl(dataset, format, year)}`,
          "dcat:mediaType": mediaType,
          "dct:format": format.toUpperCase(),
          ...(year ? { "dct:temporal": String(year) } : {}),
        })),
      ),
      "csvw:tableSchema": {
        "csvw:column": dataset.columns.map((column) => ({
          "csvw:name": column.name,
          "csvw:datatype": column.type,
          "dct:description": text(column.ar, column.fr),
        })),
      },
    })),
  };
  return new Response(JSON.stringify(catalogue, null, 2), {
    headers: { "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
