#!/usr/bin/env bash
# Does the whole project, examples included, build with no code change on an upstream release
# that reorders and adds optional parameters? Derives such a release from a description: every
# operation's optional parameters in reverse order, a new optional query parameter on every
# operation, a new optional property on every request body schema that declares properties
# (free-form bodies stay free-form), and on a few operations whose body is an object a new
# optional query parameter named like one of its properties (whose setter must keep setting the
# property). Then builds a copy of this
# checkout on it (tracked and untracked files, no target/; nothing installed) with
# `./mvnw -B -ntp verify -DskipTests` plus the given Maven arguments: every module, the examples,
# the CLI and the benchmarks compile, tests included, and the Javadoc, animal-sniffer and
# dependency checks run. Exit 0 when that build succeeds.
# Usage: release/reorder-check.sh [openapi.yaml, default $PINTEREST_SPEC_FILE] [maven args, e.g. -o]
# Takes one build without tests (about 7 minutes on the shared 2-core machine). Needs python3
# with PyYAML. The work directory is kept (its path is printed) when the build fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

spec=${PINTEREST_SPEC_FILE:-}
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then spec=$1; shift; fi
[ -n "$spec" ] && [ -f "$spec" ] || {
  echo "usage: $0 path/to/openapi.yaml [maven args] (or set PINTEREST_SPEC_FILE)" >&2; exit 2; }
spec=$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")

work=$(mktemp -d "${TMPDIR:-/tmp}/reorder-check.XXXXXX")
perturbed="$work/openapi.yaml"

# One pass over the description, each schema touched at most once: linear in its size.
python3 - "$spec" "$perturbed" <<'PY'
import sys, yaml

# Different names for these two; the clash of a parameter with a body property is added apart.
PARAMETER, PROPERTY = "reorder_check_parameter", "reorder_check_property"
# Operations that get a query parameter named like a property of their body: those whose body
# setters the examples and tests call (boards/create's `name`), then the first others, CLASHES.
CLASHES = 5
PREFERRED = ("boards/create", "boards/update", "pins/update", "board_sections/create",
             "pins/create")
source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as f:
    d = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
components = d.get("components", {})

def resolve(node, section):
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/components/" + section + "/"):
            return node
        seen.add(ref)
        node = components[section][ref.rsplit("/", 1)[1]]
    return node

touched = set()
def add_property(schema):
    """Adds PROPERTY to the object(s) a body schema resolves to; iterative, each schema once."""
    stack = [schema]
    while stack:
        s = resolve(stack.pop(), "schemas")
        if not isinstance(s, dict) or id(s) in touched:
            continue
        touched.add(id(s))
        # Typed objects only: a free-form object (no properties) is a JSON value, and declaring a
        # property would change its type rather than add to it.
        if "properties" in s:
            s["properties"][PROPERTY] = {
                "type": "string", "description": "A property a later release might add."}
        elif "allOf" in s:
            stack.append(s["allOf"][-1])   # one member is enough; appending keeps indexes
        elif "oneOf" in s or "anyOf" in s:
            stack.extend(s.get("oneOf", []) + s.get("anyOf", []))
        elif s.get("type") == "array" and "items" in s:
            stack.append(s["items"])

def clashing_property(op, params):
    """A property of the operation's object body that no parameter is named like, or None."""
    body = resolve(op.get("requestBody"), "requestBodies")
    schema = resolve(((body or {}).get("content", {}).get("application/json") or {}).get("schema"),
                     "schemas")
    if not isinstance(schema, dict) or any(k in schema for k in ("oneOf", "anyOf", "allOf")):
        return None
    taken = {resolve(p, "parameters").get("name") for p in params}
    free = [n for n in schema.get("properties", {}) if n not in taken]
    return "name" if "name" in free else next(iter(free), None)

operations = reordered = bodies = clashes = 0
ops = [op for item in d.get("paths", {}).values() for method, op in item.items()
       if method in ("get", "put", "post", "delete", "options", "head", "patch", "trace")]
clashing = [op for op in ops if op.get("operationId") in PREFERRED
            and clashing_property(op, op.get("parameters", [])) is not None]
clashing += [op for op in ops if op not in clashing
             and clashing_property(op, op.get("parameters", [])) is not None]
clashing = {id(op) for op in clashing[:CLASHES]}
for item in d.get("paths", {}).values():
    for method, op in item.items():
        if method not in ("get", "put", "post", "delete", "options", "head", "patch", "trace"):
            continue
        operations += 1
        params = op.setdefault("parameters", [])
        slots = [i for i, p in enumerate(params)
                 if not resolve(p, "parameters").get("required", False)]
        optional = [params[i] for i in slots]
        if len(optional) > 1 and optional != optional[::-1]:
            reordered += 1
        for i, p in zip(slots, reversed(optional)):
            params[i] = p
        params.append({"name": PARAMETER, "in": "query", "required": False,
                       "description": "A parameter a later release might add.",
                       "schema": {"type": "string"}})
        clash = clashing_property(op, params) if id(op) in clashing else None
        if clash is not None:
            clashes += 1
            params.append({"name": clash, "in": "query", "required": False,
                           "description": "A parameter named like a body property.",
                           "schema": {"type": "string"}})
        body = resolve(op.get("requestBody"), "requestBodies")
        if isinstance(body, dict):
            bodies += 1
            for content in body.get("content", {}).values():
                if "schema" in content:
                    add_property(content["schema"])

with open(target, "w", encoding="utf-8") as f:
    yaml.dump(d, f, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
              sort_keys=False, allow_unicode=True, width=1 << 16)
print(f"[reorder-check] {operations} operations: {reordered} with optional parameters "
      f"reversed, {operations} with a new query parameter, {bodies} request bodies "
      f"({len(touched)} schemas visited) with a new property, {clashes} with a query parameter "
      f"named like a body property -> {target}")
PY

version=$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["info"]["version"])' "$perturbed")
sha=$(sha256sum "$perturbed" | cut -d' ' -f1)

# The checkout as it is (committed or not), without build output.
mkdir -p "$work/project"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && printf '%s\0' "$f"
done | xargs -0 cp --parents -p -t "$work/project"
chmod +x "$work/project/mvnw"

echo "[reorder-check] building $work/project on the perturbed $version"
start=$(date +%s)
if (cd "$work/project" && unset PINTEREST_SPEC_FILE && ./mvnw -B -ntp verify -DskipTests \
      -Dpinterest.spec.file="$perturbed" -Dpinterest.spec.version="$version" \
      -Dpinterest.spec.sha256="$sha" "$@") > "$work/build.log" 2>&1; then
  # It compiles either way; what tells the meaning kept is where the plain setter goes: the
  # body's name stays `name(…)`, the new query parameter is `nameQuery(…)`.
  boards="$work/project/pinterest-api-extras/target/generated-sources/params/java/io/github/pinterestapi/v5/params/BoardsCreateParams.java"
  if [ -f "$boards" ] && ! grep -q 'public Builder nameQuery(' "$boards"; then
    echo "[reorder-check] FAILED: boards/create's new query parameter name took another setter;" \
      "see $boards" >&2
    exit 1
  fi
  echo "[reorder-check] OK: the whole project builds with no code change ($(( $(date +%s) - start )) s)"
  rm -rf "$work"
else
  grep -E '^\[ERROR\]' "$work/build.log" | awk '!seen[$0]++' | head -40
  echo "[reorder-check] FAILED after $(( $(date +%s) - start )) s: the project needs a code change" \
    "on a release that reorders or adds optional parameters; log: $work/build.log" >&2
  exit 1
fi
