/* audio.c — one voice and the sounds, mixed at AUDIO_RATE mono: by SDL's audio thread
   from a callback (the buffers are shared under SDL's device lock), or by audio_clock
   into a WAV file. Pieces in other formats are converted with SDL_AudioStream. */
#include "render/audio.h"

#include <SDL.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/mem.h"

#define AUDIO_MAX_VOICE_FRAMES ((size_t)AUDIO_RATE * 600) /* ten minutes queued at most */
#define AUDIO_WAV_STEP (AUDIO_RATE / 100) /* the WAV is mixed 10 ms at a time: timeline resolution */

struct Audio {
  SDL_AudioDeviceID device; /* 0 for a WAV file */
  bool paused;
  /* shared with SDL's audio thread, under its lock */
  int16_t *voice;           /* the current voice, [vhead, vlen) still to play */
  size_t vhead, vlen, vcap;
  bool voice_on;            /* begun and not stopped */
  bool voice_more;          /* more pieces may come */
  uint64_t heard;           /* frames of the current voice played */
  int16_t *sounds[AUDIO_SOUND_COUNT];
  size_t sound_frames[AUDIO_SOUND_COUNT];
  int sound;                /* the sound playing, or -1 */
  size_t sound_pos;
  float gain;
  /* the caller's thread only */
  SDL_AudioStream *conv;    /* converts the voice's pieces when not AUDIO_RATE mono */
  int conv_format, conv_rate, conv_channels;
  uint64_t conv_in, conv_out; /* frames put in, frames taken out */
  /* a WAV file */
  FILE *wav, *timeline;
  bool clocked;             /* on the caller's clock (a WAV file, or nothing) */
  char *path;
  uint64_t written;         /* frames */
  bool started;
  uint64_t clock0;
  bool end_noted;
  bool failed;
  char why[ERROR_MAX];
};

static void lock(Audio *a) {
  if (a->device) SDL_LockAudioDevice(a->device);
}
static void unlock(Audio *a) {
  if (a->device) SDL_UnlockAudioDevice(a->device);
}

/* Mixes n frames of what is due; the caller holds the lock. */
static void mix(Audio *a, int16_t *out, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int v = 0;
    if (a->vhead < a->vlen) {
      v = a->voice[a->vhead++];
      a->heard++;
    }
    if (a->sound >= 0) {
      v += a->sounds[a->sound][a->sound_pos++];
      if (a->sound_pos >= a->sound_frames[a->sound]) a->sound = -1;
    }
    float x = (float)v * a->gain;
    out[i] = (int16_t)(x > 32767.0f ? 32767 : x < -32768.0f ? -32768 : x);
  }
  if (a->vhead == a->vlen) a->vhead = a->vlen = 0; /* drained: the buffer starts over */
}

static void SDLCALL on_audio(void *ud, Uint8 *stream, int len) {
  mix(ud, (int16_t *)(void *)stream, (size_t)len / sizeof(int16_t));
}

static Audio *audio_new(void) {
  Audio *a = xcalloc(1, sizeof *a);
  a->sound = -1;
  a->gain = 1.0f;
  for (int s = 0; s < AUDIO_SOUND_COUNT; s++) a->sounds[s] = audio_make_sound((AudioSound)s, &a->sound_frames[s]);
  return a;
}

Audio *audio_open(Error *err) {
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    error_set(err, "no sound: %s", SDL_GetError());
    return NULL;
  }
  if (SDL_GetNumAudioDevices(0) == 0 && !getenv("SDL_AUDIODRIVER")) {
    error_set(err, "no sound device");
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    return NULL;
  }
  Audio *a = audio_new();
  SDL_AudioSpec want = {.freq = AUDIO_RATE, .format = AUDIO_S16SYS, .channels = 1,
                        .samples = AUDIO_BUFFER_FRAMES, .callback = on_audio, .userdata = a},
                have;
  a->device = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0); /* SDL converts for the card */
  if (!a->device) {
    error_set(err, "cannot open the sound device: %s", SDL_GetError());
    audio_close(a);
    return NULL;
  }
  a->paused = true; /* it runs only while something plays: an idle kiosk costs nothing */
  return a;
}

