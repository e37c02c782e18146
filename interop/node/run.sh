#!/usr/bin/env bash
# Node.js interop suite: starts a real `epar serve` (epar-cli/target/epar.jar) on a free
# loopback port with a tokens file it writes, runs `node --test` against it, stops the server.
# Exit 0 when every check passed. Skips (exit 0, with a message) only where `node` is absent.
# Needs the jar (mvn -B verify or package builds it) and `npm ci` here (done when node_modules
# is missing; npm reaches the registry once, then the lock file pins every package).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if ! command -v node >/dev/null 2>&1; then
  echo "interop/node: SKIPPED: node is not installed (Node.js 18+ runs this suite)"
  exit 0
fi
jar="$root/epar-cli/target/epar.jar"
if [ ! -f "$jar" ]; then
  echo "interop/node: $jar is missing; build it first: mvn -B -pl epar-cli -am package -DskipTests" >&2
  exit 2
fi
cd "$here"
if [ ! -d node_modules/@grpc/grpc-js ]; then
  npm ci --no-audit --no-fund --ignore-scripts >/dev/null
fi
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
export EPAR_CONTRACTOR_A=91130425MA0A1B2C3P EPAR_CONTRACTOR_B=91130425MA0A1B2C4T
export EPAR_TOKEN_A="tok-a-$RANDOM$RANDOM" EPAR_TOKEN_B="tok-b-$RANDOM$RANDOM"
export EPAR_TOKEN_READ="tok-r-$RANDOM$RANDOM"
export EPAR_TOKEN_COUNTY="tok-c-$RANDOM$RANDOM" EPAR_TOKEN_PROVINCE="tok-p-$RANDOM$RANDOM"
cat >"$work/tokens.properties" <<TOKENS
# written by interop/node/run.sh
$EPAR_TOKEN_A = $EPAR_CONTRACTOR_A
$EPAR_TOKEN_B = $EPAR_CONTRACTOR_B
$EPAR_TOKEN_READ = $EPAR_CONTRACTOR_A reports.read
$EPAR_TOKEN_COUNTY = county:130425
$EPAR_TOKEN_PROVINCE = province:13
TOKENS
java -jar "$jar" --lang en serve --port 0 --tokens "$work/tokens.properties" --data "$work/data" \
  >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
port=""
for _ in $(seq 1 600); do
  port="$(sed -n 's/^Reporting server listening on 127\.0\.0\.1:\([0-9][0-9]*\) .*/\1/p' "$work/serve.out")"
  [ -n "$port" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "interop/node: epar serve did not start:" >&2
    cat "$work/serve.err" >&2
    exit 2
  fi
  sleep 0.2
done
if [ -z "$port" ]; then
  echo "interop/node: epar serve did not say it was listening within 120 s" >&2
  exit 2
fi
export EPAR_TARGET="127.0.0.1:$port"
echo "interop/node: epar serve on $EPAR_TARGET (node $(node --version))"
set +e
node --test --test-reporter=spec test/
status=$?
set -e
if grep -q -E 'Exception|^\s+at ' "$work/serve.err"; then
  echo "interop/node: the server logged a stack trace:" >&2
  grep -n -E -B2 -A3 'Exception|^\s+at ' "$work/serve.err" | head -40 >&2
  status=1
fi
exit $status
