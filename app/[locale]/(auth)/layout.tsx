import type { Metadata } from "next";

// Sign-in and account pages are not for search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <div className="max-w-xl space-y-6">{children}</div>;
}
