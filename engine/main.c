/* main.c — the command line: `kiosk SUBCOMMAND ...`, like git. Parses arguments and
   hands over; exit status 0 success, 1 the work failed, 2 a usage error. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "core/fs.h"
#include "play/play.h"

static const char usage_text[] =
    "usage: kiosk <command> [options]\n"
    "\n"
    "  run                 the kiosk\n"
    "      --data DIR              settings and records (default ./var in a source tree,\n"
    "                              /var/lib/kiosk when installed)\n"
    "      --lessons DIR           bundled lesson packs (default ./lessons or the installed ones)\n"
    "      --fullscreen            take the whole display\n"
    "      --size WxH              window size (default 800x480)\n"
    "      --headless              no display; needs --input\n"
    "      --input FILE            scripted touches and keys (format: engine/app/script.c)\n"
    "      --screenshots DIR       where the script's shots go\n"
    "  play LESSON         play one lesson (a .lua file or PACK_DIR/LESSON_ID)\n"
    "      --headless              no window: no display or GPU needed\n"
    "      --auto MODE             first | random:SEED | explore | script:FILE\n"
    "      --lang CODE             language of the texts (default en)\n"
    "      --size WxH              screen size (default 800x480)\n"
    "      --fullscreen            take the whole display\n"
    "      --screenshots DIR       one PNG per screen state\n"
    "      --transcript FILE       one JSON line per Screen and Answer\n"
    "  version             print the version\n"
    "\n"
    "Exit status: 0 success, 1 the work failed (reason on stderr), 2 usage error.\n";

static int usage(const char *problem) {
  if (problem) fprintf(stderr, "kiosk: %s\n\n", problem);
  fputs(usage_text, stderr);
  return 2;
}

static bool parse_size(const char *s, int *w, int *h) {
  char x;
  return sscanf(s, "%d%c%d", w, &x, h) == 3 && (x == 'x' || x == 'X') && *w >= 200 &&
         *h >= 200 && *w <= 8192 && *h <= 8192;
}

/* Returns the value of an option that takes one, or NULL after reporting it missing. */
static const char *value(int argc, char **argv, int *i) {
  if (*i + 1 >= argc) {
    fprintf(stderr, "kiosk: %s needs a value\n", argv[*i]);
    return NULL;
  }
  return argv[++*i];
}

static int cmd_play(int argc, char **argv) {
  PlayOptions opt = {.mode = PLAY_PERSON, .width = 800, .height = 480};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v;
    if (strcmp(a, "--headless") == 0) {
      opt.headless = true;
    } else if (strcmp(a, "--fullscreen") == 0) {
      opt.fullscreen = true;
    } else if (strcmp(a, "--auto") == 0) {
      if (!(v = value(argc, argv, &i))) return 2;
      if (strcmp(v, "explore") == 0) {
        opt.mode = PLAY_EXPLORE;
      } else if (strcmp(v, "first") == 0 || strncmp(v, "random:", 7) == 0 || strncmp(v, "script:", 7) == 0) {
        opt.mode = PLAY_DRIVER;
        opt.driver = v;
      } else {
        return usage("--auto takes first, random:SEED, explore or script:FILE");
      }
    } else if (strcmp(a, "--lang") == 0) {
      if (!(opt.lang = value(argc, argv, &i))) return 2;
    } else if (strcmp(a, "--size") == 0) {
      if (!(v = value(argc, argv, &i))) return 2;
      if (!parse_size(v, &opt.width, &opt.height)) return usage("--size takes WxH, e.g. 800x480");
    } else if (strcmp(a, "--screenshots") == 0) {
      if (!(opt.screenshots = value(argc, argv, &i))) return 2;
    } else if (strcmp(a, "--transcript") == 0) {
      if (!(opt.transcript = value(argc, argv, &i))) return 2;
    } else if (strcmp(a, "--assets") == 0) {
      if (!(opt.assets = value(argc, argv, &i))) return 2;
    } else if (a[0] == '-') {
      fprintf(stderr, "kiosk play: unknown option %s\n", a);
      return 2;
    } else if (!opt.lesson) {
      opt.lesson = a;
    } else {
      return usage("play takes one lesson");
    }
  }
  if (!opt.lesson) return usage("play needs a lesson");
  if (opt.headless && opt.mode == PLAY_PERSON)
    return usage("--headless needs --auto: nobody can answer without a screen");
  return play_lesson(&opt);
}

/* In a source tree the kiosk keeps its state in ./var; installed, in /var/lib/kiosk. */
static bool in_source_tree(void) { return fs_is_dir("engine") && fs_is_dir("lessons") && fs_is_file("Makefile"); }

static int cmd_run(int argc, char **argv) {
  AppOptions opt = {.width = 800, .height = 480};
  opt.data_dir = in_source_tree() ? "var" : "/var/lib/kiosk";
  opt.lessons_dir = in_source_tree() ? "lessons" : KIOSK_DATADIR "/lessons";
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v;
    if (strcmp(a, "--fullscreen") == 0) {
      opt.fullscreen = true;
    } else if (strcmp(a, "--headless") == 0) {
      opt.headless = true;
    } else if (strcmp(a, "--data") == 0) {
      if (!(opt.data_dir = value(argc, argv, &i))) return 2;
    } else if (strcmp(a, "--lessons") == 0) {
      if (!(opt.lessons_dir = value(argc, argv, &i))) return 2;
    } else if (strcmp(a, "--assets") == 0) {
      if (!(opt.assets_dir = value(argc, argv, &i))) return 2;
    } else if (strcmp(a, "--input") == 0) {
      if (!(opt.input = value(argc, argv, &i))) return 2;
    } else if (strcmp(a, "--screenshots") == 0) {
      if (!(opt.screenshots = value(argc, argv, &i))) return 2;
    } else if (strcmp(a, "--size") == 0) {
      if (!(v = value(argc, argv, &i))) return 2;
      if (!parse_size(v, &opt.width, &opt.height)) return usage("--size takes WxH, e.g. 800x480");
    } else {
      fprintf(stderr, "kiosk run: unknown option %s\n", a);
      return 2;
    }
  }
  if (opt.headless && !opt.input) return usage("run --headless needs --input FILE");
  return app_run(&opt);
}

int main(int argc, char **argv) {
  if (argc < 2) return usage(NULL);
  const char *cmd = argv[1];
  if (strcmp(cmd, "play") == 0) return cmd_play(argc - 1, argv + 1);
  if (strcmp(cmd, "run") == 0) return cmd_run(argc - 1, argv + 1);
  if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
    printf("kiosk %s\n", KIOSK_VERSION);
    return 0;
  }
  if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
    fputs(usage_text, stdout);
    return 0;
  }
  fprintf(stderr, "kiosk: unknown command '%s'\n", cmd);
  return usage(NULL);
}
