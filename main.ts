import { environments } from "./environments";
import { runReportingProblems, synthesizeProject } from "./src/run-project";

runReportingProblems(() => synthesizeProject({ root: __dirname, environments }));
