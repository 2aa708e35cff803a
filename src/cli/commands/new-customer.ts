import * as fs from "node:fs";
import type { Command } from "commander";
import { nextSteps, scaffoldCustomer } from "../../operations/new-customer";
import { UserError, UserReport } from "../../user-error";

const repeatable = (value: string, previous: string[]) => [...previous, value];

/** `new-customer`: writes `clients/<clientId>.ts`, refusing what synthesis would refuse. */
export function newCustomerCommand(cli: Command): void {
  cli
    .command("new-customer")
    .description("write clients/<client-id>.ts for a new customer, refusing what the project's rules refuse, and print the next steps")
    .requiredOption("--client-id <id>", "the customer's client id, also the file name: clients/<id>.ts")
    .option("--name <name>", "display name, shown in Keycloak's admin console")
    .option("--contact <e-mail>", "who to reach about this key")
    .option("--grant <service:permission>", "a permission of a service in scopes/, e.g. orders-api:orders:read (repeat for more)", repeatable, [])
    .option("--environment <name>", "an environment of environments.ts, e.g. sandbox (repeat for more)", repeatable, [])
    .option("--jwks-url <url>", "keyless: the customer signs with its own key, whose public keys it publishes at this JWKS URL (https)")
    .option("--certificate <file>", "keyless: the customer signs with its own key, whose X.509 certificate (PEM) is in this file")
    .action(
      (options: { clientId: string; name?: string; contact?: string; grant: string[]; environment: string[]; jwksUrl?: string; certificate?: string }) => {
        const request = {
          clientId: options.clientId,
          name: options.name,
          contact: options.contact,
          grants: options.grant,
          environments: options.environment,
          jwksUrl: options.jwksUrl,
          certificate: options.certificate === undefined ? undefined : readCertificate(options.certificate),
        };
        const result = scaffoldCustomer(process.cwd(), request);
        if (result.problems.length > 0) {
          const count = `${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`;
          throw new UserReport([`${count}; ${result.file} was not written:`, ...result.problems.map((line) => `  ${line}`)].join("\n"));
        }
        console.log(nextSteps(result.file, request.clientId));
      },
    );
}

/** The text of the `--certificate` file; the rules check that it is one PEM certificate. */
function readCertificate(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new UserError(`--certificate ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
