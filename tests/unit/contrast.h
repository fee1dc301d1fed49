/* contrast.h — WCAG 2 contrast of two colours, for the tests of what the kiosk draws
   (text 4.5:1, graphics such as outlines and bars 3:1). Header-only, as testutil.h. */
#ifndef TESTS_CONTRAST_H
#define TESTS_CONTRAST_H

#include <math.h>

#include "core/draw.h"

static inline double test_channel(uint8_t c) {
  double v = c / 255.0;
  return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static inline double test_luminance(Color c) {
  return 0.2126 * test_channel(c.r) + 0.7152 * test_channel(c.g) + 0.0722 * test_channel(c.b);
}

static inline double test_contrast(Color a, Color b) {
  double la = test_luminance(a), lb = test_luminance(b);
  return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* top drawn over an opaque colour. */
static inline Color test_over(Color top, Color under) {
  Color c = {0, 0, 0, 255};
  c.r = (uint8_t)((top.r * top.a + under.r * (255 - top.a)) / 255);
  c.g = (uint8_t)((top.g * top.a + under.g * (255 - top.a)) / 255);
  c.b = (uint8_t)((top.b * top.a + under.b * (255 - top.a)) / 255);
  return c;
}

#endif
