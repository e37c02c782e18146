// Compares what `epar import` read back with the data it was filled from, and two validations.
//
//   node compare.js DIRECT.ndjson IMPORTED.ndjson                   (records: equal, in order)
//   node compare.js --findings DIRECT.json VIA-SHEET.json           (findings per rule: equal)
'use strict';
const fs = require('node:fs');
const assert = require('node:assert/strict');

function lines(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function perRule(file) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const counts = {};
  for (const f of report.report.findings) {
    const key = `${f.rule_id} ${f.severity}`;
    counts[key] = (counts[key] || 0) + (f.count || 1);
  }
  return { accepted: report.accepted, counts };
}

if (process.argv[2] === '--findings') {
  const a = perRule(process.argv[3]);
  const b = perRule(process.argv[4]);
  assert.deepEqual(b, a, 'the imported data validates differently from the direct data');
  const rules = Object.keys(a.counts).length;
  console.log(`interop/sheets: same verdict (accepted=${a.accepted}) and findings per rule (${rules} rule/severity pairs)`);
} else {
  const direct = lines(process.argv[2]);
  const imported = lines(process.argv[3]);
  assert.equal(imported.length, direct.length, 'record count');
  for (let i = 0; i < direct.length; i++) {
    assert.deepEqual(imported[i], direct[i], `record ${i + 1} (${direct[i].id}) differs after the round trip`);
  }
  console.log(`interop/sheets: ${imported.length} imported records equal the direct ones`);
}
