/* floor.c — the least an SDL2 + SDL2_ttf program must do to show the kiosk's first
   screen: the reference `make bench` measures the kiosk against. It draws what the
   kiosk draws for tests/bench/pack (top bar with title, Back to menu and Get help; a
   page or a question) with the same fonts and renderer settings, presents one frame,
   then exits (--once) or sits idle (--idle N) the way the kiosk waits for input.

     floor [--lang en|th] [--screen page|question] [--once | --idle N] [--shot FILE.bmp]

   No layout engine, no caches, no lesson: only what any program showing this screen
   pays. Texts are copied from tests/bench/pack/strings and assets/strings: change both
   together. */
#include <SDL.h>
#include <SDL_ttf.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FLOOR_W 800 /* the kiosk's default --size, the Pi 7" panel */
#define FLOOR_H 480
#define FLOOR_NAP_MS 40 /* engine/render/input.h INPUT_NAP_MS: the kiosk's poll interval */
#define FLOOR_MAX_IDLE_S 3600
#define FLOOR_PI 3.14159265358979323846 /* M_PI is not in strict C11 */
#define FLOOR_MAX_PIECES 16
#define FLOOR_TEXTS 6 /* either screen: three texts in the bar, three below it */
#define NOTO "/usr/share/fonts/truetype/noto/"

/* Sizes and colours of engine/ui/theme.c at 800x480 (1 dp = 1 px). */
#define MARGIN 20
#define GAP 10
#define RADIUS 12
#define BAR_H 52
#define TOUCH 48

typedef struct Words {
  const char *lesson_title, *title, *text;       /* page */
  const char *question_title, *question, *options[2];
  const char *next, *get_help, *back;            /* the kiosk's own words */
  const char *regular, *bold, *script;           /* font files, HarfBuzz script tag */
} Words;

static const Words english = {
    "Is this message real?",
    "Is this message real?",
    "Scammers send texts that look like they come from a bank, a parcel company or a "
    "friend. Most messages you get are real. Let's practise telling the two apart.",
    "Keep your codes secret",
    "A caller asks for the code your bank sent you. What do you do?",
    {"Tell them the code", "Keep it secret and call the bank"},
    "Continue",
    "Get help",
    "Back to menu",
    NOTO "NotoSans-Regular.ttf",
    NOTO "NotoSans-Bold.ttf",
    "Latn",
};

static const Words thai = {
    "ข้อความนี้จริงไหม",
    "ข้อความนี้จริงไหม",
    "มิจฉาชีพส่งข้อความที่ดูเหมือนมาจากธนาคาร บริษัทขนส่ง หรือเพื่อนของคุณ "
    "มาฝึกแยกข้อความจริงกับข้อความหลอกลวงกัน",
    "เก็บรหัสเป็นความลับ",
    "มีคนขอรหัสของคุณ คุณจะทำอย่างไร",
    {"บอกรหัสไป", "เก็บเป็นความลับ แล้วโทรหาธนาคาร"},
    "ต่อไป",
    "ขอความช่วยเหลือ",
    "กลับไปที่เมนู",
    NOTO "NotoSansThai-Regular.ttf",
    NOTO "NotoSansThai-Bold.ttf",
    "Thai",
};

static const SDL_Color bg = {0xF5, 0xF2, 0xEC, 255}, ink = {0x1D, 0x27, 0x33, 255},
                       white = {255, 255, 255, 255}, bar = {0x13, 0x4E, 0x4A, 255},
                       primary = {0x0F, 0x6E, 0x66, 255}, help = {0x6D, 0x3F, 0xC8, 255},
                       line = {0xD9, 0xD4, 0xCC, 255}, bar_button = {255, 255, 255, 40};

typedef struct Piece { /* one rendered text, kept so an Expose redraws it */
  SDL_Texture *texture;
  SDL_Rect at;
  SDL_Color color;
} Piece;

typedef struct Box { /* a filled rounded rectangle, with a 2 px border when border.a */
  SDL_Rect at;
  int radius;
  SDL_Color fill, border;
} Box;

typedef struct Floor {
  SDL_Window *window;
  SDL_Renderer *renderer;
  TTF_Font *bar_font, *button_font, *small_font, *title_font, *heading_font, *body_font;
  const Words *words;
  bool question;
  Box boxes[FLOOR_MAX_PIECES];
  Piece pieces[FLOOR_MAX_PIECES];
  int nboxes, npieces;
  SDL_Point icon; /* centre of the Get help icon */
} Floor;

static void color(SDL_Renderer *r, SDL_Color c) { SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a); }

