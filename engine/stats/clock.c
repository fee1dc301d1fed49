/* clock.c — the wall clock and when to believe it.

   A Pi has no battery clock: offline it boots at the kernel's epoch, at systemd's or
   fake-hwclock's last saved time, or (with an RTC whose cell died) in 2000. Records are
   therefore ordered by boot and sequence number only, and the wall time beside them is
   marked trustworthy when
     - it is not before the day this binary was built (no correct clock can be), and
     - systemd-timesyncd has synchronised it since boot (its flag file exists), or else
       it lies within STATS_CLOCK_PLAUSIBLE_YEARS after the build (staff set it by hand,
       or an RTC keeps it; a clock far in the future is an RTC gone wrong).
   A clock restored by fake-hwclock passes (it is behind by the time the kiosk was off,
   never wildly wrong); a clock that jumps backward changes no order, only the times. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "stats/internal.h"

#ifndef STATS_BUILD_DATE
#define STATS_BUILD_DATE __DATE__ /* "Nov 29 2026"; -DSTATS_BUILD_DATE for reproducible builds */
#endif

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned)(y - era * 400);
  unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (int64_t)doe - 719468;
}

static void civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = (int)((int64_t)yoe + era * 400 + (*m <= 2));
}

int64_t stats_build_time_ms(void) {
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  const char *date = STATS_BUILD_DATE;
  char mon[4] = {0};
  int day = 0, year = 0;
  if (sscanf(date, "%3s %d %d", mon, &day, &year) != 3) return 0;
  const char *at = strstr(months, mon);
  if (!at || (at - months) % 3 != 0) return 0;
  unsigned m = (unsigned)((at - months) / 3 + 1);
  return days_from_civil(year, m, (unsigned)day) * STATS_DAY_MS;
}

bool stats_time_trusted(int64_t wall_ms, bool synchronized) {
  /* __DATE__ is the builder's local date: a day of slack for time zones */
  int64_t build = stats_build_time_ms() - STATS_DAY_MS;
  if (wall_ms < build) return false;
  if (synchronized) return true;
  int64_t plausible = (int64_t)STATS_CLOCK_PLAUSIBLE_YEARS * 36525 / 100 * STATS_DAY_MS;
  return wall_ms < build + plausible;
}

void stats_clock_read(const StatsStore *st, int64_t *wall_ms, bool *trusted) {
  int64_t ms;
  if (st->fake_wall) {
    ms = st->fake_wall_ms;
  } else {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ms = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
  }
  bool synced = access(st->sync_flag ? st->sync_flag : STATS_SYNC_FLAG, F_OK) == 0;
  *wall_ms = ms;
  *trusted = stats_time_trusted(ms, synced);
}

/* Splits milliseconds since the epoch into a civil date and time (UTC). */
static void split(int64_t ms, int *y, unsigned *mo, unsigned *d, int *h, int *mi, int *s, int *frac) {
  int64_t days = ms >= 0 ? ms / STATS_DAY_MS : -((-ms + STATS_DAY_MS - 1) / STATS_DAY_MS);
  int64_t rest = ms - days * STATS_DAY_MS;
  civil_from_days(days, y, mo, d);
  *h = (int)(rest / 3600000);
  *mi = (int)(rest / 60000 % 60);
  *s = (int)(rest / 1000 % 60);
  *frac = (int)(rest % 1000);
}

/* Writes v in exactly n digits (exports format a million times: no printf). */
static char *digits(char *p, int v, int n) {
  for (int i = n - 1; i >= 0; i--) {
    p[i] = (char)('0' + v % 10);
    v /= 10;
  }
  return p + n;
}

void stats_format_iso(int64_t ms, char out[32]) {
  int y, h, mi, s, f;
  unsigned mo, d;
  split(ms, &y, &mo, &d, &h, &mi, &s, &f);
  if (y < 0 || y > 9999) y = 0; /* only a clock gone mad; keeps the field's shape */
  char *p = digits(out, y, 4);
  *p++ = '-';
  p = digits(p, (int)mo, 2);
  *p++ = '-';
  p = digits(p, (int)d, 2);
  *p++ = 'T';
  p = digits(p, h, 2);
  *p++ = ':';
  p = digits(p, mi, 2);
  *p++ = ':';
  p = digits(p, s, 2);
  *p++ = '.';
  p = digits(p, f, 3);
  *p++ = 'Z';
  *p = '\0';
}

void stats_format_stamp(int64_t ms, char out[20]) {
  char iso[32];
  stats_format_iso(ms, iso); /* 2026-11-29T14:55:00.123Z -> 20261129-145500 */
  const int from[] = {0, 1, 2, 3, 5, 6, 8, 9, -1, 11, 12, 14, 15, 17, 18};
  for (int i = 0; i < 15; i++) out[i] = from[i] < 0 ? '-' : iso[from[i]];
  out[15] = '\0';
}

void stats_format_date(int64_t ms, char out[16]) {
  char iso[32];
  stats_format_iso(ms, iso);
  memcpy(out, iso, 10);
  out[10] = '\0';
}

void stats_test_set_wall_clock(StatsStore *st, int64_t unix_ms) {
  st->fake_wall = true;
  st->fake_wall_ms = unix_ms;
}

void stats_test_set_sync_flag(StatsStore *st, const char *path) { st->sync_flag = path; }
