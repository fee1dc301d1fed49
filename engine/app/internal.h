/* internal.h — (internal to app/) the App shared by its files. */
#ifndef APP_INTERNAL_H
#define APP_INTERNAL_H

#include "app/app.h"
#include "config/config.h"
#include "config/health.h"
#include "lesson/lesson.h"
#include "packs/packs.h"
#include "play/catalogue.h"
#include "play/kiosk_words.h"
#include "play/play.h"
#include "play/reader.h"
#include "play/session.h"
#include "render/audio.h"
#include "render/input.h"
#include "render/render.h"
#include "speech/speech.h"
#include "stats/stats.h"
#include "text/text.h"
#include "ui/ui.h"

#define APP_COUNTDOWN_S 10       /* "Are you still there?" before the reset */
#define APP_LONG_PRESS_MS 3000   /* the hidden staff gesture: hold the top-left corner */
#define APP_CORNER_DP 64
#define APP_ATTRACT_STEP_MS 2500 /* the invitation changes language this often... */
#define APP_ATTRACT_ANIM_MS 60000 /* ...for a minute, then the board may rest */
#define APP_STAFF_IDLE_S 120
#define APP_CARDS_PER_PAGE 6     /* 2 x 3 lesson cards fit an 800x480 panel */
#define APP_MAX_MENU_PAGES 16

/* The lesson titles of every pack in one language (titles.c): entry i is lesson k of
   pack p, where i counts the lessons of the packs before p, then k; NULL where the
   language has no title. */
typedef struct AppTitles {
  bool loaded;
  char **title;
  int count;
} AppTitles;

/* A lesson as the menu lists it. */
typedef struct MenuEntry {
  int pack;        /* index in the library */
  int lesson;      /* index in the pack; -1 for a pack that cannot be read */
  int topic;       /* index into the topic order */
  bool done;       /* finished in this visit */
  int estimate;    /* screens a run usually has (for the progress bar); 0 unknown */
  int rank;        /* its place in the pack's suggested path */
  char *takeaway;  /* done: its first take-away, for the visit's summary (owned) */
} MenuEntry;

typedef struct MenuPage {
  int topic;
  int first, count; /* into entries */
} MenuPage;

struct App {
  AppOptions opt;
  Log log;                       /* the caller's sink (opt.log points here) */
  char *assets;
  Config config;
  PinGuard guard;
  Text *text;
  Render *render;
  Audio *audio;                  /* NULL until app_idle tried (or no sound device) */
  bool audio_tried;
  Ui *ui;
  Library *library;

  /* languages offered (those with fonts), their words, and the visit's choice */
  char langs[CONFIG_MAX_LANGUAGES][8];
  int nlangs;
  KioskWords words[CONFIG_MAX_LANGUAGES];
  PlayHelp help;      /* the result screen's help lines, in the current language */
  int lang;                      /* index into langs */
  int picker_lang;               /* the language the learner last touched or focused on
                                    the picker, before choosing (-1: none): Get help
                                    from the picker opens in it */
  AppTitles titles[CONFIG_MAX_LANGUAGES + 1]; /* per language; the last: English, when not offered */
  bool prepared;                 /* the text module has loaded what the languages need */

  MenuEntry *entries;
  int nentries;
  MenuPage pages[APP_MAX_MENU_PAGES];
  int npages, page;

  AppState state, back;          /* back: where Help, Leave or a problem return to */
  uint64_t now, last_input, shown_at;
  bool countdown;                /* the "still there?" overlay is up */
  bool badge_new;                /* the result on show earned its lesson's badge now */
  int cards_shown;               /* take-home cards shown since the start */
  uint64_t countdown_start;
  bool large_text;

  /* anonymous statistics: visit.stats is NULL when they cannot be kept (the kiosk
     still teaches); visit.id is 0 until someone touches the attract screen */
  PlayVisit visit;

  /* the lesson being played: the session runs and records it, the app shows it */
  int entry;
  LessonSource *src;
  PlaySession *session;
  char *lesson_title;

