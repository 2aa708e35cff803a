/**
 * The bundled example deployed for real — `cdktf deploy` with the real provider and terraform —
 * to a real Keycloak, then every step of a customer's life, each followed by fresh tokens asked
 * for the way customers ask. Expectations come from the customer files, and change only where a
 * test changes a file.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { environments } from "../../environments";
import { PROJECT_ROOT } from "../../testkit/temp-project";
import { loadCatalog } from "../../src/catalog/load-catalog";
import { customerFile, serviceFile, specOf, type CustomerSpec } from "../support/customer-files";
import { requestClientCredentialsToken, requestToken, expectCredentialsRefused, expectTokenAsGranted } from "../support/customer-token";
import { DeployedProject } from "../support/deployed-project";
import { withServerLog, startKeycloak, type KeycloakServer } from "../../testkit/keycloak-server";
import { selectedEngine, type Engine } from "../../testkit/toolchain";
import packageJson from "../../package.json";
import { INTEGRATION_TEST_CEILING_MS } from "../../testkit/ceilings";

jest.setTimeout(INTEGRATION_TEST_CEILING_MS);

const ENVIRONMENT = "sandbox";
const REALM = environments[ENVIRONMENT].realm.name;

/** The sandbox customers of the example, from their files, in file order. */
const EXAMPLE_CUSTOMERS: CustomerSpec[] = loadCatalog({ root: PROJECT_ROOT, environments })
  .catalog.customers.map(({ definition }) => specOf(definition))
  .filter((customer) => customer.environments.includes(ENVIRONMENT));

let keycloak: KeycloakServer;
let project: DeployedProject;
/** What the project's files say now, by clientId. */
const declared = new Map<string, CustomerSpec>();
/** Every customer's secret as last handed over. */
const secrets = new Map<string, string>();

beforeAll(async () => {
  keycloak = await startKeycloak();
  console.info(`Keycloak ready in ${keycloak.startSeconds.toFixed(1)} s at ${keycloak.url}`);
  project = new DeployedProject(keycloak, ENVIRONMENT);
  const first = await project.deploy();
  console.info(`first deploy of the example: ${first.seconds.toFixed(1)} s`);
  for (const customer of EXAMPLE_CUSTOMERS) {
    declared.set(customer.clientId, customer);
    secrets.set(customer.clientId, (await project.key(customer.clientId)).clientSecret);
  }
});

afterAll(async () => {
  project?.dispose();
  await keycloak?.stop();
});

/** The version each engine writes into the state's `terraform_version` (OpenTofu writes its own). */
export const ENGINE_VERSIONS: Readonly<Record<Engine, string>> = { terraform: packageJson.toolchain.terraform, tofu: packageJson.toolchain.opentofu };

/** The `terraform_version` of the environment's state: which engine wrote it last. */
export function lifecycleStateVersion(): string {
  return (JSON.parse(project.read(`state/${ENVIRONMENT}.tfstate`)) as { terraform_version: string }).terraform_version;
}

/** Adds the server log's tail to a failing assertion's message. */
const withLog = (check: () => Promise<void>) => withServerLog(keycloak, check);

/** Rewrites a customer's file and remembers what it now says. */
function declare(customer: CustomerSpec): void {
  project.write(`clients/${customer.clientId}.ts`, customerFile(customer));
  declared.set(customer.clientId, customer);
}

/**
 * Every declared, enabled customer gets a token with exactly its grants, and its secret is the one
 * handed over before: no deploy changed a secret it was not asked to change.
 */
async function expectEveryCustomerAsDeclared(): Promise<void> {
  for (const customer of declared.values()) {
    const key = await project.key(customer.clientId);
    expect({ clientId: customer.clientId, secret: key.clientSecret }).toEqual({
      clientId: customer.clientId,
      secret: secrets.get(customer.clientId),
    });
    if (customer.enabled) await expectTokenAsGranted(keycloak.url, REALM, customer, key.clientSecret);
  }
}

/** Starts a browser login (authorization code flow) for `clientId`, as a web page would. */
function startBrowserLogin(clientId: string): Promise<Response> {
  const query = new URLSearchParams({ client_id: clientId, response_type: "code", scope: "openid", redirect_uri: "https://attacker.example/callback" });
  return fetch(`${keycloak.url}/realms/${REALM}/protocol/openid-connect/auth?${query}`, { redirect: "manual" });
}

