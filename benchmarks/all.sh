#!/usr/bin/env bash
# Every row of the README's table, side by side in one run, on whatever jars target/lib holds
# (build them first: ./mvnw -pl benchmarks -am package -DskipTests). Writes the whole log, with the
# machine's load before and after each step, to target/all.txt. Run it on a quiet machine: time
# figures taken beside other builds cannot be judged (allocation, sizes and class counts can).
set -euo pipefail
cd "$(dirname "$0")"
LOG=target/all.txt
JMH="${JMH:--f 1 -wi 5 -w 2s -i 5 -r 2s -prof gc}"
: > "$LOG"
step() {
  echo "## $* ($(date -u +%H:%M:%S) UTC, $(uptime | sed 's/.*load/load/'))" | tee -a "$LOG"
  "$@" 2>&1 | tee -a "$LOG"
}
step java -jar target/benchmarks.jar $JMH 'PageDecodeBenchmark|PerCallBenchmark'
step java -cp "target/classes:target/lib/*" io.github.pinterestapi.benchmarks.PageAllocation 300
# The page in steady state: three JVMs per decoder, in turn, each printing its rounds (a JVM can
# settle at one of two levels under G1, which a few JMH forks average into a draw).
for jvm in 1 2 3; do
  for decoder in oursConverter jackson jacksonReader; do
    step java -cp target/benchmarks.jar io.github.pinterestapi.benchmarks.PageRounds "$decoder" 500 10
  done
done
step env RUNS="${RUNS:-11}" ./cold-start.sh
step ./paging.sh
step ./footprint.sh
step ./shrink.sh
echo "## done ($(date -u +%H:%M:%S) UTC, $(uptime | sed 's/.*load/load/'))" | tee -a "$LOG"
