#!/usr/bin/env bash
# test-store-cli.sh: the store commands end to end, on the real binary:
# dedup and incremental ingest, the same store whatever --jobs says, merge
# equals one run, resume after kill -9, archives, the graph filters, and
# explain/stats/error messages.
#   usage: test-store-cli.sh RIFT STORE-TOOL
set -u
RIFT=$1
TOOL=$2
T=$(mktemp -d "${TMPDIR:-/tmp}/rift-store-cli.XXXXXX")
trap 'rm -rf "$T"' EXIT
fails=0
n=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); echo "not ok $n - $1"; fails=$((fails + 1)); }
check() { # check NAME COMMAND...
  local name=$1; shift
  if "$@"; then ok "$name"; else not_ok "$name"; fi
}
same_store() { # same_store A.db B.db
  "$TOOL" dump "$1" > "$T/dump.a" && "$TOOL" dump "$2" > "$T/dump.b" &&
    cmp -s "$T/dump.a" "$T/dump.b" ||
    { diff "$T/dump.a" "$T/dump.b" | head -5; return 1; }
}
ingest() { "$RIFT" ingest -q "$@"; }
consistent() { "$TOOL" check "$1" > /dev/null; }
has_line() { grep -qF -- "$2" "$1" || { echo "# missing in $1: $2"; cat "$1"; return 1; }; }
lacks_line() { ! grep -qF -- "$2" "$1" || { echo "# unexpected in $1: $2"; return 1; }; }

"$TOOL" corpus 3000 0 > "$T/a.jsonl"
"$TOOL" corpus 3000 1 > "$T/b.jsonl"
"$TOOL" corpus 20000 2 > "$T/big.jsonl"

# ---- dedup and incremental ingest ----
ingest --db "$T/a.db" "$T/a.jsonl"
"$TOOL" dump "$T/a.db" > "$T/a.dump"
"$RIFT" ingest --db "$T/a.db" "$T/a.jsonl" 2> "$T/again.err"
check "a second ingest of the same input is a no-op" \
  cmp -s "$T/a.dump" <("$TOOL" dump "$T/a.db")
check "the summary says so" \
  has_line "$T/again.err" "3000 documents read, 0 added, 3000 skipped (3000 already stored"
head -n 1000 "$T/a.jsonl" > "$T/a-part.jsonl"
ingest --db "$T/part.db" "$T/a-part.jsonl"
"$RIFT" ingest --db "$T/part.db" "$T/a-part.jsonl" "$T/a.jsonl" 2> "$T/part.err"
check "an input partly seen adds only what is new" \
  has_line "$T/part.err" "4000 documents read, 2000 added, 2000 skipped"
# the same documents under other file names: the content hash decides
cp "$T/a.jsonl" "$T/a-copy.jsonl"
"$RIFT" ingest --db "$T/a.db" "$T/a-copy.jsonl" 2> "$T/copy.err"
check "the same texts from another file are duplicates" \
  has_line "$T/copy.err" "0 added, 3000 skipped"

# ---- the same store whatever --jobs says ----
ingest --db "$T/j1.db" --jobs 1 "$T/big.jsonl"
ingest --db "$T/j2.db" --jobs 2 "$T/big.jsonl"
ingest --db "$T/j5.db" --jobs 5 --batch 77 "$T/big.jsonl"
check "--jobs 1 and --jobs 2 give the same store" same_store "$T/j1.db" "$T/j2.db"
check "--jobs 5 --batch 77 gives the same store" same_store "$T/j1.db" "$T/j5.db"
check "the store is consistent" consistent "$T/j2.db"
# the page size is the big-endian 16-bit number at offset 16 of the file
check "a new store has 16 KB pages" \
  [ "$(od -An -tu1 -j16 -N2 "$T/j2.db" | tr -s ' ')" = " 64 0" ]