/** An example customer by position, so tests need no names from the example's files. */
function exampleCustomer(index: number): CustomerSpec {
  const customer = EXAMPLE_CUSTOMERS[index % EXAMPLE_CUSTOMERS.length]!;
  return declared.get(customer.clientId) ?? customer;
}

interface AdminClient {
  id: string;
  clientId: string;
  [setting: string]: unknown;
}

async function adminClient(clientId: string): Promise<AdminClient | undefined> {
  const [client] = await keycloak.admin<AdminClient[]>("GET", `/realms/${REALM}/clients?clientId=${encodeURIComponent(clientId)}`);
  return client;
}

test("the example has at least two sandbox customers, so one can borrow another's secret", () => {
  expect(EXAMPLE_CUSTOMERS.length).toBeGreaterThanOrEqual(2);
});

test("the engine selected wrote the state", () => {
  expect(lifecycleStateVersion()).toBe(ENGINE_VERSIONS[selectedEngine()]);
});

describe("right after the first deploy", () => {
  test.each(EXAMPLE_CUSTOMERS.map((customer) => [customer.clientId, customer] as const))(
    "%s gets a token, verified against the realm's keys, whose aud, azp and roles are exactly its grants",
    (clientId, customer) => withLog(() => expectTokenAsGranted(keycloak.url, REALM, customer, secrets.get(clientId)!)),
  );

  test.each(EXAMPLE_CUSTOMERS.map((customer) => [customer.clientId] as const))(
    "%s is refused with a wrong secret, another customer's secret, the password grant, the device grant and the browser flow",
    (clientId) =>
      withLog(async () => {
        // Every flow but client credentials off in Keycloak itself: the refusals below could come
        // from something else (the browser flow's missing redirect URI is refused first).
        expect(await adminClient(clientId)).toMatchObject({
          clientId,
          publicClient: false,
          serviceAccountsEnabled: true,
          standardFlowEnabled: false,
          implicitFlowEnabled: false,
          directAccessGrantsEnabled: false,
        });
        const secret = secrets.get(clientId)!;
        await expectCredentialsRefused(keycloak.url, REALM, clientId, `${secret}x`);
        const other = EXAMPLE_CUSTOMERS.find((customer) => customer.clientId !== clientId)!;
        await expectCredentialsRefused(keycloak.url, REALM, clientId, secrets.get(other.clientId)!);

        const password = await requestToken(keycloak.url, REALM, {
          grant_type: "password",
          client_id: clientId,
          client_secret: secret,
          username: `service-account-${clientId}`,
          password: "irrelevant",
        });
        expect({ status: password.status, ...password.body }).toEqual({
          status: 400,
          error: "unauthorized_client",
          error_description: "Client not allowed for direct access grants",
        });

        const device = await fetch(`${keycloak.url}/realms/${REALM}/protocol/openid-connect/auth/device`, {
          method: "POST",
          body: new URLSearchParams({ client_id: clientId, client_secret: secret }),
        });
        expect({ status: device.status, ...((await device.json()) as object) }).toEqual({
          status: 400,
          error: "unauthorized_client",
          error_description: "Client is not allowed to initiate OAuth 2.0 Device Authorization Grant. The flow is disabled for the client.",
        });

        // No redirect URI is registered, so a browser login cannot even start; the hand-edit test
        // below shows the flow is otherwise open once someone registers one and turns it on.
        const browser = await startBrowserLogin(clientId);
        expect(browser.status).toBe(400);
        expect(await browser.text()).toContain("Invalid parameter: redirect_uri");
      }),
  );

  test("a plan reports no changes", async () => {
    const plan = await project.plan();
    expect(plan).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
  });

  test("the hand-over command refuses an unknown customer and an unknown environment", async () => {
    const unknownCustomer = await project.keyCommand([ENVIRONMENT, "no-such-customer"]);
    expect(unknownCustomer).toMatchObject({ status: 1, output: `error: customer "no-such-customer" has no file clients/no-such-customer.ts\n` });
    const unknownEnvironment = await project.keyCommand(["staging", EXAMPLE_CUSTOMERS[0]!.clientId]);
    expect(unknownEnvironment).toMatchObject({
      status: 1,
      output: `error: environment "staging" is not declared in environments.ts; declared: ${Object.keys(environments).join(", ")}\n`,
    });
  });

  test("the hand-over command in CI writes the key with --out to a new 0600 file, the same as stdout outside CI, and prints only where", async () => {
    const clientId = EXAMPLE_CUSTOMERS[0]!.clientId;
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "handover-"));
    try {
      for (const format of [["--json"], []]) {
        const file = path.join(folder, `${clientId}${format.length ? ".json" : ".txt"}`);
        const written = await project.keyCommand([ENVIRONMENT, clientId, ...format, "--out", file], { ci: true });
        expect(written).toMatchObject({
          status: 0,
          output: `wrote the hand-over of ${clientId} in ${ENVIRONMENT} to ${file} (mode 0600): it holds the secret; pass it on, then delete it\n`,
        });
        expect(fs.statSync(file).mode & 0o777).toBe(0o600);
        const printed = await project.keyCommand([ENVIRONMENT, clientId, ...format]);
        expect(printed.status).toBe(0);
        expect(fs.readFileSync(file, "utf8")).toBe(printed.output);
      }
      const handedOver = JSON.parse(fs.readFileSync(path.join(folder, `${clientId}.json`), "utf8")) as { clientSecret: string };
      expect(handedOver.clientSecret).toBe(secrets.get(clientId));
      expect(fs.readFileSync(path.join(folder, `${clientId}.txt`), "utf8")).toContain(`client_secret: ${secrets.get(clientId)}\n`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** One setting of a customer client someone could change in the admin console. */
interface HandEdit {
  readonly setting: string;
  /** Index of the example customer whose client is edited. */
  readonly customer: number;
  /** The resource (by its logical id's suffix after the customer) and attribute the plan must name. */
  readonly resource: "" | "_default-scopes" | "_optional-scopes" | "_service-account-roles";
  readonly attribute: string;
  apply(client: AdminClient): Promise<void>;
}

/** Changes settings of a client's representation with a PUT, as the admin console does. */
function update(settings: Record<string, unknown>) {
  return async (client: AdminClient) => {
    const current = (await keycloak.admin<AdminClient>("GET", `/realms/${REALM}/clients/${client.id}`))!;
    await keycloak.admin("PUT", `/realms/${REALM}/clients/${client.id}`, { ...current, ...settings });
  };
}

function updateAttribute(name: string, value: string) {
  return async (client: AdminClient) => {
    const current = (await keycloak.admin<AdminClient & { attributes: Record<string, string> }>("GET", `/realms/${REALM}/clients/${client.id}`))!;
    await keycloak.admin("PUT", `/realms/${REALM}/clients/${client.id}`, { ...current, attributes: { ...current.attributes, [name]: value } });
  };
}

async function clientScopeId(name: string): Promise<string> {
  const scopes = await keycloak.admin<{ id: string; name: string }[]>("GET", `/realms/${REALM}/client-scopes`);
  return scopes.find((scope) => scope.name === name)!.id;
}

async function serviceAccountUserId(client: AdminClient): Promise<string> {
  return (await keycloak.admin<{ id: string }>("GET", `/realms/${REALM}/clients/${client.id}/service-account-user`)).id;
}

const HAND_EDITS: readonly HandEdit[] = [
  { setting: "standard flow on", customer: 0, resource: "", attribute: "standard_flow_enabled", apply: update({ standardFlowEnabled: true }) },
  { setting: "implicit flow on", customer: 0, resource: "", attribute: "implicit_flow_enabled", apply: update({ implicitFlowEnabled: true }) },
  { setting: "password grant on", customer: 0, resource: "", attribute: "direct_access_grants_enabled", apply: update({ directAccessGrantsEnabled: true }) },
  {
    setting: "redirect URI added",
    customer: 0,
    resource: "",
    attribute: "valid_redirect_uris",
    apply: update({ redirectUris: ["https://attacker.example/*"] }),
  },
  { setting: "web origin added", customer: 0, resource: "", attribute: "web_origins", apply: update({ webOrigins: ["+"] }) },
  { setting: "full scope on", customer: 1, resource: "", attribute: "full_scope_allowed", apply: update({ fullScopeAllowed: true }) },
  { setting: "consent required", customer: 1, resource: "", attribute: "consent_required", apply: update({ consentRequired: true }) },
  {
    setting: "signed JWT instead of a secret",
    customer: 1,
    resource: "",
    attribute: "client_authenticator_type",
    apply: update({ clientAuthenticatorType: "client-jwt" }),
  },
  { setting: "front-channel logout on", customer: 1, resource: "", attribute: "frontchannel_logout_enabled", apply: update({ frontchannelLogout: true }) },
  {
    setting: "device grant on",
    customer: 1,
    resource: "",
    attribute: "oauth2_device_authorization_grant_enabled",
    apply: updateAttribute("oauth2.device.authorization.grant.enabled", "true"),
  },
  {
    setting: "token exchange on",
    customer: 1,
    resource: "",
    attribute: "standard_token_exchange_enabled",
    apply: updateAttribute("standard.token.exchange.enabled", "true"),
  },
  {
    setting: "refresh tokens for client credentials",
    customer: 1,
    resource: "",
    attribute: "use_refresh_tokens_client_credentials",
    apply: updateAttribute("client_credentials.use_refresh_token", "true"),
  },
  {
    setting: "access token lifespan raised",
    customer: 1,
    resource: "",
    attribute: "access_token_lifespan",
    apply: updateAttribute("access.token.lifespan", "86400"),
  },
  {
    setting: "lightweight access tokens",
    customer: 1,
    resource: "",
    attribute: "extra_config",
    apply: updateAttribute("client.use.lightweight.access.token.enabled", "true"),
  },
  {
    setting: "post-logout redirect URI added",
    customer: 1,
    resource: "",
    attribute: "valid_post_logout_redirect_uris",
    apply: updateAttribute("post.logout.redirect.uris", "https://attacker.example/bye"),
  },
  { setting: "client disabled", customer: 2, resource: "", attribute: "enabled", apply: update({ enabled: false }) },
  {
    setting: "default scope added",
    customer: 2,
    resource: "_default-scopes",
    attribute: "default_scopes",
    apply: async (client) => keycloak.admin("PUT", `/realms/${REALM}/clients/${client.id}/default-client-scopes/${await clientScopeId("microprofile-jwt")}`),
  },
  {
    setting: "default scope removed",
    customer: 0,
    resource: "_default-scopes",
    attribute: "default_scopes",
    apply: async (client) => keycloak.admin("DELETE", `/realms/${REALM}/clients/${client.id}/default-client-scopes/${await clientScopeId("basic")}`),
  },
  {
    setting: "optional scope offline_access added",
    customer: 2,
    resource: "_optional-scopes",
    attribute: "optional_scopes",
    apply: async (client) => keycloak.admin("PUT", `/realms/${REALM}/clients/${client.id}/optional-client-scopes/${await clientScopeId("offline_access")}`),
  },
  {
    setting: "admin role granted to the service account",
    customer: 2,
    resource: "_service-account-roles",
    attribute: "role_ids",
    apply: async (client) => {
      const realmManagement = (await adminClient("realm-management"))!;
      const role = await keycloak.admin<object>("GET", `/realms/${REALM}/clients/${realmManagement.id}/roles/manage-clients`);
      await keycloak.admin("POST", `/realms/${REALM}/users/${await serviceAccountUserId(client)}/role-mappings/clients/${realmManagement.id}`, [role]);
    },
  },
  {
    setting: "realm role granted to the service account",
    customer: 0,
    resource: "_service-account-roles",
    attribute: "role_ids",
    apply: async (client) => {
      const role = await keycloak.admin<object>("GET", `/realms/${REALM}/roles/offline_access`);
      await keycloak.admin("POST", `/realms/${REALM}/users/${await serviceAccountUserId(client)}/role-mappings/realm`, [role]);
    },
  },
];

describe("after someone edits customer clients by hand in the admin console", () => {
  beforeAll(async () => {
    for (const edit of HAND_EDITS) await edit.apply((await adminClient(exampleCustomer(edit.customer).clientId))!);
  });

  test("the browser flow opens once a redirect URI and the standard flow are on: the recipe is what keeps it shut", async () => {
    const clientId = exampleCustomer(0).clientId;
    const browser = await startBrowserLogin(clientId);
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain("kc-form-login");
  });

  test.each(HAND_EDITS.map((edit) => [edit.setting, edit] as const))("the next plan names the customer for: %s", async (_setting, edit) => {
    const plan = await plannedAfterHandEdits();
    const address = `${resourceType(edit.resource)}.customers_${exampleCustomer(edit.customer).clientId}${edit.resource}`;
    expect(plan.exitCode).toBe(2);
    expect(plan.changes).toContainEqual(expect.objectContaining({ address, actions: ["update"], attributes: expect.arrayContaining([edit.attribute]) }));
  });

  test("the next deploy restores every setting with no error, changes no secret, and leaves nothing to plan", () =>
    withLog(async () => {
      await project.deploy();
      expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
      await expectEveryCustomerAsDeclared();
    }));
});

let handEditPlan: ReturnType<DeployedProject["plan"]> | undefined;
/** One plan for all hand edits, made on first use. */
function plannedAfterHandEdits(): ReturnType<DeployedProject["plan"]> {
  handEditPlan ??= project.plan();
  return handEditPlan;
}

function resourceType(suffix: HandEdit["resource"]): string {
  return {
    "": "keycloak_openid_client",
    "_default-scopes": "keycloak_openid_client_default_scopes",
    "_optional-scopes": "keycloak_openid_client_optional_scopes",
    "_service-account-roles": "keycloak_user_roles",
  }[suffix];
}

describe("after someone turns a customer's client public by hand", () => {
  test("the next deploy makes it confidential again; Keycloak dropped the secret, so the customer gets a new one", () =>
    withLog(async () => {
      const customer = exampleCustomer(1);
      const oldSecret = secrets.get(customer.clientId)!;
      await update({ publicClient: true })((await adminClient(customer.clientId))!);

      const plan = await project.plan();
      expect(plan.changes).toEqual([
        {
          address: `keycloak_openid_client.customers_${customer.clientId}`,
          actions: ["update"],
          attributes: expect.arrayContaining(["access_type"]),
        },
      ]);
      await project.deploy();
      // Keycloak generated a new secret when the client turned confidential again; the state
      // learns it on the next refresh, which the next deploy does.
      await project.deploy();
      expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });

      const newSecret = (await project.key(customer.clientId)).clientSecret;
      expect(newSecret).not.toBe(oldSecret);
      await expectCredentialsRefused(keycloak.url, REALM, customer.clientId, oldSecret);
      secrets.set(customer.clientId, newSecret);
      await expectEveryCustomerAsDeclared();
    }));
});

describe("changing a customer's file and deploying", () => {
  const BILLING = "billing-api";

  test("granting a new service with one permission adds the service to aud and the permission to roles", () =>
    withLog(async () => {
      project.write(`scopes/${BILLING}.ts`, serviceFile(BILLING, "Billing API: invoices", ["billing:read", "billing:write"]));
      const customer = exampleCustomer(0);
      declare({ ...customer, grants: { ...customer.grants, [BILLING]: ["billing:read"] } });
      await project.deploy();
      await expectEveryCustomerAsDeclared();
    }));

  test("granting one more permission and revoking one changes the roles, and aud stays", () =>
    withLog(async () => {
      const customer = exampleCustomer(0);
      declare({ ...customer, grants: { ...customer.grants, [BILLING]: ["billing:write"] } });
      await project.deploy();
      await expectEveryCustomerAsDeclared();
    }));

  test("revoking the service removes it from aud and its permissions from roles", () =>
    withLog(async () => {
      const customer = exampleCustomer(0);
      const { [BILLING]: _revoked, ...grants } = customer.grants;
      declare({ ...customer, grants });
      await project.deploy();
      await expectEveryCustomerAsDeclared();
      expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
    }));

  test("suspending refuses tokens; re-enabling restores them with the same secret", () =>
    withLog(async () => {
      const customer = exampleCustomer(1);
      declare({ ...customer, enabled: false });
      await project.deploy();
      const refused = await requestClientCredentialsToken(keycloak.url, REALM, customer.clientId, secrets.get(customer.clientId)!);
      expect({ status: refused.status, ...refused.body }).toEqual({
        status: 401,
        error: "invalid_client",
        error_description: "Invalid client or Invalid client credentials",
      });
      await expectEveryCustomerAsDeclared();

      declare({ ...customer, enabled: true });
      await project.deploy();
      await expectEveryCustomerAsDeclared();
    }));

  test("changing the rotation marker issues a new secret and refuses the old one; the client stays the same", () =>
    withLog(async () => {
      const customer = exampleCustomer(0);
      const oldSecret = secrets.get(customer.clientId)!;
      const keycloakId = (await adminClient(customer.clientId))!.id;
      declare({ ...customer, secretRotation: `${customer.secretRotation ?? "first"}-rotated` });
      await project.deploy();
      // The same client with a new secret, not a client destroyed and created again.
      expect(await adminClient(customer.clientId)).toMatchObject({ clientId: customer.clientId, id: keycloakId });
      const newSecret = (await project.key(customer.clientId)).clientSecret;
      expect(newSecret).not.toBe(oldSecret);
      await expectCredentialsRefused(keycloak.url, REALM, customer.clientId, oldSecret);
      secrets.set(customer.clientId, newSecret);
      await expectEveryCustomerAsDeclared();
      expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
    }));

  test("removing a customer's file removes its client and refuses its secret; no other customer changes", () =>
    withLog(async () => {
      const customer = exampleCustomer(EXAMPLE_CUSTOMERS.length - 1);
      project.remove(`clients/${customer.clientId}.ts`);
      declared.delete(customer.clientId);
      await project.deploy();
      expect(await adminClient(customer.clientId)).toBeUndefined();
      const refused = await requestClientCredentialsToken(keycloak.url, REALM, customer.clientId, secrets.get(customer.clientId)!);
      expect({ status: refused.status, ...refused.body }).toEqual({
        status: 401,
        error: "invalid_client",
        error_description: "Invalid client or Invalid client credentials",
      });
      await expectEveryCustomerAsDeclared();
      expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
    }));
});

describe("adopting a customer whose client was created by hand and has live keys", () => {
  const LEGACY = "legacy-partner";

  test("the first deploy imports it and converges it to the recipe: same secret, no failed token request, tokens as granted", () =>
    withLog(async () => {
      await keycloak.admin("POST", `/realms/${REALM}/clients`, {
        clientId: LEGACY,
        name: "made by hand",
        publicClient: false,
        serviceAccountsEnabled: true,
        standardFlowEnabled: true,
        directAccessGrantsEnabled: true,
        redirectUris: ["https://legacy.example/*"],
      });
      const existing = (await adminClient(LEGACY))!;
      const { value: secret } = await keycloak.admin<{ value: string }>("GET", `/realms/${REALM}/clients/${existing.id}/client-secret`);
      expect((await requestClientCredentialsToken(keycloak.url, REALM, LEGACY, secret)).status).toBe(200);

      const granted = exampleCustomer(0).grants;
      const service = Object.keys(granted)[0]!;
      const customer: CustomerSpec = {
        clientId: LEGACY,
        name: "Legacy Partner",
        contact: "ops@legacy.example",
        grants: { [service]: [granted[service]![0]!] },
        environments: [ENVIRONMENT],
        enabled: true,
        adopt: { [ENVIRONMENT]: existing.id },
      };
      declare(customer);
      secrets.set(LEGACY, secret);

      // The customer keeps calling while the deploy runs; every request must get a token.
      let deploying = true;
      const statuses: number[] = [];
      const polling = (async () => {
        while (deploying) {
          statuses.push((await requestClientCredentialsToken(keycloak.url, REALM, LEGACY, secret)).status);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      try {
        await project.deploy();
      } finally {
        deploying = false;
        await polling;
      }
      expect(statuses.length).toBeGreaterThan(10);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);

      expect(await adminClient(LEGACY)).toMatchObject({ id: existing.id, standardFlowEnabled: false, directAccessGrantsEnabled: false, redirectUris: [] });
      expect(await project.plan()).toEqual({ exitCode: 0, changes: [], outputChanges: [] });
      await expectEveryCustomerAsDeclared();
    }));
});
