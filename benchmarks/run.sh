#!/usr/bin/env bash
# Runs every EPAR benchmark and writes benchmarks/target/{jmh.json,memory.json,results.md}.
#   benchmarks/run.sh            full run (1,000,000 households, 100,000 transactions)
#   benchmarks/run.sh --quick    smoke run (100,000 households, 10,000 transactions, 1 iteration)
# Extra arguments go to JMH, e.g. a benchmark regex or "-prof gc".
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=()
HOUSEHOLDS=1000000
if [[ "${1:-}" == "--quick" ]]; then
  shift
  HOUSEHOLDS=100000
  QUICK=(-p households=100000 -p transactions=10000 -wi 1 -i 1 -w 2s -r 2s)
fi
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am package
cd benchmarks
echo "== JMH" >&2
java -jar target/benchmarks.jar -rf json -rff target/jmh.json "${QUICK[@]}" "$@"
echo "== memory check: -Xmx256m, ${HOUSEHOLDS} households" >&2
java -Xmx256m -cp target/benchmarks.jar org.epar.bench.MemoryCheck "${HOUSEHOLDS}" target/memory.json || true
java -cp target/benchmarks.jar org.epar.bench.Reporter target/jmh.json target/memory.json target/results.md
