/* test_speech.c — speech: text preparation (numbers, Thai words, Nepali digits), real
   synthesis in English, Malay, Thai and Nepali (sound, length, the right voice, every
   word lit in order), stopping, recordings played instead of synthesis and bad ones
   falling back, the narration index and the pack checker's part. */
#include <math.h>
#include <stdint.h>
#include <sys/stat.h>

#include "core/buf.h"
#include "core/fs.h"
#include "core/mem.h"
#include "core/utf8.h"
#include "lesson/lesson.h"
#include "play/kiosk_words.h"
#include "play/readaloud.h"
#include "speech/internal.h"
#include "speech/speech.h"
#include "speech_samples.h"
#include "testutil.h"
#include "text/text.h"


#define RMS_FLOOR 300.0 /* of 32767: espeak-ng speech is ~3000; silence and hiss are < 100 */

static Speech *speech;
static Text *text;

static int breaker(void *ud, const char *s, uint32_t *starts, int max) {
  return text_word_starts(ud, s, starts, max);
}

static void setup(void) {
  Error err;
  speech = speech_new(&err);
  ck_assert_msg(speech != NULL, "%s", err.msg);
  text = text_new(NULL, NULL, &err);
  ck_assert_msg(text != NULL, "%s", err.msg);
  speech_set_breaker(speech, breaker, text);
}

static void teardown(void) {
  speech_free(speech);
  text_free(text);
}

static double rms_of(const int16_t *pcm, size_t n) {
  double sum = 0;
  for (size_t i = 0; i < n; i++) sum += (double)pcm[i] * pcm[i];
  return n ? sqrt(sum / (double)n) : 0;
}

/* Syllables, roughly: vowel groups in Latin; in Thai and Devanagari every consonant or
   independent vowel that is not silenced by a virama. */
static int syllables(const char *s) {
  int n = 0;
  bool in_vowel = false;
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    uint32_t cp = utf8_next(s, len, &i);
    bool vowel = cp < 0x80 && strchr("aeiouyAEIOUY", (int)cp);
    if (vowel && !in_vowel) n++;
    in_vowel = vowel;
    if ((cp >= 0x0E01 && cp <= 0x0E2E) || (cp >= 0x0905 && cp <= 0x0939) || (cp >= 0x0985 && cp <= 0x09B9))
      n++;
    if (cp == 0x094D || cp == 0x09CD) n--; /* virama: the consonant before joins the next */
  }
  return n;
}

/* No line in the speech log (espeak-ng errors, fallbacks). */
static void assert_no_log(void) {
  Error line;
  bool any = speech_log_take(speech, &line);
  ck_assert_msg(!any, "unexpected log line: %s", line.msg);
}

static bool log_has(const char *what) {
  Error line;
  bool found = false;
  while (speech_log_take(speech, &line))
    if (strstr(line.msg, what)) found = true;
  return found;
}

/* ---- preparation ------------------------------------------------------------------ */

static char *prepared(const char *text_in, const char *lang) {
  Prepared p;
  prepare_text(text_in, lang, NULL, 0, &p);
  char *out = xstrdup(p.text);
  prepare_free(&p);
  return out;
}

static void assert_prepared(const char *lang, const char *in, const char *want) {
  char *got = prepared(in, lang);
  ck_assert_msg(strstr(got, want) != NULL, "%s: '%s' became '%s', without '%s'", lang, in, got, want);
  free(got);
}

START_TEST(test_phone_numbers_and_codes_are_read_digit_by_digit) {
  assert_prepared("en", "Call +60 11-2094 6673 now", "+ 6 0, 1 1, 2 0 9 4, 6 6 7 3");
  assert_prepared("en", "The code is 482913.", "4 8 2 9 1 3");
  assert_prepared("ms", "Kad berakhir 4471", "4 4 7 1");
  assert_prepared("en", "Ref 381-204", "3 8 1, 2 0 4");
  assert_prepared("th", "โทร +66 81 293 8441", "+ 6 6, 8 1, 2 9 3, 8 4 4 1");
}
END_TEST

START_TEST(test_prices_are_read_as_amounts) {
  assert_prepared("en", "Pay RM1,500 today", "1500 ringgit");
  assert_prepared("ms", "Bayar RM1,500 hari ini", "1500 ringgit"); /* not "1.500" */
  assert_prepared("en", "only RM1.50", "1 ringgit 50 sen");
  assert_prepared("en", "RM50.00", "50 ringgit");
  assert_prepared("en", "USD 1,200", "1200 dollars");
  assert_prepared("th", "ชำระ 19 บาท", "สิบเก้า บาท");
  assert_prepared("th", "รางวัล 50,000 บาท", "ห้าหมื่น บาท");
  assert_prepared("th", "350.00 บาท", "สามร้อยห้าสิบ บาท");
  assert_prepared("ne", "रु ५,००० तिर्नुहोस्", "५००० रुपैयाँ");
  assert_prepared("ne", "१,००,००० रुपैयाँ", "१००००० रुपैयाँ");
  assert_prepared("en", "2,500 people", "2500 people"); /* a count too */
  assert_prepared("en", "only 350 left", "350 left");   /* three digits stay a number */
}
END_TEST

