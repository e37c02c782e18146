#!/usr/bin/env bash
# Runs every EPAR benchmark and writes benchmarks/target/{jmh.json,memory.json,results.md}: the
# goals of issue 16 (docs/performance.md).
#   benchmarks/run.sh               full run (1,000,000 households, 100,000 transactions)
#   benchmarks/run.sh --quick       smoke run (100,000 households, 10,000 transactions, 1 iteration)
#   benchmarks/run.sh --national    the full run, then goal 3: 10,000,000 households with -Xmx1g
#                                   (generates a ~7.3 GB file once into target/bench-data, or
#                                   -Depar.bench.data=DIR via JAVA_TOOL_OPTIONS; ~10 min)
# Extra arguments go to JMH, e.g. a benchmark regex or "-prof gc". Note `uptime` before and after:
# the ratios only mean something when the machine is not busy with other work.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=()
HOUSEHOLDS=1000000
NATIONAL=0
if [[ "${1:-}" == "--quick" ]]; then
  shift
  HOUSEHOLDS=100000
  QUICK=(-p households=100000 -p transactions=10000 -wi 1 -i 1 -w 2s -r 2s)
elif [[ "${1:-}" == "--national" ]]; then
  shift
  NATIONAL=1
fi
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am package
cd benchmarks
rm -f target/memory-national.json
echo "== load before: $(uptime)" >&2
echo "== JMH" >&2
java -jar target/benchmarks.jar -rf json -rff target/jmh.json "${QUICK[@]}" "$@"
echo "== memory check: -Xmx256m, ${HOUSEHOLDS} households (goal 4: peak <= 200 MiB)" >&2
java -Xmx256m -cp target/benchmarks.jar org.epar.bench.MemoryCheck "${HOUSEHOLDS}" target/memory.json || true
if [[ "${NATIONAL}" == 1 ]]; then
  df -h . >&2
  echo "== memory check: -Xmx1g, 10000000 households (goal 3)" >&2
  java -Xmx1g -cp target/benchmarks.jar org.epar.bench.MemoryCheck 10000000 target/memory-national.json || true
fi
echo "== load after: $(uptime)" >&2
java -cp target/benchmarks.jar org.epar.bench.Reporter target/jmh.json target/memory.json target/results.md target/memory-national.json
