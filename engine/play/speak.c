/* speak.c — `kiosk play --read-aloud`: each screen (and each feedback) is read aloud to
   its end before the driver answers, as a learner listening to every word would, into
   the --audio-out WAV on a clock that moves with the speech. */
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
  if (p->opt->audio_out) {
    p->audio = audio_open_wav(p->opt->audio_out, err);
    if (!p->audio) return false;
    audio_clock(p->audio, 0);
  }
  return true;
}

void player_speak(Player *p, const SpeechItem *items, int n, const char *what) {
  if (!p->speech || n == 0) return;
  audio_note(p->audio, "%s", what);
  speech_say(p->speech, items, n);
  audio_voice_begin(p->audio);
  SpeechChunk c;
  double ms = 0;
  while (speech_poll(p->speech, &c, -1) == SPEECH_CHUNK) {
    Error err;
    if (c.frames && p->audio && !audio_voice_add(p->audio, c.pcm, c.frames, c.rate, c.channels, &err))
      player_problem(p, "%s", err.msg);
    if (c.frames) ms += 1000.0 * (double)c.frames / c.rate;
    p->spoken_words += c.nwords;
    speech_chunk_free(&c);
  }
  audio_voice_end(p->audio);
  Error line;
  while (speech_log_take(p->speech, &line)) player_problem(p, "%s", line.msg);
  p->spoken_ms += (int)ms;
  uint64_t end = p->clock_ms + (uint64_t)ms; /* heard to its end, then a tap */
  while (p->clock_ms < end || audio_voice_playing(p->audio)) {
    p->clock_ms += SPEAK_STEP_MS;
    audio_clock(p->audio, p->clock_ms);
  }
  p->clock_ms += SPEAK_GAP_MS;
  audio_clock(p->audio, p->clock_ms);
}

void player_speech_close(Player *p) {
  Error err;
  if (p->audio && !audio_finish(p->audio, &err)) player_problem(p, "%s", err.msg);
  audio_close(p->audio);
  p->audio = NULL;
  speech_free(p->speech);
  p->speech = NULL;
}