START_TEST(test_thai_numbers_in_words) {
  static const struct {
    uint64_t n;
    const char *words;
  } cases[] = {{0, "ศูนย์"}, {1, "หนึ่ง"}, {10, "สิบ"}, {11, "สิบเอ็ด"}, {19, "สิบเก้า"},
               {21, "ยี่สิบเอ็ด"}, {101, "หนึ่งร้อยเอ็ด"}, {350, "สามร้อยห้าสิบ"},
               {1500, "หนึ่งพันห้าร้อย"}, {50000, "ห้าหมื่น"}, {120000, "หนึ่งแสนสองหมื่น"},
               {1000000, "หนึ่งล้าน"}, {2500000, "สองล้านห้าแสน"}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    Buf b = {0};
    numbers_thai_words(cases[i].n, &b);
    ck_assert_msg(strcmp(b.data, cases[i].words) == 0, "%llu: %s, not %s",
                  (unsigned long long)cases[i].n, b.data, cases[i].words);
    buf_free(&b);
  }
}
END_TEST

START_TEST(test_times_thai_percent_and_nepali_digits) {
  assert_prepared("th", "เวลา 09:15", "เก้า นาฬิกา สิบห้า นาที");
  assert_prepared("th", "ลด 15%", "สิบห้า เปอร์เซ็นต์");
  assert_prepared("en", "at 09:15", "09:15"); /* espeak-ng says it well */
  assert_prepared("ne", "कोड 482913 हो", "४ ८ २ ९ १ ३"); /* the ne voice reads 0-9 in English */
  assert_prepared("ne", "१५ दिन", "१५ दिन");
  char *p = prepared("See you at 4 \xF0\x9F\x98\x8A ok", "en");
  ck_assert_msg(!strstr(p, "\xF0\x9F\x98\x8A"), "an emoji is not read: %s", p);
  free(p);
}
END_TEST

START_TEST(test_thai_word_starts_become_spaces_and_map_back) {
  const char *th = "มิจฉาชีพส่งข้อความ";
  uint32_t starts[16];
  int n = text_word_starts(text, th, starts, 16);
  ck_assert_int_ge(n, 2); /* มิจฉาชีพ | ส่ง | ข้อความ */
  Prepared p;
  prepare_text(th, "th", starts, n, &p);
  ck_assert_int_eq(p.nwords, n + 1);
  int spaces = 0;
  for (const char *c = p.text; *c; c++) spaces += *c == ' ';
  ck_assert_int_eq(spaces, n);
  for (int i = 0; i < p.ncps; i++) ck_assert_uint_lt(p.src[i], strlen(th)); /* every character maps */
  for (int i = 0; i < n; i++) ck_assert_uint_eq(p.words[i + 1].start, starts[i]);
  prepare_free(&p);
}
END_TEST

/* ---- synthesis -------------------------------------------------------------------- */

static void render_ok(const SpeechItem *items, int n, SpeechAudio *a) {
  Error err;
  ck_assert_msg(speech_render(speech, items, n, a, &err), "%s", err.msg);
}

START_TEST(test_every_language_speaks_with_plausible_length) {
  int i = _i;
  SpeechItem item = {samples[i].text, samples[i].lang, NULL};
  SpeechAudio a;
  render_ok(&item, 1, &a);
  assert_no_log();
  ck_assert_int_eq(a.channels, 1);
  double seconds = (double)a.frames / a.rate;
  double rms = rms_of(a.pcm, a.frames);
  ck_assert_msg(rms > RMS_FLOOR, "%s: RMS %.0f is silence", samples[i].lang, rms);
  double estimate = syllables(samples[i].text) / 4.0; /* a slow, clear voice: ~4 syllables/s */
  ck_assert_msg(seconds > 0.3 * estimate && seconds < 3 * estimate, "%s: %.1f s for ~%.1f s of text",
                samples[i].lang, seconds, estimate);
  speech_audio_free(&a);
}
END_TEST

/* The words of everything in items, spoken: at about 4 syllables a second (numbers
   count as their digits' syllables would, roughly, through the estimate's 0.3x-3x). */
static void assert_spoken_plausibly(const SpeechItem *items, int n, const char *what) {
  SpeechAudio a;
  render_ok(items, n, &a);
  assert_no_log();
  int syl = 0;
  for (int i = 0; i < n; i++) syl += syllables(items[i].text);
  double seconds = (double)a.frames / a.rate, estimate = syl / 4.0;
  double rms = rms_of(a.pcm, a.frames);
  ck_assert_msg(rms > RMS_FLOOR, "%s: RMS %.0f is silence", what, rms);
  ck_assert_msg(seconds > 0.3 * estimate && seconds < 3 * estimate, "%s: %.1f s for ~%.1f s of text", what,
                seconds, estimate);
  speech_audio_free(&a);
}

/* The first screen of each kind in the core lessons (on their first answers' paths),
   read as the kiosk reads it, and the feedback after its first answer: sound, of a
   plausible length, without an espeak-ng error, in every language. */
