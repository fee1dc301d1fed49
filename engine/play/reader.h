/* reader.h — reads blocks of text aloud: the speech module's chunks into the audio
   output's one voice, and the word heard at each moment, for read-along. The one path
   of the kiosk (on the sound card's clock), of `kiosk play --read-aloud` and of the
   headless kiosk (on a WAV's clock: each utterance is made whole before it is heard, so
   the file never depends on how fast the machine is). What to read, and when to stop,
   is the caller's; no SDL here. */
#ifndef PLAY_READER_H
#define PLAY_READER_H

#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"
#include "render/audio.h"
#include "speech/speech.h"

typedef struct PlayReader PlayReader;

/* speech and audio are borrowed and must outlive the reader. whole: make each utterance
   whole when it is asked for (a WAV's clock), else take it as it comes (real time). */
PlayReader *play_reader_new(Speech *speech, Audio *audio, bool whole);
void play_reader_free(PlayReader *r);

/* Reads items in order, after stopping what was being read: one voice at a time, never
   two. Texts are copied. what names the utterance in a WAV's timeline ("screen 3
   choice"). */
void play_reader_say(PlayReader *r, const SpeechItem *items, int n, const char *what);
/* Stops at once: nothing more is heard or lit. */
void play_reader_stop(PlayReader *r);

/* Moves what the voice has made into the audio and notes the word heard now; true when
   that word changed (the screen needs drawing). Call it from the clock's tick. */
bool play_reader_pump(PlayReader *r);
/* Something is being read (made, or still to be heard). */
bool play_reader_speaking(const PlayReader *r);
/* The word heard now: the text of its block (as given to say) and its bytes there;
   false when none is. */
bool play_reader_word(const PlayReader *r, const char **text, uint32_t *start, uint32_t *end);
/* Milliseconds until play_reader_pump has something to do (more sound, the next word,
   the end), or -1 when nothing is being read. */
int play_reader_wake_ms(const PlayReader *r);

/* Of the current (or last) utterance: sound made so far in ms, and words timed. */
int play_reader_made_ms(const PlayReader *r);
int play_reader_words(const PlayReader *r);
/* Takes the voice's oldest log line (an unknown language, a failed synthesis). */
bool play_reader_log_take(PlayReader *r, Error *line);

#endif
