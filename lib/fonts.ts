// Self-hosted IBM Plex Sans Arabic (from the npm font package; nothing is fetched at build time).
// (next/font needs literal paths.) Two families with unicode ranges: an Arabic page downloads the Arabic files, a French page the Latin ones.
// The Arabic files are subset to the Arabic block (U+0600–06FF, which holds every letter Moroccan
// names use, ڤ ڭ پ included) and the joiners, keeping all shaping features: 29 KB instead of 43 KB
// per weight, which keeps a page's HTML, CSS and fonts under 100 KB (docs/benchmarks.md). Made with
// Debian's python3-fonttools (SIL Open Font License, app/fonts/LICENSE-OFL.txt):
//   python3 -m fontTools.subset node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2 \
//     --unicodes="U+0600-06FF,U+200C-200F" --layout-features='*' --flavor=woff2 --output-file=app/fonts/ibm-plex-sans-arabic-arabic-400.subset.woff2
// (the same for 700).
import localFont from "next/font/local";

export const arabicFont = localFont({
  src: [
    { path: "../app/fonts/ibm-plex-sans-arabic-arabic-400.subset.woff2", weight: "400", style: "normal" },
    { path: "../app/fonts/ibm-plex-sans-arabic-arabic-700.subset.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-arabic",
  // "optional" for the same reason as the Latin font below: the swap from the fallback moved
  // Arabic pages' paragraphs after the first paint (Lighthouse CLS 0.14 on /petitions).
  display: "optional",
  preload: false,
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF, U+200C-200F" }],
  fallback: ["Tahoma", "Arial", "sans-serif"],
});

export const latinFont = localFont({
  src: [
    { path: "../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-latin",
  // "optional", not "swap": on a slow first visit French pages keep the (metric-adjusted) fallback
  // instead of swapping fonts after the first paint, which rewrapped the navigation and moved the
  // whole page (Lighthouse CLS 0.18 on /fr, docs/benchmarks.md); once cached, Plex is used at once.
  display: "optional",
  preload: false,
  declarations: [{ prop: "unicode-range", value: "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2212" }],
  fallback: ["Arial", "sans-serif"],
});

/**
 * The Arabic regular weight alone, for French pages: Arabic there (a resident's topic title, the
 * commune's Arabic name) is drawn in Plex at 400 and bolded by the browser, instead of fetching the
 * 30 KB bold file for a few words (docs/benchmarks.md, page weight).
 */
export const arabicRegularFont = localFont({
  src: [{ path: "../app/fonts/ibm-plex-sans-arabic-arabic-400.subset.woff2", weight: "400", style: "normal" }],
  variable: "--font-arabic-regular",
  display: "optional",
  preload: false,
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF, U+200C-200F" }],
  fallback: ["Tahoma", "Arial", "sans-serif"],
});