START_TEST(test_a_screen_of_every_kind_speaks_plausibly) {
  const char *lang = samples[_i].lang;
  Error err;
  PackInfo *pack = pack_info_load("lessons/core", &err);
  ck_assert_msg(pack != NULL, "%s", err.msg);
  KioskWords words;
  ck_assert_msg(kiosk_words_load(&words, "assets", lang, "MY", &err), "%s", err.msg);
  bool seen[SCREEN_KIND_COUNT] = {false};
  int kinds = 0;
  for (int l = 0; l < pack->nlessons && kinds < SCREEN_KIND_COUNT; l++) {
    LessonSource *src = lesson_source_from_pack(pack, &pack->lessons[l]);
    LessonOptions opt = {.lang = lang, .seed = 1};
    LessonRun *run = lesson_start(src, &opt, &err);
    ck_assert_msg(run != NULL, "%s", err.msg);
    Screen *s = NULL;
    Answer a, *prev = NULL;
    while (lesson_next(run, prev, &s, &err) == LESSON_SCREEN) {
      Answer alts[SCREEN_MAX_OPTIONS + 4];
      int nalts = screen_alternatives(s, alts, SCREEN_MAX_OPTIONS + 4);
      a = nalts > 0 ? alts[0] : (Answer){0};
      prev = &a;
      if (!seen[s->kind]) {
        seen[s->kind] = true;
        kinds++;
        char what[96], fmt[128];
        snprintf(what, sizeof what, "%s %s %s", lang, pack->lessons[l].id, screen_kind_name(s->kind));
        SpeechItem items[READALOUD_MAX];
        ReadAloudShown shown = {.help = NULL, .meter = s->kind == SCREEN_PASSWORD ? 1 : -1};
        assert_spoken_plausibly(items, readaloud_screen(s, &shown, &words.ui, lang, items, READALOUD_MAX), what);
        int n = screen_is_question(s) ? readaloud_feedback(s, &a, &words.ui, lang, fmt, sizeof fmt, items, READALOUD_MAX) : 0;
        strncat(what, " feedback", sizeof what - strlen(what) - 1);
        if (n > 0) assert_spoken_plausibly(items, n, what);
      }
      screen_free(s);
    }
    lesson_stop(run);
    lesson_source_free(src);
  }
  ck_assert_msg(kinds == SCREEN_KIND_COUNT, "%s: only %d kinds of screen in the core lessons", lang, kinds);
  kiosk_words_free(&words);
  pack_info_free(pack);
}
END_TEST

/* What espeak-ng's own program says for the same text, voice and rate (16-bit mono
   after a 44-byte header). Caller frees. */
static int16_t *espeak_cli(const char *voice, int rate, const char *text_in, size_t *frames) {
  char *dir = test_tmpdir();
  char *txt = path_join(dir, "t.txt");
  FILE *f = fopen(txt, "w");
  fputs(text_in, f);
  fclose(f);
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "espeak-ng -v %s -s %d -f %s --stdout", voice, rate, txt);
  FILE *p = popen(cmd, "r");
  ck_assert_ptr_nonnull(p);
  Buf b = {0};
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) buf_add(&b, buf, n);
  ck_assert_int_eq(pclose(p), 0);
  free(txt);
  test_rmtree(dir);
  free(dir);
  ck_assert_uint_gt(b.len, 44);
  *frames = (b.len - 44) / 2;
  int16_t *pcm = xmalloc(*frames * 2);
  memcpy(pcm, b.data + 44, *frames * 2);
  buf_free(&b);
  return pcm;
}

/* How alike two sounds are: the correlation of their loudness over 20 ms windows (the
   samples themselves differ, espeak-ng's noise generator runs on between calls). */
static double envelope_correlation(const int16_t *a, size_t na, const int16_t *b, size_t nb, int rate) {
  size_t w = (size_t)rate / 50, n = (na < nb ? na : nb) / w;
  double *ea = xmalloc(sizeof(double) * n), *eb = xmalloc(sizeof(double) * n), ma = 0, mb = 0;
  for (size_t i = 0; i < n; i++) {
    ea[i] = rms_of(a + i * w, w);
    eb[i] = rms_of(b + i * w, w);
    ma += ea[i] / (double)n;
    mb += eb[i] / (double)n;
  }
  double sab = 0, saa = 0, sbb = 0;
  for (size_t i = 0; i < n; i++) {
    sab += (ea[i] - ma) * (eb[i] - mb);
    saa += (ea[i] - ma) * (ea[i] - ma);
    sbb += (eb[i] - mb) * (eb[i] - mb);
  }
  free(ea);
  free(eb);
  return saa > 0 && sbb > 0 ? sab / sqrt(saa * sbb) : 0;
}

