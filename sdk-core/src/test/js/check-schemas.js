#!/usr/bin/env node
// Compiles every JSON Schema in docs/schema with Ajv (draft 2020-12) in strict mode, then checks
// the sample records of samples.json: each must be valid or invalid as stated, and an invalid one
// must fail at the property it names. Exits 1 on the first schema that does not compile and after
// all samples when any sample disagrees. Run: npm ci --no-audit --no-fund && npm test
"use strict";

const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const schemaDir = path.resolve(__dirname, "../../../../docs/schema");
const samples = JSON.parse(fs.readFileSync(path.join(__dirname, "samples.json"), "utf8"));

// strict: true turns every strict check (unknown keywords, missing types, union types, required
// without properties, ...) into a compile error.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

const validators = {};
const files = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort();
if (files.length === 0) {
  console.error(`no schemas in ${schemaDir}`);
  process.exit(1);
}
for (const file of files) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8"));
  try {
    validators[file] = ajv.compile(schema);
  } catch (e) {
    console.error(`${file}: does not compile in strict mode: ${e.message}`);
    process.exit(1);
  }
  console.log(`${file}: compiles in strict mode`);
}

let failures = 0;
for (const s of samples) {
  const validate = validators[s.schema];
  if (!validate) {
    console.error(`${s.name}: no schema ${s.schema}`);
    failures++;
    continue;
  }
  const ok = validate(s.record);
  // Ajv reports a failed if/then once more at the "if"; count the errors at the data instead.
  const errors = (validate.errors || []).filter((e) => e.keyword !== "if");
  if (ok !== s.valid) {
    console.error(`${s.name}: expected ${s.valid ? "valid" : "invalid"}, got`, errors);
    failures++;
  } else if (!s.valid && (errors.length !== 1 || errors[0].instancePath !== s.at)) {
    console.error(`${s.name}: expected one error at ${s.at}, got`, errors);
    failures++;
  } else {
    console.log(`${s.name}: ${s.valid ? "valid" : "one error at " + s.at}`);
  }
}
if (failures > 0) {
  console.error(`${failures} of ${samples.length} samples disagree`);
  process.exit(1);
}
console.log(`${files.length} schemas compile in strict mode; ${samples.length} samples as expected`);
