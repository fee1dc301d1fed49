/* speech.h — text in a language to 16-bit PCM and the words being spoken: libespeak-ng
   on a worker thread, or a pack's recording of the text where there is one. Streams
   (the first chunk comes before the whole text is spoken), stops at once, never prints.
   No SDL here: render/audio plays the chunks; the caller decides what is read and when. */
#ifndef SPEECH_SPEECH_H
#define SPEECH_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/error.h"

#define SPEECH_MAX_ITEMS 64          /* blocks read in one go: a screen has a few dozen */
#define SPEECH_MAX_TEXT 8192         /* bytes of one block; a screen field is 2000 at most */
#define SPEECH_PAUSE_MS 400          /* silence between two blocks, so they stay apart */
#define SPEECH_MAX_RECORDING_S 180   /* the longest text read slowly; bounds memory and size */
#define SPEECH_MAX_RECORDING_BYTES (16u << 20) /* three minutes of 44.1 kHz mono WAV */
#define SPEECH_MIN_RATE 16000        /* recordings: below this, speech is muffled */
#define SPEECH_MAX_RATE 48000

typedef struct Speech Speech;

/* One block of text to read: a title, a paragraph, an option. */
typedef struct SpeechItem {
  const char *text;      /* UTF-8, as shown on screen */
  const char *lang;      /* "en", "th", "en-MY"... */
  const char *recording; /* a pack's .ogg or .wav of this text, played instead, or NULL */
} SpeechItem;

/* A word (or, for a recording, the whole block) and when it is heard. */
typedef struct SpeechWord {
  int item;            /* index into the items of speech_say */
  uint32_t start, end; /* bytes of that item's text */
  uint32_t ms;         /* from the start of the utterance (all items, pauses included) */
} SpeechWord;

/* A piece of the utterance, in order. The caller owns it: speech_chunk_free. */
typedef struct SpeechChunk {
  int16_t *pcm;        /* interleaved frames; NULL when frames is 0 */
  size_t frames;
  int rate, channels;  /* 22050 Hz mono from espeak-ng; a recording's own format */
  SpeechWord *words;   /* words whose timing became known with this chunk */
  int nwords;
} SpeechChunk;

typedef enum SpeechState {
  SPEECH_IDLE,    /* nothing asked, or the last utterance was stopped or taken */
  SPEECH_BUSY,    /* speaking, but no chunk is ready yet */
  SPEECH_CHUNK,   /* *out holds the next chunk */
  SPEECH_DONE     /* every chunk of the utterance was taken (reported once) */
} SpeechState;

/* Words of a text where it has no spaces (Thai): fills starts with the byte offsets
   where words begin, returns the count. Called on the caller's thread by speech_say. */
typedef int (*SpeechBreaker)(void *ud, const char *text, uint32_t *starts, int max);

/* Learner-friendly voice settings of a language. */
typedef struct SpeechVoice {
  int rate;  /* words per minute, espeak-ng's scale (80-450; its own default is 175) */
  int pitch; /* 0-100, 50 normal */
} SpeechVoice;

/* Starts the worker thread; espeak-ng is loaded on the first request (or speech_warm).
   One per process (espeak-ng keeps global state): NULL with err for a second one. */
Speech *speech_new(Error *err);
/* Stops, joins the worker and unloads espeak-ng. */
void speech_free(Speech *s);

/* Loads espeak-ng now (on the worker), so the first request starts sooner. */
void speech_warm(Speech *s);
void speech_set_breaker(Speech *s, SpeechBreaker fn, void *ud);

/* The default for a language (slower than espeak-ng's 175 words per minute), and the
   settings used from the next request on. Out-of-range values are clamped. */
SpeechVoice speech_default_voice(const char *lang);
void speech_set_voice(Speech *s, const char *lang, SpeechVoice v);

/* True when espeak-ng has a voice for the language ("my", "bn-BD"): its dictionary is
   in espeak-ng's data folder (Debian's espeak-ng-data). Reads the folder only. */
bool speech_has_language(const char *lang);
/* Why the kiosk cannot read lang aloud (no voice installed, or a voice known to fail
   on real text: Burmese in espeak-ng 1.51), one line; NULL when it can. Speech
   refuses such items with this line rather than call espeak-ng. */
const char *speech_voice_problem(const char *lang);

/* Reads items in order, after stopping whatever was being read. Texts are copied. An
   item that cannot be read (an unknown language, a bad recording that falls back, a
   failed synthesis) leaves a line in the log and the rest go on. */
void speech_say(Speech *s, const SpeechItem *items, int n);
/* Stops at once: no further chunk of the current utterance is returned. */
void speech_stop(Speech *s);

/* The next chunk, waiting up to wait_ms (0: do not wait, -1: until one comes). */
SpeechState speech_poll(Speech *s, SpeechChunk *out, int wait_ms);
void speech_chunk_free(SpeechChunk *c);

/* Takes the oldest log line (what failed, which file and why), if any. */
bool speech_log_take(Speech *s, Error *line);

/* A whole utterance at once, for the pack checker, tests and tools: the same path as
   speech_say. All chunks must share one format. Caller frees with speech_audio_free. */
typedef struct SpeechAudio {
  int16_t *pcm;
  size_t frames;
  int rate, channels;
  SpeechWord *words;
  int nwords;
} SpeechAudio;
bool speech_render(Speech *s, const SpeechItem *items, int n, SpeechAudio *out, Error *err);
void speech_audio_free(SpeechAudio *a);

/* ---- recordings (recording.c) --------------------------------------------------------- */

typedef struct SpeechRecordingInfo {
  int rate, channels;
  double seconds;
} SpeechRecordingInfo;

/* Checks a recording the way the kiosk will play it: an Ogg Vorbis or 16-bit PCM WAV
   file, SPEECH_MIN_RATE..SPEECH_MAX_RATE Hz, mono or stereo, complete (not cut short),
   at most SPEECH_MAX_RECORDING_S long and SPEECH_MAX_RECORDING_BYTES big, decoded to
   the end. False with err naming the file and the reason. */
bool speech_recording_check(const char *path, SpeechRecordingInfo *info, Error *err);

/* ---- narration: a pack's recordings, found by text (narration.c) --------------------- */

/* A pack ships audio/<lang>/<key>.ogg (or .wav), where key is a key of its
   strings/<lang>.lua ("l01_message_real.intro_text"). */
typedef struct SpeechNarration SpeechNarration;

/* Indexes DIR/audio/<lang>/ against DIR/strings/<lang>.lua. NULL (and no error) when
   the pack has no recordings in that language; NULL with err when the strings cannot
   be read. */
SpeechNarration *speech_narration_open(const char *dir, const char *lang, Error *err);
/* The recording of a text as shown (markup removed, {variables} filled in), or NULL. */
const char *speech_narration_find(const SpeechNarration *n, const char *text);
void speech_narration_free(SpeechNarration *n);

/* ---- the pack checker's part (check.c) ------------------------------------------------ */

typedef struct SpeechCheck {
  char **problems; /* one line each: a bad or unknown recording, a failed synthesis */
  int nproblems;
  char **notes;    /* per language: how many texts are recorded (information) */
  int nnotes;
} SpeechCheck;

/* Checks every recording of the pack at DIR (format, rate, length, that its key
   exists) and synthesises every string of every language the pack declares once,
   failing on an empty or failed synthesis. False with err only when the pack itself
   cannot be read; what is wrong with it goes to out->problems. */
bool speech_check_pack(Speech *s, const char *dir, SpeechCheck *out, Error *err);
void speech_check_free(SpeechCheck *c);

#endif