/* A timeline line at frame `at` of the WAV. */
static void note_frame(Audio *a, uint64_t at, const char *what) {
  if (!a->timeline) return;
  fprintf(a->timeline, "%llu %s\n", (unsigned long long)(at * 1000 / AUDIO_RATE), what);
}

static void note_at(Audio *a, const char *what) { note_frame(a, a->written, what); }

void audio_note(Audio *a, const char *fmt, ...) {
  if (!a || !a->timeline) return;
  char line[ERROR_MAX];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  note_at(a, line);
}

static void put_header(FILE *f, uint64_t frames) {
  uint32_t data = (uint32_t)(frames * 2), v;
  unsigned char h[44] = "RIFF\0\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0\0\0\0\0\0\0\0\0\x02\0\x10\0data";
  v = 36 + data;
  for (int i = 0; i < 4; i++) h[4 + i] = (unsigned char)(v >> (8 * i));
  v = AUDIO_RATE;
  for (int i = 0; i < 4; i++) h[24 + i] = (unsigned char)(v >> (8 * i));
  v = AUDIO_RATE * 2;
  for (int i = 0; i < 4; i++) h[28 + i] = (unsigned char)(v >> (8 * i));
  for (int i = 0; i < 4; i++) h[40 + i] = (unsigned char)(data >> (8 * i));
  fwrite(h, 1, 44, f);
}

Audio *audio_open_wav(const char *path, Error *err) {
  FILE *f = fopen(path, "wb");
  if (!f) {
    error_set(err, "%s: cannot write the sound file", path);
    return NULL;
  }
  char *tpath = xasprintf("%s.timeline", path);
  FILE *t = fopen(tpath, "w");
  free(tpath);
  if (!t) {
    fclose(f);
    error_set(err, "%s.timeline: cannot write the timeline", path);
    return NULL;
  }
  Audio *a = audio_new();
  a->wav = f;
  a->timeline = t;
  a->clocked = true;
  a->path = xstrdup(path);
  put_header(f, 0); /* the sizes are written by audio_finish */
  return a;
}

Audio *audio_open_clock(void) {
  Audio *a = audio_new();
  a->clocked = true;
  return a;
}

bool audio_finish(Audio *a, Error *err) {
  if (!a || !a->wav) return true;
  if (!a->failed && (fflush(a->wav) != 0 || fseek(a->wav, 0, SEEK_SET) != 0)) a->failed = true;
  if (!a->failed) put_header(a->wav, a->written);
  if (fclose(a->wav) != 0) a->failed = true;
  if (fclose(a->timeline) != 0) a->failed = true;
  a->wav = a->timeline = NULL;
  if (a->failed) return error_set(err, "%s: %s", a->path, a->why[0] ? a->why : "could not be written");
  return true;
}

void audio_close(Audio *a) {
  if (!a) return;
  audio_finish(a, NULL);
  if (a->device) {
    SDL_CloseAudioDevice(a->device);
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
  }
  if (a->conv) SDL_FreeAudioStream(a->conv);
  for (int s = 0; s < AUDIO_SOUND_COUNT; s++) free(a->sounds[s]);
  free(a->voice);
  free(a->path);
  free(a);
}

void audio_set_volume(Audio *a, int percent) {
  if (!a) return;
  percent = percent < 0 ? 0 : percent > 100 ? 100 : percent;
  lock(a);
  a->gain = (float)(percent * percent) / 10000.0f; /* loudness follows the square */
  unlock(a);
}

/* Runs the device while something plays. */
static void wake(Audio *a) {
  if (a->device && a->paused) {
    SDL_PauseAudioDevice(a->device, 0);
    a->paused = false;
  }
}

/* ---- the voice ---------------------------------------------------------------------- */

static void drop_conv(Audio *a) {
  if (a->conv) SDL_FreeAudioStream(a->conv);
  a->conv = NULL;
}

void audio_voice_begin(Audio *a) {
  if (!a) return;
  audio_voice_stop(a);
  lock(a);
  a->voice_on = a->voice_more = true;
  a->heard = 0;
  unlock(a);
  a->end_noted = false;
  note_at(a, "voice start");
}

