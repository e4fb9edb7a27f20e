import "server-only";
// The app's door to identity-number handling (./id-numbers.ts): server code only, never a client bundle.
export * from "./id-numbers";
