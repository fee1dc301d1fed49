/* sounds.c — the kiosk's few sounds, made in code: soft sine notes with a quick attack
   and a gentle decay, quiet next to the voice. No files to ship or license. */
#include <math.h>
#include <stdlib.h>

#include "core/mem.h"
#include "render/audio.h"

#define SOUND_ATTACK_MS 6 /* a click-free start */

typedef struct Note {
  double hz;
  int start_ms, length_ms;
  double level; /* of full scale */
} Note;

/* Notes of each sound: a tap is a short tick; right rises a third, not quite falls a
   third (soft, never a buzzer); finished climbs a major chord. */
static const Note notes[AUDIO_SOUND_COUNT][4] = {
    [AUDIO_TAP] = {{1400, 0, 35, 0.12}},
    [AUDIO_RIGHT] = {{784, 0, 150, 0.22}, {1047, 110, 260, 0.22}},
    [AUDIO_NOT_QUITE] = {{523, 0, 170, 0.16}, {440, 140, 280, 0.16}},
    [AUDIO_FINISHED] = {{523, 0, 200, 0.18}, {659, 130, 200, 0.18}, {784, 260, 200, 0.18}, {1047, 390, 450, 0.2}},
};

int16_t *audio_make_sound(AudioSound s, size_t *frames) {
  *frames = 0;
  if (s < 0 || s >= AUDIO_SOUND_COUNT) return NULL;
  int end_ms = 0;
  for (int i = 0; i < 4; i++)
    if (notes[s][i].hz > 0 && notes[s][i].start_ms + notes[s][i].length_ms > end_ms)
      end_ms = notes[s][i].start_ms + notes[s][i].length_ms;
  size_t n = (size_t)end_ms * AUDIO_RATE / 1000;
  double *mix = xcalloc(n, sizeof(double));
  for (int i = 0; i < 4; i++) {
    const Note *no = &notes[s][i];
    if (no->hz <= 0) continue;
    size_t from = (size_t)no->start_ms * AUDIO_RATE / 1000, len = (size_t)no->length_ms * AUDIO_RATE / 1000;
    double attack = SOUND_ATTACK_MS * AUDIO_RATE / 1000.0, decay = len / 4.0;
    for (size_t k = 0; k < len && from + k < n; k++) {
      double t = (double)k / AUDIO_RATE;
      double env = (k < attack ? k / attack : 1.0) * exp(-(double)k / decay);
      env *= k + attack > len ? (len - k) / attack : 1.0; /* ends at zero: no click */
      /* a little second harmonic makes it a soft bell rather than a test tone */
      mix[from + k] += no->level * env * (sin(2 * M_PI * no->hz * t) + 0.2 * sin(4 * M_PI * no->hz * t));
    }
  }
  int16_t *pcm = xmalloc(sizeof(int16_t) * n);
  for (size_t k = 0; k < n; k++) {
    double v = mix[k] * 32767.0;
    pcm[k] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
  }
  free(mix);
  *frames = n;
  return pcm;
}
