#!/bin/sh
# tests/cli/run.sh: end-to-end tests of the rift binary on samples/ and on
# small inputs written here: outputs, determinism, bad input handling.
# Env: RIFT (the binary), RIFT_SOURCE_DIR (the repository).
set -u
rift=${RIFT:?RIFT must name the rift binary}
src=${RIFT_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { # check DESCRIPTION COMMAND...
  d=$1; shift
  if "$@"; then ok; else bad "$d"; fi
}

# --help everywhere, usage errors exit 2
check "rift --help" "$rift" --help >/dev/null
for c in build extract actors ingest graph merge explain stats; do
  check "rift $c --help" "$rift" $c --help >/dev/null
done
"$rift" frobnicate >/dev/null 2>&1; check "unknown command exits 2" [ $? -eq 2 ]
"$rift" build "$src/samples" >/dev/null 2>"$tmp/e"; check "build without -o exits 2" [ $? -eq 2 ]
check "build without -o says so" grep -q "no output file" "$tmp/e"

# the main job: samples/ to DOT and PNG
"$rift" build "$src/samples" -o "$tmp/k.dot" 2>/dev/null; check "build dot exits 0" [ $? -eq 0 ]
"$rift" build "$src/samples" -o "$tmp/k.png" 2>/dev/null; check "build png exits 0" [ $? -eq 0 ]
check "png is a PNG" sh -c "head -c 8 '$tmp/k.png' | od -An -c | grep -q 'P   N   G'"
# one statement a line, whatever agwrite's layout
tr '\n\t' '  ' < "$tmp/k.dot" | sed 's/;/;\n/g' > "$tmp/flat"
for n in Russia Serbia Kosovo '"United States"' '"European Union"' NATO; do
  check "DOT names $n" grep -q "label=$n[],]" "$tmp/flat"
done
check "support is green and solid" sh -c "grep 'polarity=support' '$tmp/flat' | grep '#1a9850' | grep -vq dashed"
check "oppose is red and dashed" sh -c "grep 'polarity=oppose' '$tmp/flat' | grep '#d73027' | grep -q dashed"
check "Russia supports Serbia" sh -c "grep 'RUS -> SRB' '$tmp/flat' | grep -q polarity=support"
check "Russia opposes Kosovo" sh -c "grep 'RUS -> XKX' '$tmp/flat' | grep -q polarity=oppose"
if command -v dot >/dev/null; then
  dot -Tcanon "$tmp/k.dot" >/dev/null 2>"$tmp/dotwarn"
  check "dot reads the DOT back" [ $? -eq 0 ]
  check "dot gives no warning" [ ! -s "$tmp/dotwarn" ]
fi
"$rift" build "$src/samples" -o "$tmp/k2.dot" 2>/dev/null
check "DOT is byte-identical across runs" cmp -s "$tmp/k.dot" "$tmp/k2.dot"
"$rift" build "$src/samples" -T svg -o "$tmp/k.out" 2>/dev/null
check "-T svg overrides the extension" grep -q "<svg" "$tmp/k.out"
"$rift" build "$src/samples" -o "$tmp/k.json" 2>/dev/null
check "json output" python3 -c "import json,sys; d=json.load(open('$tmp/k.json')); assert d['links']"
"$rift" build "$src/samples" --focus Serbia -o "$tmp/f.dot" 2>/dev/null
check "--focus keeps the neighbourhood" grep -q 'RUS -> SRB' "$tmp/f.dot"
check "--focus drops the rest" sh -c "! grep -q 'NATO ->' '$tmp/f.dot' || grep -q 'SRB\|YUG' '$tmp/f.dot'"

# the summary counts what was drawn, after the filters
"$rift" build "$src/samples" --top 2 -o "$tmp/t.dot" 2>"$tmp/t.err"
check "--top 2 draws two edges" [ "$(grep -c -- '->' "$tmp/t.dot")" -eq 2 ]
check "the summary counts the drawn edges" grep -q "(.* actors, 2 edges)" "$tmp/t.err"

# extract: the JSON Lines contract
"$rift" extract "$src/samples/kosovo-independence.txt" > "$tmp/k.jsonl" 2>/dev/null
check "extract exits 0" [ $? -eq 0 ]
check "doc is the file name" grep -q '"doc":"kosovo-independence"' "$tmp/k.jsonl"
check "entity lines" grep -q '"kind":"entity".*"id":"RUS"' "$tmp/k.jsonl"
check "edge Russia->Serbia support" grep -q '"source":"RUS","source_name":"Russia","target":"SRB","target_name":"Serbia","polarity":"support"' "$tmp/k.jsonl"
"$rift" extract "$src/samples/kosovo-independence.txt" > "$tmp/k2.jsonl" 2>/dev/null
check "extract is deterministic" cmp -s "$tmp/k.jsonl" "$tmp/k2.jsonl"
printf '{"id":"a1","date":"1987-03-01","text":"Moscow condemned Pakistan."}\nnot json\n{"id":"a2","text":"France backs Germany."}\n' > "$tmp/d.jsonl"
"$rift" extract "$tmp/d.jsonl" > "$tmp/d.out" 2>"$tmp/d.err"
check "jsonl: bad line does not stop the batch" [ $? -eq 0 ]
check "jsonl: bad line named" grep -q "d.jsonl:2: not JSON" "$tmp/d.err"
check "jsonl: doc ids" grep -q '"doc":"a2"' "$tmp/d.out"
check "jsonl: date decides Moscow (1987: Soviet Union)" grep -q '"source":"SUN"' "$tmp/d.out"
echo "Britain condemned Iran." | "$rift" extract > "$tmp/s.out" 2>/dev/null
check "stdin is read" grep -q '"doc":"stdin".*"source":"GBR"' "$tmp/s.out"
echo '{"id":"x","text":"Japan praised India."}' | "$rift" extract --input-format jsonl > "$tmp/s2.out" 2>/dev/null
check "--input-format jsonl on stdin" grep -q '"doc":"x".*"source":"JPN"' "$tmp/s2.out"
"$rift" extract --format tsv "$src/samples" > "$tmp/t.out" 2>/dev/null
check "tsv output" grep -q "$(printf 'Russia\tSerbia\tsupport')" "$tmp/t.out"

echo "Moscow condemned Pakistan." | "$rift" extract --date 1987-03-01 > "$tmp/date.out" 2>/dev/null
check "--date dates undated documents" grep -q '"source":"SUN"' "$tmp/date.out"
if [ -d "$src/../shared/corpus/world" ]; then
  "$rift" extract -q --jobs 1 "$src/../shared/corpus/world" > "$tmp/j1.out"
  "$rift" extract -q --jobs 2 "$src/../shared/corpus/world" > "$tmp/j2.out"
  check "--jobs 1 and --jobs 2 give identical output" cmp -s "$tmp/j1.out" "$tmp/j2.out"
  check "the world corpus gives edges" grep -q '"kind":"edge"' "$tmp/j1.out"
fi
gzip -c "$src/samples/kosovo-independence.txt" > "$tmp/k.txt.gz"
"$rift" extract "$tmp/k.txt.gz" > "$tmp/gz.out" 2>/dev/null
check "gzip input" grep -q '"source":"RUS","source_name":"Russia","target":"SRB"' "$tmp/gz.out"

# bad input: named, skipped, exit code only where nothing could be done
printf 'abc\000def' > "$tmp/bin.txt"
printf 'caf\351 au lait\n' > "$tmp/latin1.txt"
: > "$tmp/empty.txt"
for f in bin latin1 empty; do
  "$rift" extract "$tmp/$f.txt" > /dev/null 2>"$tmp/$f.err"
  check "$f alone exits 1" [ $? -eq 1 ]
done
check "binary named" grep -q "bin.txt: binary" "$tmp/bin.err"
check "invalid UTF-8 named" grep -q "latin1.txt: invalid UTF-8" "$tmp/latin1.err"
check "empty named" grep -q "empty.txt: empty" "$tmp/empty.err"
"$rift" extract "$tmp/missing.txt" > /dev/null 2>"$tmp/m.err"
check "missing file exits 1" [ $? -eq 1 ]
check "missing file named" grep -q "cannot open '$tmp/missing.txt'" "$tmp/m.err"
"$rift" build "$tmp/missing.txt" "$tmp/bin.txt" "$src/samples" -o "$tmp/b.dot" 2>"$tmp/b.err"
check "batch goes on past bad inputs" [ $? -eq 0 ]
check "batch says what it skipped" grep -q "skipped 2 inputs" "$tmp/b.err"

# user dictionaries and levels
printf 'p:doe_jane\tperson\tJane Doe\tFRA\t2001\t\tJane Doe|Doe\n' > "$tmp/a.tsv"
echo "Jane Doe condemned Chile." > "$tmp/doe.txt"
"$rift" extract --actors "$tmp/a.tsv" "$tmp/doe.txt" > "$tmp/doe.out" 2>/dev/null
check "--actors: person folds to her state" grep -q '"source":"FRA".*"target":"CHL"' "$tmp/doe.out"
"$rift" extract --level actor --actors "$tmp/a.tsv" "$tmp/doe.txt" > "$tmp/doe2.out" 2>/dev/null
check "--level actor keeps the person" grep -q '"source":"p:doe_jane"' "$tmp/doe2.out"
printf 'p:x\tperson\tX\n' > "$tmp/bad.tsv"
"$rift" extract --actors "$tmp/bad.tsv" "$tmp/doe.txt" > /dev/null 2>"$tmp/bad.err"
check "malformed --actors exits 1" [ $? -eq 1 ]
check "malformed --actors names file and line" grep -q "bad.tsv:1: expected 7" "$tmp/bad.err"
"$rift" actors lookup Kremlin --date 1987-05-01 > "$tmp/l.out"
check "actors lookup by date (1987)" grep -q "^SUN" "$tmp/l.out"
"$rift" actors lookup Kremlin --date 2008-02-17 > "$tmp/l2.out"
check "actors lookup by date (2008)" grep -q "^RUS" "$tmp/l2.out"
"$rift" actors list --type igo > "$tmp/igo.out"
check "actors list --type" grep -q "^NATO" "$tmp/igo.out"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
