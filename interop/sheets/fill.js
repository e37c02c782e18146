// Fills a household template written by `epar template household` with the households of an
// NDJSON file, using exceljs only: no EPAR code runs here. Columns are found the way a clerk's
// own program would: by their Chinese headers, as docs/spreadsheets.md lists them, wherever the
// template puts them. Booleans are written as 是/否, enumerations as their
// constant names (the reader takes those or the Chinese terms), identifiers and phones as text.
//
//   node fill.js TEMPLATE.xlsx COUNTY.ndjson FILLED.xlsx HOUSEHOLDS.ndjson REST.ndjson
//
// Writes FILLED.xlsx, and splits COUNTY.ndjson into its household lines (HOUSEHOLDS.ndjson) and
// every other line (REST.ndjson), so the caller can compare the import with the direct data.
'use strict';
const fs = require('node:fs');
const readline = require('node:readline');
const ExcelJS = require('exceljs');

const SHEET = '建档立卡贫困户';

// The household sheet's columns as docs/spreadsheets.md documents them: Chinese header to the
// NDJSON field (members.x: a field of each member, one row per member).
const HEADERS = {
  户编号: 'id',
  所在村代码: 'village',
  建档立卡: 'registered_poor',
  脱贫状态: 'status',
  成员身份证号: 'members.citizen_id',
  成员姓名: 'members.name',
  成员手机号: 'members.phone',
  劳动能力: 'members.labour_capacity',
  外出务工: 'members.migrant',
  有能力有意愿: 'members.able_and_willing',
  残疾: 'members.disabled',
};

function cellValue(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.join('、');
  if (typeof v === 'object') throw new Error('unexpected nested value in a household column');
  return typeof v === 'number' ? v : String(v);
}

async function main() {
  const [template, county, filled, householdsOut, restOut] = process.argv.slice(2);
  if (!restOut) {
    console.error('usage: node fill.js TEMPLATE.xlsx COUNTY.ndjson FILLED.xlsx HOUSEHOLDS.ndjson REST.ndjson');
    process.exit(2);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet(SHEET);
  if (!ws) throw new Error(`the template has no sheet ${SHEET}`);
  // the header row: each Chinese header to its field (the columns docs/spreadsheets.md lists)
  const columns = [];
  ws.getRow(1).eachCell((cell, col) => {
    const header = String(cell.value).trim();
    const field = HEADERS[header];
    if (!field) throw new Error(`unexpected header ${header} in column ${col}`);
    const dot = field.indexOf('.');
    columns.push(dot < 0 ? { col, field } : { col, nested: field.slice(0, dot), field: field.slice(dot + 1) });
  });
  if (columns.length !== Object.keys(HEADERS).length) {
    throw new Error(`expected ${Object.keys(HEADERS).length} columns, found ${columns.length}`);
  }
  const households = fs.createWriteStream(householdsOut);
  const rest = fs.createWriteStream(restOut);
  const lines = readline.createInterface({ input: fs.createReadStream(county, 'utf8'), crlfDelay: Infinity });
  let row = 2;
  let count = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    if (rec.type !== 'household') {
      rest.write(line + '\n');
      continue;
    }
    households.write(line + '\n');
    count++;
    const items = rec.members && rec.members.length ? rec.members : [null];
    for (const m of items) {
      const r = ws.getRow(row++);
      for (const c of columns) {
        const v = c.nested ? (m ? m[c.field] : null) : rec[c.field];
        const value = cellValue(v);
        if (value !== null) {
          r.getCell(c.col).value = value;
        }
      }
      r.commit();
    }
  }
  households.end();
  rest.end();
  await wb.xlsx.writeFile(filled);
  console.log(`interop/sheets: exceljs wrote ${count} households in ${row - 2} rows to ${filled}`);
}

main().catch((e) => {
  console.error(`interop/sheets: ${e.message}`);
  process.exit(1);
});