# --timings: the CPU time of each stage, added up over the workers
"$RIFT" ingest -q --timings --jobs 2 --db "$T/timed.db" "$T/a.jsonl" 2> "$T/timed.err"
check "--timings reports every stage" \
  grep -Eq '^rift: ingest: CPU seconds: set-up [0-9.]+ .*reading [0-9.]+, analysis [0-9.]+ \(2 jobs\), writing [0-9.]+; [0-9.]+ s elapsed$' "$T/timed.err"
check "--timings counts the analysis" \
  awk '{ for (i = 1; i < NF; i++) if ($i == "analysis") exit !($(i + 1) > 0) }' "$T/timed.err"

# ---- merge equals one run ----
ingest --db "$T/one.db" "$T/a.jsonl" "$T/b.jsonl" "$T/a.jsonl"
ingest --db "$T/shard1.db" "$T/a.jsonl"
ingest --db "$T/shard2.db" "$T/b.jsonl" "$T/a-part.jsonl"
"$RIFT" merge -q --db "$T/merged.db" "$T/shard1.db" "$T/shard2.db"
check "merging shards gives the store of one run" same_store "$T/one.db" "$T/merged.db"
"$RIFT" merge -q --db "$T/merged.db" "$T/shard2.db"
check "merging a shard again changes nothing" same_store "$T/one.db" "$T/merged.db"
check "a merged store is consistent" consistent "$T/merged.db"
"$RIFT" merge --db "$T/merged.db" "$T/nope.db" 2> "$T/merge.err"
check "merging a missing shard fails (exit 1)" test $? -eq 1
check "... naming it" has_line "$T/merge.err" "cannot open '$T/nope.db'"

# ---- resume after kill -9 ----
# (1) deterministic: the input comes through a pipe that stays open, so
# rift is killed while it waits for more, with batches committed and one
# transaction open.
ingest --db "$T/ref.db" --input-format jsonl - < "$T/big.jsonl"
mkfifo "$T/fifo"
(head -n 5000 "$T/big.jsonl"; exec sleep 60) > "$T/fifo" &
feeder=$!
"$RIFT" ingest -q --db "$T/killed.db" --jobs 2 --batch 300 \
  --input-format jsonl - < "$T/fifo" &
pid=$!
count=0
for _ in $(seq 1 1200); do  # up to a minute on a slow machine
  count=$("$TOOL" count "$T/killed.db" 2> /dev/null || echo 0)
  [ "$count" -ge 3000 ] && break
  sleep 0.05
done
kill -9 "$pid"
wait "$pid" 2> /dev/null
kill "$feeder" 2> /dev/null
wait "$feeder" 2> /dev/null
check "kill -9 left a consistent store" consistent "$T/killed.db"
count=$("$TOOL" count "$T/killed.db")
check "... holding only whole batches ($count documents)" \
  test "$count" -ge 3000 -a "$count" -lt 5000 -a $((count % 300)) -eq 0
ingest --db "$T/killed.db" --input-format jsonl - < "$T/big.jsonl"
check "rerunning completes it to the uninterrupted store" \
  same_store "$T/ref.db" "$T/killed.db"
# (2) a kill at full speed, wherever it lands
"$RIFT" ingest -q --db "$T/killed2.db" --jobs 2 --batch 500 "$T/big.jsonl" &
pid=$!
for _ in $(seq 1 3000); do
  count=$("$TOOL" count "$T/killed2.db" 2> /dev/null || echo 0)
  [ "$count" -ge 1 ] && break
  sleep 0.02
done
kill -9 "$pid" 2> /dev/null
wait "$pid" 2> /dev/null
check "kill -9 at full speed left a consistent store" consistent "$T/killed2.db"
echo "# killed at $("$TOOL" count "$T/killed2.db") of 20000 documents"
ingest --db "$T/killed2.db" "$T/big.jsonl"
ingest --db "$T/ref2.db" "$T/big.jsonl"
check "... and a rerun completes it" same_store "$T/ref2.db" "$T/killed2.db"

