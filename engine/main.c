/* main.c — the command line: `kiosk SUBCOMMAND ...`, like git. Parses arguments and
   hands over; exit status 0 success, 1 the work failed, 2 a usage error. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>
#include <spawn.h>
#include <sys/wait.h>

#include "app/app.h"
#include "config/config.h"
#include "config/health.h"
#include "core/args.h"
#include "core/fs.h"
#include "core/mem.h"
#include "guide/guide.h"
#include "packs/packs.h"
#include "play/catalogue.h"
#include "play/play.h"
#include "stats/stats.h"

extern char **environ;

/* Where the library modules' lines go: the terminal, or the journal under systemd. */
static void to_stderr(void *ud, const char *line) {
  fprintf(stderr, "%s%s\n", ud ? (const char *)ud : "", line);
}
static const Log kiosk_log = {to_stderr, "kiosk: "}; /* the kiosk and the pack tools */
static const Log lesson_log = {to_stderr, NULL};     /* "lesson FILE: reason" lines */

/* The one description of the command line: `kiosk help` prints it, and
   tests/integration/cli_help.sh holds README.md's "Command line" block to it word for
   word, and each command's options here to those its parser takes. */
static const char usage_text[] =
    "usage: kiosk <command> [options]\n"
    "\n"
    "  run                 the kiosk\n"
    "      --data DIR              settings and records (default ./var in a source tree,\n"
    "                              /var/lib/kiosk when installed)\n"
    "      --lessons DIR           bundled lesson packs (default ./lessons, or the installed ones)\n"
    "      --assets DIR            the kiosk's own words and help-line catalogue (default\n"
    "                              ./assets beside the binary, or the installed ones;\n"
    "                              $KIOSK_ASSETS overrides)\n"
    "      --fullscreen            take the whole display\n"
    "      --size WxH              window size (default 800x480)\n"
    "      --headless              no display; needs --input\n"
    "      --input FILE            scripted touches and keys (format: engine/app/script.c),\n"
    "                              in the window too unless --headless\n"
    "      --screenshots DIR       where the script's `shot` commands write PNGs\n"
    "      --usb DIR               where USB sticks are mounted (the Pi uses\n"
    "                              /media/kiosk-usb; its kiosk-packs/ folder); without it,\n"
    "                              no USB screens\n"
    "      --audio-out FILE        with --headless: everything the kiosk would have played,\n"
    "                              as a WAV (16-bit, on the script's clock), with\n"
    "                              FILE.timeline beside it\n"
    "  play LESSON         play one lesson (a .lua file or PACK_DIR/LESSON_ID)\n"
    "      --headless              no window: no display or GPU needed (needs --auto)\n"
    "      --auto MODE             first | random:SEED | explore | script:FILE\n"
    "      --lang CODE             language of the texts: en, ms, th, ne, ... (default en)\n"
    "      --size WxH              screen size (default 800x480)\n"
    "      --fullscreen            take the whole display\n"
    "      --screenshots DIR       one PNG per screen and per feedback\n"
    "      --transcript FILE       one JSON line per Screen and Answer\n"
    "      --country CC            help lines of this country (default MY)\n"
    "      --assets DIR            the kiosk's own words and help lines (as for run)\n"
    "      --data DIR              record statistics in DIR/stats.db, as the kiosk does\n"
    "      --read-aloud            read every screen and feedback aloud (with a driver)\n"
    "      --audio-out FILE        ...into FILE.wav, with FILE.wav.timeline beside it\n"
    "  pack build DIR      check a pack folder and write its SHA256SUMS\n"
    "  pack sign DIR -s KEY  sign SHA256SUMS with minisign (trusted comment from pack.lua)\n"
    "  pack verify DIR --trust KEY.pub   the kiosk's own check of a signed pack\n"
    "  pack check DIR      explore every lesson in every language, and each country file in\n"
    "                      the lessons it changes, at 3 screen sizes; check its recordings,\n"
    "                      read every text aloud once (country files too), check\n"
    "                      each lesson's help against the catalogue of every country; print\n"
    "                      the reviews\n"
    "  pack guide DIR -o FILE.html [--country CC]   the trainer's guide: every lesson, every\n"
    "                      language, with the help lines of country CC (default MY)\n"
    "  pack install DIR --data DIR [--trust KEY.pub]   install (keys also from DATA/trusted-keys)\n"
    "  pack list --data DIR [--lessons DIR]            installed and bundled packs\n"
    "  pack rollback|disable|enable ID --data DIR\n"
    "  stats summary DB|--data DIR [--lessons DIR] [--lang CODE]   a text table of the statistics\n"
    "  stats export DIR --data DIR [--suppress K] [--full] [--gzip] [--max-runs N]\n"
    "                      to DIR/kiosk-export/<kiosk-id>/<time>/: the records since the last\n"
    "                      export (--full: all of them); folders of at most N lesson runs\n"
    "  stats merge EXPORT_DIR... -o CENTRAL.db       many kiosks into one database\n"
    "  stats report DB|--data DIR -o report.html [--lessons DIR] [--lang CODE]\n"
    "                      one HTML file with charts, opens offline; --lessons: lessons and\n"
    "                      questions by their titles and words in CODE (default en), learned\n"
    "                      by playing the packs in DIR (a pack, lessons/ or DATA/packs)\n"
    "  stats aggregate DB|--data DIR -o FOLDER [--suppress K]\n"
    "                      totals only, to share outside the programme: per lesson, question,\n"
    "                      week and language, counts from fewer than K visits (default 5)\n"
    "                      shown as \"<K\"; no record of any visit\n"
    "  stats push EXPORT_DIR... --lrs URL --key KEY [--secret-file FILE] [--acks FILE]\n"
    "             [--batch N] [--retries N]\n"
    "                      send the xAPI statements to a Learning Record Store (the secret\n"
    "                      from FILE or $KIOSK_LRS_SECRET; what the LRS acknowledged is kept\n"
    "                      in FILE of --acks, default ./lrs-acks.db, so nothing is sent twice)\n"
    "  health --data DIR   the kiosk's failed starts, safe mode and last bad exits\n"
    "      --record-exit           record how kiosk.service ended (systemd's ExecStopPost)\n"
    "  pin --data DIR      set the staff PIN from the first line of standard input (6 to\n"
    "                      8 digits, not a repeat, a run or a common PIN): only its hash\n"
    "                      is written, into DIR/kiosk.lua (mode 0600); the PIN is never\n"
    "                      printed. For installers, so no stranger at the kiosk sets it first\n"
    "  version             print the version\n"
    "  help                this text\n"
    "\n"
    "Exit status: 0 success, 1 the work failed (reason on stderr), 2 usage error,\n"
    "3 staff chose \"Exit to desktop\" (run).\n";

