#!/bin/sh
# tests/cli/install.sh: `cmake --install` lays out the binary, the headers
# and rift.pc, and a program built against the installed rift.pc (found
# by pkg-config alone) links and runs.
# Env: CMAKE, BUILD_DIR, CC, EXTRA_CFLAGS (the sanitizers, when built with them).
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$CMAKE" --install "$BUILD_DIR" --prefix "$tmp/prefix" > /dev/null
pass=0 fail=0
check() { d=$1; shift; if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $d"; fi; }
check "binary installed" test -x "$tmp/prefix/bin/rift"
check "umbrella header installed" test -f "$tmp/prefix/include/rift.h"
check "module headers installed" test -f "$tmp/prefix/include/rift/relations.h"
pc=$(find "$tmp/prefix" -name rift.pc | head -1)
check "rift.pc installed" test -n "$pc"
cat > "$tmp/use.c" <<'C'
#include <rift.h>
#include <stdio.h>
int main(void) {
  GError *e = NULL;
  RiftDict *d = rift_dict_new_default(&e);
  const RiftActor *a = d ? rift_dict_lookup(d, "Kremlin", "1987-05-01") : NULL;
  printf("%s\n", a ? a->id : "none");
  int rc = a ? 0 : 1;
  rift_dict_free(d);
  g_clear_error(&e);
  return rc;
}
C
flags=$(PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --cflags --libs rift)
# shellcheck disable=SC2086
"$CC" ${EXTRA_CFLAGS:-} "$tmp/use.c" -o "$tmp/use" $flags
check "a program using rift.pc runs" sh -c "'$tmp/use' | grep -qx SUN"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
