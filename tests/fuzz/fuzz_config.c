/* fuzz_config.c — libFuzzer target: the settings file DATA/kiosk.lua, which staff edit
   by hand, read by config_load. Whatever it holds, the kiosk must start with settings
   inside their ranges, and every warning is one line. Run from the repository root (it
   reads assets/helplines.lua). */
#include "config/config.h"
#include "fuzzutil.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_write("data/kiosk.lua", data, size);
  char dir[512];
  snprintf(dir, sizeof dir, "%s", fuzz_path("data"));
  Config c;
  Error err;
  if (!config_load(&c, dir, "assets", &err)) fuzz_check_message(err.msg);
  if (c.nlanguages < 1 || c.nlanguages > CONFIG_MAX_LANGUAGES) abort();
  if (c.idle_seconds <= 0 || c.result_idle_seconds <= 0) abort();
  if (c.rotation % 90 != 0 || c.rotation < 0 || c.rotation > 270) abort();
  if (c.nhelplines < 0 || c.nhelplines > CONFIG_MAX_HELPLINES) abort();
  if (!memchr(c.kiosk_id, '\0', sizeof c.kiosk_id) || !c.kiosk_id[0]) abort();
  for (int i = 0; i < c.nwarnings; i++) fuzz_check_message(c.warnings[i]);
  return 0;
}