/* A rounded rectangle as non-overlapping spans, so a translucent colour stays even. */
static void round_rect(SDL_Renderer *r, SDL_Rect rc, int radius, SDL_Color c) {
  color(r, c);
  for (int i = 0; i < radius; i++) {
    double dy = radius - i - 0.5;
    int inset = (int)lround(radius - sqrt((double)radius * radius - dy * dy));
    SDL_Rect top = {rc.x + inset, rc.y + i, rc.w - 2 * inset, 1};
    SDL_Rect bottom = {rc.x + inset, rc.y + rc.h - 1 - i, rc.w - 2 * inset, 1};
    SDL_RenderFillRect(r, &top);
    SDL_RenderFillRect(r, &bottom);
  }
  SDL_Rect middle = {rc.x, rc.y + radius, rc.w, rc.h - 2 * radius};
  SDL_RenderFillRect(r, &middle);
}

/* The Get help icon: a ring with a question mark, 2 px lines (engine/render/shapes.c
   ICON_HELP, without its anti-aliasing). */
static void help_icon(SDL_Renderer *r, SDL_Point c, int size) {
  static const float mark[][2] = {{.38f, .38f}, {.45f, .3f}, {.58f, .31f}, {.62f, .42f},
                                  {.5f, .52f}, {.5f, .6f}};
  SDL_Point ring[33], hook[6];
  int x0 = c.x - size / 2, y0 = c.y - size / 2;
  color(r, white);
  for (int k = 0; k < 2; k++) {
    double rad = size * 0.42 - k;
    for (int i = 0; i <= 32; i++)
      ring[i] = (SDL_Point){c.x + (int)lround(rad * cos(i * FLOOR_PI / 16)),
                            c.y + (int)lround(rad * sin(i * FLOOR_PI / 16))};
    SDL_RenderDrawLines(r, ring, 33);
    for (int i = 0; i < 6; i++)
      hook[i] = (SDL_Point){x0 + k + (int)lroundf(mark[i][0] * (float)size),
                            y0 + (int)lroundf(mark[i][1] * (float)size)};
    SDL_RenderDrawLines(r, hook, 6);
  }
  SDL_Rect dot = {c.x - 1, y0 + (int)lroundf(.74f * (float)size) - 1, 2, 2};
  SDL_RenderFillRect(r, &dot);
}

/* Renders s in white (wrapped at wrap pixels when wrap > 0) into a texture tinted c at
   draw time. NULL on failure; build() then fails, as the piece count falls short. */
static Piece *text(Floor *f, TTF_Font *font, const char *s, int wrap, SDL_Color c) {
  if (f->npieces == FLOOR_MAX_PIECES) return NULL;
  SDL_Surface *surface = wrap > 0 ? TTF_RenderUTF8_Blended_Wrapped(font, s, white, (Uint32)wrap)
                                  : TTF_RenderUTF8_Blended(font, s, white);
  if (!surface) {
    fprintf(stderr, "floor: text: %s\n", TTF_GetError());
    return NULL;
  }
  Piece *p = &f->pieces[f->npieces];
  p->texture = SDL_CreateTextureFromSurface(f->renderer, surface);
  p->at = (SDL_Rect){0, 0, surface->w, surface->h};
  p->color = c;
  SDL_FreeSurface(surface);
  if (!p->texture) return NULL;
  f->npieces++;
  return p;
}

static int height_of(const Piece *p) { return p ? p->at.h : 0; }
static int width_of(const Piece *p) { return p ? p->at.w : 0; }

static void place(Piece *p, int x, int y) {
  if (p) p->at = (SDL_Rect){x, y, p->at.w, p->at.h};
}

static SDL_Rect box(Floor *f, SDL_Rect at, SDL_Color fill, SDL_Color border) {
  if (f->nboxes < FLOOR_MAX_PIECES) f->boxes[f->nboxes++] = (Box){at, RADIUS, fill, border};
  return at;
}

/* A button with its label centred, or left-aligned at pad when pad > 0. */
static void button(Floor *f, SDL_Rect at, SDL_Color fill, SDL_Color border, Piece *label, int pad) {
  box(f, at, fill, border);
  if (label)
    place(label, pad ? at.x + pad : at.x + (at.w - label->at.w) / 2,
          at.y + (at.h - label->at.h) / 2);
}

