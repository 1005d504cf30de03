#!/usr/bin/env bash
# Paging: 100,000 pins (400 pages of 250) from a loopback server that waits 20 ms per page,
# through our Pager without and with prefetch and through a hand-written OkHttp + Moshi bookmark
# loop, with no caller work and with 20 ms of caller work per page; then the heap at 10k vs 100k
# items under -Xmx64m. Each line is one fresh JVM. Needs: ./mvnw -pl benchmarks -am package
set -euo pipefail
cd "$(dirname "$0")"
ITEMS="${ITEMS:-100000}"
run() { java -Xmx64m -cp target/benchmarks.jar io.github.pinterestapi.benchmarks.PagingRun "$@"; }
for work in 0 20; do
  for mode in handwritten pager prefetch; do
    run "$mode" "$ITEMS" 20 "$work"
  done
done
for items in 10000 100000; do
  run prefetch "$items" 0 0
done
