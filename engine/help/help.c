/* help.c — help lines in words: translated names, hours and ages. */
#include "help/help.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/mem.h"
#include "core/utf8.h"

const char *help_word(const HelpWords *w, const char *key, const char *fallback) {
  const char *s = strings_get(w->lang, key);
  if (!s) s = strings_get(w->english, key);
  return s ? s : fallback;
}

const char *help_name(const Helpline *h, const HelpWords *w) {
  if (!*h->id) return h->name; /* a line staff added: their words */
  char key[64];
  snprintf(key, sizeof key, "helplines.%s", h->id);
  const char *s = strings_get(w->lang, key);
  return s ? s : h->name; /* English is the catalogue's own name */
}

/* "Open {from} to {to}" with the times filled in. */
static void add_filled(Buf *b, const char *pattern, const char *const *names,
                       const char *const *values, int n) {
  char *s = strings_fill(pattern, names, values, n);
  buf_adds(b, s);
  free(s);
}

static void add_hours(Buf *b, const Helpline *h, const HelpWords *w) {
  if (!*h->hours) return;
  if (strcmp(h->hours, "24h") == 0) {
    buf_adds(b, help_word(w, "ui.help_open_24h", "Open 24 hours"));
    return;
  }
  bool weekdays = strncmp(h->hours, "mon-fri ", 8) == 0;
  const char *t = weekdays ? h->hours + 8 : h->hours;
  char from[8], to[8];
  snprintf(from, sizeof from, "%.5s", t);
  snprintf(to, sizeof to, "%.5s", t + 6);
  const char *names[] = {"from", "to"}, *values[] = {from, to};
  add_filled(b, weekdays ? help_word(w, "ui.help_open_weekdays", "Monday to Friday, {from} to {to}")
                         : help_word(w, "ui.help_open", "Open {from} to {to}"),
             names, values, 2);
}

static void add_ages(Buf *b, const Helpline *h, const HelpWords *w) {
  char n[8];
  const char *names[] = {"n"}, *values[] = {n};
  if (h->max_age && h->min_age <= 1) {
    /* "Under 18" reads better than "up to 17"; a limit like 25 is said as it is */
    bool under = h->max_age == 17;
    snprintf(n, sizeof n, "%d", under ? 18 : h->max_age);
    add_filled(b, under ? help_word(w, "ui.help_age_under", "Under {n}")
                        : help_word(w, "ui.help_age_upto", "Up to age {n}"),
               names, values, 1);
  } else if (h->min_age) {
    snprintf(n, sizeof n, "%d", h->min_age);
    add_filled(b, help_word(w, "ui.help_age_over", "{n} and over"), names, values, 1);
  }
}

char *help_digits(const char *s, const HelpWords *w) {
  const char *digits = help_word(w, "ui.digits", "");
  char glyph[10][8];
  int n = 0;
  size_t len = strlen(digits), i = 0;
  while (i < len && n < 10) {
    size_t start = i;
    if (utf8_next(digits, len, &i) == UTF8_INVALID) break;
    snprintf(glyph[n++], sizeof glyph[0], "%.*s", (int)(i - start), digits + start);
  }
  Buf b = {0};
  buf_adds(&b, "");
  for (; *s; s++) {
    if (n == 10 && *s >= '0' && *s <= '9') buf_adds(&b, glyph[*s - '0']);
    else buf_addc(&b, *s);
  }
  return buf_take(&b);
}

char *help_note(const Helpline *h, const HelpWords *w) {
  Buf hours = {0}, ages = {0}, b = {0};
  buf_adds(&hours, "");
  buf_adds(&ages, "");
  buf_adds(&b, "");
  add_hours(&hours, h, w);
  add_ages(&ages, h, w);
  buf_printf(&b, "%s%s%s", hours.data, hours.len && ages.len ? " · " : "", ages.data);
  buf_free(&hours);
  buf_free(&ages);
  char *note = help_digits(b.data, w);
  buf_free(&b);
  return note;
}

static bool listed(const HelpEntry *out, int n, const Helpline *h) {
  for (int i = 0; i < n; i++)
    if (strcmp(out[i].line->number, h->number) == 0) return true;
  return false;
}

int help_get_help_list(const Config *c, const char *lang, HelpEntry *out, int max) {
  /* the removal services are tools for one situation, not lines to call: L09 and the
     guide give them; Get help keeps to people who answer */
  static const char *const topics[] = {"trafficking", "scam", "child", "cyber", "women"};
  const Helpline *embassy[1], *emergency[CONFIG_MAX_OFFERED];
  int nembassy = config_embassies(c, lang, embassy, 1);
  int nemergency = config_help_offered(c, "emergency", lang, emergency, 1);
  /* the emergency line and the embassy always have their places, at the end */
  int n = 0, room = max - nembassy - nemergency;
  for (size_t t = 0; t < sizeof topics / sizeof *topics; t++) {
    const Helpline *offered[CONFIG_MAX_OFFERED];
    int k = config_help_offered(c, topics[t], lang, offered, CONFIG_MAX_OFFERED);
    for (int i = 0; i < k && n < room; i++) {
      /* a topic the country has no line for falls back to emergency, listed once below */
      if (strcmp(offered[i]->topic, "embassy") == 0 || strcmp(offered[i]->topic, "emergency") == 0 ||
          listed(out, n, offered[i]))
        continue;
      out[n++] = (HelpEntry){offered[i], topics[t]};
    }
  }
  for (int i = 0; i < nemergency && n < max; i++)
    if (!listed(out, n, emergency[i])) out[n++] = (HelpEntry){emergency[i], "emergency"};
  for (int i = 0; i < nembassy && n < max; i++) out[n++] = (HelpEntry){embassy[i], "embassy"};
  return n;
}

bool help_embassy_unknown(const Config *c, const char *lang) {
  const char *home = config_home_country(c, lang);
  const Helpline *e[1];
  return c->show_embassy && home && strcmp(home, c->country) != 0 && config_embassies(c, lang, e, 1) == 0;
}
