/* guide.c — the trainer's guide: pack.lua and strings in, one offline HTML page out. */
#include "guide/guide.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/config.h"
#include "core/fs.h"
#include "core/mem.h"
#include "help/help.h"
#include "lesson/lesson.h"

#define GUIDE_MAX_PROMPTS 3    /* "two or three" questions for a group */
#define GUIDE_MAX_DISCLOSURE 8 /* lines of the pack's "if someone tells you" advice */
#define GUIDE_MAX_TOPICS 4     /* help topics one lesson names */
#define GUIDE_LESSON_MAX (512 * 1024) /* as LESSON_MAX_FILE */
#define GUIDE_MAX_TAKEAWAYS 8 /* key messages one lesson names */
#define GUIDE_KEY_MAX 64      /* a takeaway's key, e.g. "take_real_job" */

typedef struct Guide {
  const PackInfo *pack;
  const char *country;
  Config config;          /* the country's help lines */
  const char *lang;       /* the language being written */
  StringTable *pack_lang, *pack_en;   /* the pack's texts */
  StringTable *words_lang, *words_en; /* the kiosk's words */
  Buf *out;
  GuideReport *report;
  char absent[160]; /* the key of a text no language has, shown in its place */
} Guide;

static void missing(Guide *g, const char *lang, const char *key) {
  if (g->report->missing++ == 0)
    snprintf(g->report->first_missing, sizeof g->report->first_missing, "%s: %s", lang, key);
}

/* A text of the pack (pack = true) or of the kiosk's words, in the language being
   written, else English (counted as missing). NULL when optional and absent everywhere. */
static const char *text(Guide *g, bool pack, const char *key, bool optional) {
  const StringTable *lang = pack ? g->pack_lang : g->words_lang, *en = pack ? g->pack_en : g->words_en;
  const char *s = strings_get(lang, key);
  if (s) return s;
  const char *e = strings_get(en, key);
  if (optional && !e) return NULL;
  missing(g, g->lang, key); /* once, under the language being written */
  if (e) return e;
  snprintf(g->absent, sizeof g->absent, "%s", key); /* used at once by the caller */
  return g->absent;
}

static const char *word(Guide *g, const char *key) {
  char full[80];
  snprintf(full, sizeof full, "guide.%s", key);
  return text(g, false, full, false);
}

/* HTML text; a line break in a text stays one on paper. */
static void esc(Buf *b, const char *s) {
  for (const char *nl; (nl = strchr(s, '\n')) != NULL; s = nl + 1) {
    char *line = xstrndup(s, (size_t)(nl - s));
    buf_add_html(b, line);
    free(line);
    buf_adds(b, "<br>");
  }
  buf_add_html(b, s);
}

/* <TAG>text</TAG>, the text escaped. */
static void el(Guide *g, const char *tag, const char *s) {
  buf_printf(g->out, "<%s>", tag);
  esc(g->out, s);
  buf_printf(g->out, "</%s>\n", tag);
}

/* A number in the language's digits, escaped. */
static void digits_out(Guide *g, int n) {
  char text[16];
  snprintf(text, sizeof text, "%d", n);
  HelpWords w = {g->words_lang, g->words_en};
  char *s = help_digits(text, &w);
  esc(g->out, s);
  free(s);
}

/* A kiosk word with {name} filled in, escaped; a number in the language's digits. */
static void filled(Guide *g, const char *key, const char *name, const char *value, bool digits) {
  const char *names[] = {name}, *values[] = {value};
  char *s = strings_fill(word(g, key), names, values, 1);
  HelpWords w = {g->words_lang, g->words_en};
  char *t = digits ? help_digits(s, &w) : NULL;
  esc(g->out, t ? t : s);
  free(t);
  free(s);
}

/* The lesson's source, read (never run) for what the guide shows of it; NULL when
   unreadable, and the guide then shows what the strings alone give. */
static char *lesson_text(const PackInfo *p, const PackLesson *l) {
  char *path = path_join(p->dir, l->file);
  char *src = fs_read_file(path, GUIDE_LESSON_MAX, NULL, NULL);
  free(path);
  return src;
}

/* The quoted word ("x" or 'x') at q, skipping spaces: its length, 0 when none. */
static size_t quoted(const char **q) {
  while (**q == ' ' || **q == '\t' || **q == '\n' || **q == '\r') (*q)++;
  char mark = **q;
  if (mark != '"' && mark != '\'') return 0;
  (*q)++;
  size_t len = strcspn(*q, mark == '"' ? "\"\n" : "'\n");
  return (*q)[len] == mark ? len : 0;
}

