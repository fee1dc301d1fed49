/* internal.h — (internal to ui/) widgets, the view state and the layout helpers shared
   by the builders of each screen kind. */
#ifndef UI_INTERNAL_H
#define UI_INTERNAL_H

#include "qr/qr.h"
#include "render/render.h"
#include "ui/sizes.h"
#include "ui/theme.h"
#include "ui/ui.h"

typedef enum WidgetKind {
  W_BOX,     /* filled rounded rectangle, optional border */
  W_TEXT,    /* a laid-out paragraph */
  W_BUTTON,  /* box + centred label, a hit target */
  W_ICON,
  W_IMAGE,
  W_HIT,     /* an invisible hit target (a piece of a message) */
  W_QR       /* the take-home card's QR code, its quiet zone included */
} WidgetKind;

/* Actions a hit target on a lesson screen triggers: single values, then numbered ranges
   (a base + an index) each wide enough for every index its screen can have, all below
   the panels' UI_ACT_* (activate() tells the two apart by UI_ACT_ITEM). */
#define ACT_OPTION_SLOTS 32   /* options: SCREEN_MAX_OPTIONS, bits of Answer.picked */
#define ACT_SEGMENT_SLOTS 64  /* tappable parts of a message: VIEW_MAX_SEGMENTS */
#define KEY_MAX_ROWS 4        /* rows of characters on the on-screen keyboard */
#define KEY_ROW_SLOTS 16      /* keys a row can hold */
#define ACT_KEY_SLOTS (16 + KEY_MAX_ROWS * KEY_ROW_SLOTS) /* commands, then the keys by place */
enum {
  ACT_NONE = 0,
  ACT_NEXT,      /* Continue / Finish */
  ACT_CHECK,     /* MULTI: check the ticked options */
  ACT_DONE,      /* FLAGS: finished looking */
  ACT_SAFE,
  ACT_SCAM,
  ACT_HELP,
  ACT_EXIT,
  ACT_LISTEN,
  ACT_SPEAK,     /* the speaker in the top bar */
  ACT_READ,      /* a block of text, tapped to hear it (the widget says which) */
  ACT_SCROLL_UP, /* the content that does not fit: a page back */
  ACT_SCROLL_DOWN, /* ... a page on */
  ACT_OPTION,    /* + option index */
  ACT_SEGMENT = ACT_OPTION + ACT_OPTION_SLOTS, /* + message segment index */
  ACT_KEY = ACT_SEGMENT + ACT_SEGMENT_SLOTS,    /* PASSWORD: the keyboard's commands */
  ACT_KEY_SHIFT = ACT_KEY + 1,
  ACT_KEY_LAYER = ACT_KEY + 2,   /* letters <-> digits and symbols */
  ACT_KEY_SCRIPT = ACT_KEY + 3,  /* the learner's script <-> Latin */
  ACT_KEY_SPACE = ACT_KEY + 4,
  ACT_KEY_BACK = ACT_KEY + 8,
  ACT_KEY_CHAR = ACT_KEY + 16,   /* + row * KEY_ROW_SLOTS + column: a character key */
  ACT_END = ACT_KEY + ACT_KEY_SLOTS
};
_Static_assert(SCREEN_MAX_OPTIONS <= ACT_OPTION_SLOTS, "options run into segments");
_Static_assert(ACT_KEY_BACK < ACT_KEY_CHAR, "key commands run into characters");
_Static_assert((int)ACT_END <= (int)UI_ACT_ITEM, "lesson actions run into panel actions");

