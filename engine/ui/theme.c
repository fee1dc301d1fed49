/* theme.c — the palette and type scale. Colour pairs used for text meet WCAG AA
   (4.5:1) contrast: e.g. white on primary #0F6E66 is 5.9:1, ink #1D2733 on the
   background #F5F2EC is 13:1, white on help #6D3FC8 is 6.2:1. */
#include "ui/theme.h"
#include "ui/sizes.h"

#include <math.h>

static Color rgb(unsigned hex) {
  return (Color){(uint8_t)(hex >> 16), (uint8_t)(hex >> 8), (uint8_t)hex, 255};
}

void theme_init(Theme *t, int width, int height) {
  t->portrait = height > width;
  /* 800x480 is the design size (the Pi 7" panel); scale by the tighter axis */
  float sx = (float)width / (t->portrait ? 480.f : 800.f);
  float sy = (float)height / (t->portrait ? 800.f : 480.f);
  t->scale = sx < sy ? sx : sy;
  if (t->scale < 0.5f) t->scale = 0.5f;
  t->margin = theme_dp(t, DP_MARGIN);
  t->gap = theme_dp(t, DP_GAP);
  t->radius = theme_dp(t, DP_RADIUS);
  t->bar_h = theme_dp(t, DP_BAR_H);
  t->touch = theme_dp(t, DP_TOUCH);
  t->text_floor = theme_dp(t, UI_TEXT_MIN_DP);
  t->bg = rgb(0xF5F2EC);
  t->ink = rgb(0x1D2733);
  t->ink_soft = rgb(0x4A5563);
  t->card = rgb(0xFFFFFF);
  t->line = rgb(0xD9D4CC);
  t->primary = rgb(0x0F6E66);
  t->primary_ink = rgb(0xFFFFFF);
  t->option = rgb(0xFFFFFF);
  t->option_ink = rgb(0x1D2733);
  t->selected = rgb(0xD7EFEC);
  t->accent = rgb(0xA84C08);      /* red-flag amber, dark enough for text (5.1:1 on bg) */
  t->accent_soft = rgb(0xFDE7B0); /* highlight behind a found flag */
  t->good = rgb(0x1F7A3A);
  t->good_soft = rgb(0xDDF3E3);
  t->bad = rgb(0xB43C1C);
  t->bad_soft = rgb(0xFBE3DA);
  t->help = rgb(0x6D3FC8);
  t->bar = rgb(0x134E4A);
  t->bar_ink = rgb(0xFFFFFF);
  t->focus = rgb(0x2563EB);
  t->bezel = rgb(0x22262E);
  t->phone_bg = rgb(0xFFFFFF);
  t->phone_bar = rgb(0xEEF0F3);
  t->bubble_in = rgb(0xE9ECF0);
  t->bubble_out = rgb(0xCDEFD8);
  t->link = rgb(0x1D4ED8);
  /* the staff charts' bars: a is 3.4:1 against its track (phone_bar), b drawn inside
     it 3.8:1 against a (WCAG 1.4.11, graphics) */
  t->chart_a = rgb(0x3F8F88);
  t->chart_b = rgb(0x0B2E2B);
}

int theme_dp(const Theme *t, float dp) { return (int)lroundf(dp * t->scale); }

/* Text a learner reads is never under 18 px at 800x480 (about 3.5 mm on the 7" panel),
   and never shrinks to fit: what does not fit scrolls. The phone's messages are 17 px,
   as on a real phone, so a chat's new messages (which must all be in view at once)
   fit its screen in every language; its small print (a message's time) is smaller. */
TextStyle theme_text(const Theme *t, TextRole role, float text_scale) {
  static const struct { float size; TextWeight weight; } roles[ROLE_COUNT] = {
      [ROLE_TITLE] = {28, TEXT_BOLD},       [ROLE_HEADING] = {23, TEXT_BOLD},
      [ROLE_BODY] = {21, TEXT_REGULAR},     [ROLE_OPTION] = {20, TEXT_REGULAR},
      [ROLE_SMALL] = {18, TEXT_REGULAR},    [ROLE_BAR] = {18, TEXT_BOLD},
      [ROLE_PHONE] = {17, TEXT_REGULAR},    [ROLE_PHONE_BOLD] = {17, TEXT_BOLD},
      [ROLE_PHONE_SMALL] = {13, TEXT_REGULAR}, [ROLE_BUTTON] = {20, TEXT_BOLD},
  };
  TextStyle s = {theme_dp(t, roles[role].size * text_scale), roles[role].weight};
  bool phone = role == ROLE_PHONE || role == ROLE_PHONE_BOLD || role == ROLE_PHONE_SMALL;
  if (!phone && s.size < t->text_floor) s.size = t->text_floor;
  if (s.size < 9) s.size = 9;
  return s;
}
