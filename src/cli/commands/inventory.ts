import type { Command } from "commander";
import { recordInventory } from "../../operations/record-inventory";

/** `inventory`: record the customers of each environment in customers.inventory.json. */
export function inventoryCommand(cli: Command): void {
  cli
    .command("inventory")
    .description("record each environment's customers in customers.inventory.json; a mass removal needs --acknowledge-removal")
    .option(
      "--acknowledge-removal <environment>",
      "record a mass removal in this environment (repeat for more)",
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .action((options: { acknowledgeRemoval: string[] }) => {
      console.log(recordInventory(process.cwd(), options.acknowledgeRemoval));
    });
}