typedef struct Widget {
  WidgetKind kind;
  Rect r;
  Rect hit;          /* where a finger hits it, when larger than r (a red flag); else 0 */
  Color fg, bg, border;
  int radius, border_width;
  TextLayout *text;  /* owned */
  int *offsets;      /* per-line x offsets (centring), owned */
  Color *tag_colors; /* owned, ntags entries */
  int ntags;
  Icon icon;
  const char *image; /* path, owned by the view */
  QrCode *qr;        /* W_QR: owned */
  int action;
  bool focusable;
  bool primary;      /* the control that moves the screen on (Continue, Finish, Check, a
                        notice's first button): where Enter from nothing goes (focus.c) */
  bool secret;       /* W_TEXT: drawn uncached, its text wiped when the widget goes */
  bool hint;         /* fades out after the learner's first tap (UiView.first_tap_at) */
  bool scrolls;      /* inside the view's scroll region: drawn and hit scroll_y higher */
  bool pop;          /* a badge being earned: grows to its size as the view comes in */
  bool dashed;       /* W_BOX: its border is drawn as dashes (a red flag the learner missed) */
  int outset[4];     /* W_BOX: its border is drawn round r grown by these (left, top, right,
                        bottom) and cut to r: a red flag's outline thin or open on a side
                        where letters are near (outline.c) */
  bool phone;        /* inside the pictured phone: a phone's own type sizes (theme.c),
                        not the kiosk's floor for text (UI_TEXT_MIN_DP) */
} Widget;

#define VIEW_MAX_WIDGETS 256
#define VIEW_MAX_SEGMENTS 64
_Static_assert(VIEW_MAX_SEGMENTS <= ACT_SEGMENT_SLOTS, "segments run into keys");

typedef enum Phase { PHASE_ASK, PHASE_FEEDBACK } Phase;

/* Not a flag index: no part tapped yet, or the last tap was on plain words (a miss).
   Segment.flag uses FLAG_TAP_NONE for plain words. */
enum { FLAG_TAP_MISS = -2, FLAG_TAP_NONE = -1 };

/* A part of the message on a FLAGS screen a learner can tap: a red flag or the plain
   words between flags (split at sentence ends so the keyboard can reach every part
   without giving away which parts are flags). */
typedef struct Segment {
  int field;      /* 0 from, 1 subject, 2.. parts */
  uint32_t start, end;
  int flag;       /* flag index, or FLAG_TAP_NONE for plain words */
} Segment;

struct Ui {
  Text *text;
  QrCache *qr;        /* take-home cards' codes, encoded once for every layout tried */
  const UiWords *words;
  UiHelpline help[UI_MAX_HELPLINES];
  int nhelp;
  float text_scale;
  int guard_ms;       /* UI_TAP_GUARD_MS unless set */
  bool reduce_motion; /* no transitions: things appear at once */
  bool read_taps;     /* text blocks are tap targets (ACT_READ) */
  UiKeyboard keyboard;/* the learner's script on the on-screen keyboard, beside Latin */
};

struct UiView {
  Ui *ui;
  const Screen *s;    /* a lesson screen, or NULL for a kiosk panel */
  const Panel *panel;
  int action;         /* of the last UI_ACTION */
  UiFrame frame;
  char *asset_dir;
  int width, height;
  Theme theme;
  float tscale;       /* text scale this layout used (shrunk to fit when needed) */

  Phase phase;
  Answer answer;      /* what the learner has done so far */
  int last_flag;      /* FLAGS: flag index of the last tap, or FLAG_TAP_NONE / FLAG_TAP_MISS */
  int review_flag;    /* FLAGS feedback: the flag tapped for review, or FLAG_TAP_NONE */
  Segment segments[VIEW_MAX_SEGMENTS];
  int nsegments;

  uint64_t shown_at;  /* CHAT: when the fresh bubbles started appearing */
  int revealed;       /* CHAT: fresh bubbles visible so far */
  int nfresh;

