// The portal's modules, in navigation order. Each has its page under app/[locale]/(public)/.
export const MODULES = ["programme", "petitions", "equality", "forum", "information", "participation"] as const;
export type ModuleKey = (typeof MODULES)[number];
