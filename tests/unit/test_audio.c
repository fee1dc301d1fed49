/* test_audio.c — the audio output: a WAV file on the kiosk's clock with its timeline,
   a voice stopped within one buffer, never two voices at once, other rates converted,
   the sounds, volume, and the sound device (SDL's dummy driver). */
#include <math.h>
#include <stdint.h>

#include "core/fs.h"
#include "core/mem.h"
#include "render/audio.h"
#include "testutil.h"

static char *dir, *wav;

static void setup(void) {
  dir = test_tmpdir();
  wav = xasprintf("%s/out.wav", dir);
}

static void teardown(void) {
  test_rmtree(dir);
  free(dir);
  free(wav);
}

/* hz tone, level of full scale, at rate and channels. Caller frees. */
static int16_t *tone(double hz, double seconds, int rate, int channels, double level, size_t *frames) {
  *frames = (size_t)(seconds * rate);
  int16_t *pcm = xmalloc(sizeof(int16_t) * *frames * (size_t)channels);
  for (size_t i = 0; i < *frames; i++)
    for (int c = 0; c < channels; c++)
      pcm[i * (size_t)channels + (size_t)c] = (int16_t)(level * 32767 * sin(2 * M_PI * hz * (double)i / rate));
  return pcm;
}

static void add_tone(Audio *a, double hz, double seconds, int rate, int channels) {
  size_t n;
  int16_t *pcm = tone(hz, seconds, rate, channels, 0.25, &n);
  Error err;
  ck_assert_msg(audio_voice_add(a, pcm, n, rate, channels, &err), "%s", err.msg);
  free(pcm);
}

/* The samples of the WAV written (mono, 16-bit, AUDIO_RATE: checked). Caller frees. */
static int16_t *read_wav(size_t *frames) {
  size_t len;
  Error err;
  char *bytes = fs_read_file(wav, 64 << 20, &len, &err);
  ck_assert_msg(bytes != NULL, "%s", err.msg);
  ck_assert_uint_ge(len, 44);
  ck_assert(memcmp(bytes, "RIFF", 4) == 0 && memcmp(bytes + 8, "WAVEfmt ", 8) == 0);
  uint32_t rate, data;
  uint16_t channels, bits;
  memcpy(&channels, bytes + 22, 2);
  memcpy(&rate, bytes + 24, 4);
  memcpy(&bits, bytes + 34, 2);
  memcpy(&data, bytes + 40, 4);
  ck_assert_int_eq(channels, 1);
  ck_assert_int_eq(rate, AUDIO_RATE);
  ck_assert_int_eq(bits, 16);
  ck_assert_uint_eq(data, len - 44);
  *frames = data / 2;
  int16_t *pcm = xmalloc(data + 2);
  memcpy(pcm, bytes + 44, data);
  free(bytes);
  return pcm;
}

static double rms(const int16_t *pcm, size_t from, size_t to) {
  double sum = 0;
  for (size_t i = from; i < to; i++) sum += (double)pcm[i] * pcm[i];
  return to > from ? sqrt(sum / (double)(to - from)) : 0;
}

/* Sign changes per second in [from, to): twice the pitch of a pure tone. */
static double crossings_per_s(const int16_t *pcm, size_t from, size_t to) {
  int n = 0;
  for (size_t i = from + 1; i < to; i++) n += (pcm[i - 1] < 0) != (pcm[i] < 0);
  return n * (double)AUDIO_RATE / (double)(to - from);
}

static size_t at_ms(int ms) { return (size_t)ms * AUDIO_RATE / 1000; }

/* The timeline's time of the first line that says what, or -1. */
static long timeline_ms(const char *what) {
  char *path = xasprintf("%s.timeline", wav);
  FILE *f = fopen(path, "r");
  free(path);
  ck_assert_ptr_nonnull(f);
  char line[256];
  long found = -1;
  while (found < 0 && fgets(line, sizeof line, f)) {
    long ms;
    char text[200];
    if (sscanf(line, "%ld %199[^\n]", &ms, text) == 2 && strcmp(text, what) == 0) found = ms;
  }
  fclose(f);
  return found;
}

static Audio *open_wav(void) {
  Error err;
  Audio *a = audio_open_wav(wav, &err);
  ck_assert_msg(a != NULL, "%s", err.msg);
  return a;
}

static void finish(Audio *a) {
  Error err;
  ck_assert_msg(audio_finish(a, &err), "%s", err.msg);
  audio_close(a);
}