static int usage(const char *problem) {
  if (problem) fprintf(stderr, "kiosk: %s\n\n", problem);
  fputs(usage_text, stderr);
  return 2;
}

/* Window sizes the layout is made for: anything from a small phone-sized panel to 8K. */
#define WINDOW_MIN 200
#define WINDOW_MAX 8192

/* Parses the words after "kiosk CMD" (argv[0] is CMD) against specs; on a usage error
   prints one line naming the command and the word, and returns false. */
static bool parse(const char *cmd, const ArgSpec *specs, int argc, char **argv, ArgList *operands) {
  Error err;
  if (args_parse(specs, argc - 1, argv + 1, operands, &err)) return true;
  fprintf(stderr, "kiosk %s: %s (kiosk help lists the options)\n", cmd, err.msg);
  return false;
}

static int cmd_play(int argc, char **argv) {
  PlayOptions opt = {.mode = PLAY_PERSON};
  ArgSize size = {800, 480};
  const char *auto_mode = NULL;
  ArgList operands = {0};
  const ArgSpec specs[] = {
      {"--headless", ARG_FLAG, &opt.headless, 0, 0},    {"--fullscreen", ARG_FLAG, &opt.fullscreen, 0, 0},
      {"--auto", ARG_TEXT, &auto_mode, 0, 0},           {"--lang", ARG_TEXT, &opt.lang, 0, 0},
      {"--size", ARG_SIZE, &size, WINDOW_MIN, WINDOW_MAX},  {"--screenshots", ARG_TEXT, &opt.screenshots, 0, 0},
      {"--transcript", ARG_TEXT, &opt.transcript, 0, 0}, {"--assets", ARG_TEXT, &opt.assets, 0, 0},
      {"--country", ARG_TEXT, &opt.country, 0, 0},      {"--data", ARG_TEXT, &opt.data, 0, 0},
      {"--read-aloud", ARG_FLAG, &opt.read_aloud, 0, 0}, {"--audio-out", ARG_TEXT, &opt.audio_out, 0, 0},
      {NULL, 0, NULL, 0, 0},
  };
  int status = 0;
  if (!parse("play", specs, argc, argv, &operands)) status = 2;
  else if (operands.n != 1) status = usage(operands.n ? "play takes one lesson" : "play needs a lesson");
  if (status == 0 && auto_mode) {
    if (strcmp(auto_mode, "explore") == 0) {
      opt.mode = PLAY_EXPLORE;
    } else if (strcmp(auto_mode, "first") == 0 || strncmp(auto_mode, "random:", 7) == 0 ||
               strncmp(auto_mode, "script:", 7) == 0) {
      opt.mode = PLAY_DRIVER;
      opt.driver = auto_mode;
    } else {
      status = usage("--auto takes first, random:SEED, explore or script:FILE");
    }
  }
  if (status == 0 && opt.headless && opt.mode == PLAY_PERSON)
    status = usage("--headless needs --auto: nobody can answer without a screen");
  if (status == 0 && (opt.read_aloud || opt.audio_out) && opt.mode != PLAY_DRIVER)
    status = usage("--read-aloud and --audio-out need --auto first, random:SEED or script:FILE");
  if (status == 0) {
    opt.lesson = operands.items[0];
    opt.width = size.width;
    opt.height = size.height;
    opt.log = &lesson_log;
    PlayResult r;
    status = play_lesson(&opt, &r);
    if (opt.mode != PLAY_PERSON && r.runs > 0)
      printf("lesson %s [%s %dx%d]: %d screens, %d answers, %d runs, %d problems%s", opt.lesson,
             opt.lang ? opt.lang : "en", r.width, r.height, r.screens, r.answers, r.runs, r.problems,
             r.lesson_error ? ", lesson error" : "");
    if (opt.mode != PLAY_PERSON && r.runs > 0 && (opt.read_aloud || opt.audio_out))
      printf(", %.1f s read aloud, %d words", r.spoken_ms / 1000.0, r.words);
    if (opt.mode != PLAY_PERSON && r.runs > 0) printf("\n");
  }
  args_list_free(&operands);
  return status;
}

