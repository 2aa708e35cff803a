/**
 * Imported first by a test file that re-runs another test file on the engine it would not use:
 * KEYCLOAK_API_KEYS_ENGINE picks the first engine (default terraform), this picks the other one,
 * so `npm test` runs the lifecycle on both. Jest gives each test file its own copy of
 * `process.env`, so the change stays in the importing file.
 */
import { selectedEngine } from "../../testkit/toolchain";

/** The engine the importing file runs on. */
export const SECOND_ENGINE = selectedEngine() === "terraform" ? "tofu" : "terraform";
process.env.KEYCLOAK_API_KEYS_ENGINE = SECOND_ENGINE;
