/* sizes.h — (internal to ui/) every layout size of the kiosk in one table, in dp:
   pixels at the 800x480 design size (the Pi's 7" panel, about 5.4 px per mm),
   scaled to the viewport by theme_dp(). As in a suckless config.h, a size is changed
   here, never at its call site. Touch targets follow WCAG 2.5.5 (44 px at 800x480 is
   the floor; 48 dp is ours). */
#ifndef UI_SIZES_H
#define UI_SIZES_H

enum {
  /* ---- the frame: every screen -------------------------------------------------- */
  DP_MARGIN = 20,          /* edge of the screen to content */
  DP_GAP = 10,             /* between blocks of content */
  DP_RADIUS = 12,          /* buttons and cards */
  DP_TOUCH = 48,           /* the smallest thing a finger must hit */
  DP_BAR_H = 52,           /* the top bar: the same on every screen (holds 44 dp buttons) */
  DP_BAR_INSET = 4,        /* top bar buttons from its top and bottom edges */
  DP_BAR_SPACING = 8,      /* between top bar buttons, and from the right edge */
  DP_BAR_TITLE_X = 14,     /* the lesson title from the left edge */
  DP_BAR_BUTTON_AIR = 36,  /* Back: the label's padding and a little air */
  DP_HELP_BUTTON_AIR = 56, /* Get help: its icon, padding and air around the label */
  DP_HELP_ICON = 22,
  DP_HELP_ICON_X = 10,     /* the icon from the button's left edge */
  DP_HELP_LABEL_SHIFT = 14,/* the label moves right to make room for the icon */
  DP_SPEAKER_ICON = 28,    /* the speaker button is a square as tall as the bar's buttons */
  DP_PROGRESS_H = 6,       /* the lesson progress bar under the top bar: seen at a glance */
  DP_BORDER = 2,           /* outlines of options, cards and fields */
  DP_HAIRLINE = 1,         /* separators */
  DP_FOCUS_RING = 3,       /* the keyboard focus outline */
  DP_PRESS_RADIUS = 4,     /* the shade under a finger on a part of a message */
  DP_SCROLL_TRACK = 6,     /* the track beside content that scrolls */
  DP_SCROLL_ARROW = 26,    /* the arrow on a scroll button (the button is DP_TOUCH) */
  DP_CARD_MODULE_MAX = 4,  /* a take-home QR module: larger only wastes the screen */

  /* ---- buttons -------------------------------------------------------------------- */
  DP_BUTTON_PAD = 14,      /* each side of a label */
  DP_BUTTON_VPAD = 20,     /* above and below a label, together */
  DP_PRIMARY_PAD = 24,     /* Continue, Check: each side of the label */
  DP_PRIMARY_MIN_W = 160,
  DP_LISTEN_W = 150,

  /* ---- lesson screens -------------------------------------------------------------- */
  DP_CARD_PAD = 14,        /* inside a feedback card or the help box of the result */
  DP_PICTURE_MAX = 200,    /* a drawn picture on its disc */
  DP_TICK_INSET = 36,      /* choose-all: room for the tick box left of the label */
  DP_TICK_BOX = 24,
  DP_TICK_BOX_X = 14,
  DP_TICK_BOX_RADIUS = 5,
  DP_MARK_INSET = 40,      /* an answer shown with its mark: room for the mark */
  DP_MARK_VPAD = 12,       /* shown, not tapped: no touch minimum */
  DP_MARK = 24,
  DP_MARK_X = 12,
  DP_NOTE_INSET = 40,      /* an option's explanation under it */
  DP_PHONE_MAX_W = 390,    /* the phone beside the question, landscape */
  DP_DECIDE_EXTRA_H = 16,  /* Safe / Scam: taller than the touch minimum */
  DP_DECIDE_ICON = 28,
  DP_DECIDE_ICON_GAP = 10,
  DP_TAKEAWAY_TICK = 22,
  DP_TAKEAWAY_TICK_Y = 3,  /* the tick sits on the first line's x-height */