START_TEST(test_thai_and_nepali_get_their_own_voice) {
  for (int i = 2; i < 4; i++) { /* th, ne */
    SpeechItem item = {samples[i].text, samples[i].lang, NULL};
    SpeechAudio a;
    render_ok(&item, 1, &a);
    uint32_t starts[256];
    Prepared p;
    prepare_text(samples[i].text, samples[i].lang, starts,
                 text_word_starts(text, samples[i].text, starts, 256), &p);
    int rate = speech_default_voice(samples[i].lang).rate;
    const char *near_voice = i == 2 ? "en" : "hi";
    size_t own_n, near_n;
    int16_t *own = espeak_cli(samples[i].lang, rate, p.text, &own_n);
    int16_t *near = espeak_cli(near_voice, rate, p.text, &near_n);
    prepare_free(&p);
    /* espeak-ng's program ends on a pause of its own: the same speech, a little longer */
    ck_assert_msg(a.frames <= own_n && a.frames > own_n - (size_t)a.rate, "%s: %zu frames, espeak-ng -v %s %zu",
                  samples[i].lang, a.frames, samples[i].lang, own_n);
    double same = envelope_correlation(a.pcm, a.frames, own, own_n, a.rate);
    double other = envelope_correlation(a.pcm, a.frames, near, near_n, a.rate);
    ck_assert_msg(same > 0.95, "%s: sounds like espeak-ng -v %s only at %.2f", samples[i].lang, samples[i].lang, same);
    ck_assert_msg(other < 0.8, "%s: sounds like espeak-ng -v %s (%.2f)", samples[i].lang, near_voice, other);
    free(own);
    free(near);
    speech_audio_free(&a);
  }
}
END_TEST

START_TEST(test_word_events_cover_every_word_in_order) {
  int i = _i;
  SpeechItem items[2] = {{samples[i].text, samples[i].lang, NULL}, {samples[i].text, samples[i].lang, NULL}};
  SpeechAudio a;
  render_ok(items, 2, &a);
  uint32_t starts[256];
  int nstarts = text_word_starts(text, samples[i].text, starts, 256);
  Prepared p;
  prepare_text(samples[i].text, samples[i].lang, starts, nstarts, &p);
  ck_assert_int_gt(p.nwords, 5);
  ck_assert_int_eq(a.nwords, 2 * p.nwords); /* every word of both blocks, once */
  double total_ms = 1000.0 * (double)a.frames / a.rate;
  for (int k = 0; k < a.nwords; k++) {
    const SpeechWord *w = &a.words[k];
    ck_assert_int_eq(w->item, k / p.nwords);
    ck_assert_uint_eq(w->start, p.words[k % p.nwords].start);
    ck_assert_uint_eq(w->end, p.words[k % p.nwords].end);
    if (k) ck_assert_uint_ge(w->ms, a.words[k - 1].ms);
    ck_assert_msg(w->ms < total_ms, "word %d at %u ms, after the end (%.0f ms)", k, w->ms, total_ms);
  }
  /* the second block starts after the first one's sound and the pause */
  ck_assert_uint_gt(a.words[p.nwords].ms, a.words[p.nwords - 1].ms + SPEECH_PAUSE_MS / 2);
  prepare_free(&p);
  speech_audio_free(&a);
}
END_TEST

START_TEST(test_stop_ends_the_utterance_at_once) {
  Buf long_text = {0};
  for (int k = 0; k < 40; k++) buf_adds(&long_text, samples[0].text);
  SpeechItem item = {long_text.data, "en", NULL};
  speech_say(speech, &item, 1);
  SpeechChunk c;
  ck_assert_int_eq(speech_poll(speech, &c, -1), SPEECH_CHUNK); /* streaming: the first chunk */
  ck_assert_uint_gt(c.frames, 0);
  speech_chunk_free(&c);
  speech_stop(speech);
  ck_assert_int_eq(speech_poll(speech, &c, 0), SPEECH_IDLE); /* nothing more of it */
  ck_assert_int_eq(speech_poll(speech, &c, 50), SPEECH_IDLE);
  /* the next request is served (the worker left the long one) */
  SpeechItem next = {"Hello.", "en", NULL};
  SpeechAudio a;
  render_ok(&next, 1, &a);
  ck_assert_uint_gt(a.frames, 0);
  ck_assert_uint_lt(a.frames, (size_t)a.rate * 5);
  speech_audio_free(&a);
  buf_free(&long_text);
  assert_no_log();
}
END_TEST

START_TEST(test_a_new_request_replaces_the_one_playing) {
  SpeechItem first = {samples[0].text, "en", NULL}, second = {"Second.", "en", NULL};
  speech_say(speech, &first, 1);
  SpeechChunk c;
  ck_assert_int_eq(speech_poll(speech, &c, -1), SPEECH_CHUNK);
  speech_chunk_free(&c);
  SpeechAudio a;
  render_ok(&second, 1, &a); /* says "Second." only: nothing of the first is left */
  ck_assert_int_eq(a.nwords, 1);
  ck_assert_uint_lt(a.frames, (size_t)a.rate * 3);
  speech_audio_free(&a);
}
END_TEST

START_TEST(test_unknown_language_is_logged_and_fails) {
  SpeechItem item = {"hello", "zz", NULL};
  SpeechAudio a;
  Error err;
  ck_assert(!speech_render(speech, &item, 1, &a, &err));
  ck_assert_msg(strstr(err.msg, "no voice for 'zz'"), "%s", err.msg);
  ck_assert(log_has("no voice for 'zz'"));
}
END_TEST

/* Texts of the core pack's Burmese on which espeak-ng 1.51 aborts the process ("buffer
   overflow detected") when given as written: each clause is long, and the voice does not
   end clauses at ၊ and ။. Prepared, they read, and no clause passes the cap. */