/* In a source tree the kiosk keeps its state in ./var; installed, in /var/lib/kiosk. */
static bool in_source_tree(void) { return fs_is_dir("engine") && fs_is_dir("lessons") && fs_is_file("Makefile"); }

static int cmd_run(int argc, char **argv) {
  AppOptions opt = {0};
  ArgSize size = {800, 480};
  opt.data_dir = in_source_tree() ? "var" : "/var/lib/kiosk";
  opt.lessons_dir = in_source_tree() ? "lessons" : KIOSK_DATADIR "/lessons";
  ArgList operands = {0};
  const ArgSpec specs[] = {
      {"--fullscreen", ARG_FLAG, &opt.fullscreen, 0, 0},  {"--headless", ARG_FLAG, &opt.headless, 0, 0},
      {"--data", ARG_TEXT, &opt.data_dir, 0, 0},          {"--lessons", ARG_TEXT, &opt.lessons_dir, 0, 0},
      {"--assets", ARG_TEXT, &opt.assets_dir, 0, 0},      {"--input", ARG_TEXT, &opt.input, 0, 0},
      {"--screenshots", ARG_TEXT, &opt.screenshots, 0, 0}, {"--usb", ARG_TEXT, &opt.usb_dir, 0, 0},
      {"--size", ARG_SIZE, &size, WINDOW_MIN, WINDOW_MAX},    {"--audio-out", ARG_TEXT, &opt.audio_out, 0, 0},
      {NULL, 0, NULL, 0, 0},
  };
  int status = 0;
  if (!parse("run", specs, argc, argv, &operands)) status = 2;
  else if (operands.n > 0) status = usage("run takes no operands");
  else if (opt.headless && !opt.input) status = usage("run --headless needs --input FILE");
  else if (opt.audio_out && !opt.headless) status = usage("run --audio-out needs --headless (a window plays to the sound card)");
  if (status == 0) {
    opt.width = size.width;
    opt.height = size.height;
    opt.log = &kiosk_log;
    status = app_run(&opt);
  }
  args_list_free(&operands);
  return status;
}

/* ---- kiosk pack ... ----------------------------------------------------------------- */

typedef struct PackArgs {
  const char *target; /* DIR or ID */
  const char *data, *lessons, *secret, *out, *country;
  TrustedKeys keys;
} PackArgs;

/* Which options each pack command takes. */
enum { PACK_DATA = 1, PACK_LESSONS = 2, PACK_SECRET = 4, PACK_TRUST = 8, PACK_GUIDE = 16 };
typedef struct PackCommand {
  const char *name;
  unsigned options;
  bool target; /* takes a pack folder or id */
} PackCommand;

