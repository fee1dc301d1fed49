/* render.h — the window (or a headless canvas), drawing primitives, cached text and
   image textures, screenshots. With input.h, the only code that touches SDL video. */
#ifndef RENDER_RENDER_H
#define RENDER_RENDER_H

#include <stdbool.h>
#include <stdint.h>

#include "core/draw.h"
#include "core/error.h"
#include "screen/icon.h"
#include "text/text.h"

typedef struct Render Render;

typedef struct RenderOptions {
  int width, height;  /* logical size in pixels */
  bool fullscreen;    /* take the whole display (its size wins over width/height) */
  bool headless;      /* draw into memory: no display server, no GPU, no SDL video */
  int rotation;       /* 0, 90, 180 or 270: the panel is mounted turned */
  const char *title;
} RenderOptions;

/* Opens a window (or a headless canvas) and its renderer. Every render driver SDL offers
   is tried in turn (render_driver_order), each on a fresh window, until one works: the
   software renderer first wherever it is enough (X11, Wayland, offscreen), with SDL's GL
   probe switched off; the accelerated ones first on KMSDRM. KIOSK_RENDERER=software|gpu
   overrides that order; KIOSK_RENDERER=NAME tries that driver first. Fails only when no
   driver works at all. */
Render *render_open(const RenderOptions *opt, Text *text, Error *err);
/* The same, trying the render driver named prefer first (the one that last worked). */
Render *render_open_prefer(const RenderOptions *opt, const char *prefer, Text *text, Error *err);
void render_close(Render *r);

void render_size(const Render *r, int *width, int *height); /* logical size */
const char *render_driver(const Render *r);                 /* "x11", "kmsdrm", "headless" */
const char *render_renderer(const Render *r);               /* "opengles2", "software" */
/* The render drivers that failed before the one in use, with SDL's reasons; "" if none. */
const char *render_fallback(const Render *r);

#define RENDER_MAX_DRIVERS 16
/* The order in which to try render drivers named names[0..n-1] (NULL entries skipped):
   prefer (may be NULL) first, then "software" if software_first, then the others in
   SDL's order, then "software". Fills order with indices; returns how many. No SDL. */
int render_driver_order(const char *const *names, int n, const char *prefer, bool software_first,
                        int *order);
/* Whether the software renderer comes first on this SDL video driver (any case:
   SDL 2.26 says "KMSDRM"): not on KMSDRM, yes elsewhere. kiosk_renderer is
   $KIOSK_RENDERER (may be NULL): "software" or "gpu" decide instead. No SDL. */
bool render_software_first(const char *video_driver, const char *kiosk_renderer);

void render_clear(Render *r, Color c);
void render_fill(Render *r, Rect rect, Color c);
/* Filled rectangle with anti-aliased round corners. */
void render_round_rect(Render *r, Rect rect, int radius, Color c);
void render_round_outline(Render *r, Rect rect, int radius, int thickness, Color c);
void render_circle(Render *r, int cx, int cy, int radius, Color c);
/* Draws one of the engine's pictures (screen/icon.h: a tick, a speaker... a suitcase),
   anti-aliased, in one colour, at any size, square inside rect. */
void render_icon(Render *r, Icon icon, Rect rect, Color c);

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

/* A square grid of n x n cells (non-zero: dark) inside a light border of quiet cells,
   black on white, scaled up without smoothing to cell-sized squares at the top-left of
   at (a whole number of pixels a cell). One cached texture, drawn in one copy: a
   take-home card's code was a rectangle each run of dark modules, thousands of ops a
   frame to draw and to compare with the last frame. */
void render_grid(Render *r, const unsigned char *cells, int n, int quiet, Rect at);

/* Clips drawing to rect until render_unclip. */
void render_clip(Render *r, Rect rect);
void render_unclip(Render *r);

/* A layer: what a screen's content drew in one frame, painted once into a texture of
   its own, so that a transition's frames reveal it from the top down, each frame copying
   only the rows it adds (layer.c). render_mark is where the content's drawing begins;
   render_as_layer then replaces what was drawn since mark with the top `shown` (0..1)
   of the layer (remade in *layer when the content drew otherwise; the layer's
   background is the opaque colour bg the content was drawn over); without remake, only
   if *layer still holds it. If no layer can be made, what was drawn stays as it is. */
typedef struct RenderLayer RenderLayer;
int render_mark(const Render *r);
void render_as_layer(Render *r, RenderLayer **layer, int mark, Color bg, float shown, bool remake);
void render_layer_free(RenderLayer *l);
/* Frees what is kept only to make later frames cheaper (the texture layers are painted
   in; made again at the next transition). Call it before forking a process: the child
   would keep a copy of every such page the parent paints again (8 MB at 1920x1080). */
void render_trim(Render *r);

/* Draws the frame and shows it (headless: draws it into the canvas). */
void render_present(Render *r);

/* Writes what was last drawn to a PNG file. */
bool render_screenshot(Render *r, const char *png_path, Error *err);

/* Texture cache statistics, for tests and the benchmark. */
int render_cached_textures(const Render *r);
/* Pixels the last frame drew: a frame is drawn at render_present (or a screenshot), and
   where the buffer keeps the last frame (software renderer, headless, rotated panel)
   only where it differs from it. For tests and the benchmark. */
long long render_drawn_pixels(const Render *r);
/* Drawing calls the last frame made: ops under an opaque fill of the whole screen are
   not drawn, and that fill is a clear. For tests. */
int render_drawn_ops(const Render *r);

#endif
