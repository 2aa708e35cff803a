import type { Catalog } from "../catalog/catalog";
import type { ServiceDefinition } from "../definitions/service";
import { entriesOf } from "./lists";

/** One grant of a customer file, with the service it names when that service is declared. */
export interface GrantEntry {
  readonly file: string;
  readonly index: number;
  readonly serviceClientId: unknown;
  readonly service: ServiceDefinition | undefined;
  readonly permissions: unknown;
  /** True when an earlier grant of the same customer names the same service. */
  readonly repeated: boolean;
}

/** Every grant of every customer, as the grant rules see them (casts and plain JavaScript included). */
export function grantEntries(catalog: Catalog): GrantEntry[] {
  const services = new Map(catalog.services.map(({ definition }) => [definition.clientId, definition]));
  return catalog.customers.flatMap(({ file, definition }) => {
    const seen: unknown[] = [];
    return entriesOf(definition.grants).map((grant, index) => {
      const serviceClientId = (grant as { service?: { clientId?: unknown } } | null)?.service?.clientId;
      const repeated = seen.includes(serviceClientId);
      seen.push(serviceClientId);
      return {
        file,
        index,
        serviceClientId,
        service: typeof serviceClientId === "string" ? services.get(serviceClientId) : undefined,
        permissions: (grant as { permissions?: unknown } | null)?.permissions,
        repeated,
      };
    });
  });
}
