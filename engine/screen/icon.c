/* icon.c — names of the drawn pictures (their shapes are in render/shapes.c). */
#include "screen/icon.h"

#include <string.h>

static const char *const names[ICON_COUNT] = {
    [ICON_TICK] = "tick",         [ICON_CROSS] = "cross",       [ICON_FLAG] = "flag",
    [ICON_SPEAKER] = "speaker",   [ICON_ARROW_RIGHT] = "arrow", [ICON_HELP] = "help",
    [ICON_STAR] = "star",         [ICON_SHIELD] = "shield",     [ICON_WARNING] = "warning",
    [ICON_CHAT] = "chat",         [ICON_LOCK] = "lock",         [ICON_CLOSE] = "close",
    [ICON_PHONE] = "phone",       [ICON_CODE] = "code",         [ICON_SUITCASE] = "suitcase",
    [ICON_PASSPORT] = "passport", [ICON_PEOPLE] = "people",     [ICON_CHART] = "chart",
    [ICON_HEART] = "heart",       [ICON_UMBRELLA] = "umbrella", [ICON_CARD] = "card",
    [ICON_COINS] = "coins",       [ICON_SIGNPOST] = "signpost", [ICON_SHIFT] = "shift",
    [ICON_BACKSPACE] = "backspace", [ICON_TAP] = "tap",
    [ICON_UP] = "up",               [ICON_DOWN] = "down",           [ICON_SPACE] = "space",
};

Icon icon_named(const char *name) {
  for (int i = 0; name && i < ICON_COUNT; i++)
    if (strcmp(names[i], name) == 0) return (Icon)i;
  return ICON_COUNT;
}

const char *icon_name(Icon icon) { return (unsigned)icon < ICON_COUNT ? names[icon] : NULL; }