  /* what is on screen: view is panel_view or lesson_view (a lesson screen keeps its
     view, and what the learner did on it, while Help or "still there?" is shown) */
  UiView *view;
  UiView *panel_view;
  UiView *lesson_view;
  Panel panel;
  UiFrame frame;
  /* formatted words the panel points to; a slot holds a staff notice and the text it
     heads (a Nepali notice alone is ~200 bytes: 256 cut the text below it mid-word) */
  char strings[24][1024];
  int nstrings;
  bool dirty;

  /* staff */
  char pin[CONFIG_PIN_MAX + 1];
  int pin_len;
  char new_pin[CONFIG_PIN_MAX + 1];
  int pin_stage;                 /* APP_NEW_PIN: 0 first entry, 1 confirmation */
  const char *pin_note;
  bool corner_down;
  uint64_t corner_since;
  bool staff_entered;            /* via PIN: settings may be changed */
  int setting_open;              /* SETTINGS: 1 + the setting whose choices show; 0 the list */

  /* USB sticks with lesson packs (usb.c) */
  int mountinfo;                 /* /proc/self/mountinfo, watched for mounts; -1 */
  uint64_t usb_next;             /* when to look at the stick again */
  char usb_packs[8][256];        /* pack folders found on the stick */
  int nusb;
  int usb_pick;                  /* the stick pack staff are looking at */
  Pack *usb_pack;                /* ... verified, or NULL */
  char usb_report[ERROR_MAX];
  int installed_pick;            /* the library pack staff are looking at */
  TrustedKeys keys;
  int dash_tab, dash_period;     /* the staff dashboard's chart and period */
  PlayCatalogue *dash_names;     /* question words, learned while the kiosk idles */
  int dash_names_lang;           /* ... in this language slot */
  struct { char pack_id[48], lesson_id[64]; } dash_unnamed[8]; /* shown by id so far */
  int ndash_unnamed;

  /* reading aloud (voice.c) */
  Speech *speech;                /* started when first needed */
  PlayReader *reader;
  bool voice_failed;             /* espeak-ng could not start: no speaker */
  bool no_voice[CONFIG_MAX_LANGUAGES]; /* espeak-ng has no voice for langs[i]: no speaker in it */
  bool read_aloud;               /* the visit's switch: each screen is read as it shows */
  bool read_due;                 /* the screen on show is to be read (a chat: once its
                                    first message appears) */
  const UiView *lit_view;        /* the view the word being read was last lit on */
  Answer flags_seen;             /* FLAGS: the answer when the last tap was read */

  /* the kiosk in the field (survive.c) */
  Health health;                 /* the start counter and the last bad exits */
  bool health_on;                /* DATA/health could be written */
  bool safe_mode;                /* repeated failed starts: bundled lessons, default settings */
  bool data_missing;             /* the data partition is not mounted: nothing is kept */
  bool nodata_tmp;               /* ... opt.data_dir is a throw-away folder instead */

  bool quit;
  int exit_status;
};