  /* ---- messages on a phone ---------------------------------------------------------- */
  DP_BEZEL = 8,
  DP_BEZEL_RADIUS = 26,
  DP_SCREEN_RADIUS = 18,
  DP_PHONE_PAD = 12,       /* inside the phone's screen */
  DP_PARA_GAP = 8,         /* between paragraphs and bubbles */
  DP_APP_BAR_SMS = 46,     /* the app bar of an SMS thread or a chat */
  DP_APP_BAR_EMAIL = 40,   /* of an e-mail or a post */
  DP_APP_BAR_END = 8,      /* a name stops this far from the bar's right end */
  DP_AVATAR = 30,
  DP_AVATAR_X = 10,
  DP_AVATAR_GAP = 8,
  DP_TIME_GAP = 6,
  DP_SMS_INNER = 12,
  DP_SMS_RADIUS = 16,
  DP_BUBBLE_INNER = 10,
  DP_BUBBLE_RADIUS = 14,
  DP_CHAT_INPUT_H = 34,    /* the decorative message box of a chat */
  DP_FLAG_PAD = 3,         /* a red flag's outline this far from its letters where
                              there is room (outline.c) */
  DP_FLAG_RADIUS = 4,
  DP_FLAG_OUTLINE = 2,     /* a found flag's outline */
  DP_FLAG_GAP = 3,         /* between the hit areas of two neighbouring parts */
  DP_FLAG_CLEAR = 1,       /* the least room between a flag's outline and any letter, and
                              between two flags' outlines (outline.c) */
  DP_FLAG_BADGE = 12,      /* the flag beside a found flag's line, in the phone's margin */
  DP_FLAG_HIT_X = 8,       /* a flag's hit area beyond its glyphs, each side (it is also
                              at least DP_TOUCH tall and wide) */
  DP_TAP_HINT = 44,        /* "tap the message": shown until the first tap */

  /* ---- the practice passphrase ------------------------------------------------------ */
  DP_KEY_GAP = 6,
  DP_KEY_MIN_H = 44,       /* a key row where 48 dp leave no room above (WCAG 2.5.5) */
  DP_KEY_LABEL_AIR = 8,    /* a bottom-row key's label from its edges, each side */
  DP_KEY_ICON = 26,
  DP_FIELD_RADIUS = 8,
  DP_FIELD_PAD = 12,
  DP_FIELD_VPAD = 4,       /* above and below the field's text, when taller than a touch */
  DP_METER_W = 36,
  DP_METER_H = 10,
  DP_METER_GAP = 4,
  DP_METER_Y = 7,
  DP_METER_LABEL_GAP = 8,

  /* ---- the kiosk's own screens ------------------------------------------------------ */
  DP_PANEL_BUTTON_AIR = 48,/* a panel button: padding around its label */
  DP_PANEL_BUTTON_MIN = 150,
  DP_ATTRACT_RAISE = 20,   /* the shield sits a little above the middle */
  DP_HEAD_ICON = 34,       /* the icon beside a screen's heading */
  DP_LANGUAGE_MAX_H = 90,
  DP_MENU_CARD_MAX_H = 96,
  DP_MENU_ICON = 44,
  DP_MENU_ICON_PAD = 12,
  DP_MENU_BADGE = 24,
  DP_MENU_BADGE_ROOM = 28, /* the title keeps clear of the badge */
  DP_MENU_BADGE_X = 34,
  DP_MENU_BADGE_Y = 8,
  DP_MENU_TEXT_AIR = 8,
  DP_PAGE_BUTTON_W = 150,
  DP_TOGGLE_AIR = 40,      /* the text-size toggle: padding around its label */
  DP_TOGGLE_H = 64,        /* the read-aloud switch on the language screen: big */
  DP_TOGGLE_W = 520,
  DP_TOGGLE_ICON = 36,
  DP_SWITCH_W = 64,        /* the switch's track */
  DP_SWITCH_H = 34,
  DP_SWITCH_INSET = 4,     /* the knob inside the track */
  DP_MESSAGE_MAX_W = 600,  /* a note or a confirmation is read in one short column */
  DP_COUNTDOWN_NUMBER = 64,
  DP_MESSAGE_PROGRESS_H = 14,
  DP_HELP_ROW_PAD = 10,
  DP_LANG_CHIP_AIR = 24,   /* Get help's language row: room around a name (on one line) */
  DP_PIN_KEY = 60,
  DP_PIN_DOT = 14,
  DP_LIST_VALUE_AIR = 16,
  DP_TAB_AIR = 28,
  DP_LEGEND_SWATCH = 14,
  DP_LEGEND_Y = 4,
  DP_CHART_VALUE_MIN = 40,
  DP_CHART_ROW_MIN = 20,
  DP_CHART_ROW_MAX = 34,
  DP_CHART_BAR_AIR = 6,
  /* ---- progress, reward and motion ----------------------------------------------------- */
  DP_TALLY_BADGE = 24,     /* the badge beside the menu's "3 of 13 done" */
  DP_SUMMARY_BADGE = 44,   /* a lesson's badge in the visit's summary */
  DP_RESULT_BADGE = 44,    /* the badge being earned on the result screen */
  DP_CARD_LINES_MIN_W = 220, /* Get help's card: the lines beside the code need this */
  DP_BADGE_RISE = 12,      /* a badge being earned rises this far as it grows in */
  DP_BUBBLE_RISE = 10,     /* a new chat message rises this far as it appears */
};

#endif