# ---- archives, compressed files, directories, stdin ----
mkdir -p "$T/dir/sub"
cp "$T/a-part.jsonl" "$T/dir/sub/part.jsonl"
printf 'Russia condemned Kosovo.\n' > "$T/dir/note.txt"
gzip -c "$T/b.jsonl" > "$T/dir/b.jsonl.gz"
tar -C "$T" -czf "$T/dir/pack.tar.gz" a.jsonl
"$RIFT" ingest --db "$T/arch.db" "$T/dir" 2> "$T/arch.err"
check "a directory of plain, gzip and tar.gz inputs" \
  has_line "$T/arch.err" "7001 documents read, 6001 added, 1000 skipped"
head -n 3 "$T/a.jsonl" | "$RIFT" ingest --db "$T/stdin.db" --input-format jsonl - 2> "$T/stdin.err"
check "JSON Lines on standard input" has_line "$T/stdin.err" "3 documents read, 3 added"
printf '{"id":"x","text":"ok."}\nnot json\n{"id":"y"}\n' > "$T/bad.jsonl"
"$RIFT" ingest --db "$T/bad.db" "$T/bad.jsonl" 2> "$T/bad.err"
check "bad records are skipped, and the run succeeds" test $? -eq 0
check "... each named" has_line "$T/bad.err" "bad.jsonl:2: not JSON"
check "... and counted" has_line "$T/bad.err" "1 documents read, 1 added, 2 skipped (0 already stored, 2 invalid"

# ---- the graph filters ----
cat > "$T/f.jsonl" << 'EOF'
{"id":"d1","date":"2008-02-17","title":"One","text":"Russia condemned Kosovo's declaration of independence."}
{"id":"d2","date":"2008-02-18","title":"Two","text":"The United States supported Kosovo. Serbia condemned the United States."}
{"id":"d3","date":"2008-02-20","title":"Three","text":"Russia condemned Kosovo again. Serbia criticised the United States."}
{"id":"d4","date":"2008-03-05","title":"Four","text":"Ivan Testov criticised the United States."}
{"id":"d5","date":"2008-03-06","title":"Five","text":"Russia may condemn Albania."}
{"id":"d6","title":"Six","text":"China supported Serbia."}
EOF
printf 'p:testov\tperson\tIvan Testov\tRUS\t\t\tIvan Testov|Testov\n' > "$T/people.tsv"
ingest --db "$T/f.db" --actors "$T/people.tsv" "$T/f.jsonl"
graph() { # graph NAME [OPTIONS]: CSV edges into $T/NAME.csv
  local name=$1; shift
  "$RIFT" graph --db "$T/f.db" -o "$T/$name.csv" "$@"
}
edges() { tail -n +2 "$T/$1.csv" | wc -l | tr -d ' '; }
graph all
check "graph: every edge" test "$(edges all)" -eq 5
check "graph: evidence, articles, first and last date" \
  has_line "$T/all.csv" '"RUS","XKX",oppose,2,2,"2008-02-17","2008-02-20"'
check "graph: people fold into their state" \
  has_line "$T/all.csv" '"RUS","USA",oppose,1,1,"2008-03-05","2008-03-05"'
check "graph: hedged edges are left out" lacks_line "$T/all.csv" '"ALB"'
graph since --since 2008-02-19
check "graph --since" has_line "$T/since.csv" '"RUS","XKX",oppose,1,1,"2008-02-20","2008-02-20"'
check "graph --since leaves out earlier and undated documents" \
  test "$(edges since)" -eq 3