START_TEST(test_wav_follows_the_clock_and_keeps_a_timeline) {
  Audio *a = open_wav();
  audio_clock(a, 5000); /* the kiosk's clock starts anywhere */
  audio_voice_begin(a);
  add_tone(a, 440, 1.0, AUDIO_RATE, 1);
  audio_voice_end(a);
  ck_assert(audio_voice_playing(a));
  audio_clock(a, 5500);
  ck_assert_int_eq(audio_voice_heard_ms(a), 500);
  audio_note(a, "screen lesson");
  audio_clock(a, 7000);
  ck_assert(!audio_voice_playing(a));
  finish(a);
  size_t n;
  int16_t *pcm = read_wav(&n);
  ck_assert_uint_eq(n, at_ms(2000));
  ck_assert(rms(pcm, 0, at_ms(1000)) > 5000);
  ck_assert(rms(pcm, at_ms(1000), n) == 0);
  free(pcm);
  ck_assert_int_eq(timeline_ms("voice start"), 0);
  ck_assert_int_eq(timeline_ms("screen lesson"), 500);
  ck_assert_int_eq(timeline_ms("voice end"), 1000);
}
END_TEST

START_TEST(test_a_stopped_voice_is_silent_within_one_buffer) {
  Audio *a = open_wav();
  audio_clock(a, 0);
  audio_voice_begin(a);
  add_tone(a, 440, 3.0, AUDIO_RATE, 1);
  audio_clock(a, 500);
  audio_voice_stop(a);
  ck_assert_int_eq(audio_voice_heard_ms(a), -1);
  audio_clock(a, 1500);
  finish(a);
  size_t n;
  int16_t *pcm = read_wav(&n);
  ck_assert(rms(pcm, at_ms(400), at_ms(500)) > 5000);
  ck_assert(rms(pcm, at_ms(500) + AUDIO_BUFFER_FRAMES, n) == 0);
  free(pcm);
  ck_assert_int_eq(timeline_ms("voice stop"), 500);
}
END_TEST

START_TEST(test_two_voices_never_overlap) {
  Audio *a = open_wav();
  audio_clock(a, 0);
  audio_voice_begin(a);
  add_tone(a, 440, 2.0, AUDIO_RATE, 1);
  audio_clock(a, 300);
  audio_voice_begin(a); /* a new voice: the first one stops */
  add_tone(a, 880, 1.0, AUDIO_RATE, 1);
  audio_voice_end(a);
  audio_clock(a, 2500);
  finish(a);
  size_t n;
  int16_t *pcm = read_wav(&n);
  double before = crossings_per_s(pcm, at_ms(100), at_ms(300));
  double after = crossings_per_s(pcm, at_ms(400), at_ms(1200));
  ck_assert_msg(fabs(before - 880) < 20, "%.0f crossings/s before the second voice", before);
  ck_assert_msg(fabs(after - 1760) < 20, "%.0f crossings/s with the second voice", after);
  int peak = 0;
  for (size_t i = 0; i < n; i++) peak = abs(pcm[i]) > peak ? abs(pcm[i]) : peak;
  ck_assert_int_le(peak, (int)(0.25 * 32767) + 1); /* never the two summed */
  ck_assert(rms(pcm, at_ms(1300) + 1, n) == 0);    /* nothing of the first one after it */
  free(pcm);
  ck_assert_int_eq(timeline_ms("voice stop"), 300);
}
END_TEST

START_TEST(test_other_rates_and_stereo_are_converted) {
  Audio *a = open_wav();
  audio_clock(a, 0);
  audio_voice_begin(a);
  add_tone(a, 440, 0.5, 44100, 2);
  add_tone(a, 440, 0.5, 48000, 1);
  audio_voice_end(a);
  audio_clock(a, 2000);
  finish(a);
  size_t n;
  int16_t *pcm = read_wav(&n);
  size_t last = 0;
  for (size_t i = 0; i < n; i++)
    if (abs(pcm[i]) > 300) last = i;
  ck_assert_msg(labs((long)last - (long)at_ms(1000)) < (long)at_ms(20), "the voice ends at frame %zu", last);
  double hz = crossings_per_s(pcm, at_ms(100), at_ms(900)) / 2;
  ck_assert_msg(fabs(hz - 440) < 10, "%.0f Hz after conversion", hz);
  free(pcm);
}
END_TEST

