/* config.h — the kiosk's settings: one human-readable file, DATA/kiosk.lua, created
   with safe defaults on first run, validated on load (a bad value is reported and its
   default used: the kiosk always starts), written atomically. Help lines come from the
   catalogue ASSETS/helplines.lua (numbers gathered with their sources and dates) and are
   copied into the file for the chosen country, where staff may edit them.

   The staff PIN is kept only as an Argon2id hash (libsodium crypto_pwhash_str). Wrong
   PINs cost a growing wait, and many in a row lock staff entry for a while; the count
   survives a restart (DATA/staff-lock), so pulling the plug does not reset it. */
#ifndef CONFIG_CONFIG_H
#define CONFIG_CONFIG_H

#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"

#define CONFIG_MAX_LANGUAGES 8
#define CONFIG_MAX_HELPLINES 32 /* a host country's lines, its embassies and INTL */
#define CONFIG_MAX_HOMES 16
#define CONFIG_LEARNER_MAX_AGE 24 /* the kiosk's learners are 13 to 24: help must fit all */
#define CONFIG_MAX_WARNINGS 16
#define CONFIG_PIN_MIN 4     /* a PIN chosen before the 6-digit rule still opens staff mode */
#define CONFIG_PIN_NEW_MIN 6 /* a PIN chosen now: one in a million, before the guard */
#define CONFIG_PIN_MAX 8
#define CONFIG_TAP_GUARD_DEFAULT 300 /* ms: long enough to stop a double tap, too short to feel */
#define CONFIG_TAP_GUARD_MAX 2000
#define CONFIG_KEEP_DAYS_DEFAULT 365 /* raw records a year after they were exported */
#define CONFIG_KEEP_DAYS_MAX 3650
#define CONFIG_STATS_MB_DEFAULT 1024 /* a few hundred thousand lesson runs */
#define CONFIG_STATS_MB_MAX 65536
#define CONFIG_VOLUME_DEFAULT 80     /* percent: clear in a quiet room, not across a hall */

typedef struct Helpline {
  char id[32];       /* the catalogue's name for it ("my_nsrc"): its translations are the
                        kiosk's strings helplines.ID; "" for a line staff added */
  char topic[16];    /* "trafficking", "scam", "child", "cyber", "women", "emergency",
                        "embassy", "removal" */
  char name[128];    /* who answers, in English, e.g. "National Scam Response Centre" */
  char number[64];   /* what to dial, or an address */
  char hours[24];    /* "" (not known), "24h", "HH:MM-HH:MM" or "mon-fri HH:MM-HH:MM" */
  int min_age, max_age; /* who it serves where the source limits it; 0: no limit */
  char home[4];      /* an embassy's country ("NP"); "" for other lines */
  char source[256];  /* where the number was found */
  char date[16];     /* date of that source, or "n.d." */
  char seen[16];     /* the day the source was read, where recorded */
  bool show;         /* false for numbers the research could not confirm */
} Helpline;

/* A language and the home country it implies ("ne" -> "NP"), from the catalogue. */
typedef struct ConfigHome {
  char lang[8];
  char country[4];
} ConfigHome;

typedef struct Config {
  char kiosk_id[40];         /* random, made on first run; names exports, never a person */
  char country[4];           /* ISO 3166 alpha-2: "MY", "TH", "NP", ... */
  char languages[CONFIG_MAX_LANGUAGES][8]; /* offered to learners, in this order */
  int nlanguages;
  char default_language[8];
  int idle_seconds;          /* no touch for this long on a learner screen: "still there?" */
  int result_idle_seconds;   /* the same on a lesson's result screen */
  int rotation;              /* 0, 90, 180 or 270: how the panel is mounted */
  bool large_text;           /* the learners' text size starts large */
  int tap_guard_ms;          /* a new screen or feedback ignores taps this long (0..2000) */
  bool reduce_motion;        /* no transitions between screens or for chat messages */
  int stats_keep_days;       /* exported raw records older than this are pruned; 0 = keep */
  int stats_max_mb;          /* staff are warned as the statistics near this; 0 = no cap */
  bool speech;               /* texts can be read aloud (the speaker button) */
  bool read_aloud;           /* ...and each screen is read as it shows, until a learner
                                turns it off on the language screen (forgotten at reset) */
  bool sounds;               /* short sounds for a tap, a right answer, "not quite", the end */
  int volume;                /* 0..100 % of voice and sounds */
  char pin_hash[160];        /* crypto_pwhash_str output; "" until a PIN is set */
  bool show_embassy;         /* Get help adds the embassy of the learner's home country */
  Helpline helplines[CONFIG_MAX_HELPLINES];
  int nhelplines;
  ConfigHome homes[CONFIG_MAX_HOMES]; /* from the catalogue, not the settings file */
  int nhomes;
  /* one line per problem found while loading (bad values replaced by defaults) */
  char warnings[CONFIG_MAX_WARNINGS][200];
  int nwarnings;
} Config;

