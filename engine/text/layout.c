/* layout.c — one paragraph into lines: decode, itemize, find breaks, then fit greedily,
   measuring with the same shaper that draws (TTF_SizeUTF8), never SDL_ttf's wrapping
   (it splits marks from their base and never breaks Thai). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "core/utf8.h"
#include "text/internal.h"

/* A screenful of lesson text is under 2 KB; a hostile pack's megabyte string is cut
   here so layout time and memory stay bounded. */
#define TEXT_MAX_BYTES (64u << 10)

typedef struct TextSegment { /* code points up to and including a break opportunity */
  int start, body, end;      /* [start, body) is drawn; [body, end) are collapsible spaces */
  bool must;                 /* ends with '\n' */
  bool in_unit;              /* ends at a break inside a web address (text_in_address) or a
                                Burmese phrase (text_in_phrase): the line keeps it whole */
  int body_width, tail_width; /* -1 until measured */
} TextSegment;

typedef struct TextBuild {
  Text *t;
  TextLayout *layout;
  int size, max_width;
  int n;           /* code points */
  uint32_t *cps;
  uint32_t *bytes; /* n + 1 offsets into layout->text */
  uint8_t *faces;
  int *tags;
  uint8_t *brk;
  TextSegment *segs;
  int nsegs;
  TTF_Font *font[TEXT_FACE_COUNT];
  bool looked[TEXT_FACE_COUNT];
  int piece_y[TEXT_FACE_COUNT];
  int cap_pieces, cap_lines;
} TextBuild;

static TTF_Font *text_build_font(TextBuild *b, int face) {
  if (!b->looked[face]) {
    b->font[face] = text_font(b->t, face, b->layout->style.weight, b->size);
    b->looked[face] = true;
  }
  return b->font[face];
}

/* Copies the text, replacing invalid bytes with U+FFFD and tabs with spaces, turning
   U+2028/U+2029 into '\n' and dropping other control characters; records each code
   point and where it starts. in_map[i] is the copy's offset for input byte i. */
static void text_build_decode(TextBuild *b, const char *in, size_t n_in, uint32_t *in_map) {
  char *out = xmalloc(n_in * 3 + 1); /* a bad byte becomes 3 bytes of U+FFFD */
  b->cps = xmalloc(sizeof(uint32_t) * (n_in + 1));
  b->bytes = xmalloc(sizeof(uint32_t) * (n_in + 1));
  size_t i = 0, o = 0;
  int k = 0;
  while (i < n_in) {
    size_t start = i;
    uint32_t cp = utf8_next(in, n_in, &i);
    for (size_t j = start; j < i; j++) in_map[j] = (uint32_t)o;
    if (cp == UTF8_INVALID) cp = 0xFFFD;
    else if (cp == '\t') cp = ' ';
    else if (cp == 0x2028 || cp == 0x2029) cp = '\n';
    else if ((cp < 0x20 && cp != '\n') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) continue;
    b->cps[k] = cp;
    b->bytes[k++] = (uint32_t)o;
    o += utf8_encode(cp, out + o);
  }
  in_map[n_in] = (uint32_t)o;
  b->bytes[k] = (uint32_t)o;
  out[o] = '\0';
  b->n = k;
  b->layout->text = out;
}

/* Later spans win where spans overlap; a span edge inside a grapheme cluster moves to
   the cluster's start, since a piece boundary there would unshape it. */
