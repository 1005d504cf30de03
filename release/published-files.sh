#!/usr/bin/env bash
# Lists, one path a line, every file a release uploads from the modules' target/ directories
# (jars and SBOMs), after a build that ran `package`. A module is published when its build wrote
# an SBOM: cyclonedx.skip follows pinterest.publish.skip, so spec/, examples/ and benchmarks/
# never appear. POMs are not listed: they are the modules' pom.xml files, uploaded as they are.
set -euo pipefail
cd "$(dirname "$0")/.."

for sbom in target/*-cyclonedx.json */target/*-cyclonedx.json; do
  [ -e "$sbom" ] || continue
  target=$(dirname "$sbom")
  base=$(basename "$sbom" -cyclonedx.json)
  echo "$sbom"
  for jar in "$target/$base.jar" "$target/$base-sources.jar" "$target/$base-javadoc.jar"; do
    [ -e "$jar" ] && echo "$jar"
  done
done
