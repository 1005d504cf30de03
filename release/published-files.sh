#!/usr/bin/env bash
# Lists, one path a line, every file a release uploads from the modules' target/ directories,
# after a build that ran `package`: jars and SBOMs. A module is published when its build wrote a
# sources jar: maven.source.skip follows pinterest.publish.skip, so spec/, examples/ and
# benchmarks/ never appear. POMs are not listed: they are the modules' pom.xml files, uploaded
# as they are. SBOMs appear only after an online build (makeBom skips itself offline).
set -euo pipefail
cd "$(dirname "$0")/.."

ls target/*-cyclonedx.json 2> /dev/null || true
for sources in */target/*-sources.jar; do
  [ -e "$sources" ] || continue
  base=${sources%-sources.jar}
  for file in "$base.jar" "$sources" "$base-javadoc.jar" "$base-cyclonedx.json"; do
    if [ -e "$file" ]; then echo "$file"; fi
  done
done
