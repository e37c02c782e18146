#!/usr/bin/env bash
# Fuzzing campaign: runs each Jazzer target of sdk-grpc in fuzzing mode, one at a time, each up to
# the maxExecutions / maxDuration of its @FuzzTest annotation. Logs: sdk-grpc/target/fuzz/<target>.log
# (libFuzzer's "#N DONE" line gives the executions). A crash leaves its input under
# src/test/resources/org/epar/grpc/fuzz/<Class>Inputs/<method>/, where `mvn verify` then replays it.
# Usage (from the project root): sdk-grpc/fuzz.sh [Class#method ...]
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(IdentifierFuzzTest#citizenId IdentifierFuzzTest#creditCode IdentifierFuzzTest#divisionCode
    IdentifierFuzzTest#traceCode DecimalFuzzTest#money DecimalFuzzTest#boundedDecimal
    NdjsonFuzzTest#readRecords ProtoMappingFuzzTest#bytesToModel ServiceFuzzTest#request)
fi
mkdir -p sdk-grpc/target/fuzz
status=0
for t in "${targets[@]}"; do
  log="sdk-grpc/target/fuzz/${t/\#/.}.log"
  start=$(date +%s)
  if JAZZER_FUZZ=1 mvn -B -o -pl sdk-grpc -am test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
      >"$log" 2>&1; then result=ok; else result=FAILED; status=1; fi
  done_line=$(grep -a -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
  echo "$t: $result in $(( $(date +%s) - start )) s: ${done_line:-no DONE line, see $log}"
done
exit $status
