/* speech.c — the worker thread: takes a list of blocks, reads each from its recording
   or through libespeak-ng, and queues 16-bit PCM chunks with the timing of each word.
   espeak-ng is called only from the worker (it keeps global state and is not
   thread-safe); the caller's thread only queues requests and takes chunks. */
#include <espeak-ng/espeak_ng.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/mem.h"
#include "speech/internal.h"

#define SPEECH_BUFFER_MS 50      /* espeak-ng hands back audio this often: the first sound
                                    comes this soon and a stop is noticed within it */
#define SPEECH_RECORDING_CHUNK_MS 100
#define SPEECH_MAX_LOG 32        /* unread log lines kept; older ones are dropped */
#define SPEECH_MAX_VOICES 16
#define SPEECH_MAX_WORDS 4096    /* starts the breaker may report for one block */

typedef struct JobItem {
  char *text, *lang, *recording;
  uint32_t *starts;
  int nstarts;
} JobItem;

typedef struct Job {
  JobItem *items;
  int n;
  unsigned gen;
} Job;

typedef struct VoiceSetting {
  char lang[8];
  SpeechVoice v;
} VoiceSetting;

struct Speech {
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t work, out;
  bool quit, warm;
  atomic_uint gen;           /* the utterance wanted now; bumped by say and stop */
  Job *job;                  /* the next job for the worker */
  SpeechChunk *queue;        /* chunks of utterance gen, oldest first */
  size_t qhead, qlen, qcap;
  bool active;               /* an utterance is wanted and not all of it was taken */
  bool finished;             /* the worker is done with utterance gen */
  int failures;              /* blocks of utterance gen that could not be read */
  char failure[ERROR_MAX];
  char *log[SPEECH_MAX_LOG];
  int nlog;
  SpeechBreaker breaker;
  void *breaker_ud;
  VoiceSetting voices[SPEECH_MAX_VOICES];
  int nvoices;
  /* the worker's own */
  bool espeak_tried;
  int espeak_rate;
  char voice_loaded[8];
};

/* espeak-ng holds one synthesiser per process. It is loaded once and never unloaded:
   espeak_ng_Terminate in 1.51 can hang waiting for its own idle thread (seen here under
   the tests), and the data it holds is needed again by the next reader anyway. */
static atomic_bool speech_exists;
static bool espeak_loaded; /* only the worker of the one Speech touches these */
static int espeak_rate;
static char espeak_failure[ERROR_MAX];

/* ---- log and queue (any thread, under the lock) ---------------------------------------- */

static void log_locked(Speech *s, const char *msg) {
  if (s->nlog == SPEECH_MAX_LOG) {
    free(s->log[0]);
    memmove(s->log, s->log + 1, sizeof(char *) * (SPEECH_MAX_LOG - 1));
    s->nlog--;
  }
  s->log[s->nlog++] = xstrdup(msg);
}

/* A log line; failed_gen, when given, counts a failure against that utterance (if it is
   still the one wanted: speech_render reports it). */
