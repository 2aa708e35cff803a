import { defineEnvironments } from "./src/definitions/environment";

/**
 * Every environment is one cdktf stack: `cdktf deploy sandbox` touches nothing in production.
 * Admin credentials are read by the Keycloak provider from KEYCLOAK_CLIENT_ID /
 * KEYCLOAK_CLIENT_SECRET (or KEYCLOAK_USER / KEYCLOAK_PASSWORD) at deploy time.
 */
export const environments = defineEnvironments({
  sandbox: {
    keycloakUrl: "http://127.0.0.1:8080",
    realm: { name: "atlas", create: true, displayName: "Atlas (sandbox)" },
    state: { backend: "local", path: "state/sandbox.tfstate" },
  },
  production: {
    keycloakUrl: "https://sso.atlas.example",
    realm: { name: "atlas", create: false },
    state: {
      backend: "s3",
      bucket: "atlas-terraform-state",
      key: "keycloak-api-keys/production.tfstate",
      region: "eu-central-1",
      dynamodbTable: "atlas-terraform-locks",
    },
  },
});

// Types every customer's and service's `environments` with these names, so `["staging"]` fails to compile.
declare module "./src/definitions/environment" {
  interface DeclaredEnvironments {
    readonly environments: typeof environments;
  }
}
