import { environments } from "./environments";
import { reportingUserErrors } from "./src/cli/run-cli";
import { synthesizeProject } from "./src/run-project";

void reportingUserErrors(() => synthesizeProject({ root: __dirname, environments }));