/* Safe defaults: country MY, languages en ms th ne, 90 s / 30 s idle, no rotation,
   help lines of MY from the catalogue, no PIN, a fresh random kiosk id. */
void config_defaults(Config *c, const char *assets_dir);

/* Reads DATA/kiosk.lua (creating it from the defaults when absent). Never leaves c
   unusable: on any problem c holds defaults for what was wrong and c->warnings says
   why. Returns false (err set) only when the file could not be written or read at all
   — the kiosk still runs with c. */
bool config_load(Config *c, const char *data_dir, const char *assets_dir, Error *err);

/* Writes DATA/kiosk.lua atomically (temp file, fsync, rename, fsync folder), readable
   by the kiosk's user only (mode 0600): it holds the PIN's hash. */
bool config_save(const Config *c, const char *data_dir, Error *err);

/* Changes the country and takes its help lines from the catalogue. */
bool config_set_country(Config *c, const char *country, const char *assets_dir, Error *err);

/* The help line for a topic that is to be shown, or NULL. */
const Helpline *config_helpline(const Config *c, const char *topic);

/* The home country a learner's language implies ("ne" -> "NP"), or NULL (English, or a
   language the catalogue does not pair). */
const char *config_home_country(const Config *c, const char *lang);

/* The shown embassy lines of the learner's home country in this country: none when
   staff turned them off, when the language implies no home, or when home is here. */
int config_embassies(const Config *c, const char *lang, const Helpline **out, int max);

#define CONFIG_MAX_OFFERED 3
/* What a lesson on TOPIC offers a learner of LANG, best first: the topic's first shown
   line (the emergency line where the country has none); when that line serves only up
   to an age below CONFIG_LEARNER_MAX_AGE, the topic's next line for the ages above it
   (else the emergency line), so no 18-24-year-old is sent to an under-18 line alone;
   and for "trafficking" the learner's embassy (config_embassies). Returns the count. */
int config_help_offered(const Config *c, const char *topic, const char *lang,
                        const Helpline **out, int max);

/* The countries the catalogue covers ("MY", "TH", ...), at most max, in no set order.
   Returns the count, or -1 (err set) when the catalogue cannot be read. */
#define CONFIG_MAX_COUNTRIES 32
int config_catalogue_countries(const char *assets_dir, char (*out)[4], int max, Error *err);

/* Whether topic is one the catalogue and lessons may name, and all of them. */
bool config_topic_known(const char *topic);
#define CONFIG_NTOPIC_NAMES 8
extern const char *const config_topic_names[CONFIG_NTOPIC_NAMES];

/* ---- the staff PIN ------------------------------------------------------------------ */

/* Why a new PIN may not be chosen. A guesser tries repeats, runs and the most common
   PINs first, so those are refused whatever their length. */
typedef enum PinProblem {
  PIN_FINE,
  PIN_NOT_DIGITS, /* anything but 0-9, or longer than CONFIG_PIN_MAX */
  PIN_TOO_SHORT,  /* under CONFIG_PIN_NEW_MIN digits */
  PIN_GUESSABLE   /* a repeat (111111, 121212, 123123), a run up or down (345678,
                     987654), two digits only (110011), or one of the most common PINs
                     (147258, 159753, 520520...) */
} PinProblem;
PinProblem config_pin_problem(const char *pin);
/* The same as one line for staff in err (never holding the PIN); true when fine. */
bool config_pin_acceptable(const char *pin, Error *err);

/* Hashes pin into c->pin_hash when config_pin_problem finds nothing wrong with it (err
   says what was, in one line, without the PIN). The caller saves the config. */
bool config_set_pin(Config *c, const char *pin, Error *err);

typedef enum PinResult {
  PIN_OK,       /* right: failures reset */
  PIN_WRONG,    /* wrong: counted */
  PIN_WAIT,     /* too soon after wrong ones: not even checked */
  PIN_NOT_SET   /* no PIN yet: staff must set one */
} PinResult;

typedef struct PinGuard {
  const char *data_dir;
  int failures;          /* wrong PINs in a row (persisted in DATA/staff-lock) */
  uint64_t last_fail_ms; /* on the caller's monotonic clock */
  bool unsaved;          /* the count could not be saved (read-only or full data folder) */
} PinGuard;

/* Reads the persisted failure count. A lock file that exists but cannot be read, or
   does not hold a count, locks as after 10 wrong PINs: the guard fails closed. */
void pin_guard_open(PinGuard *g, const char *data_dir, uint64_t now_ms);
/* Milliseconds before another PIN may be tried: 0 for the first 3 tries, then doubling
   from 2 s, and 15 minutes once 10 wrong PINs were entered in a row — or at once after
   a wrong PIN whose count could not be saved, since a restart would forget it. */
uint64_t pin_guard_wait_ms(const PinGuard *g, uint64_t now_ms);
/* Checks pin against c->pin_hash, honouring and updating the guard. */
PinResult pin_guard_check(PinGuard *g, const Config *c, const char *pin, uint64_t now_ms);

#endif
