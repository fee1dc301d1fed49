/* ui.h — lays a Screen out for a viewport, draws it, and turns taps and keys into an
   Answer. A UiView holds the state of the screen on show: what is selected, which red
   flags were found, whether feedback is showing, keyboard focus. Layout scales from
   800x480 to 1920x1080 and portrait; text that does not fit is reported, not clipped
   silently. Never calls Lua; draws only through render/ (its internals include it; this header
   needs no SDL or render type but the opaque Render). */
#ifndef UI_UI_H
#define UI_UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/input.h"
#include "screen/icon.h"
#include "screen/screen.h"
#include "text/text.h"

typedef struct Render Render; /* render/render.h: where a view is drawn */

/* The engine's own words in the learner's language ({n}, {total} are filled in). */
typedef struct UiWords {
  const char *next;        /* Continue */
  const char *check;       /* Check my answer */
  const char *done;        /* I'm done */
  const char *finish;      /* Finish */
  const char *safe;        /* Safe */
  const char *scam;        /* Scam */
  const char *right;       /* feedback heading when right */
  const char *not_quite;   /* feedback heading when wrong */
  const char *right_answer;/* "The right answer:" */
  const char *is_scam;     /* "This one is a scam." */
  const char *is_safe;     /* "This one is safe." */
  const char *pick_all;    /* hint under a select-all question */
  const char *tap_flags;   /* hint on a red-flag screen */
  const char *found;       /* "Found {n} of {total}" */
  const char *found_all;   /* "You found all the red flags!" */
  const char *missed;      /* "You missed this one:" */
  const char *tap_review;  /* "Tap a highlighted part to see why." */
  const char *looks_normal;/* after tapping an innocent part */
  const char *reply;       /* "What do you reply?" */
  const char *card;        /* "Message {n} of {total}" */
  const char *score;       /* "You got {n} of {total}" */
  const char *complete;    /* result title */
  const char *takeaways;   /* "Remember" */
  const char *get_help;    /* Get help */
  const char *back;        /* Back to menu */
  const char *listen;      /* Listen */
  const char *need_help;   /* "Need to talk to someone?" on the result screen */
  const char *typing;      /* "typing…" */
  const char *type_here;   /* PASSWORD: the empty field */
  const char *space;       /* PASSWORD: the space bar */
  const char *check_password; /* PASSWORD: "Check it" */
  /* the kiosk's own screens */
  const char *welcome_title, *welcome_text, *touch_start, *choose_language, *minutes,
      *prev_page, *next_page, *language, *text_size, *unavailable, *note_title, *note_text,
      *start, *not_now, *still_there, *still_there_text, *im_here, *leave_title, *leave_text,
      *leave_yes, *leave_no, *problem_title, *problem_text, *help_title, *help_text,
      *help_none, *close, *topic_fraud, *topic_accounts, *topic_migration, *topic_help,
      *topic_other, *help_trafficking, *help_scam, *help_child, *help_cyber, *help_women,
      *help_emergency;
  /* staff screens */
  const char *staff_pin, *pin_wrong, *pin_wait, *pin_locked, *pin_new, *pin_again,
      *pin_mismatch, *pin_saved, *cancel, *ok, *staff_menu, *settings, *change_pin,
      *exit_desktop, *back_kiosk, *country, *languages, *idle, *result_idle, *rotation,
      *large_text, *on, *off, *seconds, *degrees, *pin_first, *usb_staff_only, *packs,
      *on_stick, *installed, *bundled, *install, *installing, *install_done, *install_failed,
      *pack_refused,
      *rollback, *switch_off, *switch_on, *no_packs, *stats, *tab_lessons, *tab_weeks,
      *tab_scores, *tab_missed, *tab_languages, *started, *finished, *period_all, *period_30,
      *period_7, *no_data, *export, *exporting, *export_done, *export_failed, *no_stick,
      *stats_off, *average, *wrong_of, *stats_lost, *export_choice, *export_new, *export_all,
      *stats_near_cap, *card_low, *storage_brief,
      *safe_mode, *data_missing, *last_problem;
  /* staff: why a new PIN was refused (config_pin_problem) */
  const char *pin_short, *pin_weak;
  /* reading aloud: the learners' switch, and the staff settings */
  const char *read_aloud, *speech, *speech_auto, *sounds, *volume, *percent;
  /* the language's ten digits, 0 to 9, for numbers shown as words (scores, minutes);
     numbers to dial keep 0-9 */
  const char *digits;
  /* feedback that teaches: verdicts that fit the screen kind, choose-all marks and
     partial credit, and what a practice passphrase lacked */
  const char *right_choice, *reply_good, *reply_not, *danger, *all_found, *found_some,
      *mark_missed, *mark_wrong, *pick_one, *you_said, *pw_short, *pw_common,
      *pw_run, *pw_few_words, *pw_words, *pw_varied;
  /* words with a number: the form for exactly 1 where the language has one ("_one"
     keys; NULL where it has none, as in Malay and Thai) */
  const char *still_there_text_one, *stats_lost_one, *pw_few_words_one;
  /* the take-home card's caption, under its QR code */
  const char *card_caption;
  /* progress and reward: the visit's tally on the menu, the badge a finished lesson
     earns, the visit's end and its summary, the take-home card in Get help, and the
     staff's Reduce motion setting */
  const char *visit_done, *badge_earned, *end_visit, *summary_title, *summary_text,
      *summary_text_one, *card_button, *reduce_motion;
  /* staff statistics: how many take-home cards learners were shown in the period */
  const char *cards_shown;
} UiWords;

