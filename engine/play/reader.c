/* reader.c — the voice of the kiosk (see reader.h): chunks into the audio's voice,
   words timed against what the audio says it has played. */
#include "play/reader.h"

#include <stdlib.h>
#include <string.h>

#include "core/mem.h"

#define READER_POLL_MS 20 /* while a voice is being made in real time: fetch its sound */
#define READER_MIN_WAKE_MS 5

struct PlayReader {
  Speech *speech;
  Audio *audio;
  bool whole;
  char *texts[SPEECH_MAX_ITEMS]; /* the blocks of the utterance (copies) */
  int ntexts;
  SpeechWord *words;             /* timed so far, in order */
  int nwords, capwords;
  bool making;                   /* chunks may still come */
  double made_ms;                /* sound queued for the utterance */
  int word;                      /* the word heard now, or -1 */
};

PlayReader *play_reader_new(Speech *speech, Audio *audio, bool whole) {
  PlayReader *r = xcalloc(1, sizeof *r);
  r->speech = speech;
  r->audio = audio;
  r->whole = whole;
  r->word = -1;
  return r;
}

static void forget(PlayReader *r) {
  for (int i = 0; i < r->ntexts; i++) free(r->texts[i]);
  r->ntexts = 0;
  r->nwords = 0;
  r->made_ms = 0;
  r->word = -1;
  r->making = false;
}

void play_reader_free(PlayReader *r) {
  if (!r) return;
  play_reader_stop(r);
  forget(r);
  free(r->words);
  free(r);
}

void play_reader_stop(PlayReader *r) {
  if (r->making || audio_voice_playing(r->audio)) {
    speech_stop(r->speech);
    audio_voice_stop(r->audio);
  }
  r->making = false;
  r->word = -1;
}

/* Takes the chunks that are ready (waiting for each when wait). */
static void take(PlayReader *r, bool wait) {
  SpeechChunk c;
  SpeechState st = SPEECH_BUSY;
  while (r->making && (st = speech_poll(r->speech, &c, wait ? -1 : 0)) == SPEECH_CHUNK) {
    Error err;
    if (c.frames && !audio_voice_add(r->audio, c.pcm, c.frames, c.rate, c.channels, &err))
      audio_note(r->audio, "voice problem: %s", err.msg);
    if (c.frames) r->made_ms += 1000.0 * (double)c.frames / c.rate;
    if (c.nwords > 0) {
      if (r->nwords + c.nwords > r->capwords) {
        r->capwords = (r->nwords + c.nwords) * 2;
        r->words = xrealloc(r->words, sizeof(SpeechWord) * (size_t)r->capwords);
      }
      memcpy(r->words + r->nwords, c.words, sizeof(SpeechWord) * (size_t)c.nwords);
      r->nwords += c.nwords;
    }
    speech_chunk_free(&c);
  }
  if (r->making && st != SPEECH_BUSY) { /* done, or stopped by someone else */
    r->making = false;
    audio_voice_end(r->audio);
  }
}

void play_reader_say(PlayReader *r, const SpeechItem *items, int n, const char *what) {
  play_reader_stop(r);
  forget(r);
  if (n > SPEECH_MAX_ITEMS) n = SPEECH_MAX_ITEMS;
  if (n <= 0 || !r->audio) return;
  for (int i = 0; i < n; i++) r->texts[r->ntexts++] = xstrdup(items[i].text ? items[i].text : "");
  audio_note(r->audio, "%s", what ? what : "read");
  speech_say(r->speech, items, n);
  audio_voice_begin(r->audio);
  r->making = true;
  take(r, r->whole);
}

bool play_reader_speaking(const PlayReader *r) { return r->making || audio_voice_playing(r->audio); }

bool play_reader_pump(PlayReader *r) {
  if (r->making) take(r, r->whole);
  int word = -1;
  int heard = play_reader_speaking(r) ? audio_voice_heard_ms(r->audio) : -1;
  if (heard >= 0) /* the last word that has begun */
    for (int i = 0; i < r->nwords && r->words[i].ms <= (uint32_t)heard; i++) word = i;
  bool changed = word != r->word;
  r->word = word;
  if (changed && word >= 0) { /* the WAV's timeline says what was said, word by word */
    const SpeechWord *w = &r->words[word];
    if (w->item >= 0 && w->item < r->ntexts)
      audio_note(r->audio, "word %.*s", (int)(w->end - w->start), r->texts[w->item] + w->start);
  }
  return changed;
}

bool play_reader_word(const PlayReader *r, const char **text, uint32_t *start, uint32_t *end) {
  if (r->word < 0) return false;
  const SpeechWord *w = &r->words[r->word];
  if (w->item < 0 || w->item >= r->ntexts) return false;
  *text = r->texts[w->item];
  *start = w->start;
  *end = w->end;
  return true;
}

int play_reader_wake_ms(const PlayReader *r) {
  if (!play_reader_speaking(r)) return r->word >= 0 ? 0 : -1; /* the last word goes out */
  if (r->making && !r->whole) return READER_POLL_MS;
  int heard = audio_voice_heard_ms(r->audio);
  if (heard < 0) return READER_POLL_MS;
  double next = r->made_ms; /* the end, unless a word begins before it */
  for (int i = r->word + 1; i < r->nwords; i++)
    if (r->words[i].ms > (uint32_t)heard) {
      if (r->words[i].ms < next) next = r->words[i].ms;
      break;
    }
  int ms = (int)(next - heard);
  return ms < READER_MIN_WAKE_MS ? READER_MIN_WAKE_MS : ms;
}

int play_reader_made_ms(const PlayReader *r) { return (int)r->made_ms; }

int play_reader_words(const PlayReader *r) { return r->nwords; }

bool play_reader_log_take(PlayReader *r, Error *line) { return speech_log_take(r->speech, line); }
