/* theme.h — (internal to ui/) colours, sizes and type roles. One calm palette for the
   whole kiosk; every size is in "dp" (pixels at 800x480) and scaled to the viewport. */
#ifndef UI_THEME_H
#define UI_THEME_H

#include <stdbool.h>

#include "core/draw.h"
#include "text/text.h"

typedef enum TextRole {
  ROLE_TITLE, ROLE_HEADING, ROLE_BODY, ROLE_OPTION, ROLE_SMALL, ROLE_BAR, ROLE_PHONE,
  ROLE_PHONE_BOLD, ROLE_PHONE_SMALL, ROLE_BUTTON, ROLE_COUNT
} TextRole;

typedef enum ButtonStyle {
  BTN_PRIMARY, /* Continue, Check, Done */
  BTN_OPTION,  /* an answer */
  BTN_HELP,    /* Get help */
  BTN_BAR,     /* Back to menu, in the top bar */
  BTN_SAFE,
  BTN_SCAM,
  BTN_LANGUAGE /* a big centred name, e.g. on the language screen */
} ButtonStyle;

typedef struct Theme {
  float scale;     /* pixels per dp */
  bool portrait;
  int margin, gap, radius, bar_h, touch; /* in pixels: DP_MARGIN ... DP_TOUCH (sizes.h) */
  int text_floor;  /* pixels theme_text never goes under (but for the phone's roles):
                      UI_TEXT_MIN_DP */
  Color bg, ink, ink_soft, card, line, primary, primary_ink, option, option_ink,
      selected, accent, accent_soft, good, good_soft, bad, bad_soft, help, bar, bar_ink,
      focus, bezel, phone_bg, phone_bar, bubble_in, bubble_out, link, chart_a, chart_b;
} Theme;

/* The smallest text a person reads on the kiosk, in dp: about 3.5 mm on the 7" panel.
   The pictured phone's messages are smaller, as on a real phone (theme.c). */
#define UI_TEXT_MIN_DP 18

void theme_init(Theme *t, int width, int height);
int theme_dp(const Theme *t, float dp);
TextStyle theme_text(const Theme *t, TextRole role, float text_scale);

#endif
