import { defineCustomer } from "../src/definitions/customer";
import ordersApi from "../scopes/orders-api";

export default defineCustomer({
  clientId: "globex-retail",
  name: "Globex Retail",
  contact: "integrations@globex.example",
  grants: [ordersApi.grant("orders:read")],
  environments: ["sandbox", "production"],
});
