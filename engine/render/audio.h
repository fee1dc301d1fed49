/* audio.h — what the kiosk plays: one voice at a time (speech, a recording) with short
   sounds over it, mixed, through SDL audio; or, for tests and `--audio-out`, written to a
   16-bit WAV file on the kiosk's own clock, with a timeline beside it. A kiosk without a
   sound device stays silent and carries on. */
#ifndef RENDER_AUDIO_H
#define RENDER_AUDIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/error.h"

#define AUDIO_RATE 22050            /* espeak-ng's rate: everything else is converted to it */
#define AUDIO_BUFFER_FRAMES 512     /* 23 ms: a stop is heard within one buffer */
#define AUDIO_MAX_BYTES (16u << 20) /* a narration WAV: a minute of 16-bit mono is ~5 MiB */

typedef struct Audio Audio;

/* Short, soft sounds; each goes with something shown, never alone. */
typedef enum AudioSound {
  AUDIO_TAP,       /* a button was pressed */
  AUDIO_RIGHT,     /* a right answer: two notes up */
  AUDIO_NOT_QUITE, /* not quite: two soft notes down */
  AUDIO_FINISHED,  /* a lesson finished: a short rising chord */
  AUDIO_SOUND_COUNT
} AudioSound;

/* The sound device; NULL (with err) when there is none. */
Audio *audio_open(Error *err);
/* Everything that would have played, as one mono 16-bit WAV at AUDIO_RATE, on the clock
   given to audio_clock (silence where nothing plays), and PATH.timeline: one line
   "MS what" per voice start, stop and end, sound and audio_note. */
Audio *audio_open_wav(const char *path, Error *err);
/* The same clock with no file: what would have played is timed and dropped (a
   headless kiosk run without --audio-out still reads aloud, and lights each word). */
Audio *audio_open_clock(void);
/* Finishes a WAV file (its header); false with err when it could not be written. */
bool audio_finish(Audio *a, Error *err);
void audio_close(Audio *a); /* audio_finish, then frees; NULL is fine */

void audio_set_volume(Audio *a, int percent); /* 0..100, of both voice and sounds */

/* The voice. audio_voice_begin stops the one playing (two never overlap); pieces then
   come with audio_voice_add in any rate and channel count, and audio_voice_end says
   there are no more. */
void audio_voice_begin(Audio *a);
bool audio_voice_add(Audio *a, const int16_t *pcm, size_t frames, int rate, int channels, Error *err);
void audio_voice_end(Audio *a);
void audio_voice_stop(Audio *a);
/* Milliseconds of the current voice heard so far, or -1 when there is none (stopped, or
   never begun). */
int audio_voice_heard_ms(Audio *a);
/* True while some of the current voice is still to be heard (or still to come). */
bool audio_voice_playing(Audio *a);

/* A pack's WAV narration file as the voice (stops the one playing). */
bool audio_play(Audio *a, const char *path, Error *err);
void audio_stop(Audio *a); /* the voice */

void audio_sound(Audio *a, AudioSound s);

/* The clock of a WAV file: writes what is due up to now_ms (the first call starts it).
   Nothing for a sound device, whose clock is the sound card's. */
void audio_clock(Audio *a, uint64_t now_ms);
/* A line in the WAV file's timeline at the current time (no-op for a device). */
void audio_note(Audio *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A sound made afresh, AUDIO_RATE mono, at full volume (sounds.c). Caller frees. */
int16_t *audio_make_sound(AudioSound s, size_t *frames);

#endif
