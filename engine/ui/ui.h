/* ui.h — lays a Screen out for a viewport, draws it, and turns taps and keys into an
   Answer. A UiView holds the state of the screen on show: what is selected, which red
   flags were found, whether feedback is showing, keyboard focus. Layout scales from
   800x480 to 1920x1080 and portrait; text that does not fit is reported, not clipped
   silently. Never calls Lua; draws only through render.h. */
#ifndef UI_UI_H
#define UI_UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "render/input.h"
#include "render/render.h"
#include "screen/screen.h"
#include "text/text.h"

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

typedef struct UiHelpline {
  const char *topic;  /* "scam", "trafficking", "child", "cyber", "emergency" */
  const char *name;   /* e.g. "National Scam Response Centre" */
  const char *number; /* e.g. "997" */
} UiHelpline;

#define UI_MAX_HELPLINES 8

typedef struct Ui Ui;

/* words must outlive the Ui (it keeps pointers). */
Ui *ui_new(Text *text, const UiWords *words);
void ui_free(Ui *ui);
void ui_set_words(Ui *ui, const UiWords *words);
void ui_set_helplines(Ui *ui, const UiHelpline *lines, int n);
/* 1.0 normal, larger for the "large text" setting. */
void ui_set_text_scale(Ui *ui, float scale);

/* Chrome around the lesson. */
typedef struct UiFrame {
  const char *title;  /* lesson title in the top bar; NULL: no top bar */
  int progress;       /* 0..100, shown as a bar; -1 hides it */
  bool help_button;   /* "Get help", always one tap away in the kiosk */
  bool exit_button;   /* "Back to menu" */
} UiFrame;

typedef struct UiView UiView;

/* A view of screen s (which must outlive the view) for a width x height viewport;
   images and audio are looked up in asset_dir. now: input_ticks(), for animations. */
UiView *ui_view_new(Ui *ui, const Screen *s, const UiFrame *frame, int width, int height,
                    const char *asset_dir, uint64_t now);
void ui_view_free(UiView *v);

typedef enum UiEvent {
  UI_NOTHING,  /* nothing changed */
  UI_CHANGED,  /* draw again */
  UI_ANSWERED, /* the learner is done with the screen: ui_view_answer */
  UI_HELP,     /* the Get help button */
  UI_EXIT,     /* Back to menu (or Escape) */
  UI_LISTEN    /* play the narration again */
} UiEvent;

UiEvent ui_view_input(UiView *v, const Input *in, uint64_t now);
/* The learner's answer once UI_ANSWERED was returned. */
bool ui_view_answer(const UiView *v, Answer *a);

/* For drivers that answer without a person: skips animations and shows the state a
   learner giving this answer would see (the feedback), as if they had tapped it. */
void ui_view_show_answer(UiView *v, const Answer *a);
/* Finishes any running animation at once. */
void ui_view_settle(UiView *v);

void ui_view_draw(UiView *v, Render *r, uint64_t now);
/* Milliseconds until the view needs drawing again by itself (an animation step), or -1
   when it is still and only input can change it. */
int ui_view_wake_ms(const UiView *v, uint64_t now);

/* Lays the screen out in every state a learner can reach (each answer's feedback, each
   red flag's explanation) and reports text that does not fit, one line each into
   problems (caller frees each). Returns the count, at most max. */
int ui_check_fit(Ui *ui, const Screen *s, const UiFrame *frame, int width, int height,
                 char **problems, int max);

#endif