static const PackCommand pack_commands[] = {
    {"build", 0, true},           {"sign", PACK_SECRET, true},
    {"verify", PACK_TRUST, true}, {"check", 0, true},
    {"guide", PACK_GUIDE, true},
    {"install", PACK_DATA | PACK_TRUST, true},
    {"list", PACK_DATA | PACK_LESSONS, false},
    {"rollback", PACK_DATA, true}, {"disable", PACK_DATA, true}, {"enable", PACK_DATA, true},
};

/* Returns 0, or the exit status of a usage error (2) or an unreadable key (1). */
static int parse_pack_args(const PackCommand *cmd, int argc, char **argv, PackArgs *a) {
  memset(a, 0, sizeof *a);
  ArgList trust = {0}, operands = {0};
  ArgSpec specs[7];
  int n = 0;
  if (cmd->options & PACK_DATA) specs[n++] = (ArgSpec){"--data", ARG_TEXT, &a->data, 0, 0};
  if (cmd->options & PACK_LESSONS) specs[n++] = (ArgSpec){"--lessons", ARG_TEXT, &a->lessons, 0, 0};
  if (cmd->options & PACK_SECRET) specs[n++] = (ArgSpec){"-s", ARG_TEXT, &a->secret, 0, 0};
  if (cmd->options & PACK_TRUST) specs[n++] = (ArgSpec){"--trust", ARG_LIST, &trust, 0, 0};
  if (cmd->options & PACK_GUIDE) {
    specs[n++] = (ArgSpec){"-o", ARG_TEXT, &a->out, 0, 0};
    specs[n++] = (ArgSpec){"--country", ARG_TEXT, &a->country, 0, 0};
  }
  specs[n] = (ArgSpec){NULL, 0, NULL, 0, 0};
  char label[32];
  snprintf(label, sizeof label, "pack %s", cmd->name);
  int status = parse(label, specs, argc, argv, &operands) ? 0 : 2;
  if (status == 0 && operands.n > (cmd->target ? 1 : 0)) {
    fprintf(stderr, "kiosk %s: unexpected %.60s\n", label, operands.items[cmd->target ? 1 : 0]);
    status = 2;
  }
  if (status == 0 && operands.n == 1) a->target = operands.items[0];
  for (int i = 0; status == 0 && i < trust.n; i++) {
    Error err;
    if (!keys_add_file(&a->keys, trust.items[i], &err)) {
      fprintf(stderr, "kiosk: %s\n", err.msg);
      status = 1;
    }
  }
  args_list_free(&trust);
  args_list_free(&operands);
  return status;
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

/* The trainer's guide, written atomically; missing texts are named, not fatal: a
   programme may print a guide for a pack still being translated. */
static int pack_guide_cmd(const PackArgs *a) {
  if (!a->out) return usage("pack guide needs -o FILE.html");
  Error err;
  Buf html = {0};
  GuideReport report;
  GuideOptions opt = {play_default_assets(), a->country};
  bool ok = guide_build(a->target, &opt, &html, &report, &err) &&
            fs_write_atomic(a->out, html.data, html.len, &err);
  buf_free(&html);
  if (!ok) return fail(&err);
  printf("wrote %s: %d lessons in %d languages\n", a->out, report.lessons, report.languages);
  if (report.missing)
    fprintf(stderr, "%s: %d texts missing, English shown (first: %s)\n", a->out, report.missing,
            report.first_missing);
  return 0;
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
    Library *lib = library_open(a->lessons, NULL, &kiosk_log, &err);
    for (int i = 0; i < lib->npacks; i++)
      if (lib->packs[i].info) printf("%s %s bundled\n", lib->packs[i].info->id, lib->packs[i].info->version);
    library_free(lib);
  }
  return 0;
}

