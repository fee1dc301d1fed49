/* push.c — kiosk exports into a Learning Record Store (Learning Locker, Ralph, SQL LRS):
   the statements of each export, checked first like a merge, POSTed in small batches
   (xAPI 1.0.3, Basic auth), and every statement the LRS acknowledged kept in an
   acknowledgement database on the staff's computer (never on the kiosk), so a second
   push, or one resumed after a cut, sends only what is new.

   What the LRS says decides what happens next: 200 acknowledges the batch; 409 names a
   statement whose id arrived before with other content (it is set aside as a conflict,
   the LRS keeps the first version, and the rest of the batch is sent again); 400 names
   the invalid statements by their place in the batch (each is reported and left out);
   401/403 stops at once (the key or secret is wrong); a timeout or a 5xx is tried
   again with growing waits. Statements are sent as the export wrote them: the push
   never rewrites a statement, so its id always means the same content. */
#include <curl/curl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "core/buf.h"
#include "core/dl.h"
#include "core/fs.h"
#include "core/mem.h"
#include "stats/internal.h"

/* libcurl is opened when a push starts (core/dl), not linked: the kiosk itself never
   uses the network, and linking it (with TLS, Kerberos, LDAP...) cost every kiosk start
   12 million instructions of dynamic linking (callgrind, `kiosk version`). */
#define PUSH_LIBCURL "libcurl.so.4" /* the soname of Debian's libcurl4 */

typedef struct CurlApi {
  CURL *(*easy_init)(void);
  CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
  CURLcode (*easy_perform)(CURL *);
  CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
  void (*easy_cleanup)(CURL *);
  const char *(*easy_strerror)(CURLcode);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
} CurlApi;

static bool curl_api_open(CurlApi *c, Error *err) {
  struct {
    void **fn;
    const char *name;
  } want[] = {
      {(void **)&c->easy_init, "curl_easy_init"},         {(void **)&c->easy_setopt, "curl_easy_setopt"},
      {(void **)&c->easy_perform, "curl_easy_perform"},   {(void **)&c->easy_getinfo, "curl_easy_getinfo"},
      {(void **)&c->easy_cleanup, "curl_easy_cleanup"},   {(void **)&c->easy_strerror, "curl_easy_strerror"},
      {(void **)&c->slist_append, "curl_slist_append"},   {(void **)&c->slist_free_all, "curl_slist_free_all"},
  };
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    *want[i].fn = dl_symbol(PUSH_LIBCURL, want[i].name);
    if (!*want[i].fn) return error_set(err, "%s (install the libcurl4 package)", dl_why());
  }
  return true;
}

#define PUSH_LINE_MAX (64 * 1024)    /* one statement; ours are under 2 KB */
#define PUSH_REPLY_MAX (256 * 1024)  /* an LRS's answer to one batch */
#define PUSH_ID_LEN 36
#define PUSH_HASH_BYTES 16

typedef struct Pending {
  char id[PUSH_ID_LEN + 1];
  unsigned char hash[PUSH_HASH_BYTES];
  char *line;       /* the statement as exported (owned) */
} Pending;

typedef struct Push {
  CurlApi api;
  const StatsPushOptions *opt;
  StatsPushResult *res;
  CURL *curl;
  struct curl_slist *headers;
  char *endpoint;
  sqlite3 *acks;
  sqlite3_stmt *find, *put;
  Buf reply;
  Pending batch[STATS_PUSH_BATCH_MAX];
  int n;
  long total;       /* statements in all sources, for the progress bar */
  long done;
} Push;

