/* render.c — window or headless canvas, primitives, text and image texture caches. */
#include "render/render.h"

#include <SDL.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/mem.h"
#include "render/internal.h"

#define TEXT_CACHE_BYTES (24u << 20) /* glyph textures of several full 1080p screens */

static uint64_t hash_bytes(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) {
    h ^= b[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* Accelerated renderers first on KMSDRM (it has no framebuffer without GL); the
   software one first everywhere else, where it is enough. SDL 2.26 names the driver
   "KMSDRM" (SDL_GetCurrentVideoDriver), so the name is compared without case: compared
   exactly, a Pi tried the software renderer first, which fails there. */
bool render_software_first(const char *video_driver, const char *kiosk_renderer) {
  if (kiosk_renderer && strcmp(kiosk_renderer, "software") == 0) return true;
  if (kiosk_renderer && strcmp(kiosk_renderer, "gpu") == 0) return false;
  return !video_driver || strcasecmp(video_driver, "kmsdrm") != 0;
}

int render_driver_order(const char *const *names, int n, const char *prefer, bool software_first,
                        int *order) {
  int k = 0;
  bool used[RENDER_MAX_DRIVERS] = {false};
  if (n > RENDER_MAX_DRIVERS) n = RENDER_MAX_DRIVERS;
  /* passes: the preferred driver, then software if it comes first, then the others in
     SDL's order (its own preference), then software */
  for (int pass = 0; pass < 4; pass++) {
    for (int i = 0; i < n; i++) {
      if (used[i] || !names[i]) continue;
      bool soft = strcmp(names[i], "software") == 0;
      bool take = pass == 0   ? prefer && strcmp(names[i], prefer) == 0
                  : pass == 1 ? software_first && soft
                  : pass == 2 ? !soft
                              : true;
      if (!take) continue;
      used[i] = true;
      order[k++] = i;
    }
  }
  return k;
}

static void note_failure(Render *r, const char *name, const char *why) {
  size_t len = strlen(r->fallback);
  if (!why || !*why) why = "SDL gave no reason"; /* its software renderer on KMSDRM */
  snprintf(r->fallback + len, sizeof r->fallback - len, "%s%s failed: %s", len ? "; " : "", name, why);
}

static SDL_Window *new_window(const RenderOptions *opt, int w, int h) {
  Uint32 flags = SDL_WINDOW_SHOWN;
  if (opt->fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  return SDL_CreateWindow(opt->title ? opt->title : "Kiosk", SDL_WINDOWPOS_CENTERED,
                          SDL_WINDOWPOS_CENTERED, w, h, flags);
}

/* Tries SDL's render drivers one by one, each on a fresh window: a GL driver that fails
   can leave its window unusable for the next one (KMSDRM on Mesa's software driver).
   Never gives up while one is left: the first choice failing is no reason to stop. */
static bool open_renderer(Render *r, const RenderOptions *opt, const char *prefer, int w, int h, Error *err) {
  bool software = render_software_first(r->driver, getenv("KIOSK_RENDERER"));
  if (software) /* else SDL 2.26 builds a throw-away GL context: +78 ms, +88 MiB */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  /* SDL turns batching off for a renderer asked for by index, unless told otherwise */
  SDL_SetHint(SDL_HINT_RENDER_BATCHING, "1");
  const char *names[RENDER_MAX_DRIVERS];
  int n = SDL_GetNumRenderDrivers();
  if (n > RENDER_MAX_DRIVERS) n = RENDER_MAX_DRIVERS;
  for (int i = 0; i < n; i++) {
    SDL_RendererInfo info;
    names[i] = SDL_GetRenderDriverInfo(i, &info) == 0 ? info.name : NULL;
  }
  const char *env = getenv("KIOSK_RENDERER");
  if (!prefer && env && strcmp(env, "software") != 0 && strcmp(env, "gpu") != 0) prefer = env;
  /* SDL_RENDER_DRIVER (SDL's own hint) still chooses: a renderer asked for by index
     would otherwise pass it over */
  const char *hint = SDL_GetHint(SDL_HINT_RENDER_DRIVER);
  if (!prefer && hint && *hint) prefer = hint;
  int order[RENDER_MAX_DRIVERS];
  int count = render_driver_order(names, n, prefer, software, order);
  r->fallback[0] = '\0';
  for (int k = 0; k < count; k++) {
    const char *name = names[order[k]];
    if (!r->window) r->window = new_window(opt, w, h);
    if (!r->window) return error_set(err, "cannot open a window: %s", SDL_GetError());
    SDL_GL_ResetAttributes(); /* what a failed GL driver asked for must not stick */
    Uint32 flags = strcmp(name, "software") == 0 ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_PRESENTVSYNC;
    r->renderer = SDL_CreateRenderer(r->window, order[k], flags);
    if (r->renderer) {
      r->renderer_name = name;
      return true;
    }
    note_failure(r, name, SDL_GetError());
    SDL_DestroyWindow(r->window);
    r->window = NULL;
  }
  return error_set(err, "cannot draw in the window: no render driver works (%s)",
                   r->fallback[0] ? r->fallback : "SDL offers none");
}

static bool open_window(Render *r, const RenderOptions *opt, const char *prefer, Error *err) {
  SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0"); /* a tap must count once (SDL #2904) */
  SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
  SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
  SDL_SetHint(SDL_HINT_IDLE_TIMER_DISABLED, "1");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
    return error_set(err, "cannot start the display: %s", SDL_GetError());
  r->sdl_video = true;
  r->driver = SDL_GetCurrentVideoDriver();
  SDL_StartTextInput(); /* a USB keyboard types through the system's layout (SDL_TEXTINPUT) */
  if (opt->fullscreen) SDL_ShowCursor(SDL_DISABLE); /* before the window (EmulationStation #517) */
  bool turned = opt->rotation == 90 || opt->rotation == 270;
  int w = turned ? opt->height : opt->width, h = turned ? opt->width : opt->height;
  if (!open_renderer(r, opt, prefer, w, h, err)) return false;
  int ow, oh;
  SDL_GetRendererOutputSize(r->renderer, &ow, &oh);
  r->out_w = ow;
  r->out_h = oh;
  r->width = turned ? oh : ow;
  r->height = turned ? ow : oh;
  if (opt->rotation) {
    /* draw upright into a texture, then turn it onto the panel at present */
    r->target = SDL_CreateTexture(r->renderer, SDL_PIXELFORMAT_ARGB8888,
                                  SDL_TEXTUREACCESS_TARGET, r->width, r->height);
    if (!r->target) return error_set(err, "cannot rotate the screen: %s", SDL_GetError());
    SDL_SetRenderTarget(r->renderer, r->target);
  }
  return true;
}

static bool open_headless(Render *r, const RenderOptions *opt, Error *err) {
  r->driver = "headless";
  r->renderer_name = "software";
  r->width = r->out_w = opt->width;
  r->height = r->out_h = opt->height;
  r->canvas = SDL_CreateRGBSurfaceWithFormat(0, opt->width, opt->height, 32,
                                             SDL_PIXELFORMAT_ARGB8888);
  if (!r->canvas) return error_set(err, "cannot create a %dx%d canvas: %s", opt->width, opt->height, SDL_GetError());
  r->renderer = SDL_CreateSoftwareRenderer(r->canvas);
  if (!r->renderer) return error_set(err, "cannot draw headless: %s", SDL_GetError());
  return true;
}

Render *render_open(const RenderOptions *opt, Text *text, Error *err) {
  return render_open_prefer(opt, NULL, text, err);
}

Render *render_open_prefer(const RenderOptions *opt, const char *prefer, Text *text, Error *err) {
  if (opt->width < 200 || opt->height < 200 || opt->width > 8192 || opt->height > 8192) {
    error_set(err, "screen size %dx%d is out of range", opt->width, opt->height);
    return NULL;
  }
  if (opt->rotation % 90 != 0 || opt->rotation < 0 || opt->rotation > 270) {
    error_set(err, "rotation must be 0, 90, 180 or 270");
    return NULL;
  }
  Render *r = xcalloc(1, sizeof *r);
  r->text = text;
  r->watch_fd = -1;
  r->devices.notify = -1;
  r->rotation = opt->rotation;
  bool ok = opt->headless ? open_headless(r, opt, err) : open_window(r, opt, prefer, err);
  if (!ok) {
    render_close(r);
    return NULL;
  }
  SDL_RendererInfo info;
  bool software = SDL_GetRendererInfo(r->renderer, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE);
  /* a GL back buffer is undefined after a swap; a surface or a target texture keeps it */
  r->keeps_frame = r->canvas || r->target || software;
  r->redraw_all = true;
  return r;
}

static void text_cache_clear(Render *r) {
  for (int i = 0; i < r->ntext; i++) {
    SDL_DestroyTexture(r->texts[i].texture);
    free(r->texts[i].key);
  }
  free(r->texts);
  r->texts = NULL;
  r->ntext = r->captext = 0;
  r->text_bytes = 0;
}

void render_close(Render *r) {
  if (!r) return;
  render_frame_free(r);
  render_layers_free(r);
  render_grid_free(r);
  input_devices_close(&r->devices);
  text_cache_clear(r);
  for (int i = 0; i < r->nimages; i++) {
    SDL_DestroyTexture(r->images[i].texture);
    free(r->images[i].path);
  }
  shapes_free(r);
  if (r->target) SDL_DestroyTexture(r->target);
  if (r->renderer) SDL_DestroyRenderer(r->renderer);
  if (r->window) SDL_DestroyWindow(r->window);
  if (r->canvas) SDL_FreeSurface(r->canvas);
  if (r->sdl_video) SDL_QuitSubSystem(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
  free(r);
}

void render_size(const Render *r, int *width, int *height) {
  *width = r->width;
  *height = r->height;
}

const char *render_driver(const Render *r) { return r->driver; }

const char *render_renderer(const Render *r) { return r->renderer_name; }

const char *render_fallback(const Render *r) { return r->fallback; }

void render_clear(Render *r, Color c) {
  r->frame++;
  r->nops = 0; /* whatever was recorded before is covered */
  c.a = 255;
  render_op_fill(r, (SDL_Rect){0, 0, r->width, r->height}, c);
}

/* An opaque colour is written, not blended (SDL's software renderer blends every pixel
   of a fill in BLEND mode even at alpha 255: 12.8 M instructions for one 800x480
   background, against 0.4 M written). */
void render_fill(Render *r, Rect rect, Color c) {
  if (rect.w <= 0 || rect.h <= 0 || c.a == 0) return;
  render_op_fill(r, (SDL_Rect){rect.x, rect.y, rect.w, rect.h}, c);
}

void render_clip(Render *r, Rect rect) {
  r->clipped = true;
  r->clip = (SDL_Rect){rect.x, rect.y, rect.w > 0 ? rect.w : 0, rect.h > 0 ? rect.h : 0};
}

void render_unclip(Render *r) { r->clipped = false; }

long long render_drawn_pixels(const Render *r) { return r->drawn_pixels; }

int render_drawn_ops(const Render *r) { return r->drawn_ops; }

/* ---- text ----------------------------------------------------------------------- */

static void evict_text(Render *r) {
  /* drop the least recently used half when over budget: rare, and keeps it simple */
  while (r->text_bytes > TEXT_CACHE_BYTES && r->ntext > 0) {
    int oldest = 0;
    for (int i = 1; i < r->ntext; i++)
      if (r->texts[i].used < r->texts[oldest].used) oldest = i;
    if (r->texts[oldest].used == r->frame) break; /* everything is on screen now */
    r->text_bytes -= r->texts[oldest].bytes;
    SDL_DestroyTexture(r->texts[oldest].texture);
    free(r->texts[oldest].key);
    r->texts[oldest] = r->texts[--r->ntext];
  }
}

uint32_t render_color_key(Color c) {
  return (uint32_t)c.r << 24 | (uint32_t)c.g << 16 | (uint32_t)c.b << 8 | c.a;
}

/* SDL's own modulation, done once: alpha scaled by c.a, the colour c. */
static uint32_t tint(unsigned a, Color c) {
  return (a * c.a / 255u) << 24 | (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b;
}

void render_tint_row(uint32_t *px, const unsigned char *coverage, int n, Color c) {
  for (int x = 0; x < n; x++) px[x] = tint(coverage[x], c);
}

/* A new texture of piece i in colour c, blended; NULL if it cannot be made. */
static SDL_Texture *make_piece_texture(Render *r, const TextLayout *l, int i, Color c, int *w, int *h) {
  TextBitmap *b = text_render_piece(r->text, l, i);
  if (!b) return NULL;
  for (int y = 0; y < b->height; y++) { /* the glyphs are white: their alpha is the coverage */
    uint32_t *row = (uint32_t *)((unsigned char *)b->pixels + (size_t)y * (size_t)b->pitch);
    for (int x = 0; x < b->width; x++) row[x] = tint(row[x] >> 24, c);
  }
  SDL_Surface *surface = SDL_CreateRGBSurfaceWithFormatFrom(b->pixels, b->width, b->height, 32, b->pitch,
                                                            SDL_PIXELFORMAT_ARGB8888);
  SDL_Texture *tex = surface ? SDL_CreateTextureFromSurface(r->renderer, surface) : NULL;
  *w = b->width;
  *h = b->height;
  SDL_FreeSurface(surface);
  text_bitmap_free(b);
  if (tex) SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
  return tex;
}

static SDL_Texture *piece_texture(Render *r, const TextLayout *l, int i, Color c, int *w, int *h, uint64_t *id) {
  const TextPiece *p = &l->pieces[i];
  size_t n = p->end - p->start;
  int meta[4] = {p->face, l->style.size, (int)l->style.weight, (int)render_color_key(c)};
  uint64_t hash = hash_bytes(hash_bytes(14695981039346656037ULL, meta, sizeof meta), l->text + p->start, n);
  for (int k = 0; k < r->ntext; k++) {
    TextTexture *t = &r->texts[k];
    if (t->hash == hash && t->len == n && memcmp(t->meta, meta, sizeof meta) == 0 &&
        memcmp(t->key, l->text + p->start, n) == 0) {
      t->used = r->frame;
      *w = t->w;
      *h = t->h;
      *id = t->id;
      return t->texture;
    }
  }
  SDL_Texture *tex = make_piece_texture(r, l, i, c, w, h);
  if (!tex) return NULL;
  if (r->ntext == r->captext) {
    r->captext = r->captext ? r->captext * 2 : 128;
    r->texts = xrealloc(r->texts, sizeof(TextTexture) * (size_t)r->captext);
  }
  TextTexture *t = &r->texts[r->ntext++];
  t->hash = hash;
  t->id = *id = render_new_id(r);
  memcpy(t->meta, meta, sizeof meta);
  t->key = xstrndup(l->text + p->start, n);
  t->len = n;
  t->texture = tex;
  t->w = *w;
  t->h = *h;
  t->bytes = (size_t)*w * (size_t)*h * 4;
  t->used = r->frame;
  r->text_bytes += t->bytes;
  evict_text(r);
  return tex;
}

/* Draws every piece of a laid-out paragraph; cached: through the texture cache, or a
   texture made for this frame alone and destroyed once it is drawn. */
static void draw_text(Render *r, const TextLayout *l, int x, int y, Color c, const int *offsets,
                      const Color *tag_colors, int ntags, bool cached) {
  for (int li = 0; li < l->nlines; li++) {
    const TextLine *line = &l->lines[li];
    int lx = x + (offsets ? offsets[li] : 0);
    for (int k = line->first; k < line->first + line->count; k++) {
      const TextPiece *p = &l->pieces[k];
      if (p->end <= p->start) continue;
      int w = 0, h = 0;
      uint64_t id = 0;
      Color col = (tag_colors && p->tag > 0 && p->tag < ntags) ? tag_colors[p->tag] : c;
      if (col.a == 0) continue; /* faded out: nothing to see, nothing to make */
      Color solid = render_opaque(col);
      SDL_Texture *tex = cached ? piece_texture(r, l, k, solid, &w, &h, &id) : make_piece_texture(r, l, k, solid, &w, &h);
      if (!tex) continue;
      if (!cached) {
        id = render_new_id(r);
        render_after_frame(r, tex);
      }
      render_op_copy(r, tex, id, NULL, (SDL_Rect){lx + p->x, y + line->y + p->y, w, h}, render_alpha_mod(col));
    }
  }
}

void render_text(Render *r, const TextLayout *l, int x, int y, Color c, const int *offsets,
                 const Color *tag_colors, int ntags) {
  draw_text(r, l, x, y, c, offsets, tag_colors, ntags, true);
}

void render_text_once(Render *r, const TextLayout *l, int x, int y, Color c, const int *offsets) {
  draw_text(r, l, x, y, c, offsets, NULL, 0, false);
}

int render_cached_textures(const Render *r) { return r->ntext; }

/* ---- images --------------------------------------------------------------------- */

/* The least recently used picture not drawn in this frame, or -1. */
static int image_to_forget(const Render *r) {
  int k = -1;
  for (int i = 0; i < r->nimages; i++)
    if (r->images[i].used != r->frame && (k < 0 || r->images[i].used < r->images[k].used)) k = i;
  return k;
}

/* The picture at path as a texture (cached); *img is a copy of its cache entry. */
static bool image_get(Render *r, const char *path, ImageTexture *img, Error *err) {
  for (int i = 0; i < r->nimages; i++)
    if (strcmp(r->images[i].path, path) == 0) {
      r->images[i].used = r->frame;
      *img = r->images[i];
      return true;
    }
  SDL_Surface *s = render_png_load(path, err);
  if (!s) return false;
  SDL_Texture *tex = SDL_CreateTextureFromSurface(r->renderer, s);
  *img = (ImageTexture){NULL, tex, render_new_id(r), s->w, s->h, r->frame};
  SDL_FreeSurface(s);
  if (!tex) return error_set(err, "%s: %s", path, SDL_GetError());
  SDL_SetTextureScaleMode(tex, SDL_ScaleModeLinear); /* pictures scale smoothly */
  int slot = r->nimages < IMAGE_CACHE_MAX ? r->nimages++ : image_to_forget(r);
  if (slot < 0) { /* every cached picture is on this screen: this one is drawn uncached */
    render_after_frame(r, tex);
    return true;
  }
  if (r->images[slot].texture) {
    SDL_DestroyTexture(r->images[slot].texture);
    free(r->images[slot].path);
  }
  img->path = xstrdup(path);
  r->images[slot] = *img;
  return true;
}

bool render_image_size(Render *r, const char *path, int *w, int *h, Error *err) {
  ImageTexture img;
  if (!image_get(r, path, &img, err)) return false;
  *w = img.w;
  *h = img.h;
  return true;
}

bool render_image(Render *r, const char *path, Rect dst, Error *err) {
  ImageTexture img;
  if (!image_get(r, path, &img, err) || img.w <= 0 || img.h <= 0) return false;
  double scale = (double)dst.w / img.w;
  if ((double)dst.h / img.h < scale) scale = (double)dst.h / img.h;
  int w = (int)(img.w * scale), h = (int)(img.h * scale);
  SDL_Rect d = {dst.x + (dst.w - w) / 2, dst.y + (dst.h - h) / 2, w, h};
  render_op_copy(r, img.texture, img.id, NULL, d, RENDER_UNTINTED);
  return true;
}

/* ---- frames --------------------------------------------------------------------- */

void render_present(Render *r) {
  int ow = r->out_w, oh = r->out_h;
  if (r->window && SDL_GetRendererOutputSize(r->renderer, &ow, &oh) == 0 && (ow != r->out_w || oh != r->out_h))
    r->redraw_all = true; /* a new window surface holds nothing yet */
  render_flush(r);
  if (r->target) {
    SDL_SetRenderTarget(r->renderer, NULL);
    SDL_SetRenderDrawColor(r->renderer, 0, 0, 0, 255);
    SDL_RenderClear(r->renderer);
    SDL_Rect dst = {(r->out_w - r->width) / 2, (r->out_h - r->height) / 2, r->width, r->height};
    SDL_RenderCopyEx(r->renderer, r->target, NULL, &dst, r->rotation, NULL, SDL_FLIP_NONE);
    SDL_RenderPresent(r->renderer);
    SDL_SetRenderTarget(r->renderer, r->target);
    return;
  }
  if (r->window) SDL_RenderPresent(r->renderer);
}

bool render_screenshot(Render *r, const char *png_path, Error *err) {
  render_flush(r);
  SDL_Surface *s = r->canvas;
  bool owned = false;
  if (!s) {
    s = SDL_CreateRGBSurfaceWithFormat(0, r->width, r->height, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) return error_set(err, "screenshot: %s", SDL_GetError());
    owned = true;
    if (SDL_RenderReadPixels(r->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) != 0) {
      SDL_FreeSurface(s);
      return error_set(err, "screenshot: %s", SDL_GetError());
    }
  }
  bool ok = render_png_save(s, png_path, err);
  if (owned) SDL_FreeSurface(s);
  return ok;
}
