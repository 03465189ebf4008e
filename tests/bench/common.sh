# tests/bench/common.sh: the prologue the benchmarks share, sourced with
# BENCH_NAME set and the script's arguments in "$@": sets root, RIFT,
# SHARED, BULK and TIME, skips (exit 0) without the corpus and stops
# without a rift binary or GNU time.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RIFT=${1:-$root/build/rift}
SHARED=${RIFT_SHARED:-$root/../shared}
BULK=$SHARED/corpus/bulk
if [ ! -d "$BULK" ]; then
  echo "$BENCH_NAME: skipped: no corpus at $BULK (set RIFT_SHARED)"
  exit 0
fi
if [ ! -x "$RIFT" ]; then
  echo "$BENCH_NAME: no rift binary at $RIFT (build first, or pass its path)" >&2
  exit 1
fi
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "$BENCH_NAME: needs GNU time at /usr/bin/time (package time)" >&2; exit 1; }
