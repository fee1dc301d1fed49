/* xapi.c — xAPI 1.0.3 statements, one JSON object per line, for a Learning Record Store
   (Ralph, Learning Locker) or any tool that reads JSON lines.

   A lesson run becomes "initialized", one "answered" per answer, and at its end
   "completed" (outcome completed) or "terminated" (abandoned, timed out, error; the
   outcome in a context extension). The actor is an anonymous account: the kiosk's home
   page and the visit's random id, as H5P does for guests and as the spec advises for
   privacy (xAPI-Data §2.4.2.4). All statements of a run share a context registration.
   Statement ids are derived from kiosk, visit, sequence number and verb, so exporting
   again gives the same ids and an LRS drops the duplicates.

   Time honesty: a timestamp is written only when the kiosk's clock was trusted (a Pi has
   no battery clock). Otherwise the statement has none, so the LRS stamps it with the
   upload time (xAPI-Data §2.4.7: `stored`, and `timestamp` defaulted to it), and says
   what the kiosk does know in context extensions: its order (boot and sequence number)
   and the last trusted time before the record, when there was one ("it happened after
   this"). Reports by date in an LRS should use that extension for such statements. */
#include <string.h>

#include "stats/internal.h"

#define VERB_BASE "http://adlnet.gov/expapi/verbs/"
#define EXT_ORDER STATS_IRI_BASE "/xapi/extensions/order"
#define EXT_OUTCOME STATS_IRI_BASE "/xapi/extensions/outcome"
#define EXT_PACK_VERSION STATS_IRI_BASE "/xapi/extensions/pack-version"
#define EXT_AFTER STATS_IRI_BASE "/xapi/extensions/after-trusted-time"

/* SipHash-2-4 (128-bit) with a fixed key: stable across kiosks and exports, and about
   ten times cheaper than a cryptographic hash for a million statements. Nothing secret
   rides on it: the input is what the statement already says. */
static const unsigned char uuid_key[crypto_shorthash_siphashx24_KEYBYTES] = "stay-safe-kiosk";

void stats_xapi_uuid(const char *kiosk, const char *visit, int64_t seq, const char *verb,
                     char out[37]) {
  char name[256];
  size_t n = 0;
  const char *parts[3] = {kiosk, visit, verb};
  for (int i = 0; i < 3; i++) {
    size_t len = strlen(parts[i]);
    if (len > 60) len = 60; /* ids are shorter; bounds the name */
    memcpy(name + n, parts[i], len);
    n += len;
    name[n++] = ':';
    if (i == 1) { /* the sequence number between visit and verb */
      char digits[24], *p = digits + sizeof digits;
      uint64_t u = (uint64_t)seq;
      do {
        *--p = (char)('0' + u % 10);
        u /= 10;
      } while (u);
      memcpy(name + n, p, (size_t)(digits + sizeof digits - p));
      n += (size_t)(digits + sizeof digits - p);
      name[n++] = ':';
    }
  }
  unsigned char h[crypto_shorthash_siphashx24_BYTES];
  crypto_shorthash_siphashx24(h, (const unsigned char *)name, n, uuid_key);
  /* RFC 9562 version 8 ("custom"): the bits are our own hash, not version 5's SHA-1, and
     the ids stay what they were for the same record whatever kiosk version exports it */
  h[6] = (unsigned char)((h[6] & 0x0f) | 0x80);
  h[8] = (unsigned char)((h[8] & 0x3f) | 0x80); /* RFC 4122 variant */
  static const char hex[] = "0123456789abcdef";
  char *p = out;
  for (int i = 0; i < 16; i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10) *p++ = '-';
    *p++ = hex[h[i] >> 4];
    *p++ = hex[h[i] & 15];
  }
  *p = '\0';
}

static void head(StatsOut *o, const StatsRunRec *r, int64_t seq, const char *verb) {
  char id[37];
  stats_xapi_uuid(r->kiosk, r->visit, seq, verb, id);
  stats_out_lit(o, "{\"id\":\"");
  stats_out_add(o, id, 36);
  stats_out_lit(o, "\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" STATS_IRI_BASE "/kiosk/");
  stats_out_json_body(o, r->kiosk);
  stats_out_lit(o, "\",\"name\":");
  stats_out_json(o, r->visit);
  stats_out_lit(o, "}},\"verb\":{\"id\":\"" VERB_BASE);
  stats_out_str(o, verb);
  stats_out_lit(o, "\",\"display\":{\"en-US\":\"");
  stats_out_str(o, verb);
  /* object.objectType is "Activity" by default; each byte here is 500,000 bytes on a stick */
  stats_out_lit(o, "\"}},\"object\":{\"id\":\"" STATS_IRI_BASE "/activities/");
  stats_out_json_body(o, r->pack);
  stats_out_lit(o, "/");
  stats_out_json_body(o, r->lesson);
}

static void lesson_object(StatsOut *o, const StatsRunRec *r) {
  stats_out_lit(o, "\",\"definition\":{\"name\":{\"und\":\"");
  stats_out_json_body(o, r->pack);
  stats_out_lit(o, "/");
  stats_out_json_body(o, r->lesson);
  stats_out_lit(o, "\"}}}");
}

/* score.scaled with up to four decimals, without printf */
static void scaled(StatsOut *o, int64_t points, int64_t max) {
  if (points >= max) {
    stats_out_lit(o, "1");
    return;
  }
  if (points <= 0) {
    stats_out_lit(o, "0");
    return;
  }
  int64_t v = (points * 10000 + max / 2) / max;
  if (v >= 10000) v = 9999;
  if (v <= 0) v = 1;
  char d[7] = {'0', '.', 0, 0, 0, 0, 0};
  for (int i = 5; i >= 2; i--) {
    d[i] = (char)('0' + v % 10);
    v /= 10;
  }
  int len = 6;
  while (d[len - 1] == '0') len--;
  stats_out_add(o, d, (size_t)len);
}