/* The engine's words in English (used where a translation lacks one). */
const UiWords *ui_default_words(void);

/* The key of each word in the engine's string tables (assets/strings/<lang>.lua) and
   where it lives in UiWords, so a loader can fill a UiWords from any table. */
typedef struct UiWordKey {
  const char *key;
  size_t offset;
} UiWordKey;
const UiWordKey *ui_word_keys(int *count);

/* Replaces {n} and {total} in one of the words. Caller frees. */
char *ui_format(const char *word, int n, int total);
/* The same with the numbers in DIGITS (UiWords.digits: ten UTF-8 characters, 0 to 9;
   NULL or malformed keeps 0-9). Caller frees. */
char *ui_format_digits(const char *word, int n, int total, const char *digits);
/* The same for a word with a singular form: one (when not NULL) for n == 1, else other. */
char *ui_format_n(const char *other, const char *one, int n, int total, const char *digits);

typedef struct UiHelpline {
  const char *topic;  /* the lesson topic it answers: "scam", "trafficking", "child", ... */
  const char *name;   /* in the learner's language, e.g. "National Scam Response Centre" */
  const char *number; /* e.g. "997" */
  const char *note;   /* hours and ages in words ("Open 24 hours · Under 18"), or NULL */
} UiHelpline;

/* A lesson's result offers up to 3 lines for its topic (the line, the next one for
   older learners, the learner's embassy): 3 for each of the 8 topics. */
#define UI_MAX_HELPLINES 24

typedef struct Ui Ui;

/* words must outlive the Ui (it keeps pointers). */
Ui *ui_new(Text *text, const UiWords *words);
void ui_free(Ui *ui);
void ui_set_words(Ui *ui, const UiWords *words);
/* Opens ahead one font a screen of width x height will ask for (text_warm): one of
   the kiosk's text roles in lang, or with names_only the language picker's name in
   lang. For idle time, a call at a time; false when there is nothing left to open. */
bool ui_warm(Ui *ui, const char *lang, bool names_only, int width, int height);
void ui_set_helplines(Ui *ui, const UiHelpline *lines, int n);
/* The help line a lesson's result shows for its topic (that topic's, else the
   emergency line), or NULL. */
const UiHelpline *ui_helpline_for(const Ui *ui, const char *topic);
/* 1.0 normal, larger for the "large text" setting. */
void ui_set_text_scale(Ui *ui, float scale);

/* How long a new screen or a new feedback panel ignores touches and keys, so a double
   tap never answers a question or skips feedback the learner has not seen. */
#define UI_TAP_GUARD_MS 300
#define UI_TAP_GUARD_MAX_MS 2000
void ui_set_tap_guard(Ui *ui, int ms);
/* Fades and slides last at most UI_FADE_MS (a screen coming in, a chat message
   appearing, a badge being earned); with reduce_motion there are none. */