static int cmd_pack(int argc, char **argv) {
  if (argc < 2) return usage("pack needs a command: build, sign, verify, check, install, list, rollback, disable, enable");
  const PackCommand *command = NULL;
  for (size_t i = 0; i < sizeof pack_commands / sizeof *pack_commands; i++)
    if (strcmp(argv[1], pack_commands[i].name) == 0) command = &pack_commands[i];
  if (!command) return usage("unknown pack command");
  const char *cmd = command->name;
  PackArgs a;
  int rc = parse_pack_args(command, argc - 1, argv + 1, &a);
  if (rc) return rc;
  if (command->target && !a.target) return usage("pack needs a pack folder (or an id)");
  if ((command->options & PACK_DATA) && !a.data) return usage("this pack command needs --data DIR");
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
  if (strcmp(cmd, "check") == 0) {
    PlayCheck c;
    int status = play_check_pack(a.target, NULL, &lesson_log, &c);
    if (c.runs > 0) {
      int explore_failed = c.failed - (c.speech_problems > 0) - (c.help_problems > 0) -
                           (c.encoding_problems > 0);
      char locales[80] = "";
      if (c.locales) snprintf(locales, sizeof locales, " (and %d country files, in the lessons each changes)", c.locales);
      printf("pack %s %s: %d lessons x %d languages%s, each explored once and checked at %d screen sizes: "
             "%d of %d without a problem\n",
             c.pack_id, c.version, c.lessons, c.languages, locales, PLAY_CHECK_SIZES, c.runs - explore_failed,
             c.runs);
      for (int i = 0; i < c.nrecorded; i++) printf("recorded voices: %s\n", c.recorded[i]);
      printf("read aloud: %s\n", c.speech_problems ? "problems above"
                                  : c.locales   ? "every text of every language and country file"
                                                : "every text of every language");
      if (c.help_problems) printf("help lines: %d problems above\n", c.help_problems);
      else printf("help lines: every lesson's help is in the catalogue for all %d countries, in every language\n",
                  c.help_countries);
      if (c.encoding_problems)
        printf("encoding: %d texts look like Zawgyi, not Unicode Burmese (above)\n", c.encoding_problems);
      if (c.embassy_gaps)
        printf("embassies: %d (country, language) pairs have none in the catalogue; Get help asks the learner to ask staff\n",
               c.embassy_gaps);
      PackInfo *info = pack_info_load(a.target, &err);
      if (info) {
        char *reviews = pack_info_review_report(info);
        fputs(reviews, stdout);
        free(reviews);
        pack_info_free(info);
      }
    }
    return status;
  }
  if (strcmp(cmd, "guide") == 0) return pack_guide_cmd(&a);
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

#define SUPPRESS_MAX 1000 /* far above any programme's k; bounds the "<k" cells */

typedef struct StatsArgs {
  const char *data, *out;
  int suppress;
  const char *lrs, *key, *secret_file, *acks;
  int batch, retries, max_runs;
  bool full, gzip;
  const char *lessons, *lang;
  ArgList operands;
} StatsArgs;

/* --lessons DIR: the names of lessons and questions, learned by playing them. NULL
   without --lessons; a folder without packs is an error (usage status). */
static PlayCatalogue *stats_catalogue(const StatsArgs *a, bool *failed) {
  *failed = false;
  if (!a->lessons) return NULL;
  PlayCatalogue *c = play_catalogue_new(a->lang, play_default_assets(), &kiosk_log);
  Error err;
  if (play_catalogue_add(c, a->lessons, &err) < 0) {
    fprintf(stderr, "kiosk: %s\n", err.msg);
    play_catalogue_free(c);
    *failed = true;
    return NULL;
  }
  return c;
}

static int stats_summary_cmd(const StatsArgs *a, const char *db) {
  if (a->operands.n > 1 || (a->operands.n == 1) == (db != NULL))
    return usage("stats summary needs one database or --data DIR");
  bool failed;
  PlayCatalogue *cat = stats_catalogue(a, &failed);
  if (failed) return 2;
  StatsNames names = cat ? play_catalogue_names(cat) : (StatsNames){0};
  Error err;
  char *text = stats_summary(a->operands.n ? a->operands.items[0] : db, cat ? &names : NULL, &err);
  play_catalogue_free(cat);
  if (!text) return fail(&err);
  fputs(text, stdout);
  free(text);
  return 0;
}

static int stats_export_cmd(const StatsArgs *a) {
  if (!a->data || a->operands.n != 1) return usage("stats export needs DIR and --data DIR");
  Error err;
  /* opened for reading, so a card gone read-only can be rescued, and the kiosk id is
     the one the records carry (kiosk.lua is not needed); only where the next
     incremental export starts is written, when DATA can be */
  StatsStore *st = stats_open_read_only(a->data, &err);
  if (!st) return fail(&err);
  Health health; /* the kiosk's last bad exits go with the numbers */
  char *report = health_load(&health, a->data, NULL) ? health_report(&health) : NULL;
  StatsExportOptions opt = {.suppress_below = a->suppress, .full = a->full, .gzip = a->gzip,
                            .max_runs = a->max_runs, .health = report};
  StatsExportResult res;
  bool ok = stats_export(st, a->operands.items[0], &opt, &res, &err);
  if (ok) {
    printf("exported %s%lld lesson runs to %s%s (safe to remove)\n",
           res.incremental ? "the records since the last export: " : "every record: ", (long long)res.runs,
           res.dir, res.parts > 1 ? " and the parts beside it" : "");
    if (!res.marked)
      printf("note: the data folder cannot be written, so the next export will hold these records again\n");
  }
  stats_export_result_free(&res);
  free(report);
  stats_close(st);
  return ok ? 0 : fail(&err);
}

static int stats_merge_cmd(const StatsArgs *a) {
  if (!a->out || a->operands.n < 1) return usage("stats merge needs EXPORT_DIR... and -o CENTRAL.db");
  Error err;
  int merged = stats_merge(a->out, a->operands.items, a->operands.n, print_line, NULL, &err);
  if (merged < 0) return fail(&err);
  printf("merged %d of %d exports into %s\n", merged, a->operands.n, a->out);
  return merged == a->operands.n ? 0 : 1;
}

#define AGGREGATE_DEFAULT_K 5 /* a common small-cell rule for sharing counts of people */

static int stats_aggregate_cmd(const StatsArgs *a, const char *db, bool suppress_given) {
  if (!a->out || a->operands.n > 1 || (a->operands.n == 1) == (db != NULL))
    return usage("stats aggregate needs a database (or --data DIR) and -o FOLDER");
  Error err;
  int k = suppress_given ? a->suppress : AGGREGATE_DEFAULT_K;
  if (!stats_aggregate(a->operands.n ? a->operands.items[0] : db, a->out, k, &err)) return fail(&err);
  printf("wrote %s: totals only, counts from fewer than %d visits shown as \"<%d\"\n", a->out, k, k);
  return 0;
}

static int stats_report_cmd(const StatsArgs *a, const char *db) {
  if (!a->out || a->operands.n > 1 || (a->operands.n == 1) == (db != NULL))
    return usage("stats report needs a database (or --data DIR) and -o FILE.html");
  bool failed;
  PlayCatalogue *cat = stats_catalogue(a, &failed);
  if (failed) return 2;
  StatsNames names = cat ? play_catalogue_names(cat) : (StatsNames){0};
  Error err;
  bool ok = stats_report(a->operands.n ? a->operands.items[0] : db, a->out, cat ? &names : NULL, &err);
  play_catalogue_free(cat);
  if (!ok) return fail(&err);
  printf("wrote %s\n", a->out);
  return 0;
}

#define LRS_SECRET_ENV "KIOSK_LRS_SECRET"
#define LRS_SECRET_MAX 4096

static void push_progress(void *ud, long done, long total) {
  (void)ud;
  if (isatty(STDERR_FILENO)) fprintf(stderr, "\rpushing: %ld of %ld statements", done, total);
}

/* The secret: from a file (its first line) or the environment, never the command line,
   where every user of the machine could read it. Caller frees. */
static char *lrs_secret(const char *file, Error *err) {
  if (file) {
    char *text = fs_read_file(file, LRS_SECRET_MAX, NULL, err);
    if (!text) return NULL;
    text[strcspn(text, "\r\n")] = '\0';
    if (!*text) {
      free(text);
      error_set(err, "%s: the secret file is empty", file);
      return NULL;
    }
    return text;
  }
  const char *env = getenv(LRS_SECRET_ENV);
  if (env && *env) return xstrdup(env);
  error_set(err, "no LRS secret: give --secret-file FILE or set $" LRS_SECRET_ENV);
  return NULL;
}

static int stats_push_cmd(const StatsArgs *a) {
  if (!a->lrs || !a->key || a->operands.n < 1)
    return usage("stats push needs EXPORT_DIR..., --lrs URL and --key KEY");
  Error err;
  char *secret = lrs_secret(a->secret_file, &err);
  if (!secret) return fail(&err);
  StatsPushOptions opt = {.url = a->lrs, .key = a->key, .secret = secret,
                          .acks_path = a->acks ? a->acks : "lrs-acks.db", .batch = a->batch, .retries = a->retries,
                          .progress = push_progress, .report = print_line};
  StatsPushResult r;
  bool ok = stats_push((const char *const *)a->operands.items, a->operands.n, &opt, &r, &err);
  if (isatty(STDERR_FILENO)) fputc('\n', stderr);
  sodium_memzero(secret, strlen(secret));
  free(secret);
  printf("pushed to %s: %ld accepted, %ld already there, %ld conflicts, %ld invalid, %ld exports refused"
         " (acknowledgements in %s)\n", a->lrs, r.accepted, r.skipped, r.conflicts, r.rejected, r.refused,
         opt.acks_path);
  if (!ok) return fail(&err);
  return r.refused || r.rejected ? 1 : 0;
}

static int cmd_stats(int argc, char **argv) {
  if (argc < 2) return usage("stats needs a command: summary, export, merge, report, aggregate, push");
  const char *cmd = argv[1];
  StatsArgs a = {0};
  const ArgSpec data = {"--data", ARG_TEXT, &a.data, 0, 0}, out = {"-o", ARG_TEXT, &a.out, 0, 0},
                suppress = {"--suppress", ARG_INT, &a.suppress, 0, SUPPRESS_MAX}, end = {NULL, 0, NULL, 0, 0};
  ArgSpec specs[7] = {end, end, end, end, end, end, end};
  const ArgSpec lessons = {"--lessons", ARG_TEXT, &a.lessons, 0, 0}, lang = {"--lang", ARG_TEXT, &a.lang, 0, 0};
  if (strcmp(cmd, "summary") == 0) {
    specs[0] = data;
    specs[1] = lessons;
    specs[2] = lang;
  } else if (strcmp(cmd, "export") == 0) {
    specs[0] = data;
    specs[1] = suppress;
    specs[2] = (ArgSpec){"--full", ARG_FLAG, &a.full, 0, 0};
    specs[3] = (ArgSpec){"--gzip", ARG_FLAG, &a.gzip, 0, 0};
    specs[4] = (ArgSpec){"--max-runs", ARG_INT, &a.max_runs, 1, STATS_EXPORT_MAX_RUNS};
  } else if (strcmp(cmd, "merge") == 0) {
    specs[0] = out;
  } else if (strcmp(cmd, "report") == 0) {
    specs[0] = data;
    specs[1] = out;
    specs[2] = lessons;
    specs[3] = lang;
  } else if (strcmp(cmd, "aggregate") == 0) {
    specs[0] = data;
    specs[1] = out;
    specs[2] = suppress;
    a.suppress = -1; /* not given: the default */
  } else if (strcmp(cmd, "push") == 0) {
    specs[0] = (ArgSpec){"--lrs", ARG_TEXT, &a.lrs, 0, 0};
    specs[1] = (ArgSpec){"--key", ARG_TEXT, &a.key, 0, 0};
    specs[2] = (ArgSpec){"--secret-file", ARG_TEXT, &a.secret_file, 0, 0};
    specs[3] = (ArgSpec){"--acks", ARG_TEXT, &a.acks, 0, 0};
    specs[4] = (ArgSpec){"--batch", ARG_INT, &a.batch, 1, STATS_PUSH_BATCH_MAX};
    specs[5] = (ArgSpec){"--retries", ARG_INT, &a.retries, 0, 20};
    a.retries = -1;
  } else {
    return usage("unknown stats command");
  }
  char label[32];
  snprintf(label, sizeof label, "stats %s", cmd);
  int status = 2;
  if (parse(label, specs, argc - 1, argv + 1, &a.operands)) {
    char *db = a.data ? path_join(a.data, "stats.db") : NULL;
    if (strcmp(cmd, "summary") == 0) status = stats_summary_cmd(&a, db);
    else if (strcmp(cmd, "export") == 0) status = stats_export_cmd(&a);
    else if (strcmp(cmd, "merge") == 0) status = stats_merge_cmd(&a);
    else if (strcmp(cmd, "push") == 0) status = stats_push_cmd(&a);
    else if (strcmp(cmd, "aggregate") == 0) status = stats_aggregate_cmd(&a, db, a.suppress >= 0);
    else status = stats_report_cmd(&a, db);
    free(db);
  }
  args_list_free(&a.operands);
  return status;
}

/* kiosk health: shows the record; with --record-exit, adds how the service ended from
   the variables systemd gives ExecStopPost (a clean stop is not recorded). */
static int cmd_health(int argc, char **argv) {
  const char *data = NULL;
  bool record = false;
  ArgList operands = {0};
  const ArgSpec specs[] = {{"--data", ARG_TEXT, &data, 0, 0}, {"--record-exit", ARG_FLAG, &record, 0, 0},
                           {NULL, 0, NULL, 0, 0}};
  bool parsed = parse("health", specs, argc, argv, &operands);
  int extra = operands.n;
  args_list_free(&operands);
  if (!parsed) return 2;
  if (!data || extra) return usage("health needs --data DIR (and nothing else)");
  const char *fstab = getenv("KIOSK_FSTAB");
  if (fs_mount_missing(data, fstab ? fstab : "/etc/fstab")) {
    fprintf(stderr, "kiosk: the data partition for %s is not mounted: no start record\n", data);
    return 1;
  }
  Health h;
  Error err;
  if (!health_load(&h, data, &err)) fprintf(stderr, "kiosk: %s (starting a new record)\n", err.msg);
  if (!record) {
    char *text = health_report(&h);
    fputs(text, stdout);
    free(text);
    return 0;
  }
  const char *result = getenv("SERVICE_RESULT"), *code = getenv("EXIT_CODE"), *status = getenv("EXIT_STATUS");
  if (!result) return usage("health --record-exit reads SERVICE_RESULT (run it from ExecStopPost=)");
  if (strcmp(result, "success") == 0) return 0;
  char detail[96];
  snprintf(detail, sizeof detail, "%s %s", code ? code : "?", status ? status : "?");
  health_exit(&h, (long long)time(NULL), KIOSK_VERSION, result, detail);
  if (!health_save(&h, data, &err)) return fail(&err);
  return 0;
}

/* kiosk pin: the staff PIN from standard input (never an argument, which others on the
   computer could read in the process list), checked by the kiosk's own rules and kept
   only as its hash, as the PIN pad does. */
static int cmd_pin(int argc, char **argv) {
  const char *data = NULL;
  ArgList operands = {0};
  const ArgSpec specs[] = {{"--data", ARG_TEXT, &data, 0, 0}, {NULL, 0, NULL, 0, 0}};
  bool parsed = parse("pin", specs, argc, argv, &operands);
  int extra = operands.n;
  args_list_free(&operands);
  if (!parsed) return 2;
  if (!data || extra) return usage("pin needs --data DIR (and the PIN on standard input)");
  char line[64];
  bool got = fgets(line, sizeof line, stdin) != NULL;
  if (got) line[strcspn(line, "\r\n")] = '\0';
  Config c;
  Error err;
  int status = 0;
  if (!got || !line[0]) {
    fprintf(stderr, "kiosk: pin: no PIN on standard input\n");
    status = 1;
  } else if (!config_pin_acceptable(line, &err) || !fs_mkdirs(data, &err) ||
             !config_load(&c, data, play_default_assets(), &err)) {
    status = fail(&err);
  } else if (c.nwarnings > 0) { /* saving now would put defaults over what staff wrote */
    fprintf(stderr, "kiosk: pin: %s/kiosk.lua has a problem to correct first (nothing was "
                    "changed): %s\n", data, c.warnings[0]);
    status = 1;
  } else if (!config_set_pin(&c, line, &err) || !config_save(&c, data, &err)) {
    status = fail(&err);
  } else {
    printf("kiosk: the staff PIN is set (its hash is in %s/kiosk.lua)\n", data);
  }
  sodium_memzero(line, sizeof line);
  return status;
}

int main(int argc, char **argv) {
  if (argc < 2) return usage(NULL);
  const char *cmd = argv[1];
  if (strcmp(cmd, "play") == 0) return cmd_play(argc - 1, argv + 1);
  if (strcmp(cmd, "run") == 0) return cmd_run(argc - 1, argv + 1);
  if (strcmp(cmd, "pack") == 0) return cmd_pack(argc - 1, argv + 1);
  if (strcmp(cmd, "stats") == 0) return cmd_stats(argc - 1, argv + 1);
  if (strcmp(cmd, "health") == 0) return cmd_health(argc - 1, argv + 1);
  if (strcmp(cmd, "pin") == 0) return cmd_pin(argc - 1, argv + 1);
  bool version = strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0;
  bool help = strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0;
  if (version || help) {
    const ArgSpec none[] = {{NULL, 0, NULL, 0, 0}};
    ArgList operands = {0};
    int status = parse(version ? "version" : "help", none, argc - 1, argv + 1, &operands) ? 0 : 2;
    if (status == 0 && operands.n > 0) status = usage(version ? "version takes no operands" : "help takes no operands");
    args_list_free(&operands);
    if (status) return status;
    if (version) printf("kiosk %s\n", KIOSK_VERSION);
    else fputs(usage_text, stdout);
    return 0;
  }
  fprintf(stderr, "kiosk: unknown command '%s'\n", cmd);
  return usage(NULL);
}
