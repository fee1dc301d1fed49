/* main.c — the command line: `kiosk SUBCOMMAND ...`, like git. Parses arguments and
   hands over; exit status 0 success, 1 the work failed, 2 a usage error. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <spawn.h>
#include <sys/wait.h>

#include "app/app.h"
#include "config/config.h"
#include "core/fs.h"
#include "core/mem.h"
#include "packs/packs.h"
#include "play/play.h"
#include "stats/stats.h"

extern char **environ;

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
    "      --usb DIR               where a USB stick is mounted (its kiosk-packs/ folder)\n"
    "  play LESSON         play one lesson (a .lua file or PACK_DIR/LESSON_ID)\n"
    "      --headless              no window: no display or GPU needed\n"
    "      --auto MODE             first | random:SEED | explore | script:FILE\n"
    "      --lang CODE             language of the texts (default en)\n"
    "      --size WxH              screen size (default 800x480)\n"
    "      --fullscreen            take the whole display\n"
    "      --screenshots DIR       one PNG per screen state\n"
    "      --transcript FILE       one JSON line per Screen and Answer\n"
    "      --country CC            help lines of this country (default MY)\n"
    "      --data DIR              record statistics in DIR/stats.db, as the kiosk does\n"
    "  pack build DIR      check a pack folder and write its SHA256SUMS\n"
    "  pack sign DIR -s KEY  sign SHA256SUMS with minisign (trusted comment from pack.lua)\n"
    "  pack verify DIR --trust KEY.pub   the kiosk's own check of a signed pack\n"
    "  pack check DIR      explore every lesson, every language, at 3 screen sizes\n"
    "  pack install DIR --data DIR [--trust KEY.pub]   install (keys also from DATA/trusted-keys)\n"
    "  pack list --data DIR [--lessons DIR]            installed and bundled packs\n"
    "  pack rollback|disable|enable ID --data DIR\n"
    "  stats summary DB|--data DIR      a text table of the statistics\n"
    "  stats export DIR --data DIR [--suppress K]   to DIR/kiosk-export/<kiosk-id>/<time>/\n"
    "  stats merge EXPORT_DIR... -o CENTRAL.db       many kiosks into one database\n"
    "  stats report DB -o report.html   one HTML file with charts, opens offline\n"
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
    } else if (strcmp(a, "--country") == 0) {
      if (!(opt.country = value(argc, argv, &i))) return 2;
    } else if (strcmp(a, "--data") == 0) {
      if (!(opt.data = value(argc, argv, &i))) return 2;
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
    } else if (strcmp(a, "--usb") == 0) {
      if (!(opt.usb_dir = value(argc, argv, &i))) return 2;
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

/* ---- kiosk pack ... ----------------------------------------------------------------- */

typedef struct PackArgs {
  const char *target; /* DIR or ID */
  const char *data, *lessons, *secret;
  TrustedKeys keys;
} PackArgs;

static int parse_pack_args(int argc, char **argv, PackArgs *a) {
  memset(a, 0, sizeof *a);
  for (int i = 2; i < argc; i++) {
    Error err;
    if (strcmp(argv[i], "--trust") == 0) {
      const char *v = value(argc, argv, &i);
      if (!v) return 2;
      if (!keys_add_file(&a->keys, v, &err)) {
        fprintf(stderr, "kiosk: %s\n", err.msg);
        return 1;
      }
    } else if (strcmp(argv[i], "--data") == 0) {
      if (!(a->data = value(argc, argv, &i))) return 2;
    } else if (strcmp(argv[i], "--lessons") == 0) {
      if (!(a->lessons = value(argc, argv, &i))) return 2;
    } else if (strcmp(argv[i], "-s") == 0) {
      if (!(a->secret = value(argc, argv, &i))) return 2;
    } else if (argv[i][0] == '-' || a->target) {
      fprintf(stderr, "kiosk pack %s: unexpected %s\n", argv[1], argv[i]);
      return 2;
    } else {
      a->target = argv[i];
    }
  }
  return 0;
}

static int fail(const Error *err) {
  fprintf(stderr, "%s\n", err->msg);
  return 1;
}

/* Signing is left to the stock minisign tool (its key files, its password prompt):
   this only supplies the trusted comment the kiosk checks. */