/* The help topics a lesson's file names (help = "scam"): the guide lists the lines a
   learner is offered at the end, without running the lesson. */
static int help_topics(const char *src, char topics[][16], int max) {
  int n = 0;
  for (const char *s = src ? strstr(src, "help") : NULL; s && n < max; s = strstr(s + 4, "help")) {
    const char *q = s + 4;
    while (*q == ' ') q++;
    if (*q++ != '=') continue;
    size_t len = quoted(&q);
    char topic[16];
    if (len == 0 || len >= sizeof topic) continue;
    snprintf(topic, sizeof topic, "%.*s", (int)len, q);
    bool seen = false;
    for (int k = 0; k < n; k++) seen |= strcmp(topics[k], topic) == 0;
    if (config_topic_known(topic) && !seen) snprintf(topics[n++], 16, "%s", topic);
  }
  return n;
}

/* The keys of a lesson's takeaways (result { takeaways = { "take_a", "take_b" } }), in
   the order the learner reads them at the end of the lesson. */
static int takeaway_keys(const char *src, char keys[][GUIDE_KEY_MAX], int max) {
  int n = 0;
  for (const char *s = src ? strstr(src, "takeaways") : NULL; s; s = strstr(s + 9, "takeaways")) {
    const char *q = s + 9;
    while (*q == ' ') q++;
    if (*q++ != '=') continue;
    while (*q == ' ') q++;
    if (*q++ != '{') continue;
    for (size_t len; n < max && (len = quoted(&q)) > 0;) {
      if (len < GUIDE_KEY_MAX) snprintf(keys[n++], GUIDE_KEY_MAX, "%.*s", (int)len, q);
      q += len + 1; /* past the closing quote */
      while (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t') q++;
      if (*q != ',' && *q != ';') break;
      q++;
    }
    break; /* one result per lesson */
  }
  return n;
}

static void help_lines(Guide *g, const char *src) {
  char topics[GUIDE_MAX_TOPICS][16];
  int ntopics = help_topics(src, topics, GUIDE_MAX_TOPICS);
  HelpWords w = {g->words_lang, g->words_en};
  char key[32];
  snprintf(key, sizeof key, "guide.country_%s", g->country);
  const char *country = text(g, false, key, true); /* the country's name, else its code */
  buf_adds(g->out, "<h3>");
  filled(g, "help", "country", country ? country : g->country, false);
  buf_adds(g->out, "</h3>\n<ul class=\"help\">\n");
  for (int t = 0; t < ntopics; t++) {
    const Helpline *offered[CONFIG_MAX_OFFERED];
    int n = config_help_offered(&g->config, topics[t], g->lang, offered, CONFIG_MAX_OFFERED);
    for (int i = 0; i < n; i++) {
      buf_adds(g->out, "<li><b>");
      esc(g->out, offered[i]->number);
      buf_adds(g->out, "</b> ");
      esc(g->out, help_name(offered[i], &w));
      char *note = help_note(offered[i], &w);
      if (*note) {
        buf_adds(g->out, " <i>(");
        esc(g->out, note);
        buf_adds(g->out, ")</i>");
      }
      free(note);
      buf_adds(g->out, "</li>\n");
    }
  }
  if (!ntopics) {
    buf_adds(g->out, "<li>");
    esc(g->out, word(g, "help_any"));
    buf_adds(g->out, "</li>\n");
  }
  buf_adds(g->out, "</ul>\n");
}

static void lesson_section(Guide *g, const PackLesson *l, int position) {
  char key[160];
  buf_printf(g->out, "<article class=\"lesson\" id=\"%s-%s\">\n<h2>", g->lang, l->id);
  digits_out(g, position);
  buf_adds(g->out, ". ");
  snprintf(key, sizeof key, "%s.title", l->id);
  esc(g->out, text(g, true, key, false));
  buf_adds(g->out, "</h2>\n<p class=\"meta\">");
  char minutes[8];
  snprintf(minutes, sizeof minutes, "%d", l->minutes);
  filled(g, "minutes", "n", minutes, true);
  buf_adds(g->out, "</p>\n");
  if (l->sensitive) el(g, "p class=\"note\"", word(g, "sensitive"));
  el(g, "h3", word(g, "aim"));
  snprintf(key, sizeof key, "%s.guide_aim", l->id);
  el(g, "p", text(g, true, key, false));
  el(g, "h3", word(g, "practise"));
  snprintf(key, sizeof key, "%s.guide_practise", l->id);
  el(g, "p", text(g, true, key, false));

  /* key messages: the lesson's takeaways in the lesson's own order, then any other
     take_* text of the lesson (in key order) */
  char *src = lesson_text(g->pack, l);
  char named[GUIDE_MAX_TAKEAWAYS][GUIDE_KEY_MAX];
  int nnamed = takeaway_keys(src, named, GUIDE_MAX_TAKEAWAYS);
  el(g, "h3", word(g, "keys"));
  buf_adds(g->out, "<ul>\n");
  int keys = 0;
  for (int i = 0; i < nnamed; i++) {
    snprintf(key, sizeof key, "%s.%s", l->id, named[i]);
    el(g, "li", text(g, true, key, false));
    keys++;
  }
  char prefix[96];
  snprintf(prefix, sizeof prefix, "%s.take_", l->id);
  for (int i = 0; i < strings_count(g->pack_en); i++) {
    const char *k = strings_key(g->pack_en, i);
    if (strncmp(k, prefix, strlen(prefix)) != 0) continue;
    bool shown = false;
    for (int j = 0; j < nnamed; j++) shown |= strcmp(k + strlen(l->id) + 1, named[j]) == 0;
    if (shown) continue;
    el(g, "li", text(g, true, k, false));
    keys++;
  }
  if (!keys) missing(g, "en", prefix);
  buf_adds(g->out, "</ul>\n");

  el(g, "h3", word(g, "prompts"));
  buf_adds(g->out, "<ol>\n");
  for (int i = 1; i <= GUIDE_MAX_PROMPTS; i++) {
    snprintf(key, sizeof key, "%s.guide_prompt_%d", l->id, i);
    const char *s = text(g, true, key, i > 2); /* two prompts at least */
    if (s) el(g, "li", s);
  }
  buf_adds(g->out, "</ol>\n");

  el(g, "h3", word(g, "disclosure"));
  buf_adds(g->out, "<ul class=\"disclosure\">\n");
  for (int i = 1; i <= GUIDE_MAX_DISCLOSURE; i++) {
    snprintf(key, sizeof key, "guide.disclosure_%d", i);
    const char *s = text(g, true, key, i > 1);
    if (!s) break;
    el(g, "li", s);
  }
  buf_adds(g->out, "</ul>\n");
  help_lines(g, src);
  free(src);
  buf_adds(g->out, "</article>\n");
}

static void path_list(Guide *g, int from, int to, int *number) {
  buf_adds(g->out, "<ol>\n");
  for (int i = from; i < to; i++) {
    const PackLesson *l = &g->pack->lessons[g->pack->path[i]];
    char key[160];
    snprintf(key, sizeof key, "%s.title", l->id);
    buf_printf(g->out, "<li value=\"%d\"><a href=\"#%s-%s\">", ++*number, g->lang, l->id);
    esc(g->out, text(g, true, key, false));
    char minutes[8];
    snprintf(minutes, sizeof minutes, "%d", l->minutes);
    const char *names[] = {"n"}, *values[] = {minutes};
    char *span = strings_fill(text(g, false, "ui.minutes", false), names, values, 1);
    HelpWords w = {g->words_lang, g->words_en};
    char *local = help_digits(span, &w);
    buf_adds(g->out, "</a> (");
    esc(g->out, local);
    buf_adds(g->out, ")</li>\n");
    free(local);
    free(span);
  }
  buf_adds(g->out, "</ol>\n");
}

static void language_part(Guide *g) {
  const PackInfo *p = g->pack;
  buf_printf(g->out, "<section class=\"language\" lang=\"%s\" id=\"lang-%s\">\n<h1>", g->lang, g->lang);
  esc(g->out, word(g, "title"));
  buf_adds(g->out, ": ");
  esc(g->out, text(g, true, "pack.title", false));
  buf_adds(g->out, "</h1>\n");
  el(g, "p", text(g, true, "guide.intro", false));
  int start_minutes = 0;
  for (int i = 0; i < p->nstart; i++) start_minutes += p->lessons[p->path[i]].minutes;
  int number = 0;
  if (p->nstart) {
    char minutes[8];
    snprintf(minutes, sizeof minutes, "%d", start_minutes);
    buf_adds(g->out, "<h2>");
    filled(g, "start_here", "n", minutes, true);
    buf_adds(g->out, "</h2>\n");
    path_list(g, 0, p->nstart, &number);
  }
  el(g, "h2", word(g, "order"));
  path_list(g, p->nstart, p->npath, &number);
  el(g, "h2", word(g, "reviews"));
  char *reviews = pack_info_review_report(p);
  buf_adds(g->out, "<ul class=\"reviews\">\n");
  for (char *line = reviews, *end; *line; line = end + 1) {
    end = strchr(line, '\n');
    *end = '\0';
    el(g, "li", line);
  }
  buf_adds(g->out, "</ul>\n");
  free(reviews);
  for (int i = 0; i < p->npath; i++) lesson_section(g, &p->lessons[p->path[i]], i + 1);
  el(g, "p class=\"check\"", word(g, "check_numbers"));
  buf_adds(g->out, "</section>\n");
}

/* Local fonts only: the page must open and print on a computer with no network. */
static const char *const style =
    "body{font-family:'Noto Sans','Noto Sans Thai','Noto Sans Devanagari',sans-serif;"
    "max-width:48em;margin:2em auto;padding:0 1em;line-height:1.45;color:#1d2b2a}\n"
    "h1{color:#12524a}h2{border-bottom:2px solid #12524a;padding-bottom:.2em}"
    "h3{margin-bottom:.2em}\n.meta{color:#555}.note{background:#fff4d6;padding:.4em}"
    "nav a{margin-right:1em}\n.help b{font-size:1.1em}.check{font-style:italic}\n"
    ":lang(ne) ol{list-style-type:devanagari}\n"
    "@media print{nav{display:none}section.language,article.lesson{break-before:page}"
    "article.lesson{break-inside:auto}h2,h3{break-after:avoid}a{color:inherit;"
    "text-decoration:none}}\n";

static bool load_tables(Guide *g, const char *lang, StringTable **pack, StringTable **words,
                        const char *assets, Error *err) {
  char *dir = path_join(g->pack->dir, "strings");
  *pack = strings_load_locale(dir, lang, g->country, err);
  free(dir);
  if (!*pack) return false;
  char *wdir = path_join(assets, "strings");
  Error werr;
  *words = strings_load_locale(wdir, lang, g->country, &werr); /* absent: English words */
  free(wdir);
  return true;
}

bool guide_build(const char *pack_dir, const GuideOptions *opt, Buf *out, GuideReport *report,
                 Error *err) {
  memset(report, 0, sizeof *report);
  PackInfo *p = pack_info_load(pack_dir, err);
  if (!p) return false;
  Guide *g = xcalloc(1, sizeof *g);
  g->pack = p;
  g->out = out;
  g->report = report;
  g->country = opt && opt->country ? opt->country : "MY";
  const char *assets = opt && opt->assets ? opt->assets : ".";
  bool ok = false;
  config_defaults(&g->config, assets);
  if (!config_set_country(&g->config, g->country, assets, err)) goto done;
  g->lang = "en";
  if (!load_tables(g, "en", &g->pack_en, &g->words_en, assets, err)) goto done;
  report->lessons = p->nlessons;
  report->languages = p->nlanguages;
  buf_adds(out, "<!doctype html>\n<html><head><meta charset=\"utf-8\">\n<title>");
  g->pack_lang = g->pack_en;
  g->words_lang = g->words_en;
  esc(out, word(g, "title"));
  buf_adds(out, ": ");
  esc(out, text(g, true, "pack.title", false));
  buf_printf(out, " (%s %s)</title>\n<style>\n%s</style>\n</head><body>\n<nav>", p->id, p->version, style);
  for (int i = 0; i < p->nlanguages; i++)
    buf_printf(out, "<a href=\"#lang-%s\">%s</a>", p->languages[i], p->languages[i]);
  buf_adds(out, "</nav>\n");
  ok = true;
  for (int i = 0; ok && i < p->nlanguages; i++) {
    g->lang = p->languages[i];
    if (strcmp(g->lang, "en") == 0) {
      g->pack_lang = g->pack_en;
      g->words_lang = g->words_en;
      language_part(g);
      continue;
    }
    ok = load_tables(g, g->lang, &g->pack_lang, &g->words_lang, assets, err);
    if (ok) language_part(g);
    strings_free(g->pack_lang);
    strings_free(g->words_lang);
  }
  buf_adds(out, "</body></html>\n");
done:
  strings_free(g->pack_en);
  strings_free(g->words_en);
  pack_info_free(p);
  free(g);
  return ok;
}
