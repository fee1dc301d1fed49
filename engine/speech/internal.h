/* internal.h — (internal to speech/) text preparation, the recording reader and the
   markup of string tables, shared by the files of the module. */
#ifndef SPEECH_INTERNAL_H
#define SPEECH_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "speech/speech.h"

/* ---- prepare.c: what espeak-ng reads, and where each of its characters came from ---- */

typedef struct SpeechSpan {
  uint32_t start, end; /* bytes of the original text */
} SpeechSpan;

typedef struct Prepared {
  char *text;     /* UTF-8 for espeak-ng: numbers spelt out for the language, phone
                     numbers and codes digit by digit, Thai words apart */
  uint32_t *src;  /* per code point of text: the byte of the original it reads */
  int ncps;
  SpeechSpan *words; /* the original's words (letters or digits in them), in order */
  int nwords;
} Prepared;

/* Prepares text (clean UTF-8) in language lang; starts are the byte offsets where
   words begin inside runs without spaces (from the caller's breaker), sorted. */
void prepare_text(const char *text, const char *lang, const uint32_t *starts, int nstarts,
                  Prepared *out);
void prepare_free(Prepared *p);

/* The word that holds (or, in a gap, follows) byte b of the original; nwords past the end. */
int prepare_word_at(const Prepared *p, uint32_t b);

/* A code point that is spoken: a letter, mark or digit of any script. */
bool prepare_is_spoken(uint32_t cp);

/* ---- numbers.c: numbers as words where espeak-ng cannot say them ----------------- */

/* Appends the Thai words of n (espeak-ng's Thai voice reads "1500" digit by digit). */
void numbers_thai_words(uint64_t n, Buf *out);

/* ---- recording.c: a streaming reader of Ogg Vorbis and 16-bit PCM WAV ---------------- */

typedef struct RecordingReader RecordingReader;

/* Opens and checks what can be checked without decoding: size, header, rate, channels,
   length, that the file is complete. */
RecordingReader *recording_open(const char *path, SpeechRecordingInfo *info, Error *err);
/* Up to max frames into pcm (interleaved); the count, 0 at the end, -1 with err. */
long recording_read(RecordingReader *r, int16_t *pcm, size_t max, Error *err);
void recording_close(RecordingReader *r);

/* ---- markup.c: the text a string table entry shows ---------------------------------- */

#define MARKUP_WILDCARD '\x01' /* stands for a {variable} in a markup_plain pattern */

/* The text of a string-table entry as a screen shows it: {flag|words} become words,
   {{ and }} braces; each {variable} becomes var (NULL: MARKUP_WILDCARD, which markup_matches
   lets match any run). */
char *markup_plain(const char *entry, const char *var);
/* True when shown text is a markup_plain pattern's text; runs of spaces compare equal,
   and spaces at either end do not count. */
bool markup_matches(const char *pattern, const char *shown);

#endif