static int pack_sign(const PackArgs *a) {
  Error err;
  char *comment = pack_trusted_comment(a->target, &err);
  if (!comment) return fail(&err);
  char *sums = path_join(a->target, PACK_SUMS);
  char *args[] = {"minisign", "-S", "-s", (char *)a->secret, "-m", sums, "-t", comment, NULL};
  pid_t pid;
  int status = 127;
  if (posix_spawnp(&pid, "minisign", NULL, NULL, args, environ) == 0) waitpid(pid, &status, 0);
  else fprintf(stderr, "kiosk: cannot run minisign (install the minisign package)\n");
  free(sums);
  free(comment);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}

static bool print_progress(void *ud, uint64_t done, uint64_t total) {
  (void)ud;
  fprintf(stderr, "\rcopying: %3d%%", total ? (int)(done * 100 / total) : 100);
  return true;
}

static int pack_install_cmd(PackArgs *a) {
  Error err;
  char *keydir = path_join(a->data, "trusted-keys");
  bool ok = keys_add_dir(&a->keys, keydir, &err);
  free(keydir);
  if (!ok) return fail(&err);
  if (a->keys.n == 0) {
    fprintf(stderr, "kiosk: no trusted keys: give --trust KEY.pub or put keys in %s/trusted-keys\n", a->data);
    return 1;
  }
  Pack *pack = pack_verify(a->target, &a->keys, &err);
  if (!pack) return fail(&err);
  pack_cleanup(a->data);
  ok = pack_install(pack, &a->keys, a->data, isatty(2) ? print_progress : NULL, NULL, &err);
  if (isatty(2)) fputc('\n', stderr);
  if (ok) printf("installed %s %s\n", pack->id, pack->version);
  pack_free(pack);
  return ok ? 0 : fail(&err);
}

static int pack_list(const PackArgs *a) {
  Error err;
  PackState st;
  if (!pack_state_load(&st, a->data, &err)) return fail(&err);
  for (int i = 0; i < st.n; i++)
    printf("%s %s installed%s%s%s\n", st.packs[i].id, st.packs[i].active, st.packs[i].previous[0] ? ", previous " : "",
           st.packs[i].previous, st.packs[i].disabled ? ", disabled" : "");
  if (a->lessons) {
    Library *lib = library_open(a->lessons, NULL, &err);
    for (int i = 0; i < lib->npacks; i++)
      if (lib->packs[i].info) printf("%s %s bundled\n", lib->packs[i].info->id, lib->packs[i].info->version);
    library_free(lib);
  }
  return 0;
}

static int cmd_pack(int argc, char **argv) {
  if (argc < 2) return usage("pack needs a command: build, sign, verify, check, install, list, rollback, disable, enable");
  const char *cmd = argv[1];
  PackArgs a;
  int rc = parse_pack_args(argc, argv, &a);
  if (rc) return rc;
  bool needs_target = strcmp(cmd, "list") != 0;
  bool needs_data = strcmp(cmd, "install") == 0 || strcmp(cmd, "list") == 0 || strcmp(cmd, "rollback") == 0 ||
                    strcmp(cmd, "disable") == 0 || strcmp(cmd, "enable") == 0;
  if (needs_target && !a.target) return usage("pack needs a pack folder (or an id)");
  if (needs_data && !a.data) return usage("this pack command needs --data DIR");
  Error err;
  if (strcmp(cmd, "build") == 0) {
    if (!pack_build(a.target, &err)) return fail(&err);
    printf("wrote %s/%s\n", a.target, PACK_SUMS);
    return 0;
  }
  if (strcmp(cmd, "sign") == 0) {
    if (!a.secret) return usage("pack sign needs -s KEY (a minisign secret key)");
    return pack_sign(&a);
  }
  if (strcmp(cmd, "verify") == 0) {
    if (a.keys.n == 0) return usage("pack verify needs --trust KEY.pub");
    Pack *pack = pack_verify(a.target, &a.keys, &err);
    if (!pack) return fail(&err);
    char *line = pack_describe(pack);
    printf("%s\n", line);
    free(line);
    pack_free(pack);
    return 0;
  }
  if (strcmp(cmd, "check") == 0) return play_check_pack(a.target, NULL, false);
  if (strcmp(cmd, "install") == 0) return pack_install_cmd(&a);
  if (strcmp(cmd, "list") == 0) return pack_list(&a);
  if (strcmp(cmd, "rollback") == 0) return pack_rollback(a.data, a.target, &err) ? 0 : fail(&err);
  if (strcmp(cmd, "disable") == 0 || strcmp(cmd, "enable") == 0)
    return pack_set_disabled(a.data, a.target, cmd[0] == 'd', &err) ? 0 : fail(&err);
  return usage("unknown pack command");
}

