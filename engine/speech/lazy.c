/* lazy.c — the libespeak-ng and libvorbisfile calls of speech.c and recording.c, made
   through core/dl: each library (espeak-ng brings thirty more, PulseAudio's among them)
   is loaded when the kiosk first speaks or plays an Ogg recording, not at every start.
   Each function has the library's own prototype (its header is included), so the
   callers are unchanged; without the library they fail as it would on a bad voice or
   file, and speech falls back as it does for those. */
#define OV_EXCLUDE_STATIC_CALLBACKS /* vorbisfile.h's static callbacks are recording.c's */
#include <espeak-ng/espeak_ng.h>
#include <string.h>
#include <vorbis/vorbisfile.h>

#include "core/dl.h"

#define LIBESPEAK "libespeak-ng.so.1"  /* libespeak-ng1's soname */
#define LIBVORBISFILE "libvorbisfile.so.3" /* libvorbisfile3's */

#define LAZY_FN(lib, type, name, params) \
  static type(*name##_fn) params;        \
  if (!name##_fn) name##_fn = (type(*) params)dl_symbol(lib, #name)

void espeak_ng_InitializePath(const char *path) {
  LAZY_FN(LIBESPEAK, void, espeak_ng_InitializePath, (const char *));
  if (espeak_ng_InitializePath_fn) espeak_ng_InitializePath_fn(path);
}

espeak_ng_STATUS espeak_ng_Initialize(espeak_ng_ERROR_CONTEXT *context) {
  LAZY_FN(LIBESPEAK, espeak_ng_STATUS, espeak_ng_Initialize, (espeak_ng_ERROR_CONTEXT *));
  if (!espeak_ng_Initialize_fn && context) *context = NULL;
  return espeak_ng_Initialize_fn ? espeak_ng_Initialize_fn(context) : ENS_NOT_SUPPORTED;
}

espeak_ng_STATUS espeak_ng_InitializeOutput(espeak_ng_OUTPUT_MODE mode, int buffer_length, const char *device) {
  LAZY_FN(LIBESPEAK, espeak_ng_STATUS, espeak_ng_InitializeOutput, (espeak_ng_OUTPUT_MODE, int, const char *));
  return espeak_ng_InitializeOutput_fn ? espeak_ng_InitializeOutput_fn(mode, buffer_length, device) : ENS_NOT_SUPPORTED;
}

void espeak_SetSynthCallback(t_espeak_callback *callback) {
  LAZY_FN(LIBESPEAK, void, espeak_SetSynthCallback, (t_espeak_callback *));
  if (espeak_SetSynthCallback_fn) espeak_SetSynthCallback_fn(callback);
}

int espeak_ng_GetSampleRate(void) {
  LAZY_FN(LIBESPEAK, int, espeak_ng_GetSampleRate, (void));
  return espeak_ng_GetSampleRate_fn ? espeak_ng_GetSampleRate_fn() : 0;
}

void espeak_ng_GetStatusCodeMessage(espeak_ng_STATUS status, char *buffer, size_t length) {
  LAZY_FN(LIBESPEAK, void, espeak_ng_GetStatusCodeMessage, (espeak_ng_STATUS, char *, size_t));
  if (espeak_ng_GetStatusCodeMessage_fn) {
    espeak_ng_GetStatusCodeMessage_fn(status, buffer, length);
  } else if (length > 0) { /* the library itself is missing: say so */
    strncpy(buffer, dl_why(), length - 1);
    buffer[length - 1] = '\0';
  }
}

void espeak_ng_ClearErrorContext(espeak_ng_ERROR_CONTEXT *context) {
  LAZY_FN(LIBESPEAK, void, espeak_ng_ClearErrorContext, (espeak_ng_ERROR_CONTEXT *));
  if (espeak_ng_ClearErrorContext_fn) espeak_ng_ClearErrorContext_fn(context);
}

espeak_ng_STATUS espeak_ng_SetVoiceByName(const char *name) {
  LAZY_FN(LIBESPEAK, espeak_ng_STATUS, espeak_ng_SetVoiceByName, (const char *));
  return espeak_ng_SetVoiceByName_fn ? espeak_ng_SetVoiceByName_fn(name) : ENS_NOT_SUPPORTED;
}

espeak_ng_STATUS espeak_ng_SetParameter(espeak_PARAMETER parameter, int value, int relative) {
  LAZY_FN(LIBESPEAK, espeak_ng_STATUS, espeak_ng_SetParameter, (espeak_PARAMETER, int, int));
  return espeak_ng_SetParameter_fn ? espeak_ng_SetParameter_fn(parameter, value, relative) : ENS_NOT_SUPPORTED;
}

espeak_ng_STATUS espeak_ng_Synthesize(const void *text, size_t size, unsigned int position,
                                      espeak_POSITION_TYPE position_type, unsigned int end_position,
                                      unsigned int flags, unsigned int *unique_identifier, void *user_data) {
  LAZY_FN(LIBESPEAK, espeak_ng_STATUS, espeak_ng_Synthesize,
          (const void *, size_t, unsigned int, espeak_POSITION_TYPE, unsigned int, unsigned int, unsigned int *, void *));
  return espeak_ng_Synthesize_fn ? espeak_ng_Synthesize_fn(text, size, position, position_type, end_position, flags,
                                                           unique_identifier, user_data)
                                 : ENS_NOT_SUPPORTED;
}

int ov_open_callbacks(void *datasource, OggVorbis_File *vf, const char *initial, long ibytes, ov_callbacks callbacks) {
  LAZY_FN(LIBVORBISFILE, int, ov_open_callbacks, (void *, OggVorbis_File *, const char *, long, ov_callbacks));
  return ov_open_callbacks_fn ? ov_open_callbacks_fn(datasource, vf, initial, ibytes, callbacks) : OV_EFAULT;
}

vorbis_info *ov_info(OggVorbis_File *vf, int link) {
  LAZY_FN(LIBVORBISFILE, vorbis_info *, ov_info, (OggVorbis_File *, int));
  return ov_info_fn ? ov_info_fn(vf, link) : NULL;
}

ogg_int64_t ov_pcm_total(OggVorbis_File *vf, int i) {
  LAZY_FN(LIBVORBISFILE, ogg_int64_t, ov_pcm_total, (OggVorbis_File *, int));
  return ov_pcm_total_fn ? ov_pcm_total_fn(vf, i) : OV_EINVAL;
}

long ov_read(OggVorbis_File *vf, char *buffer, int length, int bigendianp, int word, int sgned, int *bitstream) {
  LAZY_FN(LIBVORBISFILE, long, ov_read, (OggVorbis_File *, char *, int, int, int, int, int *));
  return ov_read_fn ? ov_read_fn(vf, buffer, length, bigendianp, word, sgned, bitstream) : OV_EINVAL;
}

int ov_clear(OggVorbis_File *vf) {
  LAZY_FN(LIBVORBISFILE, int, ov_clear, (OggVorbis_File *));
  return ov_clear_fn ? ov_clear_fn(vf) : 0;
}
