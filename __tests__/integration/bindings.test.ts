import { spawnSync } from "node:child_process";
import cdktfJson from "../../cdktf.json";
import packageJson from "../../package.json";
import { PROJECT_ROOT } from "../../testkit/temp-project";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

test("cdktf.json pins exactly the provider version of package.json's toolchain", () => {
  expect(cdktfJson.terraformProviders).toEqual([`keycloak/keycloak@=${packageJson.toolchain.keycloakProvider}`]);
});

test("the committed bindings in .gen/ are what `cdktf get` makes from the pinned provider binary", () => {
  const result = spawnSync("npm", ["run", "--silent", "bindings", "--", "--check"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  expect(result.stdout).toContain(".gen/ matches the provider pinned in cdktf.json");
  expect(result.status).toBe(0);
});
