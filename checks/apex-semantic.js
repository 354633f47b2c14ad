"use strict";
// The Apex semantic check (a compiler stand-in): apex-ls CheckForIssues over the project.
// Every reported issue, warnings included, is a failure.

const { ROOT, finding, runCheck } = require("./lib/findings");
const { runJava } = require("./lib/java");

function checkApexSemantics(projectDir = ROOT) {
  const result = runJava([
    "io.github.apexdevtools.apexls.CheckForIssues",
    "--nocache",
    "--format",
    "json",
    "--detail",
    "warnings",
    "--workspace",
    projectDir
  ]);
  if (result.status !== 0 && result.status !== 4) {
    throw new Error(`apex-ls exited ${result.status}: ${result.stderr || result.stdout}`);
  }
  const text = result.stdout.trim();
  if (!text) return [];
  const report = JSON.parse(text);
  return report.files.flatMap((file) =>
    file.messages.map((m) => finding(file.path, m.start.line, `${m.category}: ${m.message}`))
  );
}

module.exports = { checkApexSemantics };

if (require.main === module) runCheck("Apex semantic check (apex-ls)", () => checkApexSemantics(process.argv[2]));
