/* warm.c — the fonts a tap would open, opened while the kiosk idles: every text role of
   the kiosk's screens in one language, and the language picker's names, at the size the
   screen's theme gives them (text_warm). A screen meeting new sizes paid 2-3.5 M
   instructions at the tap for them (make bench, the first four taps). */
#include "ui/internal.h"

bool ui_warm(Ui *ui, const char *lang, bool names_only, int width, int height) {
  Theme theme;
  theme_init(&theme, width, height);
  if (names_only) /* the picker's names (layout.c: BTN_LANGUAGE) */
    return text_warm(ui->text, lang, theme_text(&theme, ROLE_HEADING, ui->text_scale));
  for (int role = 0; role < ROLE_COUNT; role++)
    if (text_warm(ui->text, lang, theme_text(&theme, (TextRole)role, ui->text_scale))) return true;
  return false;
}