static const char *const burmese_aborting[] = {
    "အခိုင်မာဆုံး စကားဝှက်ကို ရွေးခြင်း၊ လေ့ကျင့်ဖို့ စကားစု စကားဝှက် ရိုက်ခြင်း (ဘယ်တော့မှ မသိမ်းဘူး)၊ \"စိန် အခမဲ့\" ရောင်းသူကို ငြင်းခြင်း၊ နှစ်ဆင့် ဆက်တင်ကို ရှာခြင်း။",
    "ခိုင်မာတယ်! အချင်းချင်း မဆိုင်တဲ့ စကားလုံး ၅ လုံးက ရှည်ပြီး ခန့်မှန်းရ ခက်တယ်။ တကယ့်အကောင့်တိုင်းအတွက် ဒီလို အသစ်တစ်ခုစီ လုပ်ပြီး ကိုယ့်ဆီမှာပဲ ထားပါ။",
    "အခု လေ့ကျင့်ဖို့ စကားစု စကားဝှက် လုပ်ပါ: ကျပန်း စကားလုံး ၅ လုံးကို အင်္ဂလိပ်စာလုံးနဲ့ ကြားမှာ space ခြားပြီး ရိုက်ပါ။ တကယ်သုံးနေတဲ့ စကားဝှက် မဟုတ်ရဘူး! ရိုက်တာ ဘာမှ မသိမ်းဘူး။",
    "သူငယ်ချင်း အောင်အောင်က \"ဘဏ်\" ကလို့ ပြောတဲ့သူကို ကုဒ် ပေးလိုက်မိတယ်။ ပထမဆုံး ဘာလုပ်သင့်လဲ?",
    "ပိုက်ဆံအကြောင်း မရောက်ခင် ဒီလိမ်လည်မှုက ဘာလို့ အပတ်ပေါင်းများစွာ ကြာတာလဲ?",
    "ဟုတ်တယ်။ ဖွင့်မယ် ကို နှိပ်၊ ဂဏန်း ၆ လုံး PIN ရွေးပြီး PIN မေ့သွားရင် သုံးဖို့ အီးမေးလ်ကို ထည့်ပါ။",
    "MyBank လိမ်လည်မှု စစ်ဆေးရေးအဖွဲ့ကပါ။ နောက်ဆုံးဂဏန်း 4471 ပါတဲ့ သင့်ကတ်ကနေ တစ်ယောက်က ၂,၃၀၀ ရင်းဂစ် ထုတ်နေပါတယ်!"};

START_TEST(test_burmese_that_crashed_espeak_ng_reads_in_short_clauses) {
  ck_assert_ptr_null(speech_voice_problem("my"));
  ck_assert_ptr_null(speech_voice_problem("bn"));
  ck_assert_ptr_null(speech_voice_problem("id-ID"));
  ck_assert_ptr_nonnull(strstr(speech_voice_problem("zz"), "no voice"));
  ck_assert(!speech_has_language("../en"));
  for (size_t i = 0; i < sizeof burmese_aborting / sizeof *burmese_aborting; i++) {
    const char *t = burmese_aborting[i];
    uint32_t starts[256];
    Prepared p;
    prepare_text(t, "my", starts, text_word_starts(text, t, starts, 256), &p);
    size_t clause = 0;
    for (const char *c = p.text; *c; c++) {
      clause = strchr(".,!?;:\n", *c) ? 0 : clause + 1;
      ck_assert_msg(clause <= 100 + 60, "a clause of %zu bytes in: %s", clause, p.text);
    }
    ck_assert_msg(!strstr(p.text, "\xe1\x81\x8a") && !strstr(p.text, "\xe1\x81\x8b"), "%s", p.text); /* ၊ ။ */
    ck_assert_int_gt(p.nwords, 3);
    prepare_free(&p);
    SpeechItem item = {t, "my", NULL};
    SpeechAudio a;
    render_ok(&item, 1, &a); /* in this process: an abort would end the test run */
    double seconds = (double)a.frames / a.rate;
    ck_assert_msg(seconds > 2 && seconds < 60, "text %zu: %.1f s", i, seconds);
    ck_assert_int_gt(a.nwords, 3);
    speech_audio_free(&a);
  }
}
END_TEST

/* ---- recordings ------------------------------------------------------------------- */

static void put32(FILE *f, uint32_t v) {
  for (int i = 0; i < 4; i++) fputc((int)(v >> (8 * i)) & 0xFF, f);
}
static void put16(FILE *f, unsigned v) {
  fputc((int)(v & 0xFF), f);
  fputc((int)(v >> 8) & 0xFF, f);
}

/* A WAV of a 440 Hz tone; declared_bytes 0 means the true size. */
static void write_wav(const char *path, int rate, int channels, int bits, double seconds, uint32_t declared) {
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  uint32_t frames = (uint32_t)(rate * seconds), bytes = frames * (uint32_t)channels * (uint32_t)bits / 8;
  fwrite("RIFF", 1, 4, f);
  put32(f, 36 + bytes);
  fwrite("WAVEfmt ", 1, 8, f);
  put32(f, 16);
  put16(f, 1);
  put16(f, (unsigned)channels);
  put32(f, (uint32_t)rate);
  put32(f, (uint32_t)(rate * channels * bits / 8));
  put16(f, (unsigned)(channels * bits / 8));
  put16(f, (unsigned)bits);
  fwrite("data", 1, 4, f);
  put32(f, declared ? declared : bytes);
  for (uint32_t i = 0; i < frames; i++)
    for (int c = 0; c < channels; c++) {
      int v = (int)(8000 * sin(2 * M_PI * 440 * i / rate));
      if (bits == 16) put16(f, (unsigned)(v & 0xFFFF));
      else fputc(128 + v / 256, f);
    }
  fclose(f);
}

