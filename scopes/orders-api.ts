import { defineService } from "../src/definitions/service";

export default defineService({
  clientId: "orders-api",
  description: "Orders REST API of Atlas: customers read and place orders.",
  permissions: ["orders:read", "orders:write"],
  client: "managed",
});
