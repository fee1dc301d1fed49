/* audio.c — WAV narration through an SDL audio queue (no callback thread of ours). */
#include "render/audio.h"

#include <SDL.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/mem.h"

struct Audio {
  SDL_AudioDeviceID device;
  SDL_AudioSpec spec; /* of the open device */
};

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
  return xcalloc(1, sizeof(Audio));
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
  if (a->device && (a->spec.freq != spec.freq || a->spec.format != spec.format ||
                    a->spec.channels != spec.channels)) {
    SDL_CloseAudioDevice(a->device); /* a file in another format: reopen to match */
    a->device = 0;
  }
  if (!a->device) {
    spec.callback = NULL;
    a->device = SDL_OpenAudioDevice(NULL, 0, &spec, &a->spec, 0);
    if (!a->device) {
      SDL_FreeWAV(buf);
      return error_set(err, "cannot open the sound device: %s", SDL_GetError());
    }
  }
  SDL_ClearQueuedAudio(a->device);
  int rc = SDL_QueueAudio(a->device, buf, len);
  SDL_FreeWAV(buf);
  if (rc != 0) return error_set(err, "%s: %s", path, SDL_GetError());
  SDL_PauseAudioDevice(a->device, 0);
  return true;
}

void audio_stop(Audio *a) {
  if (a && a->device) SDL_ClearQueuedAudio(a->device);
}

void audio_close(Audio *a) {
  if (!a) return;
  if (a->device) SDL_CloseAudioDevice(a->device);
  SDL_QuitSubSystem(SDL_INIT_AUDIO);
  free(a);
}
