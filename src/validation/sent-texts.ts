import type { Catalog } from "../catalog/catalog";
import type { KeycloakColumn } from "../keycloak/column-limits";
import { audienceScopeDescription, audienceScopeName, customerClientDescription, permissionRoleDescription } from "../constructs/keycloak-texts";

/** A text a person wrote in a definition file, as it stands there. */
export interface WrittenText {
  readonly file: string;
  readonly field: string;
  readonly value: string;
}

/** A text the stack sends to a bounded Keycloak column, with the field of the file it comes from. */
export interface StoredText extends WrittenText {
  /** The text as sent (a description is built from several fields). */
  readonly sent: string;
  readonly column: KeycloakColumn;
}

const isString = (value: unknown): value is string => typeof value === "string";

/**
 * Every free text a person writes in the definition files: customer name, contact and rotation
 * marker, service description, realm display name. Values that are not strings are left to the
 * rules that check the field's type.
 */
export function writtenTexts(catalog: Catalog): WrittenText[] {
  const texts: WrittenText[] = [];
  const add = (file: string, field: string, value: unknown) => {
    if (isString(value)) texts.push({ file, field, value });
  };
  for (const { file, definition } of catalog.services) add(file, "description", definition.description);
  for (const { file, definition } of catalog.customers) {
    add(file, "name", definition.name);
    add(file, "contact", definition.contact);
    add(file, "secretRotation", definition.secretRotation);
    const suppressions: unknown = definition.suppressions;
    if (Array.isArray(suppressions)) {
      suppressions.forEach((suppression: unknown, index) => add(file, `suppressions[${index}].reason`, (suppression as { reason?: unknown } | null)?.reason));
    }
  }
  for (const [name, environment] of Object.entries(catalog.environments)) {
    add(catalog.environmentsFile, `${name}.realm.displayName`, environment.realm?.displayName);
  }
  return texts;
}

/** Every text the stack sends to a bounded Keycloak column, built exactly as the constructs build it. */
export function storedTexts(catalog: Catalog): StoredText[] {
  const texts: StoredText[] = [];
  for (const { file, definition: service } of catalog.services) {
    if (!isString(service.clientId) || !isString(service.description)) continue;
    if (service.client === "managed") {
      texts.push({ file, field: "description", value: service.description, sent: service.description, column: "client description" });
    }
    texts.push({ file, field: "clientId", value: service.clientId, sent: audienceScopeName(service), column: "client scope name" });
    texts.push({
      file,
      field: "description",
      value: service.description,
      sent: audienceScopeDescription(service),
      column: "client scope description",
    });
    const permissions: unknown = service.permissions;
    if (!Array.isArray(permissions)) continue;
    permissions.forEach((permission: unknown, index) => {
      if (!isString(permission)) return;
      const field = `permissions[${index}]`;
      texts.push({ file, field, value: permission, sent: permission, column: "role name" });
      if (service.client === "managed") {
        texts.push({ file, field, value: permission, sent: permissionRoleDescription(service, permission), column: "role description" });
      }
    });
  }
  for (const { file, definition: customer } of catalog.customers) {
    if (isString(customer.name)) texts.push({ file, field: "name", value: customer.name, sent: customer.name, column: "client name" });
    if (isString(customer.name) && isString(customer.contact)) {
      const description = customerClientDescription(customer);
      texts.push({ file, field: "name, contact", value: description, sent: description, column: "client description" });
    }
  }
  for (const [name, environment] of Object.entries(catalog.environments)) {
    const realm: unknown = environment.realm?.name;
    if (isString(realm)) {
      texts.push({ file: catalog.environmentsFile, field: `${name}.realm.name`, value: realm, sent: realm, column: "realm name" });
    }
  }
  return texts;
}
