#!/usr/bin/env bash
# Cold first call: a fresh JVM per run, from start to the first decoded GET /pins/{id}, for our
# client, raw OkHttp + Moshi, and a JVM that only prints (the floor). Runs the variants
# interleaved RUNS times (default 21) against a loopback server in its own JVM; prints medians.
# Needs: ./mvnw -pl benchmarks -am package
set -euo pipefail
cd "$(dirname "$0")"
RUNS="${RUNS:-21}"
CP="target/classes:$(ls target/lib/*.jar | tr '\n' ':')"
PIN_ID=813000000000055433

rm -f target/cold-server.out
java -cp target/benchmarks.jar io.github.pinterestapi.benchmarks.LoopbackServer 0 1000 0 > target/cold-server.out &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until grep -q /v5/ target/cold-server.out 2>/dev/null; do sleep 0.1; done
BASE_URL="$(head -1 target/cold-server.out)"

declare -A TIMES
VARIANTS="JvmOnly FirstCallOkHttpMoshi FirstCallOurs"
for run in $(seq "$RUNS"); do
  for v in $VARIANTS; do
    start=$(date +%s%N)
    java -cp "$CP" "io.github.pinterestapi.benchmarks.cold.$v" "$BASE_URL" "$PIN_ID" > /dev/null
    end=$(date +%s%N)
    TIMES[$v]+="$(( (end - start) / 1000000 )) "
  done
done
for v in $VARIANTS; do
  sorted=$(echo ${TIMES[$v]} | tr ' ' '\n' | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "$v: median ${median} ms over $RUNS runs (min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1))"
done