/* app.c */
void app_show(App *app, AppState state);
void app_refresh(App *app); /* rebuild the current view (state unchanged) */
const UiWords *app_words(const App *app);
const char *app_format(App *app, const char *word, int n, int total); /* into app->strings */
/* The same for a word with a singular form (UiWords' "_one" words, NULL where none). */
const char *app_format_n(App *app, const char *other, const char *one, int n, int total);
const char *app_printf(App *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void app_log(const App *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void app_reset_visit(App *app);
void app_set_language(App *app, int lang);

/* learner.c: building panels and handling the learner's screens */
void learner_build(App *app);
void learner_action(App *app, UiEvent e, int action);
void learner_lesson_event(App *app, UiEvent e);
void learner_stop_lesson(App *app, PlayLeave why);
const Screen *learner_screen(const App *app); /* the lesson screen on show, or NULL */
void learner_build_menu(App *app);
bool learner_idle_applies(const App *app, int *limit_s);
void learner_play_narration(App *app); /* the pack's recording of the screen */
void learner_pointed(App *app);        /* after each input: what the learner is on */

bool app_staff_state(AppState s);
void app_reload_library(App *app);
const char *app_installed_dir(const App *app); /* installed packs: none in safe mode */

/* titles.c: lesson titles per language, read from the packs' strings when first needed
   or while idle */
const char *app_lesson_title(App *app, int pack, int lesson); /* the visit's language, then English; NULL */
bool app_titles_load_next(App *app, bool current_only);       /* false when nothing was left to load */
void app_titles_forget(App *app);                             /* after the library or the languages change */

/* usb.c: sticks with lesson packs, and the staff screens for packs */
void usb_tick(App *app, uint64_t now);
void usb_build(App *app, Panel *p);
void usb_action(App *app, int action);
void usb_free(App *app);
/* Export: asks the board for a read-write mount (and afterwards for the stick to be
   unmounted) when a control folder exists (/run/kiosk, or $KIOSK_USB_CONTROL); true
   once the request is done. Without a control folder there is nothing to ask. */
bool usb_request_writable(App *app, Error *err);
bool usb_request_eject(App *app, Error *err);

/* survive.c: start counter, safe mode, a missing data partition, the exit record */
bool survive_begin(App *app);        /* before anything else; true: safe mode */
void survive_settings(App *app);     /* safe mode: default settings (id and PIN kept) */
void survive_failed(App *app, const char *why); /* the start failed: why, for the record */
void survive_ok(App *app);           /* the start is good (HEALTH_OK_MS after the first frame) */
void survive_stopped(App *app);      /* a clean stop: not a failure */
const char *survive_notice(App *app); /* for the staff menu, or NULL */
char *survive_report(const App *app); /* the record for the export; caller frees */

/* dashboard.c: the staff's statistics */
void dashboard_build(App *app, Panel *p);
void dashboard_action(App *app, int action);
/* What staff must know about the records: how many could not be saved (and, unless
   brief, why), the last failed write, or NULL when all is well. */
const char *dashboard_notice(App *app, bool brief);
/* Plays one lesson of the "Often missed" chart whose questions show by id, so the next
   build names them in words: put-off work for app_idle. False when nothing is left. */
bool dashboard_learn_next(App *app);
/* Drops the learned words (the packs or the language changed; the kiosk stops). */
void dashboard_forget(App *app);

/* voice.c: reading aloud and the sounds */
void voice_open(App *app);
void voice_close(App *app);
bool voice_available(const App *app);   /* the speaker button shows */
bool voice_speaking(const App *app);
void voice_screen_shown(App *app);      /* stops; reads the new screen if the visit asked */
void voice_countdown(App *app, bool up); /* "Are you still there?" came up, or went */
void voice_speaker(App *app);           /* the speaker: the whole screen, or stop */
void voice_read_block(App *app, const char *text);
void voice_feedback(App *app);          /* an answer's feedback shows: its sound, its words */
void voice_lesson_changed(App *app);    /* a tap changed the lesson screen (a red flag found) */
void voice_toggle(App *app);            /* the language screen's read-aloud switch */
void voice_reset(App *app);             /* the visit is over */
void voice_stop(App *app);
void voice_sound(App *app, AudioSound s);
void voice_tick(App *app);
int voice_wake_ms(const App *app);

/* visit.c: progress and reward for the visit, its summary, Get help's card */
const char *visit_tally(App *app);    /* "3 of 13 done" (into app->strings), or NULL */
void visit_lesson_finished(App *app, const Screen *result); /* its badge; sets badge_new */
void visit_forget(App *app);          /* the reset: no lesson done */
void visit_end(App *app, bool idle);  /* the summary (nothing done: the reset at once) */
void visit_build_summary(App *app, Panel *p);
bool visit_summary_due(const App *app, uint64_t now, int *wake_ms); /* time to reset */
void visit_build_card(App *app, Panel *p);
void visit_card_shown(App *app);      /* the view shows a card: counted, nothing else */

/* staff.c */
void staff_build(App *app);
void staff_action(App *app, int action);
bool staff_key(App *app, const Input *in); /* true: the key was the staff screen's */
void staff_enter(App *app);

#endif
