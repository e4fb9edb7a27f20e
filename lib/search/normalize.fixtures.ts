// Examples shared by the unit test of searchNormalize (TypeScript) and the integration test of
// search_normalize (SQL): both must give these outputs.
import { FOLD_FROM, FOLD_TO } from "./normalize";

export const NORMALIZE_EXAMPLES: readonly (readonly [input: string, expected: string])[] = [
  ["أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله"],
  ["مدرسة جماعية", "مدرسه جماعيه"],
  ["مستشفى على", "مستشفي علي"],
  ["الْمَدْرَسَةُ الابْتِدَائِيَّةُ", "المدرسه الابتداييه"],
  ["مـــدرســة", "مدرسه"],
  ["مسؤول شؤون", "مسوول شوون"],
  ["  Réfection   de la\tROUTE\n d'accès ", "refection de la route d'acces"],
  ["ÉCOLE Çà ÿ Ñ", "ecole ca y n"],
  ["بني\u00A0مطهر\u202Fجرادة", "بني مطهر جراده"],
  ["\u200Fالطريق\u200E 2026", "الطريق 2026"],
  [FOLD_FROM, FOLD_TO.replace(/ +/g, " ")],
  ["", ""],
];