  Widget widgets[VIEW_MAX_WIDGETS + 1]; /* the last one is a sink, never drawn */
  int nwidgets;
  int focus;          /* index into widgets, -1 none */
  int pressed;        /* widget under a finger, -1 none */
  uint64_t ready_at;  /* input before this time is ignored: the tap guard */
  uint64_t first_tap_at; /* FLAGS: the learner's first tap on the message, 0 before */
  bool hint_gone;     /* FLAGS: the "tap the message" hint has faded out */
  uint64_t anim_until;/* an animation runs until then (0: none) */
  uint64_t enter_at;  /* the view came on screen then: its content rises in (0: still) */
  uint64_t bubble_at; /* CHAT: the newest message appeared then (0: still) */
  int bar_from;       /* widgets from here on are the top bar: it never moves */
  int bubble_from, bubble_to; /* CHAT: the widgets of the newest message */
  uint64_t drawn_at;  /* the last frame drawn */
  RenderLayer *layer; /* the content as it will stand, while it comes in; owned */
  int phone_gutter;   /* x of the phone's left margin, for found flags' marks; 0 none */
  /* Text that does not fit scrolls (it never shrinks): the region it scrolls in, how
     far it is scrolled and can be, and whether the layout keeps room at the region's
     right for the arrows and the track that say there is more. */
  Rect region;        /* h 0: nothing scrolls */
  int scroll_y, scroll_max;
  int scroll_from;    /* widgets from here to the region's end scroll */
  bool scroll_room;
  bool too_long;      /* the region holds more than SCROLL_MAX_PAGES screens */
  bool scroll_list;   /* the region is a list to choose from (the lesson menu's cards),
                         not text to read: it may scroll any length */
  bool keyboard;      /* a key was used: show the focus ring */
  bool in_phone;      /* the pictured phone is being laid out: its widgets are .phone */

  char typed[UI_PASSWORD_BYTES + 1]; /* PASSWORD: what was typed (UTF-8); wiped, never copied out */
  int ntyped;           /* bytes */
  bool shift, symbols;  /* PASSWORD: the keyboard's state */
  bool latin;           /* ... Latin letters chosen over the learner's script */
  int pw_why, pw_words; /* PASSWORD feedback: why the phrase got its level (UiPasswordWhy)
                           and how many words counted; never what was typed */
  bool nudge;           /* MULTI: Check was tapped with nothing ticked */

  char *images[8];    /* image paths owned by the view */
  int nimages;

  char problems[8][200]; /* text that did not fit in the last layout */
  int nproblems;

  int read_widget;    /* the text block of the last UI_READ */
  char *lit_text;     /* read-along: the block being read (a copy), or NULL */
  uint32_t lit_start, lit_end;
};

/* ---- the keyboard's focus (focus.c) ---------------------------------------------- */

/* Lays the view out again (view.c), keeping the focus on the same control. */
void ui_relayout(UiView *v);
/* Scrolls the region, if need be, so widget i is in view. */
void ui_scroll_to(UiView *v, int i);
/* Widget i is wholly in view (not scrolled out of its region, even in part). */
bool ui_focus_in_view(const UiView *v, int i);
/* The region a page on (dir 1) or back (-1); false when it cannot move. */
bool ui_scroll_page(UiView *v, int dir);
/* Tab, Left/Right: the next control in reading order (dir -1: the one before). */
UiEvent ui_focus_move(UiView *v, int dir);
/* Up/Down: the same, but content still unseen scrolls first when the next control is
   outside it. */
UiEvent ui_focus_step(UiView *v, int dir);
/* Page Down/Up. */
UiEvent ui_focus_page(UiView *v, int dir);
/* Enter with nothing focused: on a lesson's screen a page on while there is more; then
   the primary control, else the first control in view; never the top bar. */
UiEvent ui_focus_enter(UiView *v);

/* ---- layout helpers (layout.c) -------------------------------------------------- */

Widget *ui_add(UiView *v, WidgetKind kind, Rect r);
/* A filled box (rounded by radius): a card, a track, a bar. */
Widget *ui_add_box(UiView *v, Rect r, Color bg, int radius);
/* Takes back the widgets from index from on (a layout tried and given up). */
void ui_drop_widgets(UiView *v, int from);
/* A layout tried and given up: ui_back_to takes back what was laid out since ui_mark
   (widgets and the fit problems they raised). */
typedef struct Mark {
  int widgets, problems;
} Mark;
Mark ui_mark(const UiView *v);
void ui_back_to(UiView *v, Mark m);
/* Lays text out at the given role's style, max width w; returns the layout (owned by a
   new W_TEXT widget at (x, y)). align_center centres each line in w. */
