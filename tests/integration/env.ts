// Runs in every integration worker before the test files are imported.
import { TEST_DATABASE_URL } from "./database";

process.env.DATABASE_URL = TEST_DATABASE_URL;
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";
process.env.CIN_ENCRYPTION_KEY ??= "integration-tests-key";
