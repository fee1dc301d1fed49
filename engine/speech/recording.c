/* recording.c — a pack's recorded narration, read as a stream: Ogg Vorbis through
   libvorbisfile, or 16-bit PCM WAV read here. The files come from USB sticks: every
   size, count and offset is checked before it is used, and a file cut short is found
   before it is played. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <vorbis/vorbisfile.h>

#include "core/mem.h"
#include "speech/internal.h"

#define RECORDING_TAIL 65536 /* an Ogg page is at most 65307 bytes: the last one is in here */
#define RECORDING_MAX_CHUNKS 64 /* RIFF chunks before "data"; real files have 2 to 5 */

typedef enum { REC_OGG, REC_WAV } RecKind;

struct RecordingReader {
  RecKind kind;
  const char *path; /* borrowed from the caller, for messages */
  int channels;
  OggVorbis_File vf;
  int section;
  FILE *f;          /* WAV */
  uint64_t left;    /* WAV: bytes of sound not read yet */
};

static uint32_t le32(const unsigned char *b) {
  return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}
static uint16_t le16(const unsigned char *b) { return (uint16_t)(b[0] | b[1] << 8); }

static bool check_format(const char *path, int rate, int channels, double seconds, Error *err) {
  if (channels < 1 || channels > 2)
    return error_set(err, "%s: %d channels; a recording must be mono (or stereo)", path, channels);
  if (rate < SPEECH_MIN_RATE || rate > SPEECH_MAX_RATE)
    return error_set(err, "%s: %d Hz; record at 22050, 44100 or 48000 Hz", path, rate);
  if (seconds > SPEECH_MAX_RECORDING_S)
    return error_set(err, "%s: %.0f s long; at most %d s", path, seconds, SPEECH_MAX_RECORDING_S);
  if (seconds <= 0) return error_set(err, "%s: holds no sound", path);
  return true;
}

/* An Ogg stream ends with a page flagged end-of-stream; a file cut short (a pulled stick,
   a copy that stopped) ends without one, or inside its last page. */
static bool ogg_complete(FILE *f, long size, const char *path, Error *err) {
  long from = size > RECORDING_TAIL ? size - RECORDING_TAIL : 0;
  size_t n = (size_t)(size - from);
  unsigned char *tail = xmalloc(n);
  bool ok = fseek(f, from, SEEK_SET) == 0 && fread(tail, 1, n, f) == n;
  long page = -1;
  for (long i = (long)n - 27; ok && i >= 0; i--)
    if (memcmp(tail + i, "OggS", 4) == 0 && tail[i + 4] == 0) {
      page = i;
      break;
    }
  if (ok && page >= 0) {
    size_t nseg = tail[page + 26], body = 0;
    ok = (size_t)page + 27 + nseg <= n;
    for (size_t k = 0; ok && k < nseg; k++) body += tail[page + 27 + k];
    ok = ok && (size_t)page + 27 + nseg + body <= n && (tail[page + 5] & 0x04);
  }
  free(tail);
  rewind(f);
  if (!ok || page < 0) return error_set(err, "%s: the file is cut short (copy it again)", path);
  return true;
}

static bool ogg_open(RecordingReader *r, FILE *f, long size, SpeechRecordingInfo *info, Error *err) {
  if (!ogg_complete(f, size, r->path, err)) return false;
  int rc = ov_open_callbacks(f, &r->vf, NULL, 0, OV_CALLBACKS_DEFAULT);
  if (rc != 0) return error_set(err, "%s: not an Ogg Vorbis recording (libvorbisfile: %d)", r->path, rc);
  r->f = f; /* now owned by vf: ov_clear closes it */
  vorbis_info *vi = ov_info(&r->vf, -1);
  ogg_int64_t frames = ov_pcm_total(&r->vf, -1);
  if (!vi || frames < 0) return error_set(err, "%s: an Ogg file without a Vorbis stream", r->path);
  info->rate = (int)vi->rate;
  info->channels = vi->channels;
  info->seconds = (double)frames / (double)(vi->rate > 0 ? vi->rate : 1);
  r->channels = vi->channels;
  return check_format(r->path, info->rate, info->channels, info->seconds, err);
}

