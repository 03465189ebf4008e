/* test-header.c: <rift.h> compiles alone, warning-free and pedantic
 * (libgit2's headertest).  Built with -Wall -Wextra -pedantic -Werror. */
#include <rift.h>

int main(void) {
  return rift_error_quark() != 0 ? 0 : 1;
}