static void score(StatsOut *o, int64_t points, int64_t max) {
  stats_out_lit(o, "\"score\":{\"scaled\":");
  scaled(o, points, max);
  stats_out_lit(o, ",\"raw\":");
  stats_out_i64(o, points);
  stats_out_lit(o, ",\"min\":0,\"max\":");
  stats_out_i64(o, max);
  stats_out_lit(o, "}");
}

/* context (registration, language, extensions), timestamp, version; closes the line */
static void tail(StatsOut *o, const StatsRunRec *r, bool trusted, int64_t wall, int64_t boot,
                 int64_t seq, int64_t after, const char *outcome, bool pack_version) {
  char reg[37];
  stats_xapi_uuid(r->kiosk, r->visit, r->start_seq, "registration", reg);
  stats_out_lit(o, ",\"context\":{\"registration\":\"");
  stats_out_add(o, reg, 36);
  stats_out_lit(o, "\",\"language\":");
  stats_out_json(o, r->lang);
  if (!trusted || outcome || pack_version) {
    const char *sep = "";
    stats_out_lit(o, ",\"extensions\":{");
    if (!trusted) {
      stats_out_lit(o, "\"" EXT_ORDER "\":{\"boot\":");
      stats_out_i64(o, boot);
      stats_out_lit(o, ",\"seq\":");
      stats_out_i64(o, seq);
      stats_out_lit(o, "}");
      sep = ",";
      if (after > 0) {
        char iso[32];
        stats_format_iso(after, iso);
        stats_out_lit(o, ",\"" EXT_AFTER "\":\"");
        stats_out_add(o, iso, 24);
        stats_out_lit(o, "\"");
      }
    }
    if (outcome) {
      stats_out_str(o, sep);
      stats_out_lit(o, "\"" EXT_OUTCOME "\":");
      stats_out_json(o, outcome);
      sep = ",";
    }
    if (pack_version) {
      stats_out_str(o, sep);
      stats_out_lit(o, "\"" EXT_PACK_VERSION "\":");
      stats_out_json(o, r->version);
    }
    stats_out_lit(o, "}");
  }
  stats_out_lit(o, "}");
  if (trusted) {
    char iso[32];
    stats_format_iso(wall, iso);
    stats_out_lit(o, ",\"timestamp\":\"");
    stats_out_add(o, iso, 24);
    stats_out_lit(o, "\"");
  }
  stats_out_lit(o, ",\"version\":\"1.0.3\"}\n");
}

void stats_xapi_run_begin(StatsOut *o, const StatsRunRec *r) {
  head(o, r, r->start_seq, "initialized");
  lesson_object(o, r);
  tail(o, r, r->start_trusted, r->start_wall, r->start_boot, r->start_seq, r->start_after, NULL, true);
}

void stats_xapi_answer(StatsOut *o, const StatsRunRec *r, const StatsAnswerRec *a) {
  head(o, r, a->seq, "answered");
  stats_out_lit(o, "/");
  stats_out_json_body(o, a->question);
  stats_out_lit(o, "\",\"definition\":{\"name\":{\"und\":");
  stats_out_json(o, a->question);
  stats_out_lit(o, "}}},\"result\":{");
  if (a->max > 0) {
    score(o, a->points, a->max);
    stats_out_str(o, a->correct ? ",\"success\":true," : ",\"success\":false,");
  }
  /* the choice interaction's response: option ids joined by "[,]" */
  stats_out_lit(o, "\"response\":\"");
  for (const char *p = a->chosen, *comma; *p; p = comma + 1) {
    comma = strchr(p, ',');
    char id[STATS_MAX_QUESTION_ID + 1];
    size_t n = comma ? (size_t)(comma - p) : strlen(p);
    if (n > STATS_MAX_QUESTION_ID) n = STATS_MAX_QUESTION_ID;
    memcpy(id, p, n);
    id[n] = '\0';
    stats_out_json_body(o, id);
    if (!comma) break;
    stats_out_lit(o, "[,]");
  }
  stats_out_lit(o, "\"}");
  tail(o, r, a->trusted, a->wall, a->boot, a->seq, a->after, NULL, false);
}

/* ISO 8601 duration with hundredths of a second, as xAPI recommends */
static void duration(StatsOut *o, int64_t ms) {
  stats_out_lit(o, ",\"duration\":\"PT");
  stats_out_i64(o, ms / 1000);
  char frac[4] = {'.', (char)('0' + ms / 100 % 10), (char)('0' + ms / 10 % 10), 'S'};
  stats_out_add(o, frac, 4);
  stats_out_lit(o, "\"");
}

void stats_xapi_run_end(StatsOut *o, const StatsRunRec *r) {
  if (!r->ended) return;
  bool completed = strcmp(r->outcome, "completed") == 0;
  head(o, r, r->end_seq, completed ? "completed" : "terminated");
  lesson_object(o, r);
  stats_out_lit(o, ",\"result\":{");
  if (completed && r->has_score && r->max > 0) {
    score(o, r->score, r->max);
    stats_out_lit(o, ",");
  }
  stats_out_str(o, completed ? "\"completion\":true" : "\"completion\":false");
  if (r->has_duration) duration(o, r->duration_ms);
  stats_out_lit(o, "}");
  tail(o, r, r->end_trusted, r->end_wall, r->end_boot, r->end_seq, r->end_after, completed ? NULL : r->outcome,
       false);
}