#define UI_FADE_MS 160
void ui_set_reduce_motion(Ui *ui, bool on);

/* Chrome around the lesson. */
typedef struct UiFrame {
  const char *title;  /* lesson title in the top bar; NULL: no top bar */
  int progress;       /* 0..100, shown as a bar; -1 hides it */
  bool help_button;   /* "Get help", always one tap away in the kiosk */
  bool exit_button;   /* "Back to menu" */
  const char *exit_label; /* another word for the exit button (NULL: "Back to menu") */
  bool speaker;       /* the speaker button, at the bar's right end (with no title: alone,
                         in the same place): reads the screen aloud, or stops */
  bool speaking;      /* the screen is being read: the speaker shows it is on */
  bool badge;         /* RESULT: the lesson's badge is earned now (its first finish this
                         visit): "Badge earned!" beside it */
} UiFrame;

typedef struct UiView UiView;

/* ---- the kiosk's own screens ------------------------------------------------------- */

typedef enum PanelKind {
  PANEL_ATTRACT,   /* "Touch to start" in every language; the whole screen is the button */
  PANEL_LANGUAGES, /* one big button per language, each written in its own script */
  PANEL_MENU,      /* one page of lesson cards under a topic heading */
  PANEL_MESSAGE,   /* a heading, a text and up to three buttons (notes, confirmations) */
  PANEL_COUNTDOWN, /* "Are you still there?" with the seconds left */
  PANEL_HELP,      /* help lines: who, and the number, large */
  PANEL_PIN,       /* the staff PIN pad */
  PANEL_LIST,      /* staff menus and settings: rows of label and value */
  PANEL_CHART,     /* the staff dashboard: a bar chart (one or two series) */
  PANEL_SUMMARY,   /* the end of a visit: each lesson finished with its badge and one
                      take-away (items: label the title, detail the take-away) */
  PANEL_CARD       /* the take-home card of Get help: a QR code holding the help lines
                      (items: label the name, detail the number) as plain text */
} PanelKind;

#define PANEL_MAX_ITEMS 16
#define PANEL_MAX_LINES 8
#define PANEL_MAX_BUTTONS 3

typedef struct PanelItem {
  const char *label;
  const char *detail;     /* a second line: duration, a number, a value, a reason */
  const char *note;       /* HELP: what the line is for */
  const char *icon_path;  /* a PNG, or NULL */
  Icon icon;        /* a drawn icon when there is no PNG; ICON_COUNT for none */
  bool done;              /* MENU: finished in this visit (its badge) */
  bool chosen;            /* LIST: the choice in force (marked, with a tick) */
  bool disabled;          /* shown but not tappable; detail says why */
} PanelItem;

#define PANEL_MAX_BARS 16
#define PANEL_MAX_TABS 6
#define PANEL_PIN_DIGITS 10   /* PIN: the pad's keys 0-9 */

/* One bar of a chart: a and b share the scale (e.g. starts, and completions drawn
   inside them); value is the text at the bar's end. */
typedef struct PanelBar {
  const char *label;
  double a, b;
  const char *value;
} PanelBar;

typedef struct Panel {
  PanelKind kind;
  const char *title;
  const char *text;
  const char *lines[PANEL_MAX_LINES]; /* ATTRACT: the invitation in each language */
  int nlines;
  int highlight;                      /* ATTRACT: the line drawn brightest */
  PanelItem items[PANEL_MAX_ITEMS];
  int nitems;
  int page, pages;                    /* MENU, LIST: 1-based page of pages */
  const char *buttons[PANEL_MAX_BUTTONS]; /* MESSAGE, COUNTDOWN, HELP, PIN, LIST */
  int nbuttons;
  const char *extra;                  /* MENU: the text-size toggle label */
  bool extra_on;                      /* MENU: larger text is on (the toggle shows it) */
  int pin_length;                     /* PIN: digits typed so far (shown as dots) */
  int countdown;                      /* COUNTDOWN: seconds left */
  int progress;                       /* MESSAGE: a progress bar, 0..100; -1 none */
  const char *notice;                 /* ATTRACT, MENU: a small note at the bottom; CHART:
                                         a line under the title (the cards shown) */
  PanelBar bars[PANEL_MAX_BARS];      /* CHART */
  int nbars;
  const char *legend_a, *legend_b;    /* CHART: what a and b count (b may be NULL) */
  double full;                        /* CHART: the value a whole bar stands for (100 for
                                         percentages); 0: the largest value shown */
  const char *tabs[PANEL_MAX_TABS];   /* CHART: the charts to switch between */
  int ntabs, tab;
  const char *toggle;                 /* LANGUAGES: "Read aloud", a big switch under the
                                         languages (NULL: none) */
  bool toggle_on;
  const char *tally;                  /* MENU: the visit's progress, "3 of 13 done" (NULL: none) */
  const char *end_visit;              /* MENU: the button that ends the visit (NULL: none) */
  /* HELP opened from the language picker, before the learner chose: a row that switches
     Get help's language in one tap, each language by its own name (none: no row) */
  const char *switch_langs[PANEL_MAX_LINES];
  int nswitch, switch_on;             /* ... how many, and the one shown now */
} Panel;

