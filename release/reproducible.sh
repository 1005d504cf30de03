#!/usr/bin/env bash
# Builds twice from clean and compares the SHA-256 of every published jar and SBOM (the list
# comes from published-files.sh). Exit 0 when all are byte-identical. On a difference it names
# the jar entries whose CRC differs.
# Usage: release/reproducible.sh [maven args, e.g. -o]
# Takes two clean builds without tests (about 7 minutes each on the shared 2-core machine).
# Offline (-o) the SBOMs are not built, so only the jars are compared.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {
  ./mvnw -B -ntp -q "$@" clean package -Prelease -Dgpg.skip -DskipTests > "$work/build.log" 2>&1 \
    || { tail -50 "$work/build.log"; exit 1; }
}

build "$@"
release/published-files.sh > "$work/files"
[ -s "$work/files" ] || { echo "no published files found" >&2; exit 1; }
xargs sha256sum < "$work/files" > "$work/first.sha256"
mkdir "$work/first"
xargs cp --parents -t "$work/first" < "$work/files"

build "$@"
release/published-files.sh > "$work/files-again"
diff "$work/files" "$work/files-again" || { echo "the second build published other files" >&2; exit 1; }

same=0
different=0
while read -r sum file; do
  if [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$sum" ]; then
    same=$((same + 1))
  else
    different=$((different + 1))
    echo "DIFFERENT $file"
    case "$file" in
      *.jar) diff <(unzip -v "$work/first/$file" | awk '{print $7, $8}') \
                  <(unzip -v "$file" | awk '{print $7, $8}') | sed 's/^/  /' | head -20 || true ;;
      *) diff "$work/first/$file" "$file" | sed 's/^/  /' | head -20 || true ;;
    esac
  fi
done < "$work/first.sha256"

echo "reproducible: $same passed, $different failed"
[ "$different" -eq 0 ]
