// The commune this demo deployment serves: the rural commune of Bni Mathar (Jerada province,
// Oriental region). Facts from domain.md §6 and §1.8; what is invented is marked as demo.
import { CommuneKind } from "@/lib/generated/prisma/enums";

export const COMMUNE_SETTINGS = {
  id: 1,
  code: "275.05.01",
  kind: CommuneKind.RURAL,
  nameAr: "جماعة بني مطهر",
  nameFr: "Commune de Bni Mathar",
  provinceAr: "إقليم جرادة",
  provinceFr: "Province de Jerada",
  regionAr: "جهة الشرق",
  regionFr: "Région de l'Oriental",
  // Legal population of the 2004 census (the 2014 and 2024 figures are unconfirmed).
  legalPopulation: 7089,
  // Not one of the six communes with arrondissements (art. 216): the petition threshold is 100 (art. 123).
  hasArrondissements: false,
  censusYear: 2004,
  // ≤ 7,500 inhabitants → 11 council members (OL 59.11 art. 127, domain.md §1.8).
  councilSize: 11,
  // Ordinary sessions: first weeks of February, May and October (OL 113.14 art. 33).
  ordinarySessionMonths: [2, 5, 10],
  mandateStartYear: 2021,
  mandateEndYear: 2027,
  addressAr: "مقر جماعة بني مطهر، إقليم جرادة (عنوان تجريبي)",
  addressFr: "Siège de la commune de Bni Mathar, province de Jerada (adresse de démonstration)",
  phone: "+212 500 000 000",
  email: "contact@bni-mathar.example",
  // The demo's staff accounts are shared and documented in the README: a second factor would only
  // stand in the way of trying the portal. A real deployment keeps the default: required.
  staffSecondFactorRequired: false,
} as const;

export interface DouarSeed {
  readonly slug: string;
  readonly nameAr: string;
  readonly nameFr: string;
  /** Fictional, shown with a "demo" badge. */
  readonly isDemo: boolean;
}

// Only Ez-Zaouia and Ouled Kaddour are attested as douars of the commune (domain.md §6). «الكورس»
// is attested only as a place (informal building on collective land), not as a douar, so it is left
// out rather than presented as a real douar. The full list of douars is unconfirmed, so the others
// are fictional and say so in their names.
export const DOUARS: readonly DouarSeed[] = [
  { slug: "ez-zaouia", nameAr: "الزاوية", nameFr: "Ez-Zaouia", isDemo: false },
  { slug: "ouled-kaddour", nameAr: "أولاد قدور", nameFr: "Ouled Kaddour", isDemo: false },
  { slug: "demo-douar-el-amal", nameAr: "دوار الأمل (تجريبي)", nameFr: "Douar El Amal (démo)", isDemo: true },
  { slug: "demo-douar-el-hadba", nameAr: "دوار الهضبة (تجريبي)", nameFr: "Douar El Hadba (démo)", isDemo: true },
  { slug: "demo-douar-es-sanabil", nameAr: "دوار السنابل (تجريبي)", nameFr: "Douar Es-Sanabil (démo)", isDemo: true },
  { slug: "demo-douar-el-mithal", nameAr: "دوار المثال (تجريبي)", nameFr: "Douar El Mithal (démo)", isDemo: true },
  { slug: "demo-douar-el-ouaha", nameAr: "دوار الواحة (تجريبي)", nameFr: "Douar El Ouaha (démo)", isDemo: true },
];
