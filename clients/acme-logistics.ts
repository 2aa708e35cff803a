import { defineCustomer } from "../src/definitions/customer";
import ordersApi from "../scopes/orders-api";

export default defineCustomer({
  clientId: "acme-logistics",
  name: "Acme Logistics",
  contact: "api-team@acme-logistics.example",
  grants: [ordersApi.grant("orders:read", "orders:write")],
  environments: ["sandbox", "production"],
  secretRotation: "2026-11-01",
});
