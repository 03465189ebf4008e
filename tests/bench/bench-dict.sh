#!/usr/bin/env bash
# bench-dict.sh: does the actor dictionary slow extraction as it grows?
# Runs `rift extract` (one job) over the bulk corpus with the built-in
# dictionary, then with 20,000 and 100,000 extra actors loaded from a
# generated --actors file (each with three aliases, a third of them
# multi-word), and prints MB/s, documents/s, peak RSS and start-up time
# for each, with `wc -w` over the same bytes as the baseline; the last
# column leaves out the time to load the dictionary.  Lookup is a
# hash of first words, so MB/s should stay flat.  Not part of ctest.
#
#   usage: tests/bench/bench-dict.sh [RIFT]   (default: build/rift)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
BENCH_NAME=bench-dict
. "$here/common.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
bytes=$(cat "$BULK"/*.jsonl | wc -c)
docs=$(cat "$BULK"/*.jsonl | wc -l)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

gen() { # gen N FILE: N synthetic actors in the actors.tsv format
  awk -v n="$1" 'BEGIN {
    srand(7)
    for (i = 0; i < n; i++) {
      w1 = sprintf("Zq%xvo", i); w2 = sprintf("Kel%xra", i * 7)
      printf "X%07d\tgroup\t%s %s\t\t\t\t%s %s|%s|=ZQ%X\n", i, w1, w2, w1, w2, w2, i
    }
  }' > "$2"
}

run() { # run LABEL [ARGS...]
  label=$1; shift
  "$TIME" -f "%e %M" -o "$T/t" "$RIFT" extract -q --jobs 1 "$@" "$BULK" > /dev/null
  read -r secs rss < "$T/t"
  # the same run on an empty input: loading the dictionary
  echo '{"id":"e","text":"."}' > "$T/empty.jsonl"
  "$TIME" -f "%e" -o "$T/t0" "$RIFT" extract -q --jobs 1 "$@" "$T/empty.jsonl" > /dev/null
  s0=$(cat "$T/t0")
  awk -v l="$label" -v s="$secs" -v r="$rss" -v b="$bytes" -v d="$docs" -v s0="$s0" \
    'BEGIN { printf "%-28s %8.2f %8.1f %9.0f %8.1f %8.2f %10.1f\n", l, s, b / 1e6 / s, d / s, r / 1024, s0, b / 1e6 / (s - s0) }'
}

echo "bulk: $docs documents, $mb MB"
printf '%-28s %8s %8s %9s %8s %8s %10s\n' run s MB/s docs/s "RSS MB" "load s" "MB/s-load"
"$TIME" -f "%e %M" -o "$T/t" sh -c "cat '$BULK'/*.jsonl | wc -w > /dev/null"
read -r secs rss < "$T/t"
awk -v s="$secs" -v r="$rss" -v b="$bytes" -v d="$docs" \
  'BEGIN { printf "%-28s %8.2f %8.1f %9.0f %8.1f %8s %10s\n", "wc -w (baseline)", s, b / 1e6 / s, d / s, r / 1024, "-", "-" }'
run "built-in dictionary"
gen 20000 "$T/a20k.tsv"
run "+20,000 actors" --actors "$T/a20k.tsv"
gen 100000 "$T/a100k.tsv"
run "+100,000 actors" --actors "$T/a100k.tsv"
