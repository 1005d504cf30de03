#!/usr/bin/env bash
# Build time of the generated module: a clean build (spec correction, generation, compile, jar),
# then the same build again without clean (nothing changed). Offline; run from any directory.
set -euo pipefail
cd "$(dirname "$0")/.."
export PINTEREST_SPEC_FILE="${PINTEREST_SPEC_FILE:-$(cd .. && pwd)/shared/pinterest-api-description/v5.23.0/openapi.yaml}"
BUILD=(./mvnw -q -o -pl spec,pinterest-api-generated -am package -DskipTests -Dmaven.javadoc.skip=true)
timed() {
  local start end
  start=$(date +%s%N)
  "$@" >&2
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) ms"
}
echo "clean build: $(timed "${BUILD[0]}" clean "${BUILD[@]:1}")"
echo "no-op rebuild: $(timed "${BUILD[@]}")"