static void say(const Push *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(const Push *p, const char *fmt, ...) {
  if (!p->opt->report) return;
  char line[ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  p->opt->report(p->opt->ud, line);
}

/* ---- the acknowledgement database --------------------------------------------------- */

static bool acks_open(Push *p, Error *err) {
  if (sqlite3_open_v2(p->opt->acks_path, &p->acks, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
    error_set(err, "%s: cannot open the acknowledgement database: %s", p->opt->acks_path,
              p->acks ? sqlite3_errmsg(p->acks) : "out of memory");
    return false;
  }
  /* state: 'acked' (the LRS has it, as hashed) or 'conflict' (the LRS keeps an older
     version under this id; sending it again cannot change that) */
  if (!stats_db_exec(p->acks,
                     "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                     "CREATE TABLE IF NOT EXISTS acks (lrs TEXT NOT NULL, id TEXT NOT NULL,"
                     " hash BLOB NOT NULL, state TEXT NOT NULL, PRIMARY KEY (lrs, id)) WITHOUT ROWID",
                     err))
    return error_prefix(err, "%s", p->opt->acks_path);
  p->find = stats_db_prepare(p->acks, "SELECT hash FROM acks WHERE lrs = ?1 AND id = ?2", err);
  p->put = stats_db_prepare(p->acks, "INSERT OR REPLACE INTO acks (lrs, id, hash, state) VALUES (?1, ?2, ?3, ?4)",
                            err);
  return p->find && p->put;
}

/* True when the LRS already has this statement (or a version of it it keeps). */
static bool acked(Push *p, const Pending *s) {
  sqlite3_bind_text(p->find, 1, p->opt->url, -1, SQLITE_STATIC);
  sqlite3_bind_text(p->find, 2, s->id, -1, SQLITE_STATIC);
  bool same = false;
  if (sqlite3_step(p->find) == SQLITE_ROW)
    same = sqlite3_column_bytes(p->find, 0) == PUSH_HASH_BYTES &&
           memcmp(sqlite3_column_blob(p->find, 0), s->hash, PUSH_HASH_BYTES) == 0;
  sqlite3_reset(p->find);
  return same;
}

/* Records the outcome of the statements of batch marked in keep (all when NULL), in one
   transaction: durable before the next batch is sent. */
static bool record(Push *p, const bool *keep, const char *state, Error *err) {
  if (!stats_db_exec(p->acks, "BEGIN IMMEDIATE", err)) return false;
  for (int i = 0; i < p->n; i++) {
    if (keep && !keep[i]) continue;
    sqlite3_bind_text(p->put, 1, p->opt->url, -1, SQLITE_STATIC);
    sqlite3_bind_text(p->put, 2, p->batch[i].id, -1, SQLITE_STATIC);
    sqlite3_bind_blob(p->put, 3, p->batch[i].hash, PUSH_HASH_BYTES, SQLITE_STATIC);
    sqlite3_bind_text(p->put, 4, state, -1, SQLITE_STATIC);
    int rc = sqlite3_step(p->put);
    sqlite3_reset(p->put);
    if (rc != SQLITE_DONE) {
      error_set(err, "%s: cannot record what the LRS acknowledged: %s", p->opt->acks_path, sqlite3_errmsg(p->acks));
      stats_db_exec(p->acks, "ROLLBACK", NULL);
      return false;
    }
  }
  if (stats_db_exec(p->acks, "COMMIT", err)) return true;
  return error_prefix(err, "%s", p->opt->acks_path);
}

/* ---- HTTP --------------------------------------------------------------------------- */

static size_t take_reply(char *data, size_t size, size_t n, void *ud) {
  Buf *b = ud;
  if (b->len + size * n > PUSH_REPLY_MAX) return 0; /* an answer this big is not an LRS's */
  buf_add(b, data, size * n);
  return size * n;
}

static bool http_open(Push *p, Error *err) {
  if (!curl_api_open(&p->api, err)) return false;
  p->curl = p->api.easy_init();
  if (!p->curl) return error_set(err, "cannot start libcurl");
  size_t n = strlen(p->opt->url);
  while (n > 0 && p->opt->url[n - 1] == '/') n--;
  p->endpoint = xasprintf("%.*s/statements", (int)n, p->opt->url);
  p->headers = p->api.slist_append(p->headers, "X-Experience-API-Version: 1.0.3");
  p->headers = p->api.slist_append(p->headers, "Content-Type: application/json");
  p->headers = p->api.slist_append(p->headers, "Expect:"); /* no 100-continue round trip */
  p->api.easy_setopt(p->curl, CURLOPT_URL, p->endpoint);
  p->api.easy_setopt(p->curl, CURLOPT_HTTPHEADER, p->headers);
  p->api.easy_setopt(p->curl, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
  p->api.easy_setopt(p->curl, CURLOPT_USERNAME, p->opt->key);
  p->api.easy_setopt(p->curl, CURLOPT_PASSWORD, p->opt->secret);
  p->api.easy_setopt(p->curl, CURLOPT_WRITEFUNCTION, take_reply);
  p->api.easy_setopt(p->curl, CURLOPT_WRITEDATA, &p->reply);
  p->api.easy_setopt(p->curl, CURLOPT_CONNECTTIMEOUT_MS, (long)STATS_PUSH_CONNECT_MS);
  p->api.easy_setopt(p->curl, CURLOPT_TIMEOUT_MS, (long)(p->opt->timeout_ms ? p->opt->timeout_ms : STATS_PUSH_TIMEOUT_MS));
  p->api.easy_setopt(p->curl, CURLOPT_NOSIGNAL, 1L);
  p->api.easy_setopt(p->curl, CURLOPT_PROTOCOLS_STR, "http,https");
  return true;
}

/* POSTs the statements of batch marked in keep; the status, or 0 when no answer came. */
static long post(Push *p, const bool *keep, char *why, size_t why_len) {
  Buf body = {0};
  buf_adds(&body, "[");
  int sent = 0;
  for (int i = 0; i < p->n; i++)
    if (keep[i]) {
      if (sent++) buf_addc(&body, ',');
      buf_adds(&body, p->batch[i].line);
    }
  buf_addc(&body, ']');
  buf_free(&p->reply);
  p->api.easy_setopt(p->curl, CURLOPT_POSTFIELDS, body.data);
  p->api.easy_setopt(p->curl, CURLOPT_POSTFIELDSIZE, (long)body.len);
  CURLcode rc = p->api.easy_perform(p->curl);
  long status = 0;
  if (rc == CURLE_OK) p->api.easy_getinfo(p->curl, CURLINFO_RESPONSE_CODE, &status);
  else snprintf(why, why_len, "%s", p->api.easy_strerror(rc));
  buf_free(&body);
  buf_addc(&p->reply, '\0'); /* text from here on */
  p->reply.len--;
  return status;
}

/* The LRS's own words, shortened to one line. */
static const char *lrs_says(Push *p) {
  static const char none[] = "(no message)";
  if (!p->reply.data || !p->reply.len) return none;
  for (char *c = p->reply.data; *c; c++)
    if (*c == '\n' || *c == '\r') *c = ' ';
  if (p->reply.len > 300) strcpy(p->reply.data + 297, "...");
  return p->reply.data;
}

/* ---- sending one batch -------------------------------------------------------------- */

static int index_of_id(const Push *p, const bool *keep, const char *text) {
  for (int i = 0; i < p->n; i++)
    if (keep[i] && strstr(text, p->batch[i].id)) return i;
  return -1;
}

/* Positions in the sent batch that a 400 answer names ("statements.3.actor"), mapped to
   batch indices; returns how many were marked bad. */
static int mark_invalid(const Push *p, const bool *keep, bool *bad) {
  int order[STATS_PUSH_BATCH_MAX], sent = 0, found = 0;
  for (int i = 0; i < p->n; i++)
    if (keep[i]) order[sent++] = i;
  const char *s = p->reply.data ? p->reply.data : "";
  for (const char *at = strstr(s, "statements."); at; at = strstr(at + 1, "statements.")) {
    char *end;
    long k = strtol(at + 11, &end, 10);
    if (end == at + 11 || k < 0 || k >= sent || bad[order[k]]) continue;
    bad[order[k]] = true;
    found++;
  }
  return found;
}

static bool wait_and_retry(Push *p, int *attempt, const char *why) {
  int retries = p->opt->retries >= 0 ? p->opt->retries : STATS_PUSH_RETRIES;
  if (*attempt >= retries) return false;
  long ms = (long)(p->opt->backoff_ms ? p->opt->backoff_ms : STATS_PUSH_BACKOFF_MS) << *attempt;
  say(p, "the LRS did not take the batch (%s): trying again in %.1f s", why, (double)ms / 1000);
  usleep((useconds_t)ms * 1000);
  (*attempt)++;
  p->res->retries++;
  return true;
}

/* Sends the batch until every statement in it is acknowledged, set aside as a conflict
   or rejected as invalid. False (err set) when the push cannot go on. */
static bool send_batch(Push *p, Error *err) {
  bool keep[STATS_PUSH_BATCH_MAX];
  int left = p->n;
  for (int i = 0; i < p->n; i++) keep[i] = true;
  int attempt = 0;
  while (left > 0) {
    char why[CURL_ERROR_SIZE] = "";
    long status = post(p, keep, why, sizeof why);
    if (status >= 200 && status < 300) {
      if (!record(p, keep, "acked", err)) return false;
      p->res->accepted += left;
      p->done += left;
      return true;
    }
    if (status == 401 || status == 403)
      return error_set(err, "the LRS refused the key and secret (HTTP %ld: %s): check --key and the secret", status,
                       lrs_says(p));
    if (status == 409) { /* an id it already holds with other content */
      int i = index_of_id(p, keep, lrs_says(p));
      if (i < 0) return error_set(err, "the LRS reported a conflict it did not name (HTTP 409: %s)", lrs_says(p));
      bool only[STATS_PUSH_BATCH_MAX] = {false};
      only[i] = true;
      if (!record(p, only, "conflict", err)) return false;
      say(p, "statement %s: the LRS already holds another version under this id and keeps it (HTTP 409)",
          p->batch[i].id);
      keep[i] = false;
      left--;
      p->res->conflicts++;
      p->done++;
      continue;
    }
    if (status == 400) {
      bool bad[STATS_PUSH_BATCH_MAX] = {false};
      if (mark_invalid(p, keep, bad) == 0 && left > 1)
        return error_set(err, "the LRS refused a batch without naming the statement (HTTP 400: %s)", lrs_says(p));
      const char *said = lrs_says(p);
      for (int i = 0; i < p->n; i++)
        if (keep[i] && (bad[i] || left == 1)) {
          say(p, "statement %s refused as invalid: %s", p->batch[i].id, said);
          keep[i] = false;
          left--;
          p->res->rejected++;
          p->done++;
        }
      continue;
    }
    if (status == 0 || status == 408 || status == 429 || status >= 500) {
      if (status) snprintf(why, sizeof why, "HTTP %ld", status);
      if (wait_and_retry(p, &attempt, why)) continue;
      return error_set(err, "%s: the LRS did not answer (%s); what it acknowledged is kept, push again later",
                       p->endpoint, why);
    }
    return error_set(err, "%s: unexpected answer HTTP %ld: %s", p->endpoint, status, lrs_says(p));
  }
  return true;
}

static void clear_batch(Push *p) {
  for (int i = 0; i < p->n; i++) free(p->batch[i].line);
  p->n = 0;
}

/* ---- reading the exports ------------------------------------------------------------ */

/* The statement files of an export folder: statements.jsonl, or its parts, possibly
   compressed, in order. Caller frees each and the array. */
static int statement_files(const char *dir, char ***out) {
  static const char *const names[] = {"statements.jsonl", "statements.jsonl.gz"};
  char **files = NULL;
  int n = 0;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    char *path = path_join(dir, names[i]);
    if (fs_is_file(path)) {
      files = xrealloc(files, sizeof *files * (size_t)(n + 1));
      files[n++] = path;
    } else {
      free(path);
    }
  }
  for (int part = 1; part < 10000; part++) { /* statements-0001.jsonl(.gz) ... */
    char name[48];
    char *path = NULL;
    for (int gz = 0; gz < 2 && !path; gz++) {
      snprintf(name, sizeof name, "statements-%04d.jsonl%s", part, gz ? ".gz" : "");
      path = path_join(dir, name);
      if (!fs_is_file(path)) {
        free(path);
        path = NULL;
      }
    }
    if (!path) break;
    files = xrealloc(files, sizeof *files * (size_t)(n + 1));
    files[n++] = path;
  }
  *out = files;
  return n;
}

/* Reads one statement line into s: its id must open it, as the kiosk writes them. */
static bool parse_line(const char *line, size_t len, Pending *s) {
  static const char open[] = "{\"id\":\"";
  if (len < sizeof open - 1 + PUSH_ID_LEN + 1 || memcmp(line, open, sizeof open - 1) != 0) return false;
  const char *id = line + sizeof open - 1;
  if (id[PUSH_ID_LEN] != '"') return false;
  for (int i = 0; i < PUSH_ID_LEN; i++) {
    char c = id[i];
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  memcpy(s->id, id, PUSH_ID_LEN);
  s->id[PUSH_ID_LEN] = '\0';
  crypto_generichash(s->hash, PUSH_HASH_BYTES, (const unsigned char *)line, len, NULL, 0);
  return true;
}

static long count_lines(const char *path) {
  gzFile f = gzopen(path, "rb");
  if (!f) return 0;
  long n = 0;
  char buf[65536];
  int got;
  while ((got = gzread(f, buf, sizeof buf)) > 0)
    for (int i = 0; i < got; i++) n += buf[i] == '\n';
  gzclose(f);
  return n;
}

static bool push_file(Push *p, const char *path, Error *err) {
  gzFile f = gzopen(path, "rb"); /* reads plain files as they are, too */
  if (!f) return error_set(err, "%s: cannot read", path);
  char *line = xmalloc(PUSH_LINE_MAX);
  bool ok = true;
  long number = 0;
  while (ok && gzgets(f, line, PUSH_LINE_MAX)) {
    number++;
    size_t len = strlen(line);
    if (len && line[len - 1] != '\n' && !gzeof(f)) {
      ok = error_set(err, "%s:%ld: a line longer than %d bytes: not a kiosk export", path, number, PUSH_LINE_MAX);
      break;
    }
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
    if (!len) continue;
    Pending *s = &p->batch[p->n];
    if (!parse_line(line, len, s)) {
      ok = error_set(err, "%s:%ld: not a statement as the kiosk writes them (no id first)", path, number);
      break;
    }
    if (acked(p, s)) {
      p->res->skipped++;
      p->done++;
    } else {
      s->line = xstrndup(line, len);
      p->n++;
    }
    if (p->n == (p->opt->batch > 0 ? p->opt->batch : STATS_PUSH_BATCH)) {
      ok = send_batch(p, err);
      clear_batch(p);
    }
    if (p->opt->progress && (number % 256 == 0)) p->opt->progress(p->opt->ud, p->done, p->total);
  }
  int zerr = Z_OK;
  const char *zmsg = gzerror(f, &zerr);
  if (ok && zerr != Z_OK && zerr != Z_STREAM_END) ok = error_set(err, "%s: damaged compressed file: %s", path, zmsg);
  if (ok && p->n) ok = send_batch(p, err);
  clear_batch(p);
  gzclose(f);
  free(line);
  return ok;
}

/* ---- the push ------------------------------------------------------------------------ */

bool stats_push(const char *const *sources, int nsources, const StatsPushOptions *opt, StatsPushResult *res,
                Error *err) {
  *res = (StatsPushResult){0};
  if (!opt->url || !*opt->url) return error_set(err, "no LRS address (--lrs URL)");
  if (!opt->key || !*opt->key) return error_set(err, "no LRS key (--key KEY)");
  if (!opt->secret) return error_set(err, "no LRS secret (--secret-file FILE or $KIOSK_LRS_SECRET)");
  if (opt->batch > STATS_PUSH_BATCH_MAX) return error_set(err, "a batch holds at most %d statements", STATS_PUSH_BATCH_MAX);
  Push p = {.opt = opt, .res = res};
  bool ok = acks_open(&p, err) && http_open(&p, err);
  /* every export is checked before anything of it is sent: a cut or edited copy is
     refused whole, as merge refuses it */
  char **files[STATS_PUSH_MAX_SOURCES] = {NULL};
  int nfiles[STATS_PUSH_MAX_SOURCES] = {0};
  if (ok && nsources > STATS_PUSH_MAX_SOURCES)
    ok = error_set(err, "at most %d exports in one push", STATS_PUSH_MAX_SOURCES);
  for (int i = 0; ok && i < nsources; i++) {
    StatsExportInfo info;
    char reason[ERROR_MAX];
    sqlite3 *db = stats_export_check(sources[i], &info, reason, sizeof reason);
    if (!db) {
      say(&p, "%s: refused: %s", sources[i], reason);
      res->refused++;
      continue;
    }
    sqlite3_close(db);
    nfiles[i] = statement_files(sources[i], &files[i]);
    for (int k = 0; k < nfiles[i]; k++) p.total += count_lines(files[i][k]);
  }
  for (int i = 0; ok && i < nsources; i++)
    for (int k = 0; ok && k < nfiles[i]; k++) ok = push_file(&p, files[i][k], err);
  if (opt->progress) opt->progress(opt->ud, p.done, p.total);
  for (int i = 0; i < nsources && i < STATS_PUSH_MAX_SOURCES; i++) {
    for (int k = 0; k < nfiles[i]; k++) free(files[i][k]);
    free(files[i]);
  }
  clear_batch(&p);
  buf_free(&p.reply);
  if (p.headers) p.api.slist_free_all(p.headers);
  if (p.curl) p.api.easy_cleanup(p.curl);
  free(p.endpoint);
  sqlite3_finalize(p.find);
  sqlite3_finalize(p.put);
  sqlite3_close(p.acks);
  return ok;
}