static bool append(Audio *a, const int16_t *pcm, size_t frames, Error *err) {
  if (!frames) return true;
  lock(a);
  bool ok = a->vlen - a->vhead + frames <= AUDIO_MAX_VOICE_FRAMES;
  if (ok) {
    if (a->vlen + frames > a->vcap && a->vhead) { /* move what is left to the front */
      memmove(a->voice, a->voice + a->vhead, sizeof(int16_t) * (a->vlen - a->vhead));
      a->vlen -= a->vhead;
      a->vhead = 0;
    }
    if (a->vlen + frames > a->vcap) {
      a->vcap = (a->vlen + frames) * 2;
      a->voice = xrealloc(a->voice, sizeof(int16_t) * a->vcap);
    }
    memcpy(a->voice + a->vlen, pcm, sizeof(int16_t) * frames);
    a->vlen += frames;
  }
  unlock(a);
  if (!ok) return error_set(err, "more than %zu minutes of speech queued", AUDIO_MAX_VOICE_FRAMES / AUDIO_RATE / 60);
  wake(a);
  return true;
}

/* Takes what the converter has ready, up to limit frames in all. */
static bool drain_conv(Audio *a, uint64_t limit, Error *err) {
  int16_t buf[4096];
  int got;
  while (a->conv && a->conv_out < limit && (got = SDL_AudioStreamGet(a->conv, buf, sizeof buf)) > 0) {
    uint64_t n = (uint64_t)got / sizeof(int16_t);
    if (n > limit - a->conv_out) n = limit - a->conv_out;
    a->conv_out += n;
    if (!append(a, buf, (size_t)n, err)) return false;
  }
  return true;
}

/* SDL 2.26's resampler keeps its last few milliseconds back even from
   SDL_AudioStreamFlush: silence is pushed through until all of the piece is out. */
static bool flush_conv(Audio *a, Error *err) {
  if (!a->conv) return true;
  uint64_t expected = a->conv_in * AUDIO_RATE / (uint64_t)a->conv_rate;
  size_t pad_bytes = (size_t)a->conv_rate / 20 * (size_t)a->conv_channels * SDL_AUDIO_BITSIZE(a->conv_format) / 8;
  void *zeros = xcalloc(1, pad_bytes); /* 50 ms of silence in the piece's format */
  bool ok = drain_conv(a, expected, err);
  for (int k = 0; ok && k < 4 && a->conv_out < expected; k++) {
    SDL_AudioStreamPut(a->conv, zeros, (int)pad_bytes);
    SDL_AudioStreamFlush(a->conv);
    ok = drain_conv(a, expected, err);
  }
  free(zeros);
  drop_conv(a);
  return ok;
}

/* Adds bytes of any SDL format to the voice, converting when needed. */
static bool voice_add_bytes(Audio *a, const void *bytes, size_t len, int format, int rate, int channels, Error *err) {
  if (!a->voice_on) audio_voice_begin(a);
  if (format == AUDIO_S16SYS && rate == AUDIO_RATE && channels == 1) {
    if (!flush_conv(a, err)) return false;
    return append(a, bytes, len / sizeof(int16_t), err);
  }
  if (a->conv && (a->conv_format != format || a->conv_rate != rate || a->conv_channels != channels) &&
      !flush_conv(a, err))
    return false;
  if (!a->conv) {
    a->conv = SDL_NewAudioStream((SDL_AudioFormat)format, (Uint8)channels, rate, AUDIO_S16SYS, 1, AUDIO_RATE);
    if (!a->conv) return error_set(err, "cannot convert %d Hz sound: %s", rate, SDL_GetError());
    a->conv_format = format;
    a->conv_rate = rate;
    a->conv_channels = channels;
    a->conv_in = a->conv_out = 0;
  }
  if (SDL_AudioStreamPut(a->conv, bytes, (int)len) != 0) return error_set(err, "sound conversion: %s", SDL_GetError());
  a->conv_in += len / ((size_t)channels * SDL_AUDIO_BITSIZE(format) / 8);
  return drain_conv(a, UINT64_MAX, err);
}

bool audio_voice_add(Audio *a, const int16_t *pcm, size_t frames, int rate, int channels, Error *err) {
  if (!a) return error_set(err, "no sound device");
  if (rate <= 0 || channels < 1 || channels > 8) return error_set(err, "sound of %d Hz, %d channels", rate, channels);
  return voice_add_bytes(a, pcm, frames * (size_t)channels * sizeof(int16_t), AUDIO_S16SYS, rate, channels, err);
}