static void speech_log(Speech *s, const unsigned *failed_gen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void speech_log(Speech *s, const unsigned *failed_gen, const char *fmt, ...) {
  Error e;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(e.msg, sizeof e.msg, fmt, ap);
  va_end(ap);
  pthread_mutex_lock(&s->lock);
  log_locked(s, e.msg);
  if (failed_gen && *failed_gen == atomic_load(&s->gen)) {
    s->failures++;
    snprintf(s->failure, sizeof s->failure, "%s", e.msg);
  }
  pthread_mutex_unlock(&s->lock);
}

void speech_chunk_free(SpeechChunk *c) {
  if (!c) return;
  free(c->pcm);
  free(c->words);
  memset(c, 0, sizeof *c);
}

static void clear_queue_locked(Speech *s) {
  for (size_t i = 0; i < s->qlen; i++) speech_chunk_free(&s->queue[(s->qhead + i) % s->qcap]);
  s->qhead = s->qlen = 0;
}

static void job_free(Job *job) {
  if (!job) return;
  for (int i = 0; i < job->n; i++) {
    free(job->items[i].text);
    free(job->items[i].lang);
    free(job->items[i].recording);
    free(job->items[i].starts);
  }
  free(job->items);
  free(job);
}

/* Queues c (taken) when it belongs to the utterance still wanted; false when that has
   changed, so the worker stops. */
static bool push_chunk(Speech *s, unsigned gen, SpeechChunk *c) {
  pthread_mutex_lock(&s->lock);
  bool wanted = atomic_load(&s->gen) == gen;
  if (wanted) {
    if (s->qlen == s->qcap) {
      size_t cap = s->qcap ? s->qcap * 2 : 64;
      SpeechChunk *q = xmalloc(sizeof(SpeechChunk) * cap);
      for (size_t i = 0; i < s->qlen; i++) q[i] = s->queue[(s->qhead + i) % s->qcap];
      free(s->queue);
      s->queue = q;
      s->qcap = cap;
      s->qhead = 0;
    }
    s->queue[(s->qhead + s->qlen++) % s->qcap] = *c;
    pthread_cond_broadcast(&s->out);
  }
  pthread_mutex_unlock(&s->lock);
  if (!wanted) speech_chunk_free(c);
  memset(c, 0, sizeof *c);
  return wanted;
}

/* ---- voices ----------------------------------------------------------------------------- */

static void lang_code(const char *lang, char out[8]) {
  size_t n = 0;
  while (lang && lang[n] && lang[n] != '-' && lang[n] != '_' && n < 7) {
    char c = lang[n];
    out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[n] = '\0';
}

SpeechVoice speech_default_voice(const char *lang) {
  /* espeak-ng speaks at 175 words a minute; learners who are not confident readers follow
     a slower voice, and Thai and Nepali syllables are denser */
  static const struct {
    const char *lang;
    SpeechVoice v;
  } defaults[] = {{"en", {140, 50}}, {"ms", {140, 50}}, {"id", {140, 50}}, {"th", {135, 50}},
                  {"ne", {130, 50}}, {"hi", {130, 50}}, {"bn", {130, 50}}, {"my", {130, 50}}};
  char code[8];
  lang_code(lang, code);
  for (size_t i = 0; i < sizeof defaults / sizeof defaults[0]; i++)
    if (strcmp(code, defaults[i].lang) == 0) return defaults[i].v;
  return (SpeechVoice){140, 50};
}

static int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

void speech_set_voice(Speech *s, const char *lang, SpeechVoice v) {
  char code[8];
  lang_code(lang, code);
  v.rate = clamp(v.rate, espeakRATE_MINIMUM, espeakRATE_MAXIMUM);
  v.pitch = clamp(v.pitch, 0, 100);
  pthread_mutex_lock(&s->lock);
  int i = 0;
  while (i < s->nvoices && strcmp(s->voices[i].lang, code) != 0) i++;
  if (i < SPEECH_MAX_VOICES) {
    if (i == s->nvoices) s->nvoices++;
    snprintf(s->voices[i].lang, sizeof s->voices[i].lang, "%s", code);
    s->voices[i].v = v;
  }
  pthread_mutex_unlock(&s->lock);
}

static SpeechVoice voice_for(Speech *s, const char *code) {
  SpeechVoice v = speech_default_voice(code);
  pthread_mutex_lock(&s->lock);
  for (int i = 0; i < s->nvoices; i++)
    if (strcmp(s->voices[i].lang, code) == 0) v = s->voices[i].v;
  pthread_mutex_unlock(&s->lock);
  return v;
}

/* ---- the worker: espeak-ng --------------------------------------------------------------- */

typedef struct Synth {
  Speech *s;
  unsigned gen;
  int item;
  const Prepared *prep;
  double item_ms, ms;     /* where the block began, and the end of what was queued */
  SpeechWord *words;      /* words timed, waiting for the next chunk */
  int nwords, capwords;
  int next_word;          /* the first word of the block not yet given a time */
  bool pending;           /* words [pend_a, pend_b] are heard from pend_ms on */
  int pend_a, pend_b;
  double pend_ms;
  uint64_t frames;        /* of this block */
  bool stopped;
} Synth;

static void add_word(Synth *y, SpeechSpan span, double ms) {
  if (y->nwords == y->capwords) {
    y->capwords = y->capwords ? y->capwords * 2 : 16;
    y->words = xrealloc(y->words, sizeof(SpeechWord) * (size_t)y->capwords);
  }
  y->words[y->nwords++] = (SpeechWord){y->item, span.start, span.end, (uint32_t)(ms + 0.5)};
}

/* The pending words share the time until end_ms by their length: espeak-ng sometimes
   reads several of our words as one (a Thai run, a number). */
static void flush_pending(Synth *y, double end_ms) {
  if (!y->pending) return;
  y->pending = false;
  const SpeechSpan *w = y->prep->words;
  double total = 0, t = y->pend_ms, span = end_ms > y->pend_ms ? end_ms - y->pend_ms : 0;
  for (int i = y->pend_a; i <= y->pend_b; i++) total += w[i].end - w[i].start;
  for (int i = y->pend_a; i <= y->pend_b; i++) {
    add_word(y, w[i], t);
    t += total > 0 ? span * (w[i].end - w[i].start) / total : 0;
  }
}

/* espeak-ng's word at code points [pos-1, pos-1+length) of the prepared text. */
static void word_event(Synth *y, int pos, int length, double ms) {
  const Prepared *p = y->prep;
  if (p->ncps == 0 || y->next_word >= p->nwords) return;
  int c0 = clamp(pos - 1, 0, p->ncps - 1);
  int c1 = clamp(pos - 2 + (length > 0 ? length : 1), c0, p->ncps - 1);
  int w = prepare_word_at(p, p->src[c0]);
  int w2 = prepare_word_at(p, p->src[c1]);
  if (w2 == p->nwords || p->words[w2].start > p->src[c1]) w2--;
  if (w >= p->nwords) return; /* punctuation after the last word */
  if (w2 < w) w2 = w;
  if (w2 < y->next_word) return; /* more of a word already lit (a number said in parts) */
  if (w < y->next_word) w = y->next_word;
  if (y->pending) {
    y->pend_b = w - 1; /* words espeak-ng passed over belong to the word before */
    flush_pending(y, ms);
  } else {
    w = y->next_word;
  }
  y->pending = true;
  y->pend_a = w;
  y->pend_b = w2;
  y->pend_ms = ms;
  y->next_word = w2 + 1;
}

/* Queues frames (mono or not) with the words timed so far. */
static bool emit(Synth *y, const int16_t *pcm, size_t frames, int rate, int channels) {
  SpeechChunk c = {0};
  if (frames) {
    size_t n = frames * (size_t)channels;
    c.pcm = xmalloc(sizeof(int16_t) * n);
    if (pcm) memcpy(c.pcm, pcm, sizeof(int16_t) * n);
    else memset(c.pcm, 0, sizeof(int16_t) * n);
  }
  c.frames = frames;
  c.rate = rate;
  c.channels = channels;
  c.words = y->words;
  c.nwords = y->nwords;
  y->words = NULL;
  y->nwords = y->capwords = 0;
  y->ms += (double)frames * 1000.0 / rate;
  y->frames += frames;
  if (!push_chunk(y->s, y->gen, &c)) y->stopped = true;
  return !y->stopped;
}

static int on_synth(short *wav, int n, espeak_EVENT *ev) {
  Synth *y = NULL;
  for (espeak_EVENT *e = ev; !y; e++) {
    y = e->user_data;
    if (e->type == espeakEVENT_LIST_TERMINATED) break;
  }
  if (!y) return 1;
  if (atomic_load(&y->s->gen) != y->gen) {
    y->stopped = true;
    return 1;
  }
  for (; ev->type != espeakEVENT_LIST_TERMINATED; ev++)
    if (ev->type == espeakEVENT_WORD) word_event(y, ev->text_position, ev->length, y->item_ms + ev->audio_position);
  if (n > 0 && !emit(y, wav, (size_t)n, y->s->espeak_rate, 1)) return 1;
  return 0;
}

static bool espeak_load(Speech *s, Error *err) {
  if (!s->espeak_tried) {
    s->espeak_tried = true;
    if (!espeak_loaded && !espeak_failure[0]) {
      espeak_ng_InitializePath(NULL); /* $ESPEAK_DATA_PATH, else Debian's folder */
      espeak_ng_ERROR_CONTEXT ctx = NULL;
      espeak_ng_STATUS st = espeak_ng_Initialize(&ctx);
      if (st == ENS_OK) st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, SPEECH_BUFFER_MS, NULL);
      if (st == ENS_OK) {
        espeak_SetSynthCallback(on_synth);
        espeak_rate = espeak_ng_GetSampleRate();
        espeak_loaded = espeak_rate > 0;
      }
      if (!espeak_loaded) {
        char msg[256];
        espeak_ng_GetStatusCodeMessage(st, msg, sizeof msg);
        snprintf(espeak_failure, sizeof espeak_failure,
                 "speech: espeak-ng cannot start (%s; is espeak-ng-data installed?)", msg);
      }
      espeak_ng_ClearErrorContext(&ctx);
    }
    s->espeak_rate = espeak_rate;
  }
  if (!espeak_loaded) return error_set(err, "%s", espeak_failure);
  return true;
}

static bool synth_item(Synth *y, const JobItem *it, Error *err) {
  Speech *s = y->s;
  if (!espeak_load(s, err)) return false;
  char code[8];
  lang_code(it->lang, code);
  if (strcmp(code, s->voice_loaded) != 0) {
    /* an installed voice known to fail; a missing one fails in espeak-ng below */
    const char *problem = speech_has_language(code) ? speech_voice_problem(code) : NULL;
    if (problem) return error_set(err, "speech: cannot read '%s' aloud: %s", it->lang, problem);
    espeak_ng_STATUS st = espeak_ng_SetVoiceByName(code);
    if (st != ENS_OK) {
      s->voice_loaded[0] = '\0';
      return error_set(err, "speech: espeak-ng has no voice for '%s'", it->lang);
    }
    memcpy(s->voice_loaded, code, sizeof code);
  }
  SpeechVoice v = voice_for(s, code);
  espeak_ng_SetParameter(espeakRATE, v.rate, 0);
  espeak_ng_SetParameter(espeakPITCH, v.pitch, 0);
  espeak_ng_STATUS st = espeak_ng_Synthesize(y->prep->text, strlen(y->prep->text) + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8, NULL, y);
  if (y->stopped) return true;
  if (st != ENS_OK) {
    char msg[256];
    espeak_ng_GetStatusCodeMessage(st, msg, sizeof msg);
    return error_set(err, "speech: espeak-ng could not read a text in '%s': %s", it->lang, msg);
  }
  if (y->frames == 0 && y->prep->nwords > 0)
    return error_set(err, "speech: espeak-ng made no sound for a text in '%s'", it->lang);
  return true;
}

static bool play_recording(Synth *y, const JobItem *it, Error *err) {
  SpeechRecordingInfo info;
  RecordingReader *r = recording_open(it->recording, &info, err);
  if (!r) return false;
  const Prepared *p = y->prep;
  if (p->nwords) { /* a recording is lit block by block */
    add_word(y, (SpeechSpan){p->words[0].start, p->words[p->nwords - 1].end}, y->ms);
    y->next_word = p->nwords;
  }
  size_t max = (size_t)info.rate * SPEECH_RECORDING_CHUNK_MS / 1000;
  int16_t *buf = xmalloc(sizeof(int16_t) * max * (size_t)info.channels);
  long n;
  while ((n = recording_read(r, buf, max, err)) > 0)
    if (!emit(y, buf, (size_t)n, info.rate, info.channels)) break;
  free(buf);
  recording_close(r);
  return n >= 0;
}

/* The block's last words last until its end; a block that failed lights nothing. */
static void finish_block(Synth *y, bool ok) {
  const Prepared *p = y->prep;
  if (!ok || y->frames == 0) {
    y->pending = false;
    return;
  }
  if (!y->pending && y->next_word < p->nwords) {
    y->pending = true;
    y->pend_a = y->next_word;
    y->pend_ms = y->item_ms;
  }
  if (y->pending) {
    y->pend_b = p->nwords - 1;
    flush_pending(y, y->ms);
  }
  y->next_word = p->nwords;
}

static void run_job(Speech *s, Job *job) {
  Synth y = {.s = s, .gen = job->gen};
  for (int i = 0; i < job->n && !y.stopped; i++) {
    const JobItem *it = &job->items[i];
    Prepared prep;
    prepare_text(it->text, it->lang, it->starts, it->nstarts, &prep);
    y.item = i;
    y.prep = &prep;
    y.next_word = 0;
    y.pending = false;
    y.frames = 0;
    y.item_ms = y.ms;
    Error err;
    bool ok = false;
    if (it->recording) {
      ok = play_recording(&y, it, &err);
      if (!ok && !y.stopped) {
        speech_log(s, NULL, "%s; reading the text with espeak-ng instead", err.msg);
        y.nwords = 0; /* the block's word, if not sent yet: the words are timed afresh */
        y.next_word = 0;
        y.frames = 0;
        y.item_ms = y.ms;
      }
    }
    if (!ok && !y.stopped) {
      ok = synth_item(&y, it, &err);
      if (!ok) speech_log(s, &job->gen, "%s", err.msg);
    }
    if (!y.stopped) {
      finish_block(&y, ok);
      int rate = s->espeak_rate ? s->espeak_rate : 22050;
      bool last = i + 1 == job->n;
      if (!last) emit(&y, NULL, (size_t)rate * SPEECH_PAUSE_MS / 1000, rate, 1); /* blocks apart */
      else if (y.nwords) emit(&y, NULL, 0, rate, 1); /* the last words' times */
    }
    prepare_free(&prep);
  }
  free(y.words);
}

static void *worker(void *arg) {
  Speech *s = arg;
  pthread_mutex_lock(&s->lock);
  for (;;) {
    while (!s->quit && !s->job && !(s->warm && !s->espeak_tried)) pthread_cond_wait(&s->work, &s->lock);
    if (s->quit) break;
    if (!s->job) { /* speech_warm */
      pthread_mutex_unlock(&s->lock);
      Error err;
      if (!espeak_load(s, &err)) speech_log(s, NULL, "%s", err.msg);
      pthread_mutex_lock(&s->lock);
      continue;
    }
    Job *job = s->job;
    s->job = NULL;
    pthread_mutex_unlock(&s->lock);
    run_job(s, job);
    pthread_mutex_lock(&s->lock);
    if (atomic_load(&s->gen) == job->gen) {
      s->finished = true;
      pthread_cond_broadcast(&s->out);
    }
    job_free(job);
  }
  pthread_mutex_unlock(&s->lock);
  return NULL;
}

/* ---- the caller's side ------------------------------------------------------------------ */

Speech *speech_new(Error *err) {
  bool expected = false;
  if (!atomic_compare_exchange_strong(&speech_exists, &expected, true)) {
    error_set(err, "speech: already started (espeak-ng serves one reader per process)");
    return NULL;
  }
  Speech *s = xcalloc(1, sizeof *s);
  pthread_mutex_init(&s->lock, NULL);
  pthread_cond_init(&s->work, NULL);
  pthread_cond_init(&s->out, NULL);
  atomic_init(&s->gen, 0);
  if (pthread_create(&s->thread, NULL, worker, s) != 0) {
    error_set(err, "speech: cannot start its thread");
    pthread_cond_destroy(&s->out);
    pthread_cond_destroy(&s->work);
    pthread_mutex_destroy(&s->lock);
    free(s);
    atomic_store(&speech_exists, false);
    return NULL;
  }
  return s;
}

void speech_free(Speech *s) {
  if (!s) return;
  pthread_mutex_lock(&s->lock);
  s->quit = true;
  atomic_fetch_add(&s->gen, 1);
  pthread_cond_broadcast(&s->work);
  pthread_mutex_unlock(&s->lock);
  pthread_join(s->thread, NULL);
  job_free(s->job);
  clear_queue_locked(s);
  free(s->queue);
  for (int i = 0; i < s->nlog; i++) free(s->log[i]);
  pthread_cond_destroy(&s->out);
  pthread_cond_destroy(&s->work);
  pthread_mutex_destroy(&s->lock);
  free(s);
  atomic_store(&speech_exists, false);
}

void speech_warm(Speech *s) {
  pthread_mutex_lock(&s->lock);
  s->warm = true;
  pthread_cond_broadcast(&s->work);
  pthread_mutex_unlock(&s->lock);
}

void speech_set_breaker(Speech *s, SpeechBreaker fn, void *ud) {
  s->breaker = fn;
  s->breaker_ud = ud;
}

static void copy_item(Speech *s, const SpeechItem *in, JobItem *out) {
  size_t n = in->text ? strlen(in->text) : 0;
  if (n > SPEECH_MAX_TEXT) { /* cut at a character boundary */
    n = SPEECH_MAX_TEXT;
    while (n > 0 && ((unsigned char)in->text[n] & 0xC0) == 0x80) n--;
  }
  out->text = xstrndup(in->text ? in->text : "", n);
  out->lang = xstrdup(in->lang ? in->lang : "en");
  out->recording = in->recording ? xstrdup(in->recording) : NULL;
  if (s->breaker && n) {
    uint32_t *starts = xmalloc(sizeof(uint32_t) * SPEECH_MAX_WORDS);
    int k = s->breaker(s->breaker_ud, out->text, starts, SPEECH_MAX_WORDS);
    out->nstarts = clamp(k, 0, SPEECH_MAX_WORDS);
    out->starts = starts;
  }
}

static void reset_locked(Speech *s) {
  atomic_fetch_add(&s->gen, 1);
  job_free(s->job);
  s->job = NULL;
  clear_queue_locked(s);
  s->active = s->finished = false;
  s->failures = 0;
  s->failure[0] = '\0';
  pthread_cond_broadcast(&s->out); /* a caller waiting in speech_poll sees it stopped */
}

void speech_say(Speech *s, const SpeechItem *items, int n) {
  n = clamp(n, 0, SPEECH_MAX_ITEMS);
  Job *job = xcalloc(1, sizeof *job);
  job->items = xcalloc((size_t)(n ? n : 1), sizeof(JobItem));
  job->n = n;
  for (int i = 0; i < n; i++) copy_item(s, &items[i], &job->items[i]);
  pthread_mutex_lock(&s->lock);
  reset_locked(s);
  job->gen = atomic_load(&s->gen);
  s->job = job;
  s->active = true;
  pthread_cond_broadcast(&s->work);
  pthread_mutex_unlock(&s->lock);
}

void speech_stop(Speech *s) {
  pthread_mutex_lock(&s->lock);
  reset_locked(s);
  pthread_mutex_unlock(&s->lock);
}

SpeechState speech_poll(Speech *s, SpeechChunk *out, int wait_ms) {
  memset(out, 0, sizeof *out);
  struct timespec until;
  clock_gettime(CLOCK_REALTIME, &until);
  if (wait_ms > 0) {
    until.tv_sec += wait_ms / 1000;
    until.tv_nsec += (long)(wait_ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
      until.tv_sec++;
      until.tv_nsec -= 1000000000L;
    }
  }
  pthread_mutex_lock(&s->lock);
  SpeechState st;
  for (;;) {
    if (s->qlen) {
      *out = s->queue[s->qhead];
      s->qhead = (s->qhead + 1) % s->qcap;
      s->qlen--;
      st = SPEECH_CHUNK;
      break;
    }
    if (!s->active) {
      st = SPEECH_IDLE;
      break;
    }
    if (s->finished) {
      s->active = false;
      st = SPEECH_DONE;
      break;
    }
    if (wait_ms == 0) {
      st = SPEECH_BUSY;
      break;
    }
    if (wait_ms < 0) pthread_cond_wait(&s->out, &s->lock);
    else if (pthread_cond_timedwait(&s->out, &s->lock, &until) != 0) wait_ms = 0;
  }
  pthread_mutex_unlock(&s->lock);
  return st;
}

bool speech_log_take(Speech *s, Error *line) {
  pthread_mutex_lock(&s->lock);
  bool any = s->nlog > 0;
  if (any) {
    snprintf(line->msg, sizeof line->msg, "%s", s->log[0]);
    free(s->log[0]);
    memmove(s->log, s->log + 1, sizeof(char *) * (size_t)(s->nlog - 1));
    s->nlog--;
  }
  pthread_mutex_unlock(&s->lock);
  return any;
}

bool speech_render(Speech *s, const SpeechItem *items, int n, SpeechAudio *out, Error *err) {
  memset(out, 0, sizeof *out);
  speech_say(s, items, n);
  size_t cap = 0;
  int capwords = 0;
  bool ok = true;
  SpeechChunk c;
  SpeechState st;
  while ((st = speech_poll(s, &c, -1)) == SPEECH_CHUNK) {
    if (c.frames && out->frames && (c.rate != out->rate || c.channels != out->channels))
      ok = error_set(err, "speech: blocks of %d Hz and %d Hz in one rendering", out->rate, c.rate);
    if (c.frames && ok) {
      out->rate = c.rate;
      out->channels = c.channels;
      size_t need = (out->frames + c.frames) * (size_t)c.channels;
      if (need > cap) {
        cap = need * 2;
        out->pcm = xrealloc(out->pcm, sizeof(int16_t) * cap);
      }
      memcpy(out->pcm + out->frames * (size_t)c.channels, c.pcm, sizeof(int16_t) * c.frames * (size_t)c.channels);
      out->frames += c.frames;
    }
    for (int i = 0; i < c.nwords; i++) {
      if (out->nwords == capwords) {
        capwords = capwords ? capwords * 2 : 32;
        out->words = xrealloc(out->words, sizeof(SpeechWord) * (size_t)capwords);
      }
      out->words[out->nwords++] = c.words[i];
    }
    speech_chunk_free(&c);
  }
  if (st != SPEECH_DONE) ok = ok && error_set(err, "speech: stopped before the end");
  pthread_mutex_lock(&s->lock);
  if (ok && s->failures) ok = error_set(err, "%s", s->failure);
  pthread_mutex_unlock(&s->lock);
  if (!ok) speech_audio_free(out);
  return ok;
}

void speech_audio_free(SpeechAudio *a) {
  free(a->pcm);
  free(a->words);
  memset(a, 0, sizeof *a);
}
