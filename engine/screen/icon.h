/* icon.h — the catalogue of pictures the engine draws itself (a tick, a speaker... a
   suitcase, a passport): their names, as packs write them (icon = "suitcase"), and
   their numbers. Plain data, so the pack tools check names without SDL; render/ draws
   them (render_icon). */
#ifndef SCREEN_ICON_H
#define SCREEN_ICON_H

typedef enum Icon {
  ICON_TICK, ICON_CROSS, ICON_FLAG, ICON_SPEAKER, ICON_ARROW_RIGHT, ICON_HELP, ICON_STAR,
  ICON_SHIELD, ICON_WARNING, ICON_CHAT, ICON_LOCK, ICON_CLOSE,
  ICON_PHONE, ICON_CODE, ICON_SUITCASE, ICON_PASSPORT, ICON_PEOPLE, ICON_CHART, ICON_HEART,
  ICON_UMBRELLA, ICON_CARD, ICON_COINS, ICON_SIGNPOST, ICON_SHIFT, ICON_BACKSPACE,
  ICON_TAP, ICON_UP, ICON_DOWN, ICON_SPACE, ICON_COUNT
} Icon;

/* The icon a pack names ("suitcase"), or ICON_COUNT when none has that name. */
Icon icon_named(const char *name);
/* An icon's name, or NULL for ICON_COUNT and anything out of range. */
const char *icon_name(Icon icon);

#endif
