import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * An e-mail address as HTML forms accept it (https://html.spec.whatwg.org/#valid-e-mail-address),
 * which is ASCII only: a contact with a look-alike letter in its domain would reach someone else.
 */
const CONTACT_PATTERN = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Someone answers for the key: the contact is an e-mail address. */
export const customerContact: Rule = {
  id: "customer-contact",
  description: "A customer's `contact` is an e-mail address in ASCII.",
  check: (catalog) =>
    catalog.customers
      .filter(({ definition }) => typeof definition.contact !== "string" || !CONTACT_PATTERN.test(definition.contact))
      .map(({ file, definition }) =>
        problemIn(customerContact.id, file)("contact", definition.contact, "must be an e-mail address in ASCII, e.g. api@acme.example"),
      ),
};