/* ---- kiosk stats ... ----------------------------------------------------------------- */

static void print_line(void *ud, const char *line) {
  (void)ud;
  fprintf(stderr, "%s\n", line);
}

static int cmd_stats(int argc, char **argv) {
  if (argc < 2) return usage("stats needs a command: summary, export, merge, report");
  const char *cmd = argv[1], *data = NULL, *out = NULL;
  const char *args[256];
  int nargs = 0, suppress = 0;
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--data") == 0) {
      if (!(data = value(argc, argv, &i))) return 2;
    } else if (strcmp(argv[i], "-o") == 0) {
      if (!(out = value(argc, argv, &i))) return 2;
    } else if (strcmp(argv[i], "--suppress") == 0) {
      const char *v = value(argc, argv, &i);
      if (!v) return 2;
      suppress = atoi(v);
    } else if (argv[i][0] == '-') {
      fprintf(stderr, "kiosk stats %s: unknown option %s\n", cmd, argv[i]);
      return 2;
    } else if (nargs < 256) {
      args[nargs++] = argv[i];
    }
  }
  Error err;
  char *db = data ? path_join(data, "stats.db") : NULL;
  int status = 1;
  if (strcmp(cmd, "summary") == 0) {
    const char *path = nargs ? args[0] : db;
    if (!path) status = usage("stats summary needs a database or --data DIR");
    else {
      char *text = stats_summary(path, &err);
      if (text) {
        fputs(text, stdout);
        status = 0;
      } else {
        fprintf(stderr, "%s\n", err.msg);
      }
      free(text);
    }
  } else if (strcmp(cmd, "export") == 0) {
    if (!data || nargs != 1) status = usage("stats export needs DIR and --data DIR");
    else {
      Config config;
      config_load(&config, data, play_default_assets(), &err);
      StatsStore *st = stats_open(data, config.kiosk_id, 0, &err);
      char *dir = NULL;
      StatsExportOptions opt = {suppress};
      if (st && stats_export(st, args[0], &opt, &dir, &err)) {
        printf("exported to %s (safe to remove)\n", dir);
        status = 0;
      } else {
        fprintf(stderr, "%s\n", err.msg);
      }
      free(dir);
      stats_close(st);
    }
  } else if (strcmp(cmd, "merge") == 0) {
    if (!out || nargs < 1) status = usage("stats merge needs EXPORT_DIR... and -o CENTRAL.db");
    else {
      int merged = stats_merge(out, args, nargs, print_line, NULL, &err);
      if (merged < 0) fprintf(stderr, "%s\n", err.msg);
      else printf("merged %d of %d exports into %s\n", merged, nargs, out);
      status = merged == nargs ? 0 : 1;
    }
  } else if (strcmp(cmd, "report") == 0) {
    const char *path = nargs ? args[0] : db;
    if (!path || !out) status = usage("stats report needs a database (or --data DIR) and -o FILE.html");
    else if (stats_report(path, out, &err)) {
      printf("wrote %s\n", out);
      status = 0;
    } else {
      fprintf(stderr, "%s\n", err.msg);
    }
  } else {
    status = usage("unknown stats command");
  }
  free(db);
  return status;
}

int main(int argc, char **argv) {
  if (argc < 2) return usage(NULL);
  const char *cmd = argv[1];
  if (strcmp(cmd, "play") == 0) return cmd_play(argc - 1, argv + 1);
  if (strcmp(cmd, "run") == 0) return cmd_run(argc - 1, argv + 1);
  if (strcmp(cmd, "pack") == 0) return cmd_pack(argc - 1, argv + 1);
  if (strcmp(cmd, "stats") == 0) return cmd_stats(argc - 1, argv + 1);
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
