/* speech_bench.c — the speech module measured the way the kiosk uses it, for
   tests/bench/speech.sh. One measurement per run, printed as "name value":
     speech_bench whole LANG FILE   the whole text, start-up included (as `espeak-ng
                                    --stdout` does it): the process is the measurement
     speech_bench first LANG FILE   espeak-ng loaded (the kiosk warms it at start), then a
                                    tap: from speech_say to the first chunk
     speech_bench all LANG FILE     the same, to the last chunk
     speech_bench warm LANG FILE    only what comes before the tap (for callgrind's difference)
     speech_bench idle LANG FILE    after reading the text, CPU used while idle for 5 s
     speech_bench rss LANG...       peak RSS before and after reading a sentence in each
   Under callgrind, a tap's instructions (both threads) are "first" minus "warm". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "core/fs.h"
#include "speech/speech.h"

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static double cpu_ms(void) {
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

static long max_rss_kb(void) {
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

/* A tap on the speaker: the request, then the first chunk ready to be queued (or, with
   all_ms, the last). */
static double bench_tap(Speech *s, const SpeechItem *item, double *all_ms) {
  double t0 = now_ms(), first = -1;
  speech_say(s, item, 1);
  SpeechChunk c;
  while (speech_poll(s, &c, -1) == SPEECH_CHUNK) {
    if (first < 0 && c.frames) {
      first = now_ms() - t0;
      if (!all_ms) { /* the first sound is what the learner waits for */
        speech_chunk_free(&c);
        speech_stop(s);
        return first;
      }
    }
    speech_chunk_free(&c);
  }
  if (all_ms) *all_ms = now_ms() - t0;
  return first;
}

static void warm(Speech *s, const char *lang) {
  SpeechItem item = {"OK.", lang, NULL};
  SpeechAudio a;
  Error err;
  if (!speech_render(s, &item, 1, &a, &err)) {
    fprintf(stderr, "speech_bench: %s\n", err.msg);
    exit(1);
  }
  speech_audio_free(&a);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: speech_bench whole|warm|first|all|idle LANG FILE | rss LANG...\n");
    return 2;
  }
  Error err;
  Speech *s = speech_new(&err);
  if (!s) {
    fprintf(stderr, "speech_bench: %s\n", err.msg);
    return 1;
  }
  const char *mode = argv[1], *lang = argv[2];
  if (strcmp(mode, "rss") == 0) {
    long before = max_rss_kb();
    for (int i = 2; i < argc; i++) warm(s, argv[i]);
    printf("rss_before_kb %ld\nrss_after_kb %ld\n", before, max_rss_kb());
    speech_free(s);
    return 0;
  }
  size_t len;
  char *text = argc > 3 ? fs_read_file(argv[3], 1 << 20, &len, &err) : NULL;
  if (!text) {
    fprintf(stderr, "speech_bench: %s\n", argc > 3 ? err.msg : "no text file");
    return 2;
  }
  SpeechItem item = {text, lang, NULL};
  int status = 0;
  if (strcmp(mode, "whole") == 0) {
    SpeechAudio a;
    if (!speech_render(s, &item, 1, &a, &err)) {
      fprintf(stderr, "speech_bench: %s\n", err.msg);
      status = 1;
    }
    printf("frames %zu\n", a.frames);
    speech_audio_free(&a);
  } else if (strcmp(mode, "warm") == 0) { /* what "first" does before the tap */
    warm(s, lang);
  } else if (strcmp(mode, "first") == 0) {
    warm(s, lang);
    printf("first_ms %.2f\n", bench_tap(s, &item, NULL));
  } else if (strcmp(mode, "all") == 0) {
    warm(s, lang);
    double all = 0;
    bench_tap(s, &item, &all);
    printf("all_ms %.2f\n", all);
  } else if (strcmp(mode, "idle") == 0) {
    double all;
    bench_tap(s, &item, &all);
    double c0 = cpu_ms(), t0 = now_ms();
    sleep(5);
    printf("idle_cpu_percent %.3f\n", 100.0 * (cpu_ms() - c0) / (now_ms() - t0));
  } else {
    status = 2;
  }
  free(text);
  speech_free(s);
  return status;
}