static char *tmp;

static void rec_setup(void) {
  setup();
  tmp = test_tmpdir();
}

static void rec_teardown(void) {
  test_rmtree(tmp);
  free(tmp);
  teardown();
}

static char *tmp_path(const char *name) { return path_join(tmp, name); }

/* An Ogg Vorbis file made with sox, as a trainer would. */
static char *make_ogg(const char *name, double seconds) {
  char *path = tmp_path(name), cmd[1024];
  snprintf(cmd, sizeof cmd, "sox -n -r 22050 -c 1 %s synth %.1f sine 300 vol 0.5 2>&1", path, seconds);
  ck_assert_msg(system(cmd) == 0, "sox could not make %s", path);
  return path;
}

START_TEST(test_a_recording_is_played_instead_of_synthesis) {
  char *wav = tmp_path("intro.wav");
  write_wav(wav, 44100, 1, 16, 1.0, 0);
  const char *shown = "Scammers send texts.";
  SpeechItem item = {shown, "en", wav};
  SpeechAudio a;
  render_ok(&item, 1, &a);
  assert_no_log();
  ck_assert_int_eq(a.rate, 44100); /* the file's own sound, not espeak-ng's 22050 Hz */
  ck_assert_uint_eq(a.frames, 44100);
  ck_assert_int_eq(a.nwords, 1); /* lit as one block */
  ck_assert_uint_eq(a.words[0].start, 0);
  ck_assert_uint_eq(a.words[0].end, strlen(shown) - 1); /* without the full stop */
  speech_audio_free(&a);
  char *ogg = make_ogg("intro.ogg", 1.5);
  item.recording = ogg;
  render_ok(&item, 1, &a);
  assert_no_log();
  ck_assert_int_eq(a.rate, 22050);
  ck_assert_uint_eq(a.frames, 33075);
  ck_assert(rms_of(a.pcm, a.frames) > RMS_FLOOR);
  speech_audio_free(&a);
  free(ogg);
  free(wav);
}
END_TEST

static void assert_falls_back(const char *path, const char *reason) {
  SpeechItem item = {"Scammers send texts.", "en", path};
  SpeechAudio a;
  render_ok(&item, 1, &a);
  ck_assert_int_eq(a.rate, 22050); /* espeak-ng read it */
  ck_assert_int_gt(a.nwords, 1);   /* word by word */
  ck_assert(rms_of(a.pcm, a.frames) > RMS_FLOOR);
  speech_audio_free(&a);
  Error line;
  ck_assert_msg(speech_log_take(speech, &line), "%s: no log line", path);
  ck_assert_msg(strstr(line.msg, path) && strstr(line.msg, reason) && strstr(line.msg, "espeak-ng instead"),
                "log line: %s (wanted %s)", line.msg, reason);
  Error check;
  ck_assert(!speech_recording_check(path, NULL, &check));
  ck_assert_msg(strstr(check.msg, reason), "check: %s (wanted %s)", check.msg, reason);
}

START_TEST(test_bad_recordings_fall_back_to_synthesis) {
  char *missing = tmp_path("missing.ogg");
  assert_falls_back(missing, "no such recording");
  char *cut_wav = tmp_path("cut.wav");
  write_wav(cut_wav, 22050, 1, 16, 1.0, 22050 * 2 * 3); /* the header promises 3 s */
  assert_falls_back(cut_wav, "cut short");
  char *ogg = make_ogg("full.ogg", 3.0), *cut_ogg = tmp_path("cut.ogg");
  size_t len;
  char *bytes = fs_read_file(ogg, 1 << 20, &len, NULL);
  ck_assert_ptr_nonnull(bytes);
  FILE *f = fopen(cut_ogg, "wb");
  fwrite(bytes, 1, len * 2 / 3, f); /* a copy that stopped */
  fclose(f);
  free(bytes);
  assert_falls_back(cut_ogg, "cut short");
  char *big = tmp_path("big.wav");
  write_wav(big, 22050, 1, 16, 1.0, 0);
  ck_assert_int_eq(truncate(big, (off_t)SPEECH_MAX_RECORDING_BYTES + 1), 0);
  assert_falls_back(big, "too big");
  char *slow = tmp_path("long.wav");
  write_wav(slow, 16000, 1, 16, SPEECH_MAX_RECORDING_S + 5, 0);
  assert_falls_back(slow, "s long");
  char *low = tmp_path("low.wav");
  write_wav(low, 8000, 1, 16, 1.0, 0);
  assert_falls_back(low, "8000 Hz");
  char *bits8 = tmp_path("bits8.wav");
  write_wav(bits8, 22050, 1, 8, 1.0, 0);
  assert_falls_back(bits8, "16-bit PCM");
  char *notes = tmp_path("notes.ogg");
  test_write(tmp, "notes.ogg", "this is not a recording\n");
  assert_falls_back(notes, "not an Ogg Vorbis or WAV");
  free(missing), free(cut_wav), free(ogg), free(cut_ogg), free(big), free(slow), free(low),
      free(bits8), free(notes);
}
END_TEST

