// Requests that never reach a locale (rare: the proxy assigns one to every page).
/* eslint-disable @next/next/no-html-link-for-pages -- outside [locale] there is no localized Link; a plain link is right here */
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <h1>404</h1>
        <p>الصفحة غير موجودة · Page introuvable</p>
        <a href="/">مشاركة · Musharaka</a>
      </body>
    </html>
  );
}