/* Actions a panel reports with UI_ACTION (see ui_view_action): single values, and
   numbered ranges (a base + an index). Callers tell the ranges apart by their bases, so
   each range holds every index a panel can have (pinned below), and all of them lie
   above the lesson screens' own actions (pinned in ui/internal.h). */
enum {
  UI_ACT_ITEM = 1000,    /* + item index, < PANEL_MAX_ITEMS */
  UI_ACT_BUTTON = 1100,  /* + button index, < PANEL_MAX_BUTTONS */
  UI_ACT_DIGIT = 1200,   /* + digit, < PANEL_PIN_DIGITS */
  UI_ACT_DELETE = 1300,
  UI_ACT_PAGE_PREV,
  UI_ACT_PAGE_NEXT,
  UI_ACT_EXTRA,          /* MENU: text size */
  UI_ACT_START,          /* ATTRACT: touched anywhere */
  UI_ACT_TOGGLE,         /* LANGUAGES: the read-aloud switch */
  UI_ACT_END_VISIT,      /* MENU: the learner is finished: the visit's summary */
  UI_ACT_TAB = 1400,     /* CHART: + tab index, < PANEL_MAX_TABS */
  UI_ACT_LANGUAGE = 1500 /* HELP: + index into switch_langs, < PANEL_MAX_LINES */
};
_Static_assert(UI_ACT_ITEM + PANEL_MAX_ITEMS <= UI_ACT_BUTTON, "items run into buttons");
_Static_assert(UI_ACT_BUTTON + PANEL_MAX_BUTTONS <= UI_ACT_DIGIT, "buttons run into digits");
_Static_assert(UI_ACT_DIGIT + PANEL_PIN_DIGITS <= UI_ACT_DELETE, "digits run into Delete");
_Static_assert(UI_ACT_END_VISIT < UI_ACT_TAB, "single actions run into tabs");
_Static_assert(UI_ACT_TAB + PANEL_MAX_TABS <= UI_ACT_LANGUAGE, "tabs run into languages");

/* A view of a kiosk screen; p (and the strings it points to) must outlive the view. */
UiView *ui_panel_view_new(Ui *ui, const Panel *p, const UiFrame *frame, int width, int height,
                          uint64_t now);
/* The action of the last UI_ACTION. */
int ui_view_action(const UiView *v);
/* The action of the control a finger is on now, else of the one with the keyboard focus
   (the control the person is about to choose); -1 when neither. */
int ui_view_pointed(const UiView *v);
/* Text that did not fit on the view as laid out, one line each; returns the count. */
int ui_view_problems(const UiView *v, char **problems, int max);
/* Presses the widget with this action (as a tap at its centre would); false if the
   view has none. For scripted tests of the whole kiosk. */
bool ui_view_tap_action(UiView *v, int action, Input *down, Input *up);
/* The next tap a learner would make on this lesson screen to give answer a and then
   continue past its feedback. False when there is none (the view is not a lesson
   screen, or it is still animating). */
bool ui_view_next_tap(UiView *v, const Answer *a, Input *down, Input *up);
/* The control that tap would press (an action, as ui_view_pointed says it), or -1. */
int ui_view_next_action(const UiView *v, const Answer *a);
/* On a PASSWORD screen: the next tap on the on-screen keyboard towards typing the
   character c (a shift or a change of layer or script first, when needed). False when
   c has no key. */