START_TEST(test_sounds_are_short_soft_and_over_the_voice) {
  for (int s = 0; s < AUDIO_SOUND_COUNT; s++) {
    size_t n;
    int16_t *pcm = audio_make_sound((AudioSound)s, &n);
    ck_assert_ptr_nonnull(pcm);
    ck_assert_uint_gt(n, at_ms(20));
    ck_assert_uint_lt(n, at_ms(900)); /* short */
    int peak = 0;
    for (size_t i = 0; i < n; i++) peak = abs(pcm[i]) > peak ? abs(pcm[i]) : peak;
    ck_assert_int_lt(peak, 32767 * 4 / 10); /* soft next to a voice */
    ck_assert_int_gt(peak, 1000);
    ck_assert_int_lt(abs(pcm[n - 1]), 200);  /* ends at rest: no click */
    free(pcm);
  }
  Audio *a = open_wav();
  audio_clock(a, 0);
  audio_voice_begin(a);
  add_tone(a, 440, 1.0, AUDIO_RATE, 1);
  audio_clock(a, 200);
  audio_sound(a, AUDIO_RIGHT);
  audio_clock(a, 1000);
  finish(a);
  ck_assert_int_eq(timeline_ms("sound right"), 200);
  size_t n;
  int16_t *pcm = read_wav(&n);
  ck_assert(rms(pcm, at_ms(210), at_ms(300)) > rms(pcm, at_ms(100), at_ms(190))); /* mixed in */
  free(pcm);
}
END_TEST

START_TEST(test_volume_scales_everything) {
  Audio *a = open_wav();
  audio_set_volume(a, 50);
  audio_clock(a, 0);
  audio_voice_begin(a);
  add_tone(a, 440, 1.0, AUDIO_RATE, 1);
  audio_clock(a, 1000);
  audio_set_volume(a, 0);
  audio_sound(a, AUDIO_FINISHED);
  audio_clock(a, 2000);
  finish(a);
  size_t n;
  int16_t *pcm = read_wav(&n);
  double full = 0.25 * 32767 / sqrt(2.0);
  ck_assert_msg(fabs(rms(pcm, 0, at_ms(1000)) - full / 4) < full * 0.02, "%.0f", rms(pcm, 0, at_ms(1000)));
  ck_assert(rms(pcm, at_ms(1000), n) == 0);
  free(pcm);
}
END_TEST

START_TEST(test_wav_errors_are_reported) {
  Error err;
  char *bad = xasprintf("%s/no/such/folder/out.wav", dir);
  ck_assert_ptr_null(audio_open_wav(bad, &err));
  ck_assert_msg(strstr(err.msg, "cannot write the sound file"), "%s", err.msg);
  free(bad);
}
END_TEST

START_TEST(test_the_sound_device_plays_and_stops) {
  setenv("SDL_AUDIODRIVER", "dummy", 1); /* no sound card on a build machine */
  Error err;
  Audio *a = audio_open(&err);
  ck_assert_msg(a != NULL, "%s", err.msg);
  ck_assert_int_eq(audio_voice_heard_ms(a), -1);
  audio_voice_begin(a);
  add_tone(a, 440, 0.5, 44100, 1);
  audio_voice_end(a);
  ck_assert(audio_voice_playing(a));
  ck_assert_int_ge(audio_voice_heard_ms(a), 0);
  audio_sound(a, AUDIO_TAP);
  audio_voice_stop(a);
  ck_assert(!audio_voice_playing(a));
  audio_clock(a, 0); /* rests the device when nothing plays */
  audio_close(a);
  audio_voice_begin(NULL); /* a kiosk without sound carries on */
  ck_assert(!audio_voice_add(NULL, NULL, 0, AUDIO_RATE, 1, &err));
  audio_sound(NULL, AUDIO_TAP);
}
END_TEST

static Suite *audio_suite(void) {
  Suite *s = suite_create("audio");
  TCase *tc = tcase_create("audio");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, test_wav_follows_the_clock_and_keeps_a_timeline);
  tcase_add_test(tc, test_a_stopped_voice_is_silent_within_one_buffer);
  tcase_add_test(tc, test_two_voices_never_overlap);
  tcase_add_test(tc, test_other_rates_and_stereo_are_converted);
  tcase_add_test(tc, test_sounds_are_short_soft_and_over_the_voice);
  tcase_add_test(tc, test_volume_scales_everything);
  tcase_add_test(tc, test_wav_errors_are_reported);
  tcase_add_test(tc, test_the_sound_device_plays_and_stops);
  suite_add_tcase(s, tc);
  return s;
}

TEST_MAIN(audio_suite)
