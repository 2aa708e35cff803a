/**
 * How long the integration tests wait before they call something hung. These are ceilings, not
 * expectations: every wait in the suite waits for a condition (Keycloak answering, a file written, a
 * process gone), so a slow or loaded machine makes the suite slower, not red. They sit far above the
 * slowest run seen (Keycloak ready in 49 s, a fault-test case in a few minutes, both on a loaded
 * 2-core machine) and far below CI's limit for the whole run.
 */

/** Keycloak answering on its health endpoint after it was started. */
export const KEYCLOAK_READY_CEILING_MS = 10 * 60_000;

/** One test or hook that runs real processes: a `beforeAll` that starts Keycloak and deploys, a nested test run. */
export const INTEGRATION_TEST_CEILING_MS = 30 * 60_000;

/** One command a test runs (a deploy, a plan): killed after this, so a hung engine fails its own test. */
export const COMMAND_CEILING_MS = 20 * 60_000;
