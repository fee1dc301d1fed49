/* config_save.c — writes DATA/kiosk.lua for people: a comment on every setting saying
   what it does and what it may be, so staff can edit it without a manual. Reading it
   back gives the same Config. */
#include "config/config.h"

#include <stdlib.h>

#include "config/internal.h"
#include "core/buf.h"
#include "core/fs.h"

/* A Lua string literal. Control characters are escaped, never copied, so no value can
   end the string or start a line of code. \ddd always has three digits, or a digit
   after it would be read as part of the escape. */
static void add_lua_string(Buf *b, const char *s) {
  buf_addc(b, '"');
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
    case '\\': buf_adds(b, "\\\\"); break;
    case '"': buf_adds(b, "\\\""); break;
    case '\n': buf_adds(b, "\\n"); break;
    case '\r': buf_adds(b, "\\r"); break;
    case '\t': buf_adds(b, "\\t"); break;
    default:
      if (*p < 0x20 || *p == 0x7F)
        buf_printf(b, "\\%03u", *p);
      else
        buf_addc(b, (char)*p);
    }
  }
  buf_addc(b, '"');
}

/* A comment block and "name = "; the caller adds the value and end_setting. */
static void add_setting(Buf *b, const char *comment, const char *name) {
  buf_printf(b, "\n%s  %s = ", comment, name);
}

static void end_setting(Buf *b) { buf_adds(b, ",\n"); }

/* ",\n      key = "text"" when text is not empty. */
static void add_optional(Buf *b, const char *key, const char *text) {
  if (!*text) return;
  buf_printf(b, ",\n      %s = ", key);
  add_lua_string(b, text);
}

static void add_helplines(Buf *b, const Config *c) {
  buf_adds(b, "\n  -- Help lines shown to learners. topic is one of:\n  --");
  for (int i = 0; i < CONFIG_NTOPICS; i++)
    buf_printf(b, "%s \"%s\"", i == 0 ? "" : i == CONFIG_NTOPICS - 1 ? " or" : ",",
               config_topics[i]);
  buf_adds(b, ".\n"
              "  -- A lesson on a topic shows the first line of that topic with show = true.\n"
              "  -- number is what to dial (or an address); source and date say where it\n"
              "  -- was found. show = false keeps a number that could not be confirmed out\n"
              "  -- of sight. Call every number once yourself before relying on it.\n"
              "  -- Optional: hours (\"24h\", \"07:30-21:00\" or \"mon-fri 09:00-15:00\"),\n"
              "  -- min_age and max_age (who the line serves), home (an embassy's country,\n"
              "  -- such as \"NP\"), id (the catalogue's name for the line: learners see its\n"
              "  -- name in their language; a line you add yourself needs no id).\n"
              "  helplines = {\n");
  for (int i = 0; i < c->nhelplines; i++) {
    const Helpline *h = &c->helplines[i];
    buf_adds(b, "    {\n      topic = ");
    add_lua_string(b, h->topic);
    add_optional(b, "id", h->id);
    buf_adds(b, ",\n      name = ");
    add_lua_string(b, h->name);
    buf_adds(b, ",\n      number = ");
    add_lua_string(b, h->number);
    add_optional(b, "hours", h->hours);
    if (h->min_age) buf_printf(b, ",\n      min_age = %d", h->min_age);
    if (h->max_age) buf_printf(b, ",\n      max_age = %d", h->max_age);
    add_optional(b, "home", h->home);
    buf_adds(b, ",\n      source = ");
    add_lua_string(b, h->source);
    buf_adds(b, ",\n      date = ");
    add_lua_string(b, h->date);
    add_optional(b, "seen", h->seen);
    buf_printf(b, ",\n      show = %s,\n    },\n", h->show ? "true" : "false");
  }
  buf_adds(b, "  },\n");
}

