/* input.c — the monotonic clock inputs are stamped with. */
#include "core/input.h"

#include <time.h>

uint64_t input_ticks(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}