/* Renders every text and lays the screen out as engine/ui/build.c does. */
static bool build(Floor *f) {
  const Words *w = f->words;
  const SDL_Color none = {0, 0, 0, 0};
  box(f, (SDL_Rect){0, 0, FLOOR_W, BAR_H}, bar, none);
  f->boxes[0].radius = 0;
  int right = FLOOR_W - 8, bh = BAR_H - 8;
  Piece *label = text(f, f->button_font, w->get_help, 0, white);
  int bw = width_of(label) + 56;
  SDL_Rect at = box(f, (SDL_Rect){right - bw, 4, bw, bh}, help, none);
  place(label, at.x + (bw - width_of(label)) / 2 + 14, at.y + (bh - height_of(label)) / 2);
  f->icon = (SDL_Point){at.x + 10 + 11, at.y + bh / 2};
  right = at.x - 8;
  label = text(f, f->small_font, w->back, 0, white);
  bw = width_of(label) + 28;
  button(f, (SDL_Rect){right - bw, 4, bw, bh}, bar_button, none, label, 0);
  Piece *title = text(f, f->bar_font, f->question ? w->question_title : w->lesson_title, 0, white);
  place(title, 14, (BAR_H - height_of(title)) / 2);

  int x = MARGIN, y = BAR_H + MARGIN, width = FLOOR_W - 2 * MARGIN;
  if (!f->question) { /* a page: title, paragraph, Continue at the bottom right */
    Piece *heading = text(f, f->title_font, w->title, width, ink);
    place(heading, x, y);
    y += height_of(heading) + GAP;
    place(text(f, f->body_font, w->text, width, ink), x, y);
    label = text(f, f->button_font, w->next, 0, white);
    bw = width_of(label) + 48 < 160 ? 160 : width_of(label) + 48;
    button(f, (SDL_Rect){x + width - bw, FLOOR_H - MARGIN - TOUCH, bw, TOUCH}, primary, none,
           label, 0);
  } else { /* a question: the question, then one answer button per row */
    Piece *q = text(f, f->heading_font, w->question, width, ink);
    place(q, x, y);
    y += height_of(q) + GAP;
    for (int i = 0; i < 2; i++) {
      label = text(f, f->body_font, w->options[i], width - 28, ink);
      int h = height_of(label) + 20 < TOUCH ? TOUCH : height_of(label) + 20;
      button(f, (SDL_Rect){x, y, width, h}, white, line, label, 14);
      y += h + GAP;
    }
  }
  return f->npieces == FLOOR_TEXTS;
}

static void draw(Floor *f) {
  SDL_Renderer *r = f->renderer;
  color(r, bg);
  SDL_RenderClear(r);
  for (int i = 0; i < f->nboxes; i++) {
    const Box *b = &f->boxes[i];
    SDL_Rect at = b->at;
    int radius = b->radius;
    if (b->border.a) {
      round_rect(r, at, radius, b->border);
      at = (SDL_Rect){at.x + 2, at.y + 2, at.w - 4, at.h - 4};
      radius -= 2;
    }
    round_rect(r, at, radius, b->fill);
  }
  help_icon(r, f->icon, 22);
  for (int i = 0; i < f->npieces; i++) {
    const Piece *p = &f->pieces[i];
    SDL_SetTextureColorMod(p->texture, p->color.r, p->color.g, p->color.b);
    SDL_RenderCopy(r, p->texture, NULL, &p->at);
  }
}

static TTF_Font *open_font(const char *path, int size, const char *script) {
  TTF_Font *font = TTF_OpenFont(path, size);
  if (!font) {
    fprintf(stderr, "floor: %s: %s\n", path, TTF_GetError());
    return NULL;
  }
  /* SDL_ttf never guesses the script for HarfBuzz (VERIFIED.md) */
  TTF_SetFontScriptName(font, script);
  return font;
}

static bool open_fonts(Floor *f) {
  const Words *w = f->words;
  /* engine/ui/theme.c roles: bar 18 bold, button 20 bold, small 17, title 28 bold,
     heading 23 bold, body 21 (answers use 20: close enough to share the body face) */
  f->bar_font = open_font(w->bold, 18, w->script);
  f->button_font = open_font(w->bold, 20, w->script);
  f->small_font = open_font(w->regular, 17, w->script);
  f->title_font = f->question ? NULL : open_font(w->bold, 28, w->script);
  f->heading_font = f->question ? open_font(w->bold, 23, w->script) : NULL;
  f->body_font = open_font(w->regular, f->question ? 20 : 21, w->script);
  return f->bar_font && f->button_font && f->small_font && f->body_font &&
         (f->question ? f->heading_font != NULL : f->title_font != NULL);
}

static void close_floor(Floor *f) {
  for (int i = 0; i < f->npieces; i++) SDL_DestroyTexture(f->pieces[i].texture);
  TTF_Font *fonts[] = {f->bar_font, f->button_font, f->small_font, f->title_font,
                       f->heading_font, f->body_font};
  for (size_t i = 0; i < sizeof fonts / sizeof fonts[0]; i++)
    if (fonts[i]) TTF_CloseFont(fonts[i]);
  if (TTF_WasInit()) TTF_Quit();
  if (f->renderer) SDL_DestroyRenderer(f->renderer);
  if (f->window) SDL_DestroyWindow(f->window);
  SDL_Quit();
}