START_TEST(test_narration_found_by_the_text_on_screen) {
  test_write(tmp, "strings/en.lua",
             "return { l01 = { intro = 'Do not tap {link|the link}, {{really}}.', "
             "title = 'Is this real?', other = 'Not recorded.', call = 'Call {help.scam}.' } }\n");
  char *audio = tmp_path("audio/en");
  Error err;
  ck_assert(fs_mkdirs(audio, &err));
  char *intro = path_join(audio, "l01.intro.ogg"), *title = path_join(audio, "l01.title.wav");
  char *stray = path_join(audio, "l01.nothing.wav"), *call = path_join(audio, "l01.call.wav");
  write_wav(intro, 22050, 1, 16, 0.5, 0);
  write_wav(title, 22050, 1, 16, 0.5, 0);
  write_wav(stray, 22050, 1, 16, 0.5, 0);
  write_wav(call, 22050, 1, 16, 0.5, 0);
  SpeechNarration *n = speech_narration_open(tmp, "en", &err);
  ck_assert_msg(n != NULL, "%s", err.msg);
  ck_assert_str_eq(speech_narration_find(n, "Do not tap the link, {really}."), intro);
  ck_assert_str_eq(speech_narration_find(n, "  Is this   real?\n"), title);
  ck_assert_ptr_null(speech_narration_find(n, "Not recorded."));
  ck_assert_ptr_null(speech_narration_find(n, "Do not tap the link"));
  ck_assert_ptr_null(speech_narration_find(n, "Call 997.")); /* its number is the kiosk's own */
  speech_narration_free(n);
  ck_assert_ptr_null(speech_narration_open(tmp, "th", &err)); /* no recordings in Thai */
  ck_assert_str_eq(err.msg, "");
  free(intro), free(title), free(stray), free(call), free(audio);
}
END_TEST

/* A one-lesson pack "talk" in tmp, in LANGUAGES ("'en', 'th'"). */
static void write_talk_pack(const char *languages) {
  char lua[300];
  snprintf(lua, sizeof lua,
           "return { id = 'talk', version = '1.0.0', languages = { %s }, lessons = {"
           " { id = 'l01', file = 'lessons/l01.lua', topic = 'fraud', minutes = 2 } } }\n",
           languages);
  test_write(tmp, "pack.lua", lua);
}

START_TEST(test_pack_check_reports_recordings_and_reads_every_text) {
  write_talk_pack("'en', 'th'");
  test_write(tmp, "lessons/l01.lua", "page { title = 'title', text = 'intro' }\n");
  test_write(tmp, "strings/en.lua", "return { l01 = { title = 'Is this real?', intro = 'Call {help.scam}.' } }\n");
  test_write(tmp, "strings/th.lua", "return { l01 = { title = 'ข้อความนี้จริงไหม', intro = 'โทรหาธนาคาร' } }\n");
  Error err;
  char *en = tmp_path("audio/en"), *th = tmp_path("audio/th"), *xx = tmp_path("audio/xx");
  ck_assert(fs_mkdirs(en, &err) && fs_mkdirs(th, &err) && fs_mkdirs(xx, &err));
  char *good = path_join(en, "l01.title.wav"), *unknown = path_join(en, "l01.nope.wav");
  char *cut = path_join(th, "l01.intro.wav"), *vars = path_join(en, "l01.intro.wav");
  write_wav(good, 22050, 1, 16, 1.0, 0);
  write_wav(vars, 22050, 1, 16, 1.0, 0);
  write_wav(unknown, 22050, 1, 16, 1.0, 0);
  write_wav(cut, 22050, 1, 16, 1.0, 100000);
  test_write(tmp, "audio/en/readme.txt", "recorded by the trainer\n");
  SpeechCheck c;
  ck_assert_msg(speech_check_pack(speech, tmp, &c, &err), "%s", err.msg);
  const char *want[] = {"audio/en/l01.intro.wav: the text has {variables}",
                        "audio/en/l01.nope.wav: strings/en.lua has no text 'l01.nope'",
                        "audio/en/readme.txt: a recording must be .ogg or .wav",
                        "audio/th/l01.intro.wav: the file is cut short", "audio/xx: the pack has no language 'xx'"};
  ck_assert_int_eq(c.nproblems, 5);
  for (int i = 0; i < 5; i++)
    ck_assert_msg(strncmp(c.problems[i], want[i], strlen(want[i])) == 0, "%s", c.problems[i]);
  ck_assert_int_eq(c.nnotes, 2);
  ck_assert_str_eq(c.notes[0], "en: 1 of 2 texts recorded");
  ck_assert_str_eq(c.notes[1], "th: 0 of 2 texts recorded");
  speech_check_free(&c);
  free(good), free(unknown), free(cut), free(vars), free(en), free(th), free(xx);
}
END_TEST

