/* catalogue.h — the names of what the statistics record by id, for reports staff can
   read: each lesson's title and the words of each of its questions, in one language,
   learned by playing the lessons (every branch, headless, nothing drawn or recorded).
   `kiosk stats report|summary --lessons DIR` and the staff dashboard use it. */
#ifndef PLAY_CATALOGUE_H
#define PLAY_CATALOGUE_H

#include <stdbool.h>

#include "core/log.h"
#include "stats/stats.h"

typedef struct PlayCatalogue PlayCatalogue;

/* An empty catalogue for lang (titles and questions fall back to English, as on the
   kiosk). assets: the engine's assets, NULL for the default. log: lessons that could
   not be read, one line each (NULL drops them); their ids are then shown. */
PlayCatalogue *play_catalogue_new(const char *lang, const char *assets, const Log *log);
void play_catalogue_free(PlayCatalogue *c);

/* Adds the pack at dir, or each pack in the folder dir (a source tree's lessons/, the
   kiosk's DATA/packs: of two versions of a pack, the newer). A lesson is played the
   first time its names are asked for, so a report plays only the lessons it shows.
   Returns the lessons added, -1 when dir holds no pack (err set). */
int play_catalogue_add(PlayCatalogue *c, const char *dir, Error *err);
bool play_catalogue_has(const PlayCatalogue *c, const char *pack_id, const char *lesson_id);

/* For a caller that cannot wait while a lesson plays (the kiosk's dashboard): whether
   the lesson was played already, so that the names below answer at once (a lesson the
   catalogue does not hold counts as learned: there is nothing to play), and playing it
   now, when the caller has time. */
bool play_catalogue_learned(const PlayCatalogue *c, const char *pack_id, const char *lesson_id);
void play_catalogue_learn(PlayCatalogue *c, const char *pack_id, const char *lesson_id);

/* Callbacks over c for stats_report and stats_summary (valid while c lives). */
StatsNames play_catalogue_names(PlayCatalogue *c);

#endif
