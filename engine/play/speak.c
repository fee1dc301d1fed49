/* speak.c — `kiosk play --read-aloud`: each screen (and each feedback) is read aloud to
   its end before the driver answers, as a learner listening to every word would, into
   the --audio-out WAV on a clock that moves with the speech. The reading is the
   kiosk's own (play/reader.c), on the WAV's clock. */
#include <stdlib.h>
#include <string.h>

#include "play/internal.h"

#define SPEAK_STEP_MS 20  /* the WAV's clock moves this much at a time while speech plays */
#define SPEAK_GAP_MS 300  /* a driver's tap after the last word */

static int breaker(void *ud, const char *text, uint32_t *starts, int max) {
  return text_word_starts(ud, text, starts, max);
}

bool player_speech_open(Player *p, Error *err) {
  p->speech = speech_new(err);
  if (!p->speech) return false;
  speech_set_breaker(p->speech, breaker, p->text);
  p->audio = p->opt->audio_out ? audio_open_wav(p->opt->audio_out, err) : audio_open_clock();
  if (!p->audio) return false;
  audio_clock(p->audio, 0);
  p->reader = play_reader_new(p->speech, p->audio, true);
  return true;
}

void player_speak(Player *p, const SpeechItem *items, int n, const char *what) {
  if (!p->reader || n == 0) return;
  play_reader_say(p->reader, items, n, what);
  Error line;
  while (play_reader_log_take(p->reader, &line)) player_problem(p, "%s", line.msg);
  p->spoken_ms += play_reader_made_ms(p->reader);
  p->spoken_words += play_reader_words(p->reader);
  while (play_reader_speaking(p->reader)) { /* heard to its end, then a tap */
    p->clock_ms += SPEAK_STEP_MS;
    audio_clock(p->audio, p->clock_ms);
    play_reader_pump(p->reader);
  }
  p->clock_ms += SPEAK_GAP_MS;
  audio_clock(p->audio, p->clock_ms);
}

void player_speech_close(Player *p) {
  Error err;
  play_reader_free(p->reader);
  p->reader = NULL;
  if (p->audio && !audio_finish(p->audio, &err)) player_problem(p, "%s", err.msg);
  audio_close(p->audio);
  p->audio = NULL;
  speech_free(p->speech);
  p->speech = NULL;
}
