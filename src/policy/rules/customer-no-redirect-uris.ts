import { isCustomerClient, shown, type PolicyRule } from "../policy-rule";

const REDIRECT_ATTRIBUTES = ["valid_redirect_uris", "valid_post_logout_redirect_uris"] as const;

/** Redirect URIs only serve browser flows; on a customer client they are a way back in. */
export const customerNoRedirectUris = {
  id: "CUSTOMER-NO-REDIRECT-URIS",
  reason: "A customer client has no redirect URIs: without browser flows they only widen what an attacker can use.",
  check: (resource) =>
    isCustomerClient(resource)
      ? REDIRECT_ATTRIBUTES.filter((name) => {
          const value = resource.attributes[name];
          return value !== undefined && !(Array.isArray(value) && value.length === 0);
        }).map((name) => `${shown(name, resource.attributes[name])}: must be empty`)
      : [],
} satisfies PolicyRule;