bool ui_view_tap_char(UiView *v, uint32_t c, Input *down, Input *up);
/* How many characters are typed on a PASSWORD screen (never what they are). */
int ui_view_typed_length(const UiView *v);

/* PASSWORD screens: the level a practice password reaches, 0 weak, 1 fair, 2 strong
   (five unrelated words, or 16+ varied characters; common passwords, repeats and
   runs are weak), and a text that reaches a given level. */
#define UI_PASSWORD_MAX 64                    /* characters */
#define UI_PASSWORD_BYTES (UI_PASSWORD_MAX * 4) /* ... in UTF-8 */
/* The on-screen keyboard types Latin letters, digits and symbols, and beside them the
   learner's own script where the kiosk has its layout: Thai (Kedmanee), Nepali
   (romanized), Bengali (Probhat) and Burmese (Myanmar Unicode), layouts of the system's
   USB keyboards (keymaps.c says why each). A real keyboard types any script the kiosk
   writes, through the system's layout. */
typedef enum UiKeyboard {
  UI_KEYBOARD_LATIN,
  UI_KEYBOARD_THAI,
  UI_KEYBOARD_NEPALI,
  UI_KEYBOARD_BENGALI,
  UI_KEYBOARD_BURMESE
} UiKeyboard;
/* The layout for a language ("th", "ne", "bn", "my", "th-MY" ...); Latin for the others. */
UiKeyboard ui_keyboard_for(const char *lang);
void ui_set_keyboard(Ui *ui, UiKeyboard kb);
/* What the Latin layout types, shown in the empty field in signs every learner reads
   (a script's layout shows its own letters first). */
#define UI_KEYBOARD_SCRIPTS "A–Z a–z 0–9"
int ui_password_level(const char *typed);
/* Why a passphrase got its level: what it lacked, or what makes it strong. */
typedef enum UiPasswordWhy {
  UI_PASSWORD_SHORT,     /* under 8 characters */
  UI_PASSWORD_COMMON,    /* a password guessers try first, or built around one */
  UI_PASSWORD_RUN,       /* 12345678, aaaaaaaa: a run or a repeat */
  UI_PASSWORD_FEW_WORDS, /* too few unrelated words (UiPasswordRating.words says how many) */
  UI_PASSWORD_WORDS,     /* five or more unrelated words: strong */
  UI_PASSWORD_VARIED     /* 16+ characters of real variety: strong */
} UiPasswordWhy;
typedef struct UiPasswordRating {
  int level;         /* 0 weak, 1 fair, 2 strong */
  UiPasswordWhy why;
  int words;         /* words that count (unrelated, not filler) */
} UiPasswordRating;
/* t (may be NULL) finds the words of Thai typed without spaces. */
UiPasswordRating ui_password_rate(Text *t, const char *typed);
const char *ui_password_sample(int level);
/* The action a test script names: "continue", "check", "done", "safe", "scam",
   "help", "back", "listen", "start", "delete", "prev", "more", "text-size", "speaker",
   "read-aloud", "end-visit", or with a
   number n inside its range: "option", "part", "item", "button", "digit", "tab",
   "language".
   -1 if unknown or n is out of range. */
int ui_action_named(const char *name, int n);

/* A view of screen s (which must outlive the view) for a width x height viewport;
   images and audio are looked up in asset_dir. now: input_ticks(), for animations. */
UiView *ui_view_new(Ui *ui, const Screen *s, const UiFrame *frame, int width, int height,
                    const char *asset_dir, uint64_t now);
void ui_view_free(UiView *v);

typedef enum UiEvent {
  UI_NOTHING,  /* nothing changed */
  UI_CHANGED,  /* draw again */
  UI_FEEDBACK, /* the learner committed an answer and its feedback shows (draw again;
                  ui_view_answer has the answer): the moment it is recorded */
  UI_ANSWERED, /* the learner is done with the screen: ui_view_answer */
  UI_HELP,     /* the Get help button */
  UI_EXIT,     /* Back to menu (or Escape) */
  UI_LISTEN,   /* play the narration again */
  UI_ACTION,   /* a kiosk screen's button: ui_view_action says which */
  UI_SPEAK,    /* the speaker button: read the screen aloud, or stop */
  UI_READ      /* a block of text was tapped: ui_view_read_text says which */
} UiEvent;

