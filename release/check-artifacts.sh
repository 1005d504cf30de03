#!/usr/bin/env bash
# Checks what `./mvnw -Prelease -Dgpg.skip verify` left in target/: for every module the BOM
# lists, the main, sources and javadoc jars and the SBOM, a manifest with Automatic-Module-Name,
# LICENSE and NOTICE in the jar; and that every module that built an SBOM is in the BOM.
# Usage: release/check-artifacts.sh   (after that build, online: makeBom skips itself offline)
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pinterest-api-bom/pom.xml | head -1)
listed=$(sed -n 's|^ *<artifactId>\(pinterest-api-[a-z-]*\)</artifactId>$|\1|p' pinterest-api-bom/pom.xml \
  | grep -v '^pinterest-api-bom$' | sort)
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { echo "FAIL $*"; failed=$((failed + 1)); }

for artifact in $listed; do
  target="$artifact/target"
  for file in "$artifact-$version.jar" "$artifact-$version-sources.jar" \
      "$artifact-$version-javadoc.jar" "$artifact-$version-cyclonedx.json"; do
    if [ -s "$target/$file" ]; then ok; else bad "$target/$file missing"; fi
  done
  jar="$target/$artifact-$version.jar"
  [ -s "$jar" ] || continue
  name=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Automatic-Module-Name: //p')
  if [ "$name" = "io.github.pinterestapi.${artifact#pinterest-api-}" ]; then ok
  else bad "$jar: Automatic-Module-Name is '$name'"; fi
  for legal in META-INF/LICENSE META-INF/NOTICE; do
    if unzip -l "$jar" "$legal" > /dev/null 2>&1; then ok; else bad "$jar lacks $legal"; fi
  done
done

# The other way round: a published module (it built a sources jar) that the BOM forgot.
for sources in */target/*-sources.jar; do
  [ -e "$sources" ] || continue
  module=$(dirname "$(dirname "$sources")")
  if echo "$listed" | grep -qx "$module"; then ok; else bad "$module is published but not in pinterest-api-bom"; fi
done

echo "check-artifacts: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
