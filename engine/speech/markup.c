/* markup.c — from a string-table entry to the text a screen shows, as lesson/convert.c
   expands it ({variable}, {flag|words}, {{ and }}), so a recording named by its key is
   found from the text on screen. Kept in step with convert.c's expand(). */
#include <stdlib.h>
#include <string.h>

#include "core/mem.h"
#include "speech/internal.h"

static bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '.' || c == '-';
}

char *markup_plain(const char *src, const char *var) {
  Buf out = {0};
  buf_adds(&out, "");
  size_t n = strlen(src);
  for (size_t i = 0; i < n; i++) {
    char c = src[i];
    if ((c == '{' || c == '}') && i + 1 < n && src[i + 1] == c) {
      buf_addc(&out, c);
      i++;
      continue;
    }
    size_t j = i + 1;
    while (c == '{' && j < n && name_char(src[j])) j++;
    if (c == '{' && j < n && j > i + 1 && src[j] == '}') { /* {variable} */
      if (var) buf_adds(&out, var);
      else buf_addc(&out, MARKUP_WILDCARD);
      i = j;
      continue;
    }
    if (c == '{' && j < n && j > i + 1 && src[j] == '|') { /* {flag|words} */
      size_t k = j + 1;
      while (k < n && src[k] != '}' && src[k] != '{') k++;
      if (k < n && src[k] == '}') {
        buf_add(&out, src + j + 1, k - j - 1);
        i = k;
        continue;
      }
    }
    buf_addc(&out, c);
  }
  return buf_take(&out);
}

static bool space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

static bool match_from(const char *p, const char *s) {
  while (*p) {
    if (space(*p) && space(*s)) {
      while (space(*p)) p++;
      while (space(*s)) s++;
      continue;
    }
    if (*p != *s) return false;
    p++;
    s++;
  }
  return *s == '\0';
}

bool markup_matches(const char *pattern, const char *shown) {
  while (space(*pattern)) pattern++;
  while (space(*shown)) shown++;
  size_t np = strlen(pattern), ns = strlen(shown);
  while (np && space(pattern[np - 1])) np--;
  while (ns && space(shown[ns - 1])) ns--;
  char *p = xstrndup(pattern, np), *s = xstrndup(shown, ns);
  bool ok = match_from(p, s);
  free(p);
  free(s);
  return ok;
}
