#!/usr/bin/env bash
# Size and class count of our jars and of the jars under them, as a user's application gets them.
# Needs: ./mvnw -pl benchmarks -am package
set -euo pipefail
cd "$(dirname "$0")"
row() {
  local jar="$1"
  printf '%-45s %10s bytes %6s classes\n' "$(basename "$jar")" "$(stat -c %s "$jar")" \
    "$(unzip -Z1 "$jar" | grep -c '\.class$')"
}
total() {
  local label="$1" bytes=0 classes=0 jar
  shift
  for jar in "$@"; do
    bytes=$((bytes + $(stat -c %s "$jar")))
    classes=$((classes + $(unzip -Z1 "$jar" | grep -c '\.class$' || true)))
  done
  printf '%-45s %10s bytes %6s classes\n' "$label" "$bytes" "$classes"
}
ours=(target/lib/pinterest-api-generated-*.jar target/lib/pinterest-api-extras-*.jar)
# What raw OkHttp + Moshi brings; ours adds Retrofit, its Moshi converter and moshi-adapters.
raw=(target/lib/okhttp-*.jar target/lib/okio-*.jar target/lib/kotlin-stdlib-*.jar target/lib/moshi-1*.jar)
ours_deps=(target/lib/retrofit-*.jar target/lib/converter-moshi-*.jar target/lib/moshi-adapters-*.jar)
for jar in "${ours[@]}" "${ours_deps[@]}" "${raw[@]}"; do row "$jar"; done
total "ours (generated + extras)" "${ours[@]}"
total "all a user ships with ours" "${ours[@]}" "${ours_deps[@]}" "${raw[@]}"
total "all a user ships with raw OkHttp + Moshi" "${raw[@]}"
