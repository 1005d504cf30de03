#!/usr/bin/env bash
# Footprint of a shrunk application: ProGuard shrinks, optimises and obfuscates FiveOperations
# (five operations and one typed error) with the rules each library jar ships, then the shrunk jar
# runs against a loopback server and must print OK. Prints sizes and how many generated classes
# remain. Needs: ./mvnw -pl benchmarks -am package
set -euo pipefail
cd "$(dirname "$0")"
OUT="$PWD/target/shrink"
rm -rf "$OUT" && mkdir -p "$OUT/rules"

# The application's runtime jars: ours and what they depend on, nothing of the benchmarks (nor of
# the Redis module they measure). The package build empties target/lib first: one version of each.
newest() { ls target/lib/"$1"-[0-9]*.jar 2>/dev/null | sort -V | tail -1; }
LIBS=$(for a in pinterest-api-generated pinterest-api-extras retrofit converter-moshi moshi \
    moshi-adapters okhttp okio okio-jvm kotlin-stdlib kotlin-stdlib-jdk7 kotlin-stdlib-jdk8 \
    annotations jspecify; do newest "$a"; done)
{
  echo "-injars $PWD/target/classes(io/github/pinterestapi/benchmarks/shrink/**.class)"
  for jar in $LIBS; do
    echo "-injars $PWD/$jar(!META-INF/versions/**,!module-info.class,!META-INF/*.kotlin_module)"
    for rule in $(unzip -Z1 "$jar" | grep -E '^META-INF/proguard/.+\.pro$' || true); do
      name="$(basename "$jar" .jar)-$(basename "$rule")"
      unzip -p "$jar" "$rule" > "$OUT/rules/$name"
      # CANDIDATE_RULES=file tries a proposed replacement for the generated jar's shipped rules.
      if [ -n "${CANDIDATE_RULES:-}" ] && [[ "$name" == pinterest-api-generated-* ]]; then
        cp "$CANDIDATE_RULES" "$OUT/rules/$name"
      fi
      echo "-include $OUT/rules/$name"
    done
  done
  # jdk.httpserver: extras' JVM-only LoopbackRedirectReceiver refers to it.
  for module in java.base java.logging jdk.httpserver; do
    echo "-libraryjars <java.home>/jmods/$module.jmod(!**.jar;!module-info.class)"
  done
  echo "-outjars $OUT/five-operations.jar"
} > "$OUT/inputs.pro"
# What our example's build needed beyond the shipped rules (third-party references to classes that
# are not on a JVM application's class path).
cp proguard/five-operations.pro proguard/dontwarn.pro "$OUT/"

java -cp "$(ls target/proguard/*.jar | tr '\n' ':')" proguard.ProGuard \
  @"$OUT/inputs.pro" @"$OUT/five-operations.pro" @"$OUT/dontwarn.pro" \
  > "$OUT/proguard.log" 2>&1 || { tail -40 "$OUT/proguard.log"; exit 1; }

# Run the shrunk program.
java -cp target/benchmarks.jar io.github.pinterestapi.benchmarks.LoopbackServer 0 1000 0 > "$OUT/server.out" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until grep -q /v5/ "$OUT/server.out" 2>/dev/null; do sleep 0.1; done
java -cp "$OUT/five-operations.jar" io.github.pinterestapi.benchmarks.shrink.FiveOperations "$(head -1 "$OUT/server.out")" 813000000000055433 | tee "$OUT/run.out"
grep -qx OK "$OUT/run.out"

count() { unzip -Z1 "$1" | grep -c '\.class$'; }
inputs=0; for jar in $LIBS; do inputs=$((inputs + $(stat -c %s "$jar"))); done
generated=$(ls target/lib/pinterest-api-generated-*.jar)
gen_total=$(unzip -Z1 "$generated" | grep -c '^io/github/pinterestapi/v5/.*\.class$')
gen_kept=$(grep -c '^io\.github\.pinterestapi\.v5\.[A-Za-z0-9_.$]* -> ' "$OUT/mapping.txt" || true)
echo "input jars: $(echo $LIBS | wc -w) jars, $inputs bytes"
echo "shrunk jar: $(stat -c %s "$OUT/five-operations.jar") bytes, $(count "$OUT/five-operations.jar") classes"
echo "generated classes kept: $gen_kept of $gen_total"