Widget *ui_add_text(UiView *v, const char *text, TextRole role, Color c, int x, int y, int w,
                    bool align_center);
/* A button with a label that may wrap to two lines; height grows to fit (at least the
   touch minimum). */
Widget *ui_add_button(UiView *v, Rect r, const char *label, ButtonStyle style, int action);
/* The same with inset pixels kept free left of the label (for a tick box or a mark). */
Widget *ui_add_button_inset(UiView *v, Rect r, const char *label, ButtonStyle style, int action,
                            int inset);
/* The space a button keeps each side of its label. */
int ui_button_pad(const UiView *v);
/* Height a button of width w needs for label. */
int ui_button_height(UiView *v, const char *label, int w);
/* The same for a button of any style; *cut (may be NULL) says a word had to be cut. */
int ui_button_height_as(UiView *v, const char *label, ButtonStyle style, int w, bool *cut);
/* Records text that does not fit (what, where). */
void ui_problem(UiView *v, const char *what, const char *text);
const char *ui_image_path(UiView *v, const char *name);

/* ---- builders, one per screen kind (build.c, phone.c) --------------------------- */

void ui_build(UiView *v);
/* overlap.c: a kiosk screen's text and buttons under one another or off the screen,
   as problems of the view */
void ui_check_overlaps(UiView *v);
/* overlap.c: text a person reads drawn under UI_TEXT_MIN_DP (the pictured phone aside),
   as problems of the view */
void ui_check_text_sizes(UiView *v);
/* Draws a message as it looks on a phone in rect; records red-flag segments when
   tappable. Returns the height used. */
void ui_build_phone(UiView *v, Rect rect);

/* A piece of a tappable part of a red-flag message, as laid out (phone.c). */
typedef struct PartBox {
  Rect r;             /* its letters' advance and a pad: where it is hit and focused */
  int seg;            /* its segment */
  int line, first, last; /* its pieces in the paragraph's layout */
  bool drawn;         /* highlighted (found, or shown in the review) */
  Rect outline;       /* the highlight (ui_place_outlines), and its border's outset */
  int outset[4];
} PartBox;
/* Places the outlines of the drawn parts of paragraph l (laid out at x, y) round their
   letters and clear of every letter and of each other, the letters where they are. */
void ui_place_outlines(UiView *v, const TextLayout *l, int x, int y, PartBox *boxes, int n);
void ui_build_chat_phone(UiView *v, Rect rect, uint64_t now);
void ui_build_panel(UiView *v);
/* The staff dashboard's chart screen (chart.c). */
void ui_build_chart(UiView *v, const Panel *p);
/* The top bar (lesson title, progress, Back and Get help buttons). */
void ui_build_bar(UiView *v);
/* A column being filled from the top; bottom is the lowest pixel content may use. */
typedef struct Area {
  int x, y, w, bottom;
} Area;
Area ui_content_area(UiView *v);
/* A panel's buttons side by side at the bottom of a (a's bottom moves above them), the
   first one primary; centred, or at the right; in rows where a word would be cut. */
void ui_panel_buttons(UiView *v, Area *a, const Panel *p, bool centre);
/* Content added between these two scrolls inside a (from its y to its bottom) when it
   is taller than a; a's bottom is open meanwhile, so nothing there is "too long".
   Arrows and a track at the region's right show that there is more. One region a view. */
void ui_scroll_begin(UiView *v, Area *a);
void ui_scroll_end(UiView *v, Area *a);
/* Content of the open region ending at y end would be within its page limit (three
   screens; longer is a problem of the view). */
bool ui_scroll_fits(const UiView *v, int end);
void ui_text_in(UiView *v, Area *a, const char *text, TextRole role, Color c, const char *what);
void ui_primary(UiView *v, Area *a, const char *label, int action);
/* PASSWORD (keyboard.c): the question, the typed text with its rating, the keyboard. */
void ui_build_password(UiView *v, Area a);
UiEvent ui_keyboard_act(UiView *v, int action);   /* a key tapped; UI_NOTHING if not a key */
bool ui_keyboard_input(const Input *in, UiView *v); /* a real keyboard's character or backspace */
int ui_keyboard_next_action(const UiView *v, uint32_t c); /* the tap that brings c closer */
void ui_keyboard_wipe(UiView *v);
/* Where c goes in typed[0..len) (compose.c): at the end, or before a Bengali, Devanagari
   or Burmese sign typed ahead of its consonant (ি ক -> কি, ေ က -> ကေ); may put such
   signs in Unicode's order. Returns the byte offset to insert c at. */
