// The committee's settings before an administrator edits them (also what the demo seed writes).
/** What the settings say before an administrator edits them (art. 120: the internal regulation decides). */
export const DEFAULT_SETTINGS = {
  nameAr: "هيئة المساواة وتكافؤ الفرص ومقاربة النوع",
  nameFr: "Instance de l'équité, de l'égalité des chances et de l'approche genre",
  minMembers: 7,
  maxMembers: 21,
  targetWomenPercent: 50,
  bureauRolesAr: ["الرئيس(ة)", "نائب(ة) الرئيس(ة)", "المقرر(ة)", "نائب(ة) المقرر(ة)"],
  bureauRolesFr: ["Président(e)", "Vice-président(e)", "Rapporteur(e)", "Rapporteur(e) adjoint(e)"],
  categoriesAr: ["جمعيات نسائية", "الشباب", "الأشخاص في وضعية إعاقة", "التعاونيات", "الباحثون"],
  categoriesFr: ["Associations féminines", "Jeunes", "Personnes en situation de handicap", "Coopératives", "Chercheurs"],
  meetingsPerYear: 4,
};
export type EqualitySettingsView = typeof DEFAULT_SETTINGS;
