import type { Catalog, Sourced } from "../catalog/catalog";

/** A customer or service, seen only as a file that declares a Keycloak clientId. */
export interface ClientIdOwner {
  readonly kind: "customer" | "service";
  readonly file: string;
  readonly clientId: unknown;
}

/** Every customer and service of the catalog, as clientId owners. */
export function clientIdOwners(catalog: Catalog): ClientIdOwner[] {
  const owner =
    (kind: ClientIdOwner["kind"]) =>
    ({ file, definition }: Sourced<{ readonly clientId: unknown }>): ClientIdOwner => ({
      kind,
      file,
      clientId: definition.clientId,
    });
  return [...catalog.services.map(owner("service")), ...catalog.customers.map(owner("customer"))];
}

/**
 * A clientId is also a file name, a Terraform logical id and part of URLs, so it is a slug:
 * lowercase letters, digits and single hyphens.
 */
export const CLIENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CLIENT_ID_MIN_LENGTH = 3;
export const CLIENT_ID_MAX_LENGTH = 63;
