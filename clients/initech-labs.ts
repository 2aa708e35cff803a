import { defineCustomer } from "../src/definitions/customer";
import ordersApi from "../scopes/orders-api";

export default defineCustomer({
  clientId: "initech-labs",
  name: "Initech Labs (trial)",
  contact: "dev@initech.example",
  grants: [ordersApi.grant("orders:read")],
  environments: ["sandbox"],
});