bool config_save(const Config *c, const char *data_dir, Error *err) {
  Buf b = {0};
  buf_adds(&b,
           "-- " CONFIG_FILE ": the settings of this kiosk.\n"
           "-- Staff may change them here with a plain text editor; the kiosk reads this\n"
           "-- file when it starts. A value it cannot use is named on the staff screen and\n"
           "-- its default is used instead. Keep text in \"double quotes\" and the comma at\n"
           "-- the end of each setting. Lines starting with -- are notes for people.\n"
           "return {");
  add_setting(&b, "  -- A random name for this kiosk, made on its first run. It names exported\n"
                  "  -- statistics (never a person). Small letters, digits and \"-\", at most 39.\n",
              "kiosk_id");
  add_lua_string(&b, c->kiosk_id);
  end_setting(&b);
  add_setting(&b, "  -- The country, as two capital letters (\"MY\", \"TH\", \"NP\", \"ID\", \"PH\",\n"
                  "  -- \"KH\", \"BD\"). Changing it in staff mode also replaces the help lines\n"
                  "  -- below with that country's lines from the kiosk's catalogue.\n",
              "country");
  add_lua_string(&b, c->country);
  end_setting(&b);
  add_setting(&b, "  -- The languages offered to learners, in this order: codes such as \"en\",\n"
                  "  -- \"ms\", \"th\", \"ne\", \"id\", \"my\", \"bn\" (at most 8).\n",
              "languages");
  buf_adds(&b, "{");
  for (int i = 0; i < c->nlanguages; i++) {
    buf_adds(&b, i ? ", " : " ");
    add_lua_string(&b, c->languages[i]);
  }
  buf_adds(&b, " }");
  end_setting(&b);
  add_setting(&b, "  -- The language a new learner starts in: one of the languages above.\n",
              "default_language");
  add_lua_string(&b, c->default_language);
  end_setting(&b);
  add_setting(&b, "  -- Seconds without a touch on a learner screen before the kiosk asks\n"
                  "  -- \"Are you still there?\" (from 15 to 3600; normally 90).\n",
              "idle_seconds");
  buf_printf(&b, "%d", c->idle_seconds);
  end_setting(&b);
  add_setting(&b, "  -- The same on the screen at the end of a lesson (from 10 to 3600;\n"
                  "  -- normally 30).\n",
              "result_idle_seconds");
  buf_printf(&b, "%d", c->result_idle_seconds);
  end_setting(&b);
  add_setting(&b, "  -- How the screen is mounted, in degrees: 0, 90, 180 or 270.\n", "rotation");
  buf_printf(&b, "%d", c->rotation);
  end_setting(&b);
  add_setting(&b, "  -- true: learners' text starts large. false: normal size.\n", "large_text");
  buf_adds(&b, c->large_text ? "true" : "false");
  end_setting(&b);
  add_setting(&b, "  -- Milliseconds a new screen, or the feedback after an answer, ignores\n"
                  "  -- touches, so a double tap cannot skip it (0 to 2000; normally 300).\n",
              "tap_guard_ms");
  buf_printf(&b, "%d", c->tap_guard_ms);
  end_setting(&b);
  add_setting(&b, "  -- true: no transitions between screens or for chat messages.\n", "reduce_motion");
  buf_adds(&b, c->reduce_motion ? "true" : "false");
  end_setting(&b);
  add_setting(&b, "  -- Days the statistics' detailed records are kept after they were exported\n"
                  "  -- to USB (0 to 3650; 0 keeps them all). Older ones are removed after each\n"
                  "  -- export; the totals per lesson are kept for ever. Records never exported\n"
                  "  -- are never removed.\n",
              "stats_keep_days");
  buf_printf(&b, "%d", c->stats_keep_days);
  end_setting(&b);
  add_setting(&b, "  -- Megabytes the statistics may take before the staff screen asks for an\n"
                  "  -- export (0 to 65536; 0: no limit, only a nearly full card warns).\n",
              "stats_max_mb");
  buf_printf(&b, "%d", c->stats_max_mb);
  end_setting(&b);
  add_setting(&b, "  -- true: a speaker button reads each screen aloud, and a learner may ask for\n"
                  "  -- every screen to be read. false: the kiosk never speaks.\n", "speech");
  buf_adds(&b, c->speech ? "true" : "false");
  end_setting(&b);
  add_setting(&b, "  -- true: each screen is read aloud as it shows, until a learner turns it\n"
                  "  -- off (on the language screen); the next visitor starts with this again.\n",
              "read_aloud");
  buf_adds(&b, c->read_aloud ? "true" : "false");
  end_setting(&b);
  add_setting(&b, "  -- true: short, soft sounds for a tap, a right answer, \"not quite\" and the\n"
                  "  -- end of a lesson (what they mean is always shown too).\n", "sounds");
  buf_adds(&b, c->sounds ? "true" : "false");
  end_setting(&b);
  add_setting(&b, "  -- Loudness of the voice and the sounds, 0 to 100 (normally 80).\n", "volume");
  buf_printf(&b, "%d", c->volume);
  end_setting(&b);
  add_setting(&b, "  -- true: Get help also shows the embassy of the country a learner's language\n"
                  "  -- points to (Nepali: Nepal), when that is not this country. false: only\n"
                  "  -- this country's lines.\n",
              "show_embassy");
  buf_adds(&b, c->show_embassy ? "true" : "false");
  end_setting(&b);
  add_setting(&b, "  -- The staff PIN, kept only as a scrambled hash: set or change the PIN in\n"
                  "  -- staff mode, never here. \"\" means no PIN has been set yet.\n",
              "pin_hash");
  add_lua_string(&b, c->pin_hash);
  end_setting(&b);
  add_helplines(&b, c);
  buf_adds(&b, "}\n");

  char *path = path_join(data_dir, CONFIG_FILE);
  /* the PIN's hash is slow to test but still a guess target: only the kiosk's user
     reads it (a hand edit by root keeps the mode) */
  bool ok = fs_write_atomic_mode(path, b.data, b.len, 0600, err);
  free(path);
  buf_free(&b);
  return ok;
}
