/**
 * The whole customer lifecycle of customer-lifecycle.test.ts again, deployed with the other engine
 * (OpenTofu unless KEYCLOAK_API_KEYS_ENGINE=tofu, then terraform), so `npm test` proves both.
 */
import { SECOND_ENGINE } from "../support/second-engine";
import { ENGINE_VERSIONS, lifecycleStateVersion } from "./customer-lifecycle.test";

test(`this file deploys with ${SECOND_ENGINE}: the state says ${SECOND_ENGINE} wrote it`, () => {
  expect(lifecycleStateVersion()).toBe(ENGINE_VERSIONS[SECOND_ENGINE]);
});