START_TEST(test_pack_check_fails_a_text_that_cannot_be_read) {
  write_talk_pack("'zz'");
  test_write(tmp, "strings/zz.lua", "return { l01 = { title = 'Zzz zzz' } }\n");
  SpeechCheck c;
  Error err;
  ck_assert(speech_check_pack(speech, tmp, &c, &err));
  ck_assert_int_eq(c.nproblems, 1);
  ck_assert_msg(strstr(c.problems[0], "strings/zz.lua: l01.title:") && strstr(c.problems[0], "no voice"), "%s",
                c.problems[0]);
  speech_check_free(&c);
  while (speech_log_take(speech, &err)) continue;
}
END_TEST

/* A country file's texts are read too, by the same path, in its language's voice: a
   country file of a language with no voice fails on its own text, named by its file. */
START_TEST(test_pack_check_reads_the_country_files_too) {
  write_talk_pack("'en', 'zz'");
  test_write(tmp, "strings/en.lua", "return { l01 = { title = 'Pay RM5 now' } }\n");
  test_write(tmp, "strings/en-TH.lua", "return { l01 = { title = 'Pay 19 baht now' } }\n");
  test_write(tmp, "strings/zz.lua", "return { l01 = { title = 'Zzz zzz' } }\n");
  test_write(tmp, "strings/zz-TH.lua", "return { l01 = { title = 'Zzz baht' } }\n");
  SpeechCheck c;
  Error err;
  ck_assert(speech_check_pack(speech, tmp, &c, &err));
  ck_assert_int_eq(c.nproblems, 2); /* zz.lua's text, then zz-TH.lua's; en and en-TH read */
  ck_assert_msg(strstr(c.problems[0], "strings/zz.lua: l01.title:"), "%s", c.problems[0]);
  ck_assert_msg(strstr(c.problems[1], "strings/zz-TH.lua: l01.title:") && strstr(c.problems[1], "no voice"), "%s",
                c.problems[1]);
  speech_check_free(&c);
  /* a broken country file is a problem, not a silent skip */
  test_write(tmp, "strings/en-TH.lua", "return { l01 = { title = ");
  ck_assert(speech_check_pack(speech, tmp, &c, &err));
  ck_assert_int_eq(c.nproblems, 3);
  ck_assert_msg(strstr(c.problems[1], "en-TH"), "%s", c.problems[1]); /* in name order */
  speech_check_free(&c);
  while (speech_log_take(speech, &err)) continue;
}
END_TEST

START_TEST(test_only_one_reader_per_process) {
  Error err;
  ck_assert_ptr_null(speech_new(&err));
  ck_assert_msg(strstr(err.msg, "already started"), "%s", err.msg);
}
END_TEST

static Suite *speech_suite(void) {
  Suite *s = suite_create("speech");
  TCase *prep = tcase_create("prepare");
  tcase_add_checked_fixture(prep, setup, teardown);
  tcase_add_test(prep, test_phone_numbers_and_codes_are_read_digit_by_digit);
  tcase_add_test(prep, test_prices_are_read_as_amounts);
  tcase_add_test(prep, test_thai_numbers_in_words);
  tcase_add_test(prep, test_times_thai_percent_and_nepali_digits);
  tcase_add_test(prep, test_thai_word_starts_become_spaces_and_map_back);
  suite_add_tcase(s, prep);
  TCase *synth = tcase_create("synthesis");
  tcase_add_checked_fixture(synth, setup, teardown);
  tcase_set_timeout(synth, 60);
  tcase_add_loop_test(synth, test_every_language_speaks_with_plausible_length, 0, NSAMPLES);
  tcase_add_loop_test(synth, test_a_screen_of_every_kind_speaks_plausibly, 0, NSAMPLES);
  tcase_add_test(synth, test_thai_and_nepali_get_their_own_voice);
  tcase_add_loop_test(synth, test_word_events_cover_every_word_in_order, 0, NSAMPLES);
  tcase_add_test(synth, test_stop_ends_the_utterance_at_once);
  tcase_add_test(synth, test_a_new_request_replaces_the_one_playing);
  tcase_add_test(synth, test_unknown_language_is_logged_and_fails);
  tcase_add_test(synth, test_burmese_that_crashed_espeak_ng_reads_in_short_clauses);
  tcase_add_test(synth, test_only_one_reader_per_process);
  suite_add_tcase(s, synth);
  TCase *rec = tcase_create("recordings");
  tcase_add_checked_fixture(rec, rec_setup, rec_teardown);
  tcase_set_timeout(rec, 60);
  tcase_add_test(rec, test_a_recording_is_played_instead_of_synthesis);
  tcase_add_test(rec, test_bad_recordings_fall_back_to_synthesis);
  tcase_add_test(rec, test_narration_found_by_the_text_on_screen);
  tcase_add_test(rec, test_pack_check_reports_recordings_and_reads_every_text);
  tcase_add_test(rec, test_pack_check_fails_a_text_that_cannot_be_read);
  tcase_add_test(rec, test_pack_check_reads_the_country_files_too);
  suite_add_tcase(s, rec);
  return s;
}

TEST_MAIN(speech_suite)
