/* draw.h — the two values every drawing call and every layout shares: a rectangle in
   logical pixels and an RGBA colour. Plain data, so ui/ lays out and themes without
   depending on render/ or SDL. */
#ifndef CORE_DRAW_H
#define CORE_DRAW_H

#include <stdint.h>

typedef struct Color {
  uint8_t r, g, b, a;
} Color;

typedef struct Rect {
  int x, y, w, h;
} Rect;

#endif
