/* lesson.h — runs untrusted Lua lessons and reads a pack's Lua data files.

   A lesson run is a fresh sandboxed Lua state in a child process; the lesson's code is
   a coroutine that yields a Screen per interaction and receives the learner's Answer.
   The engine only ever sees Screens, never Lua. A lesson that errors, loops, exhausts
   memory, hangs inside C or crashes ends its own process, and the engine gets one line
   "lesson FILE: reason". pack.lua and strings/<lang>.lua are data: they are evaluated
   in a sandbox with no libraries and handed over as plain C structs. */
#ifndef LESSON_LESSON_H
#define LESSON_LESSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/error.h"
#include "screen/screen.h"

/* ---- string tables ------------------------------------------------------------- */

/* Translations of one language: nested tables flattened to dotted keys
   ("l01.intro_title"). */
typedef struct StringTable StringTable;

/* Reads DIR/LANG.lua. NULL with err when missing or malformed. */
StringTable *strings_load(const char *dir, const char *lang, Error *err);

/* Language is not country: reads DIR/LANG.lua, then DIR/LANG-CC.lua over it, where CC is
   COUNTRY (the kiosk's, "MY") or the region LANG already names ("ne-MY"). The regional
   file is optional; the base file is not, and a broken regional file is an error. So
   "ne" at a Malaysian kiosk shows ne-MY's ringgit and Malaysian places, and ne's words
   for everything ne-MY leaves out (lang-CC -> lang; callers add -> en). */
StringTable *strings_load_locale(const char *dir, const char *lang, const char *country,
                                 Error *err);
/* "ne-MY" from ("ne", "MY") or ("ne-MY", anything); just LANG when there is no region.
   Writes at most n bytes; false (out = "") for a code that is not lang or lang-CC. */
bool strings_locale_name(const char *lang, const char *country, char *out, size_t n);
const char *strings_get(const StringTable *t, const char *key); /* NULL if absent */
int strings_count(const StringTable *t);
const char *strings_key(const StringTable *t, int i); /* sorted */
void strings_free(StringTable *t);

/* PATTERN with each {NAME} of names[] replaced by its value ("Open {from} to {to}");
   other braces are kept. Caller frees. */
char *strings_fill(const char *pattern, const char *const *names, const char *const *values, int n);

/* ---- other data files (the kiosk configuration, catalogues) -------------------------- */

/* A Lua data file evaluated in the sandbox and copied into a plain C tree, so modules
   that read settings never touch Lua. Keys of tables are strings or 1-based integers. */
typedef enum DataType { DATA_NIL, DATA_BOOLEAN, DATA_NUMBER, DATA_STRING, DATA_TABLE } DataType;
typedef struct DataValue DataValue;

DataValue *data_load(const char *path, size_t max_bytes, Error *err);
DataType data_type(const DataValue *v);              /* DATA_NIL for a NULL value */
const DataValue *data_field(const DataValue *t, const char *key); /* NULL if absent */
const DataValue *data_item(const DataValue *t, int i);           /* t[i], 1-based */
int data_count(const DataValue *t);                  /* the array part: #t */
int data_nfields(const DataValue *t);                /* string keys (in no set order) */
const char *data_field_name(const DataValue *t, int i);
const DataValue *data_field_value(const DataValue *t, int i);
const char *data_string(const DataValue *v);          /* NULL unless a string */
bool data_number(const DataValue *v, double *out);
bool data_boolean(const DataValue *v, bool *out);
void data_free(DataValue *v);

/* ---- pack metadata (pack.lua) ---------------------------------------------------- */

#define PACK_MAX_LESSONS 64
#define PACK_MAX_LANGUAGES 16
#define PACK_MAX_REVIEWS 32

/* One review of a pack's texts: what kind, its state, and who did it, by role (a
   programme records "native Thai speaker, youth worker", never a person's name). */
typedef struct PackReview {
  char *kind;    /* "native" (a native speaker), "subject" (an online-safety or anti-
                    trafficking educator), "survivor" (a survivor advisory group), "author" */
  bool done;     /* false: still needed */
  char *role;    /* who reviewed, as a role; required when done */
  char *date;    /* "YYYY-MM-DD"; required when done */
  char *langs;   /* the languages it covers, space-separated; NULL: every language */
  char *lessons; /* the lesson ids it covers, space-separated; NULL: every lesson */
  char *note;    /* what it found or what it must look at; may be NULL */
} PackReview;

typedef struct PackLesson {
  char *id;        /* also the section of the string tables holding its texts */
  char *file;      /* pack-relative, e.g. "lessons/l01_message_real.lua" */
  char *topic;     /* "fraud", "accounts", "migration", ... */
  char *icon;      /* pack-relative asset, or NULL */
  int minutes;
  bool sensitive;  /* the kiosk shows a content note first */
} PackLesson;

