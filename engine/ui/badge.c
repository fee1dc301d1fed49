/* badge.c — progress and reward (issue 15): the badge a finished lesson earns (on its
   menu card, on the result screen as it is earned, in the visit's summary) and the
   summary a learner sees at the end of a visit: what they finished and one take-away
   each, large. Nothing here is kept: the app forgets it all at the reset. */
#include "ui/internal.h"

/* A medal: gold, with a darker rim so it stands out on white cards and the cream
   background alike, and a white star. */
#define BADGE_GOLD ((Color){0xE0, 0xA1, 0x00, 255})
#define BADGE_RIM ((Color){0xA8, 0x78, 0x00, 255})
#define BADGE_STAR ((Color){255, 255, 255, 255})

void ui_add_badge(UiView *v, Rect r, bool pop) {
  Widget *disc = ui_add(v, W_BOX, r);
  disc->bg = BADGE_GOLD;
  disc->border = BADGE_RIM;
  disc->border_width = r.w / 14 > 1 ? r.w / 14 : 1;
  disc->radius = r.w / 2;
  disc->pop = pop;
  int inset = r.w / 5;
  Widget *star = ui_add(v, W_ICON, (Rect){r.x + inset, r.y + inset, r.w - 2 * inset, r.h - 2 * inset});
  star->icon = ICON_STAR;
  star->fg = BADGE_STAR;
  star->pop = pop;
}

/* One finished lesson: its badge, its title, and the take-away under it. */
static void summary_row(UiView *v, Area *a, const PanelItem *it) {
  const Theme *t = &v->theme;
  int size = theme_dp(t, DP_SUMMARY_BADGE);
  ui_add_badge(v, (Rect){a->x, a->y, size, size}, false);
  Area in = {a->x + size + t->gap, a->y, a->w - size - t->gap, a->bottom};
  ui_text_in(v, &in, it->label, ROLE_HEADING, t->ink, "summary lesson");
  if (it->detail && *it->detail) {
    in.y -= t->gap / 2;
    ui_text_in(v, &in, it->detail, ROLE_BODY, t->ink, "summary take-away");
  }
  a->y = in.y > a->y + size + t->gap ? in.y : a->y + size + t->gap;
}

void ui_build_summary(UiView *v) {
  const Panel *p = v->panel;
  const Theme *t = &v->theme;
  Area a = ui_content_area(v);
  ui_panel_buttons(v, &a, p, false);
  ui_scroll_begin(v, &a);
  ui_text_in(v, &a, p->title, ROLE_TITLE, t->primary, "summary title");
  if (p->text) ui_text_in(v, &a, p->text, ROLE_BODY, t->ink_soft, "summary text");
  for (int i = 0; i < p->nitems; i++) {
    if (i) { /* a rule between lessons, as in Get help */
      Widget *rule = ui_add(v, W_BOX, (Rect){a.x, a.y - t->gap / 2, a.w, theme_dp(t, DP_HAIRLINE) > 0 ? theme_dp(t, DP_HAIRLINE) : 1});
      rule->bg = t->line;
    }
    summary_row(v, &a, &p->items[i]);
  }
  ui_scroll_end(v, &a);
}
