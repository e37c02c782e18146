#!/usr/bin/env bash
# Spreadsheet interop: a program that does not use EPAR (Node.js with exceljs) fills a template
# written by `epar template` with 10,000 households of `epar generate`; `epar import` reads it
# back; the imported records must equal the generated ones, and validate the same (same verdict,
# same findings per rule) both on their own and inside the whole county.
# Exit 0 when every check passed. Skips (exit 0, with a message) only where `node` is absent.
# Needs the jar (mvn -B verify or package builds it) and `npm ci` here (done when node_modules
# is missing; the lock file pins exceljs and everything it pulls in).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if ! command -v node >/dev/null 2>&1; then
  echo "interop/sheets: SKIPPED: node is not installed (Node.js 18+ runs this suite)"
  exit 0
fi
jar="$root/epar-cli/target/epar.jar"
if [ ! -f "$jar" ]; then
  echo "interop/sheets: $jar is missing; build it first: mvn -B -pl epar-cli -am package -DskipTests" >&2
  exit 2
fi
households="${EPAR_SHEETS_HOUSEHOLDS:-10000}"
cd "$here"
if [ ! -d node_modules/exceljs ]; then
  npm ci --no-audit --no-fund --ignore-scripts >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
epar() { java -jar "$jar" --lang en "$@"; }

epar generate --profile daming-2017 --households "$households" --seed 7 --output "$work/direct" >/dev/null
epar template household --output "$work/template.xlsx" >/dev/null
node fill.js "$work/template.xlsx" "$work/direct/county.ndjson" "$work/filled.xlsx" \
  "$work/households.ndjson" "$work/rest.ndjson"
epar import "$work/filled.xlsx" --output "$work/imported.ndjson"
node compare.js "$work/households.ndjson" "$work/imported.ndjson"

# Validated on their own (many dataset findings: no villages, no stations) and in the county
# (no finding): the imported households give the same verdict and findings per rule.
as_of=(--profile daming-2017 --as-of 2018-12-31 --format json)
set +e
epar validate "${as_of[@]}" "$work/households.ndjson" >"$work/direct-alone.json"
epar validate "${as_of[@]}" "$work/imported.ndjson" >"$work/sheet-alone.json"
set -e
node compare.js --findings "$work/direct-alone.json" "$work/sheet-alone.json"
epar validate "${as_of[@]}" "$work/direct/county.ndjson" >"$work/direct-county.json"
epar validate "${as_of[@]}" "$work/rest.ndjson" "$work/imported.ndjson" >"$work/sheet-county.json"
node compare.js --findings "$work/direct-county.json" "$work/sheet-county.json"
echo "interop/sheets: passed"