static void text_build_tags(TextBuild *b, const TextSpan *spans, int nspans, size_t n_in,
                            const uint32_t *in_map) {
  b->tags = xcalloc((size_t)b->n + 1, sizeof(int));
  for (int s = 0; s < nspans; s++) {
    if (spans[s].tag <= 0 || spans[s].start >= spans[s].end) continue;
    uint32_t from = in_map[spans[s].start < n_in ? spans[s].start : n_in];
    uint32_t to = in_map[spans[s].end < n_in ? spans[s].end : n_in];
    int lo = 0, hi = b->n; /* first code point at or after `from` */
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (b->bytes[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (int k = lo; k < b->n && b->bytes[k] < to; k++) b->tags[k] = spans[s].tag;
  }
  for (int k = 1; k < b->n; k++)
    if (!utf8_cluster_break(k > 1 ? b->cps[k - 2] : 0, b->cps[k - 1], b->cps[k]))
      b->tags[k] = b->tags[k - 1];
}

static bool text_collapses(uint32_t cp) { return text_is_space(cp) || cp == '\n' || cp == 0x200B; }

static void text_build_segments(TextBuild *b) {
  b->segs = xmalloc(sizeof(TextSegment) * (size_t)(b->n + 1));
  for (int start = 0; start < b->n;) {
    int end = start;
    while (end < b->n && b->brk[end] == TEXT_BREAK_NONE) end++;
    end = end < b->n ? end + 1 : b->n;
    int body = end;
    while (body > start && text_collapses(b->cps[body - 1])) body--;
    bool must = b->brk[end - 1] == TEXT_BREAK_MUST;
    bool in_unit = body == end && !must &&
                   (text_in_address(b->cps, b->n, end - 1) || text_in_phrase(b->cps, b->n, end - 1));
    b->segs[b->nsegs++] = (TextSegment){start, body, end, must, in_unit, -1, -1};
    start = end;
  }
}

/* Line box: every line is as tall as the tallest face the paragraph uses (the Latin
   face at least), and all faces share one baseline. */
static void text_build_metrics(TextBuild *b) {
  TextLayout *l = b->layout;
  bool used[TEXT_FACE_COUNT] = {false};
  used[b->t->latin] = true;
  for (int k = 0; k < b->n; k++) used[b->faces[k]] = true;
  int ascent = 0, below = 0, skip = 0;
  for (int f = 0; f < TEXT_FACE_COUNT; f++) {
    TTF_Font *font = used[f] ? text_build_font(b, f) : NULL;
    if (!font) continue;
    int a = TTF_FontAscent(font), h = TTF_FontHeight(font), s = TTF_FontLineSkip(font);
    ascent = a > ascent ? a : ascent;
    below = h - a > below ? h - a : below;
    skip = s > skip ? s : skip;
  }
  if (ascent == 0) { /* no font opened at all: keep the geometry sane, draw nothing */
    ascent = b->size;
    below = b->size / 4;
  }
  l->baseline = ascent;
  l->line_height = skip > ascent + below ? skip : ascent + below;
  for (int f = 0; f < TEXT_FACE_COUNT; f++) {
    TTF_Font *font = b->looked[f] ? b->font[f] : NULL;
    b->piece_y[f] = ascent - (font ? TTF_FontAscent(font) : ascent) - text_headroom(b->size);
  }
}

/* Width of bytes [start, end) shaped as one run of face (widths.c keeps it). */
static int text_run_width(TextBuild *b, int face, uint32_t start, uint32_t end) {
  return text_run_advance(b->t, face, b->layout->style.weight, b->size, b->layout->text + start, end - start);
}

/* Width of code points [a, e) drawn as runs of one face and tag; appends those runs to
   the layout's pieces when emit. */
static int text_measure_range(TextBuild *b, int a, int e, bool emit) {
  TextLayout *l = b->layout;
  int x = 0;
  for (int r = a; r < e;) {
    int r2 = r + 1;
    while (r2 < e && b->faces[r2] == b->faces[r] && b->tags[r2] == b->tags[r]) r2++;
    int w = text_run_width(b, b->faces[r], b->bytes[r], b->bytes[r2]);
    if (emit) {
      if (l->npieces == b->cap_pieces) {
        b->cap_pieces = b->cap_pieces ? b->cap_pieces * 2 : 16;
        l->pieces = xrealloc(l->pieces, sizeof(TextPiece) * (size_t)b->cap_pieces);
      }
      l->pieces[l->npieces++] = (TextPiece){.start = b->bytes[r], .end = b->bytes[r2], .x = x,
                                            .width = w, .tag = b->tags[r], .face = b->faces[r],
                                            .y = b->piece_y[b->faces[r]]};
    }
    x += w;
    r = r2;
  }
  return x;
}

static int text_body_width(TextBuild *b, int k, int from) {
  TextSegment *s = &b->segs[k];
  if (from != s->start) return text_measure_range(b, from, s->body, false);
  if (s->body_width < 0) s->body_width = text_measure_range(b, s->start, s->body, false);
  return s->body_width;
}

static int text_tail_width(TextBuild *b, int k) {
  TextSegment *s = &b->segs[k];
  if (s->tail_width < 0) s->tail_width = text_measure_range(b, s->body, s->end, false);
  return s->tail_width;
}

/* The end of the longest run of whole clusters from a that fits, at least one cluster:
   [a, e) as a whole is known to be too wide. */
static int text_cut(TextBuild *b, int a, int e) {
  int *ends = xmalloc(sizeof(int) * (size_t)(e - a));
  int m = 0;
  for (int c = a + 1; c <= e; c++)
    if (c == e || text_may_cut(b->cps, b->n, c))
      ends[m++] = c;
  int lo = 0, hi = m - 1; /* ends[lo] is taken whatever its width; ends[hi] is too wide */
  while (hi - lo > 1) {
    int mid = (lo + hi) / 2;
    if (text_measure_range(b, a, ends[mid], false) <= b->max_width) lo = mid;
    else hi = mid;
  }
  int cut = ends[lo];
  free(ends);
  return cut;
}

static void text_add_line(TextBuild *b, int first_piece, int width) {
  TextLayout *l = b->layout;
  if (l->nlines == b->cap_lines) {
    b->cap_lines = b->cap_lines ? b->cap_lines * 2 : 8;
    l->lines = xrealloc(l->lines, sizeof(TextLine) * (size_t)b->cap_lines);
  }
  l->lines[l->nlines] = (TextLine){.first = first_piece, .count = l->npieces - first_piece,
                                   .y = l->nlines * l->line_height, .width = width};
  l->nlines++;
  if (width > l->width) l->width = width;
}

/* A line that would end inside a web address or a Burmese phrase gives it back when the
   whole of it fits on the next line: "songdee-th.co/ | pay" teaches nothing, and a
   look-alike address is the very trick a scam lesson shows; "ပုံ | မှန်လစာ" splits
   "regular" where ICU's dictionary, lacking the word, put a boundary. Only an address or
   phrase longer than a line (one that starts this line, or began on an earlier one)
   breaks inside, after an address's '/' or '-', at a Burmese word boundary. Returns the
   segment the line ends with. */
static int text_keep_unit(TextBuild *b, int k, int last) {
  if (!b->segs[last].in_unit) return last;
  int first = last;
  while (first > k && b->segs[first - 1].in_unit) first--;
  if (first == k) return last;
  int end = last;
  while (b->segs[end].in_unit && end + 1 < b->nsegs) end++;
  if (text_measure_range(b, b->segs[first].start, b->segs[end].body, false) > b->max_width)
    return last;
  return first - 1;
}

/* Greedy: take segments while their estimated widths fit, then measure the line as it
   will be drawn and give segments back until it really fits. */
static void text_build_lines(TextBuild *b) {
  TextLayout *l = b->layout;
  int pos = 0;
  for (int k = 0; k < b->nsegs;) {
    int last = k, estimate = text_body_width(b, k, pos);
    while (!b->segs[last].must && last + 1 < b->nsegs) {
      int next = estimate + text_tail_width(b, last) +
                 text_body_width(b, last + 1, b->segs[last + 1].start);
      if (next > b->max_width) break;
      estimate = next;
      last++;
    }
    int first_piece = l->npieces, width;
    for (;;) {
      l->npieces = first_piece;
      width = text_measure_range(b, pos, b->segs[last].body, true);
      if (width <= b->max_width || last == k) break;
      last--;
    }
    int kept = width <= b->max_width ? text_keep_unit(b, k, last) : last;
    if (kept != last) {
      last = kept;
      l->npieces = first_piece;
      width = text_measure_range(b, pos, b->segs[last].body, true);
    }
    if (width > b->max_width) { /* one word wider than the line: cut it between clusters */
      int cut = text_cut(b, pos, b->segs[k].body);
      l->npieces = first_piece;
      text_add_line(b, first_piece, text_measure_range(b, pos, cut, true));
      l->cut_word = true;
      if (cut < b->segs[k].body) {
        pos = cut;
        continue;
      }
    } else {
      text_add_line(b, first_piece, width);
    }
    pos = b->segs[last].end;
    k = last + 1;
  }
  l->height = l->nlines * l->line_height;
}

/* A paragraph with no '\n' that fits its width is one line, and needs no break
   opportunities: buttons, titles and the attract screen's "Touch to start" in Thai are
   laid out without loading libthai's dictionary (31 M instructions). The attempt is
   skipped when even 0.2 em per visible character would overflow: a long paragraph pays
   nothing for it, and the line's measure is kept for the line fitter otherwise (widths.c). */
static bool text_build_one_line(TextBuild *b) {
  int visible = 0, body = b->n;
  for (int k = 0; k < b->n; k++) {
    if (b->cps[k] == '\n') return false;
    if (!text_is_space(b->cps[k]) && !utf8_is_mark(b->cps[k])) visible++;
  }
  if (b->max_width != INT_MAX && (long long)visible * b->size / 5 > b->max_width) return false;
  while (body > 0 && text_collapses(b->cps[body - 1])) body--;
  int width = text_measure_range(b, 0, body, true);
  if (width > b->max_width) {
    b->layout->npieces = 0;
    return false;
  }
  text_add_line(b, 0, width);
  b->layout->height = b->layout->line_height;
  return true;
}

TextLayout *text_layout(Text *t, const char *utf8, const TextSpan *spans, int nspans,
                        TextStyle style, int max_width) {
  TextLayout *l = xcalloc(1, sizeof *l);
  style.size = text_clamp_size(style.size);
  style.weight = style.weight == TEXT_BOLD ? TEXT_BOLD : TEXT_REGULAR;
  l->style = style;
  l->max_width = max_width;
  if (!utf8) utf8 = "";
  size_t n_in = strnlen(utf8, TEXT_MAX_BYTES + 1);
  if (n_in > TEXT_MAX_BYTES) { /* cut at a code point's first byte */
    n_in = TEXT_MAX_BYTES;
    while (n_in > 0 && ((unsigned char)utf8[n_in] & 0xC0) == 0x80) n_in--;
  }
  TextBuild b = {.t = t, .layout = l, .size = style.size,
                 .max_width = max_width > 0 ? max_width : INT_MAX};
  uint32_t *in_map = xmalloc(sizeof(uint32_t) * (n_in + 1));
  text_build_decode(&b, utf8, n_in, in_map);
  if (t && b.n > 0) {
    text_build_tags(&b, spans, spans ? nspans : 0, n_in, in_map);
    b.faces = xmalloc((size_t)b.n);
    l->missing_glyph = text_itemize(t, b.cps, b.n, style.weight, style.size, b.faces) > 0;
    text_build_metrics(&b);
    if (!text_build_one_line(&b)) {
      b.brk = xmalloc((size_t)b.n);
      text_find_breaks(t, b.cps, b.n, b.brk);
      text_build_segments(&b);
      text_build_lines(&b);
    }
  } else if (t) {
    text_build_metrics(&b); /* 0 lines, but a caller may still want the line height */
  }
  free(in_map);
  free(b.cps);
  free(b.bytes);
  free(b.faces);
  free(b.tags);
  free(b.brk);
  free(b.segs);
  return l;
}

void text_layout_free(TextLayout *layout) {
  if (!layout) return;
  free(layout->text);
  free(layout->pieces);
  free(layout->lines);
  free(layout);
}

void text_measure(Text *t, const char *utf8, TextStyle style, int *width, int *height) {
  TextLayout *l = text_layout(t, utf8, NULL, 0, style, 0);
  if (width) *width = l->width;
  if (height) *height = l->height;
  text_layout_free(l);
}
