/* render.h — the window (or a headless canvas), drawing primitives, cached text and
   image textures, screenshots. With input.h, the only code that touches SDL video. */
#ifndef RENDER_RENDER_H
#define RENDER_RENDER_H

#include <stdbool.h>
#include <stdint.h>

#include "core/error.h"
#include "text/text.h"

typedef struct Render Render;

typedef struct Color {
  uint8_t r, g, b, a;
} Color;

typedef struct Rect {
  int x, y, w, h;
} Rect;

typedef struct RenderOptions {
  int width, height;  /* logical size in pixels */
  bool fullscreen;    /* take the whole display (its size wins over width/height) */
  bool headless;      /* draw into memory: no display server, no GPU, no SDL video */
  int rotation;       /* 0, 90, 180 or 270: the panel is mounted turned */
  const char *title;
} RenderOptions;

/* Opens a window (or a headless canvas) and its renderer. The software renderer is used
   wherever it is enough (X11, Wayland, offscreen), with SDL's GL probe switched off;
   KMSDRM on a Pi gets the accelerated one. KIOSK_RENDERER=software|gpu overrides. */
Render *render_open(const RenderOptions *opt, Text *text, Error *err);
void render_close(Render *r);

void render_size(const Render *r, int *width, int *height); /* logical size */
const char *render_driver(const Render *r);                 /* "x11", "kmsdrm", "headless" */

void render_clear(Render *r, Color c);
void render_fill(Render *r, Rect rect, Color c);
/* Filled rectangle with anti-aliased round corners. */
void render_round_rect(Render *r, Rect rect, int radius, Color c);
void render_round_outline(Render *r, Rect rect, int radius, int thickness, Color c);
void render_circle(Render *r, int cx, int cy, int radius, Color c);
/* Icons and pictures drawn by the engine (a tick, a speaker... a suitcase, a passport),
   anti-aliased, in one colour, at any size, square inside rect. Packs name the
   pictures ("suitcase") for lesson icons and page images. */
typedef enum RenderIcon {
  ICON_TICK, ICON_CROSS, ICON_FLAG, ICON_SPEAKER, ICON_ARROW_RIGHT, ICON_HELP, ICON_STAR,
  ICON_SHIELD, ICON_WARNING, ICON_CHAT, ICON_LOCK, ICON_CLOSE,
  ICON_PHONE, ICON_CODE, ICON_SUITCASE, ICON_PASSPORT, ICON_PEOPLE, ICON_CHART, ICON_HEART,
  ICON_UMBRELLA, ICON_CARD, ICON_COINS, ICON_SIGNPOST, ICON_SHIFT, ICON_BACKSPACE, ICON_COUNT
} RenderIcon;
void render_icon(Render *r, RenderIcon icon, Rect rect, Color c);
/* The icon a pack names ("suitcase"), or ICON_COUNT; and an icon's name. No SDL needed. */
RenderIcon render_icon_named(const char *name);
const char *render_icon_name(RenderIcon icon);

/* Draws a laid-out paragraph with its top-left at (x, y); line i is shifted right by
   offsets[i] when offsets is non-NULL (centring). Pieces with tag t > 0 use
   tag_colors[t] when tag_colors is non-NULL and t < ntags. */
void render_text(Render *r, const TextLayout *layout, int x, int y, Color c,
                 const int *offsets, const Color *tag_colors, int ntags);

/* The same, one colour, without keeping anything: for text that must not stay in the
   texture cache (a practice passphrase being typed). */
void render_text_once(Render *r, const TextLayout *layout, int x, int y, Color c, const int *offsets);

/* Draws a PNG from the filesystem scaled into dst, keeping its aspect ratio (centred).
   False (nothing drawn) when it cannot be loaded; err says why. */
bool render_image(Render *r, const char *path, Rect dst, Error *err);
bool render_image_size(Render *r, const char *path, int *w, int *h, Error *err);

/* Clips drawing to rect until render_unclip. */
void render_clip(Render *r, Rect rect);
void render_unclip(Render *r);

/* Shows the frame (a no-op headless). */
void render_present(Render *r);

/* Writes what was last drawn to a PNG file. */
bool render_screenshot(Render *r, const char *png_path, Error *err);

/* Texture cache statistics, for tests and the benchmark. */
int render_cached_textures(const Render *r);

#endif
