#!/bin/sh
# Builds the shipped Daming (大名县, 130425) village list of sdk-samples from
# data/divisions/villages-seed-counties.csv.
#
# Rerun after that CSV changes, then commit the result:
#   sh sdk-samples/src/build/make-daming-villages.sh [path/to/villages-seed-counties.csv]
# Default source: data/divisions/villages-seed-counties.csv of this repository.
#
# Output: sdk-samples/src/main/resources/org/epar/samples/daming-130425-villages.csv, UTF-8, the
# header "code,name" and the 668 villages of county 130425 in code order, in the format
# DivisionRegistry.withVillages reads. Source: china-division package (NBS 2023), WTFPL.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
src=${1:-$root/data/divisions/villages-seed-counties.csv}
out=$root/sdk-samples/src/main/resources/org/epar/samples/daming-130425-villages.csv

python3 - "$src" "$out" <<'PY'
import csv, sys
src, out = sys.argv[1], sys.argv[2]
rows = []
with open(src, encoding="utf-8-sig", newline="") as fh:
    for r in csv.DictReader(fh):
        code, name = r["code"].strip(), r["name"].strip()
        if code.startswith("130425"):
            assert len(code) == 12 and code.isdigit() and name, code
            assert '"' not in name and "," not in name and "\n" not in name, code
            rows.append((code, name))
rows.sort()
assert len(rows) == 668, len(rows)
with open(out, "w", encoding="utf-8", newline="\n") as o:
    o.write("code,name\n")
    for code, name in rows:
        o.write(f"{code},{name}\n")
PY
echo "wrote $out"