graph until --until 2008-02
check "graph --until (a month)" test "$(edges until)" -eq 3
check "... keeps the month's last days" has_line "$T/until.csv" '"RUS","XKX",oppose,2,2'
graph focus --focus Serbia --depth 1
check "graph --focus --depth 1" test "$(edges focus)" -eq 2
check "... is Serbia's ego network" has_line "$T/focus.csv" '"CHN","SRB",support'
graph focus2 --focus srb --depth 2
check "graph --focus --depth 2" test "$(edges focus2)" -eq 5
graph min --min-evidence 2
check "graph --min-evidence 2" test "$(edges min)" -eq 2
graph top --top 1
check "graph --top 1" test "$(edges top)" -eq 1
check "... keeps the strongest" has_line "$T/top.csv" '"RUS","XKX",oppose,2'
graph actor --level actor
check "graph --level actor keeps people" has_line "$T/actor.csv" '"p:testov","USA",oppose'
check "... apart from their state" lacks_line "$T/actor.csv" '"RUS","USA"'
graph hedged --include-hedged
check "graph --include-hedged" has_line "$T/hedged.csv" '"RUS","ALB",oppose'
"$RIFT" graph --db "$T/f.db" -o "$T/f.dot"
check "graph writes DOT through cgraph" grep -q '^digraph' "$T/f.dot"
"$RIFT" graph --db "$T/f.db" -o - > "$T/f2.dot"
check "graph -o - writes DOT to standard output" cmp -s "$T/f.dot" "$T/f2.dot"
"$RIFT" graph --db "$T/j1.db" -o "$T/j1.dot"
"$RIFT" graph --db "$T/j2.db" -o "$T/j2.dot"
check "the same graph from --jobs 1 and --jobs 2 stores" cmp -s "$T/j1.dot" "$T/j2.dot"

# ---- explain, stats, and errors ----
"$RIFT" explain --db "$T/f.db" Russia Kosovo > "$T/explain.out"
check "explain: the sentences behind an edge" \
  has_line "$T/explain.out" "Russia condemned Kosovo again."
check "... with document, date and trigger" \
  has_line "$T/explain.out" '2008-02-20  RUS -> XKX  oppose "condemned"'
check "... and a summary" has_line "$T/explain.out" "RUS -> XKX: 2 pieces of evidence (0 support, 2 oppose) in 2 documents, 2008-02-17 to 2008-02-20"
"$RIFT" explain --db "$T/f.db" Testov USA > "$T/explain2.out"
check "explain: a person by surname" has_line "$T/explain2.out" "Ivan Testov criticised the United States."
"$RIFT" explain --db "$T/f.db" Kosovo Russia 2> "$T/explain.err"
check "explain: no such edge exits 1" test $? -eq 1
"$RIFT" stats --db "$T/f.db" > "$T/stats.out"
check "stats: counts" has_line "$T/stats.out" "documents:  6 (5 dated)"
check "stats: date range" has_line "$T/stats.out" "dates:      2008-02-17 to 2008-03-06"
check "stats: top actors" grep -q "1\\. RUS  *Russia  *state  *4 mentions in 4 documents" "$T/stats.out"
"$RIFT" stats --db "$T/missing.db" 2> "$T/err1"
check "a missing store exits 1" test $? -eq 1
check "... saying which" has_line "$T/err1" "rift: cannot open '$T/missing.db': No such file or directory"
"$RIFT" graph -o x.dot 2> /dev/null
check "graph without --db exits 2" test $? -eq 2
"$RIFT" graph --db "$T/f.db" -o "$T/x.csv" --since yesterday 2> "$T/err2"
check "a bad date exits 2" test $? -eq 2
check "... naming it" has_line "$T/err2" "bad --since 'yesterday'"
"$RIFT" ingest --db "$T/x.db" 2> /dev/null
check "ingest without input exits 2" test $? -eq 2
"$RIFT" ingest --db "$T/x.db" "$T/nope.txt" 2> "$T/err3"
check "ingest of a missing file exits 1" test $? -eq 1
check "... naming it" has_line "$T/err3" "cannot open '$T/nope.txt'"
"$RIFT" graph --db "$T/f.dump" -o "$T/x.csv" 2> "$T/err4"
check "a file that is no store exits 1" test $? -eq 1
for cmd in ingest graph merge explain stats; do
  "$RIFT" "$cmd" --help > "$T/help" 2>&1
  check "rift $cmd --help" grep -q "Usage:" "$T/help"
done

echo "1..$n"
[ "$fails" -eq 0 ]
