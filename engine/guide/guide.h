/* guide.h — the trainer's guide of a lesson pack: one printable HTML page that opens
   offline, with a part per language of the pack and a section per lesson: its aim,
   time, what learners practise, key messages, discussion prompts, the content note,
   what to do if someone discloses abuse, and the help lines the lesson offers in a
   country. Built from pack.lua, the pack's strings (so any programme's pack gets a
   guide), and the kiosk's own words and help catalogue. It loads nothing: no scripts,
   no fonts, no images from anywhere. */
#ifndef GUIDE_GUIDE_H
#define GUIDE_GUIDE_H

#include <stdbool.h>

#include "core/buf.h"
#include "core/error.h"

typedef struct GuideOptions {
  const char *assets;  /* the kiosk's assets: its words and the help catalogue */
  const char *country; /* whose help lines ("MY"); NULL: MY */
} GuideOptions;

typedef struct GuideReport {
  int lessons, languages;
  int missing;              /* texts a language lacks (English is shown for them) */
  char first_missing[160];  /* e.g. "th: l04_dream_job.guide_aim" */
} GuideReport;

/* Writes the guide of PACK_DIR to out (appended). false with err when pack.lua, the
   strings, the kiosk's words or the catalogue cannot be read; a missing text is not an
   error: it is counted in report and shown in English. */
bool guide_build(const char *pack_dir, const GuideOptions *opt, Buf *out, GuideReport *report,
                 Error *err);

#endif
