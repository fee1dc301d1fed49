/* audio.h — narration: one WAV file at a time through SDL audio. A kiosk without a
   sound device stays silent and carries on. */
#ifndef RENDER_AUDIO_H
#define RENDER_AUDIO_H

#include <stdbool.h>

#include "core/error.h"

#define AUDIO_MAX_BYTES (16u << 20) /* a minute of narration is ~5 MiB of 16-bit mono */

typedef struct Audio Audio;

/* NULL (with err) when there is no usable sound device. */
Audio *audio_open(Error *err);
/* Stops what is playing and plays the WAV file at path. */
bool audio_play(Audio *a, const char *path, Error *err);
void audio_stop(Audio *a);
void audio_close(Audio *a);

#endif