typedef struct PackInfo {
  char *dir;
  char *id;
  char *version;     /* "MAJOR.MINOR.PATCH" */
  char *min_engine;  /* oldest engine version that plays it */
  char *languages[PACK_MAX_LANGUAGES];
  int nlanguages;
  char *review[PACK_MAX_LANGUAGES]; /* per language: a note that a native speaker should
                                       review it, or NULL */
  PackReview reviews[PACK_MAX_REVIEWS]; /* `reviews`, then one "native, needed" per note
                                           of `review` */
  int nreviews;
  PackLesson lessons[PACK_MAX_LESSONS];
  int nlessons;
  /* The suggested path: path[0..nstart) is the short "start here" set, the rest follows
     in order; lessons the pack's `path` leaves out follow in pack order. Indexes into
     lessons; npath == nlessons. */
  int path[PACK_MAX_LESSONS];
  int npath, nstart;
  /* What each country file changes, worked out the first time pack_info_locale_changes
     asks about it: each file is loaded once, not once per lesson. Owned. */
  struct PackLocaleCache *locale_cache;
} PackInfo;

PackInfo *pack_info_load(const char *pack_dir, Error *err);
/* The review status, one line per review ("native th: needed (L01 L04): note"), for
   `kiosk pack check` and the trainer's guide. Caller frees. */
char *pack_info_review_report(const PackInfo *p);
const PackLesson *pack_info_lesson(const PackInfo *p, const char *id);
/* The codes a pack's lessons are played in: the languages it declares, then each locale
   over one of them (strings/LANG-CC.lua, "ne-MY": Nepali at a Malaysian kiosk), in name
   order. A strings file of a language not declared (a translation in progress) is not
   one. Writes at most max codes; returns how many. */
#define PACK_LOCALE_MAX 16
int pack_info_locales(const PackInfo *p, char out[][PACK_LOCALE_MAX], int max);
/* Whether the country file of LOCALE (strings/ne-MY.lua) changes what lesson LESSON_ID
   shows: a text in the lesson's own section, or one outside every lesson's section (words
   lessons share). A declared language, and a country file that does not load, always do.
   Exploring a country file only where it changes something checks all it adds (the rest
   is its language's, explored anyway): `kiosk pack check` and test_lessons. Each country
   file is read once per PackInfo (the answer is kept for every lesson). */
bool pack_info_locale_changes(const PackInfo *p, const char *locale, const char *lesson_id);
void pack_info_free(PackInfo *p);

/* Compares "1.2.10" with "1.10.0" numerically: <0, 0, >0. Malformed sorts lowest. */
int version_compare(const char *a, const char *b);
bool version_valid(const char *v);

/* ---- running a lesson ------------------------------------------------------------ */

typedef struct LessonSource {
  char *file;      /* the lesson .lua */
  char *pack_dir;  /* strings/ and assets/ are looked up here */
  char *lesson_id; /* the string-table section searched first */
} LessonSource;

/* Finds the pack and id of a lesson given as a file path ("PACK/lessons/x.lua", or any
   .lua file with strings/ beside it) or as PACK_DIR/LESSON_ID. */
LessonSource *lesson_source_new(const char *spec, Error *err);
LessonSource *lesson_source_from_pack(const PackInfo *pack, const PackLesson *lesson);
void lesson_source_free(LessonSource *src);

typedef struct LessonVar {
  const char *name;  /* replaces {name} in lesson texts, e.g. "help.scam" */
  const char *value;
} LessonVar;

typedef struct LessonOptions {
  const char *lang;          /* language of the texts; English fills gaps */
  const char *country;       /* the kiosk's country: strings/LANG-CC.lua, where the pack has
                                one, goes over strings/LANG.lua (NULL: none) */
  uint64_t seed;             /* math.random seed; a fixed seed replays a run exactly */
  size_t memory;             /* Lua heap ceiling in bytes; 0 = LESSON_DEFAULT_MEMORY */
  uint64_t instructions;     /* VM instructions between two screens; 0 = default */
  int step_ms;               /* wall-clock limit between two screens; 0 = default */
  const LessonVar *vars;
  int nvars;
} LessonOptions;

#define LESSON_DEFAULT_MEMORY (64u << 20)         /* a lesson needs < 2 MiB */
#define LESSON_DEFAULT_INSTRUCTIONS 50000000ull   /* ~0.2 s of Lua on a Pi 3 */
#define LESSON_DEFAULT_STEP_MS 5000               /* process watchdog: C-level hangs
                                                     (KIOSK_LESSON_STEP_MS overrides it) */
#define LESSON_MAX_FILE (512 * 1024)              /* bytes of one lesson source */

typedef struct LessonRun LessonRun;

typedef enum LessonStatus {
  LESSON_SCREEN, /* *screen holds the next Screen (caller frees) */
  LESSON_DONE,   /* the lesson finished */
  LESSON_FAILED  /* err holds "lesson FILE: reason" */
} LessonStatus;

/* Starts a run. Never fails for lesson faults: those come back from lesson_next. */
LessonRun *lesson_start(const LessonSource *src, const LessonOptions *opt, Error *err);

/* Passes the answer to the previous screen (NULL on the first call) and waits for the
   next screen. After LESSON_DONE or LESSON_FAILED the run is over. */
LessonStatus lesson_next(LessonRun *run, const Answer *answer, Screen **screen, Error *err);

/* Warnings so far: missing translations (with file and line), print() output. */
int lesson_warning_count(const LessonRun *run);
const char *lesson_warning(const LessonRun *run, int i);

/* Score so far over graded screens. */
void lesson_score(const LessonRun *run, int *points, int *max);

/* Ends the run (the process is killed if still running) and frees it. */
void lesson_stop(LessonRun *run);

#endif