/* One touch or key at time now. A press acts only when it starts after the view's tap
   guard and ends on the same control. */
UiEvent ui_view_input(UiView *v, const Input *in, uint64_t now);
/* The view is shown again (e.g. back from Get help): its tap guard starts again. */
void ui_view_guard(UiView *v, uint64_t now);
/* Milliseconds until the view takes input (0: it does now). */
int ui_view_ready_ms(const UiView *v, uint64_t now);
/* The view shows text containing needle (for scripted tests of what a learner reads). */
bool ui_view_shows(const UiView *v, const char *needle);
/* A lesson screen's feedback is showing (the answer is committed). */
bool ui_view_in_feedback(const UiView *v);
/* The part of the message (as "part N" names it) that holds red flag n, or -1. */
int ui_view_flag_part(const UiView *v, int flag);
/* dp (pixels at 800x480) in this view's pixels. */
int ui_view_dp(const UiView *v, float dp);
/* The learner's answer once UI_ANSWERED was returned. */
bool ui_view_answer(const UiView *v, Answer *a);

/* For drivers that answer without a person: skips animations and shows the state a
   learner giving this answer would see (the feedback), as if they had tapped it. */
void ui_view_show_answer(UiView *v, const Answer *a);
/* Finishes any running animation at once. */
void ui_view_settle(UiView *v);

void ui_view_draw(UiView *v, Render *r, uint64_t now);

/* ---- reading aloud ------------------------------------------------------------------- */

/* Text blocks (not buttons, not the typed passphrase) become tap targets that report
   UI_READ, where nothing else is under the finger. Off by default. */
void ui_set_read_taps(Ui *ui, bool on);
/* The text of the block the last UI_READ was for (as shown), or NULL. */
const char *ui_view_read_text(const UiView *v);
/* A tap on the first block of text that holds `part` (as ui_view_tap_action does). */
bool ui_view_tap_text(UiView *v, const char *part, Input *down, Input *up);
/* Read-along: lights bytes [start, end) of text (a block as read aloud) where the view
   shows it: the first text or button showing exactly that text, else the first holding
   it. NULL clears. A secret (typed) text is never lit. True when the view shows it. */
bool ui_view_highlight(UiView *v, const char *text, uint32_t start, uint32_t end);
/* The words lit now, as the view shows them (caller frees), or NULL when none is. */
char *ui_view_highlighted(const UiView *v);
/* The speaker shows that the screen is being read (drawn so; no new layout). True when
   that changed. */
bool ui_view_set_speaking(UiView *v, bool on);
/* PASSWORD: the level the meter shows for what is typed (0..2), -1 when nothing is. */
int ui_view_meter(const UiView *v);
/* CHAT: the new messages shown so far (they appear one by one). */
int ui_view_revealed(const UiView *v);
/* Milliseconds until the view needs drawing again by itself (an animation step), or -1
   when it is still and only input can change it. */
int ui_view_wake_ms(const UiView *v, uint64_t now);
/* The view comes on screen (a new screen, or one shown again): its content is revealed
   from the top down over UI_FADE_MS under a still top bar; nothing moves with
   reduce_motion. */
void ui_view_enter(UiView *v, uint64_t now);
/* Milliseconds until the view's transitions (coming in, a chat message appearing, a
   badge) are over; 0 when nothing moves. */
int ui_view_moving_ms(const UiView *v, uint64_t now);
/* The view shows a take-home card (a QR code): what the statistics count. */
bool ui_view_shows_card(const UiView *v);
/* Its content is taller than the screen: it scrolls (by the arrows, Page Down, the focus). */
bool ui_view_scrolls(const UiView *v);

/* Lays the screen out in every state a learner can reach (each answer's feedback, each
   red flag's explanation) and reports text that does not fit, one line each into
   problems (caller frees each). Returns the count, at most max. */
int ui_check_fit(Ui *ui, const Screen *s, const UiFrame *frame, int width, int height,
                 char **problems, int max);

#endif