void audio_voice_end(Audio *a) {
  if (!a || !a->voice_on) return;
  flush_conv(a, NULL);
  lock(a);
  a->voice_more = false;
  unlock(a);
}

void audio_voice_stop(Audio *a) {
  if (!a) return;
  drop_conv(a);
  lock(a);
  bool was = a->voice_on && (a->vhead < a->vlen || a->voice_more);
  a->vhead = a->vlen = 0;
  a->voice_on = a->voice_more = false;
  unlock(a);
  if (was) note_at(a, "voice stop");
}

int audio_voice_heard_ms(Audio *a) {
  if (!a) return -1;
  lock(a);
  int ms = a->voice_on ? (int)(a->heard * 1000 / AUDIO_RATE) : -1;
  unlock(a);
  return ms;
}

bool audio_voice_playing(Audio *a) {
  if (!a) return false;
  lock(a);
  bool playing = a->voice_on && (a->vhead < a->vlen || a->voice_more);
  unlock(a);
  return playing;
}

bool audio_play(Audio *a, const char *path, Error *err) {
  if (!a) return error_set(err, "no sound device");
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) return error_set(err, "%s: no such narration file", path);
  if ((unsigned long long)st.st_size > AUDIO_MAX_BYTES) return error_set(err, "%s: narration file too large", path);
  SDL_AudioSpec spec;
  Uint8 *buf = NULL;
  Uint32 len = 0;
  if (!SDL_LoadWAV(path, &spec, &buf, &len)) return error_set(err, "%s: %s", path, SDL_GetError());
  audio_voice_begin(a);
  bool ok = voice_add_bytes(a, buf, len, spec.format, spec.freq, spec.channels, err);
  SDL_FreeWAV(buf);
  if (!ok) return error_prefix(err, "%s", path);
  audio_voice_end(a);
  return true;
}

void audio_stop(Audio *a) { audio_voice_stop(a); }

void audio_sound(Audio *a, AudioSound s) {
  if (!a || s < 0 || s >= AUDIO_SOUND_COUNT || !a->sounds[s]) return;
  lock(a);
  a->sound = (int)s; /* a new sound replaces the one still ringing */
  a->sound_pos = 0;
  unlock(a);
  wake(a);
  static const char *const names[AUDIO_SOUND_COUNT] = {"tap", "right", "not-quite", "finished"};
  if (a->timeline) audio_note(a, "sound %s", names[s]);
}

/* ---- the clock ------------------------------------------------------------------------ */

void audio_clock(Audio *a, uint64_t now_ms) {
  if (!a) return;
  if (a->device) { /* rest the device when nothing is left to play */
    lock(a);
    bool idle = a->vhead == a->vlen && !(a->voice_on && a->voice_more) && a->sound < 0;
    unlock(a);
    if (idle && !a->paused) {
      SDL_PauseAudioDevice(a->device, 1);
      a->paused = true;
    }
    return;
  }
  if (!a->clocked) return;
  if (!a->started) {
    a->started = true;
    a->clock0 = now_ms;
  }
  uint64_t due = now_ms > a->clock0 ? (now_ms - a->clock0) * AUDIO_RATE / 1000 : 0;
  int16_t buf[AUDIO_WAV_STEP];
  while (a->written < due && !a->failed) {
    size_t n = due - a->written < AUDIO_WAV_STEP ? (size_t)(due - a->written) : AUDIO_WAV_STEP;
    size_t left = a->vlen - a->vhead;
    if (a->voice_on && !a->voice_more && left <= n && !a->end_noted) {
      a->end_noted = true;
      note_frame(a, a->written + left, "voice end");
    }
    mix(a, buf, n);
    unsigned char le[2 * AUDIO_WAV_STEP] = {0}; /* WAV is little-endian */
    for (size_t i = 0; i < n; i++) {
      uint16_t u = (uint16_t)buf[i];
      le[2 * i] = (unsigned char)(u & 0xFF);
      le[2 * i + 1] = (unsigned char)(u >> 8);
    }
    if (a->wav && fwrite(le, 2, n, a->wav) != n) {
      a->failed = true;
      snprintf(a->why, sizeof a->why, "the disk is full or was removed");
    }
    a->written += n;
  }
}