static bool wav_open(RecordingReader *r, FILE *f, long size, SpeechRecordingInfo *info, Error *err) {
  unsigned char head[12], ch[8], fmt[40];
  if (fread(head, 1, 12, f) != 12 || memcmp(head + 8, "WAVE", 4) != 0)
    return error_set(err, "%s: not a WAV file", r->path);
  bool have_fmt = false;
  int rate = 0, channels = 0;
  for (int k = 0; k < RECORDING_MAX_CHUNKS && fread(ch, 1, 8, f) == 8; k++) {
    uint32_t len = le32(ch + 4);
    long body = ftell(f);
    if (memcmp(ch, "data", 4) == 0) {
      if (!have_fmt) return error_set(err, "%s: a WAV file without its format", r->path);
      if ((uint64_t)body + len > (uint64_t)size)
        return error_set(err, "%s: the file is cut short (%ld of %lu bytes of sound; copy it again)",
                         r->path, size - body, (unsigned long)len);
      r->f = f;
      r->left = len;
      r->channels = channels;
      info->rate = rate;
      info->channels = channels;
      info->seconds = channels ? (double)len / (2.0 * channels * (rate ? rate : 1)) : 0;
      return check_format(r->path, rate, channels, info->seconds, err);
    }
    if (memcmp(ch, "fmt ", 4) == 0) {
      if (len < 16 || len > sizeof fmt || fread(fmt, 1, len, f) != len)
        return error_set(err, "%s: a damaged WAV header", r->path);
      unsigned tag = le16(fmt), bits = le16(fmt + 14);
      if (tag == 0xFFFE && len >= 26) tag = le16(fmt + 24); /* WAVE_FORMAT_EXTENSIBLE */
      channels = le16(fmt + 2);
      rate = (int)le32(fmt + 4);
      if (tag != 1 || bits != 16)
        return error_set(err, "%s: a WAV recording must be 16-bit PCM (this one is %u-bit, format %u)",
                         r->path, bits, tag);
      have_fmt = true;
    }
    if (body < 0 || fseek(f, body + (long)len + (long)(len & 1), SEEK_SET) != 0) break;
  }
  return error_set(err, "%s: a WAV file without sound data", r->path);
}

RecordingReader *recording_open(const char *path, SpeechRecordingInfo *info, Error *err) {
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
    error_set(err, "%s: no such recording", path);
    return NULL;
  }
  if ((unsigned long long)st.st_size > SPEECH_MAX_RECORDING_BYTES) {
    error_set(err, "%s: too big (%.1f MiB; at most %u MiB)", path, (double)st.st_size / 1048576.0,
              SPEECH_MAX_RECORDING_BYTES >> 20);
    return NULL;
  }
  FILE *f = fopen(path, "rb");
  unsigned char magic[4];
  if (!f || fread(magic, 1, 4, f) != 4) {
    error_set(err, "%s: %s", path, f ? "too short to be a recording" : strerror(errno));
    if (f) fclose(f);
    return NULL;
  }
  rewind(f);
  RecordingReader *r = xcalloc(1, sizeof *r);
  r->path = path;
  SpeechRecordingInfo dummy;
  if (!info) info = &dummy;
  bool ok;
  if (memcmp(magic, "OggS", 4) == 0) {
    r->kind = REC_OGG;
    ok = ogg_open(r, f, (long)st.st_size, info, err);
  } else if (memcmp(magic, "RIFF", 4) == 0) {
    r->kind = REC_WAV;
    ok = wav_open(r, f, (long)st.st_size, info, err);
  } else {
    ok = error_set(err, "%s: not an Ogg Vorbis or WAV recording", path);
  }
  if (!r->f) fclose(f); /* not taken by a reader */
  if (!ok) {
    recording_close(r);
    return NULL;
  }
  return r;
}

long recording_read(RecordingReader *r, int16_t *pcm, size_t max, Error *err) {
  size_t want = max * (size_t)r->channels * sizeof(int16_t);
  if (r->kind == REC_WAV) {
    if (want > r->left) want = (size_t)r->left;
    want -= want % ((size_t)r->channels * 2);
    if (want == 0) return 0;
    unsigned char *bytes = (unsigned char *)pcm;
    if (fread(bytes, 1, want, r->f) != want) {
      error_set(err, "%s: could not be read to the end", r->path);
      return -1;
    }
    for (size_t i = 0; i < want / 2; i++) pcm[i] = (int16_t)le16(bytes + 2 * i); /* WAV is little-endian */
    r->left -= want;
    return (long)(want / ((size_t)r->channels * 2));
  }
  static const uint16_t probe = 1;
  int big_endian = *(const unsigned char *)&probe == 0;
  size_t got = 0;
  while (got < want) {
    int section = 0;
    long n = ov_read(&r->vf, (char *)pcm + got, (int)(want - got), big_endian, 2, 1, &section);
    if (n == 0) break;
    if (n < 0) {
      error_set(err, "%s: damaged sound data (libvorbisfile: %ld)", r->path, n);
      return -1;
    }
    vorbis_info *vi = ov_info(&r->vf, section);
    if (!vi || vi->channels != r->channels) {
      error_set(err, "%s: the number of channels changes inside the file", r->path);
      return -1;
    }
    got += (size_t)n;
  }
  return (long)(got / ((size_t)r->channels * 2));
}

void recording_close(RecordingReader *r) {
  if (!r) return;
  if (r->kind == REC_OGG && r->f) ov_clear(&r->vf);
  else if (r->f) fclose(r->f);
  free(r);
}

bool speech_recording_check(const char *path, SpeechRecordingInfo *info, Error *err) {
  SpeechRecordingInfo local;
  if (!info) info = &local;
  RecordingReader *r = recording_open(path, info, err);
  if (!r) return false;
  int16_t buf[4096];
  long n;
  uint64_t frames = 0;
  while ((n = recording_read(r, buf, 4096 / 2, err)) > 0) frames += (uint64_t)n;
  recording_close(r);
  if (n < 0) return false;
  if (frames == 0) return error_set(err, "%s: holds no sound", path);
  return true;
}