size_t ui_compose_at(char *typed, size_t len, uint32_t c);

/* The keyboard's layouts (keymaps.c). A layer's rows are strings of characters, one key
   each; [1] is the layer with Shift. */
typedef struct KeyLayout {
  const char *name;  /* on the key that switches to it: "ABC", "กขค" */
  const char *hint;  /* what it types, in the empty field: "A–Z a–z 0–9" */
  const char *joiners[2]; /* the labels of its ZWNJ and ZWJ keys: an example of what each
                             makes (ক্‌ত, র‍্য), or NULL when it has none */
  int nrows;
  const char *rows[2][KEY_MAX_ROWS];
} KeyLayout;
const KeyLayout *ui_keymap(UiKeyboard kb);
const KeyLayout *ui_keymap_symbols(void);
/* The layer the keys show now (*shifted: its Shift half). */
const KeyLayout *ui_keymap_shown(const UiView *v, bool *shifted);
/* A row's characters into out (at most max); returns how many. */
int ui_keymap_row(const char *row, uint32_t *out, int max);
/* A character a real keyboard may type into the field: one of the scripts the kiosk
   writes (not a control character, not an emoji). */
bool ui_keymap_typable(uint32_t c);
/* Reading aloud (readalong.c): text blocks become ACT_READ targets (after a build);
   the widget showing the lit block (and where in its text the block begins), or -1;
   the lit words drawn over widget i. */
void ui_readalong_mark(UiView *v);
int ui_readalong_widget(const UiView *v, uint32_t *shift);
void ui_readalong_draw(UiView *v, Render *r, int i, uint32_t shift);
/* The marker's rectangles (one per line the lit words are on), at most max. */
int ui_readalong_rects(const UiView *v, int i, uint32_t shift, Rect *out, int max);
/* The speaker button w: lit while the screen is read (UiFrame.speaking). */
void ui_readalong_draw_speaker(UiView *v, Render *r, const Widget *w, bool pressed);

/* ---- progress and reward (badge.c) ------------------------------------------------ */

/* A lesson's badge in r (a medal: a gold disc with a star); pop: it is being earned now
   and grows in as the view comes on screen. */
void ui_add_badge(UiView *v, Rect r, bool pop);
/* PANEL_SUMMARY: the end of a visit, each lesson finished with its badge and one
   take-away, large; it scrolls when long. */
void ui_build_summary(UiView *v);

/* ---- the take-home card (card.c) ------------------------------------------------ */

#define UI_RESULT_HELPLINES 3 /* what one lesson offers: see UI_MAX_HELPLINES */
#define UI_CARD_MIN_MODULE 2 /* px a QR module: a phone camera (and zbarimg) needs that */

/* The card's plain text: the lesson's title and take-aways, then the result's help
   lines and the country's emergency lines that a phone can dial ("name: number"), in
   the learner's language. NULL when no line can be dialled. Caller frees. */
char *ui_card_text(const UiView *v, const UiHelpline *const *lines, int nlines);
/* Adds the card's QR code and its caption at the top of a, as large as a allows (a
   module at least UI_CARD_MIN_MODULE px); returns the height used, 0 when there is no
   card or no room (a fit problem when must). */
int ui_add_card(UiView *v, Area *a, const UiHelpline *const *lines, int nlines, bool must);
void ui_draw_card(Render *r, const QrCode *qr, Rect at);
/* PANEL_CARD: Get help's card, the help lines a phone can dial as plain text in a QR
   code, with the lines beside it (under it in portrait). */
void ui_build_help_card(UiView *v);

#endif