static bool save_shot(Floor *f, const char *path) {
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, FLOOR_W, FLOOR_H, 32, SDL_PIXELFORMAT_ARGB8888);
  bool ok = s && SDL_RenderReadPixels(f->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels,
                                      s->pitch) == 0 && SDL_SaveBMP(s, path) == 0;
  if (!ok) fprintf(stderr, "floor: %s: %s\n", path, SDL_GetError());
  SDL_FreeSurface(s);
  return ok;
}

/* Sits on the screen for idle_s seconds, waking only for events, as the kiosk does:
   SDL_WaitEventTimeout where SDL 2.26 can block (x11, wayland), else poll and nap. */
static void idle(Floor *f, int idle_s) {
  const char *driver = SDL_GetCurrentVideoDriver();
  bool blocks = driver && (strcmp(driver, "x11") == 0 || strcmp(driver, "wayland") == 0);
  Uint64 end = SDL_GetTicks64() + (Uint64)idle_s * 1000u;
  for (;;) {
    SDL_Event e;
    bool redraw = false;
    while (SDL_PollEvent(&e)) {
      if (e.type == SDL_QUIT) return;
      if (e.type == SDL_WINDOWEVENT && (e.window.event == SDL_WINDOWEVENT_EXPOSED ||
                                        e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED))
        redraw = true;
    }
    if (redraw) {
      draw(f);
      SDL_RenderPresent(f->renderer);
    }
    Uint64 now = SDL_GetTicks64();
    if (now >= end) return;
    Uint64 left = end - now;
    if (blocks) {
      if (SDL_WaitEventTimeout(NULL, (int)left)) continue; /* handled at the top */
    } else {
      SDL_Delay((Uint32)(left < FLOOR_NAP_MS ? left : FLOOR_NAP_MS));
    }
  }
}

static int usage(void) {
  fputs("usage: floor [--lang en|th] [--screen page|question] [--once | --idle N] "
        "[--shot FILE.bmp]\n", stderr);
  return 2;
}

int main(int argc, char **argv) {
  Floor f = {.words = &english};
  int idle_s = 0;
  const char *shot = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(a, "--once") == 0) {
      idle_s = 0;
    } else if (strcmp(a, "--idle") == 0 && v) {
      idle_s = atoi(v);
      i++;
      if (idle_s < 1 || idle_s > FLOOR_MAX_IDLE_S) return usage();
    } else if (strcmp(a, "--lang") == 0 && v && (strcmp(v, "en") == 0 || strcmp(v, "th") == 0)) {
      f.words = strcmp(v, "th") == 0 ? &thai : &english;
      i++;
    } else if (strcmp(a, "--screen") == 0 && v &&
               (strcmp(v, "page") == 0 || strcmp(v, "question") == 0)) {
      f.question = strcmp(v, "question") == 0;
      i++;
    } else if (strcmp(a, "--shot") == 0 && v) {
      shot = v;
      i++;
    } else {
      return usage();
    }
  }
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    fprintf(stderr, "floor: SDL_Init: %s\n", SDL_GetError());
    return 1;
  }
  /* the software renderer without SDL's throw-away GL probe, as engine/render/render.c */
  SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  int status = 1;
  if (TTF_Init() != 0) {
    fprintf(stderr, "floor: TTF_Init: %s\n", TTF_GetError());
  } else if (!open_fonts(&f)) {
    /* reported by open_font */
  } else if (!(f.window = SDL_CreateWindow(f.words->lesson_title, SDL_WINDOWPOS_CENTERED,
                                           SDL_WINDOWPOS_CENTERED, FLOOR_W, FLOOR_H,
                                           SDL_WINDOW_SHOWN))) {
    fprintf(stderr, "floor: SDL_CreateWindow: %s\n", SDL_GetError());
  } else if (!(f.renderer = SDL_CreateRenderer(f.window, -1, SDL_RENDERER_SOFTWARE))) {
    fprintf(stderr, "floor: SDL_CreateRenderer: %s\n", SDL_GetError());
  } else {
    SDL_SetRenderDrawBlendMode(f.renderer, SDL_BLENDMODE_BLEND);
    if (build(&f)) {
      draw(&f);
      status = shot && !save_shot(&f, shot) ? 1 : 0;
    }
    SDL_RenderPresent(f.renderer);
    if (idle_s > 0) idle(&f, idle_s);
  }
  close_floor(&f);
  return status;
}
