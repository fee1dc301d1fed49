/* usb.c — lesson packs on USB sticks: noticing a stick (a look at one folder every two
   seconds: no busy polling), the staff's check report of each pack on it, installing
   with a progress bar, and rollback or hiding of installed packs. Learners only ever
   see a quiet "staff only" note. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "app/internal.h"
#include "core/fs.h"
#include "core/mem.h"

#define USB_LOOK_MS 2000 /* "within a couple of seconds", at 0.5 wake-ups a second */
#define USB_MAX_PACKS 8

/* ---- noticing a stick ------------------------------------------------------------------ */

static int scan(const App *app, char found[USB_MAX_PACKS][256]) {
  char *dir = path_join(app->opt.usb_dir, "kiosk-packs");
  int n = 0;
  DIR *d = opendir(dir);
  if (d) {
    for (struct dirent *e; (e = readdir(d)) && n < USB_MAX_PACKS;) {
      if (e->d_name[0] == '.') continue;
      char *pack = path_join(dir, e->d_name);
      if (fs_is_dir(pack)) snprintf(found[n++], 256, "%s", pack);
      free(pack);
    }
    closedir(d);
  }
  free(dir);
  for (int i = 1; i < n; i++) /* a stable order on screen */
    for (int k = i; k > 0 && strcmp(found[k - 1], found[k]) > 0; k--) {
      char t[256];
      memcpy(t, found[k], 256);
      memcpy(found[k], found[k - 1], 256);
      memcpy(found[k - 1], t, 256);
    }
  return n;
}

void usb_tick(App *app, uint64_t now) {
  if (!app->opt.usb_dir || now < app->usb_next) return;
  app->usb_next = now + USB_LOOK_MS;
  char found[USB_MAX_PACKS][256];
  int n = scan(app, found);
  bool same = n == app->nusb;
  for (int i = 0; same && i < n; i++) same = strcmp(found[i], app->usb_packs[i]) == 0;
  if (same) return;
  memcpy(app->usb_packs, found, sizeof found);
  app->nusb = n;
  if (app->state == APP_PACK_REPORT || app->state == APP_PROGRESS) return; /* mid-task */
  if (app->state == APP_ATTRACT || app->state == APP_MENU || app->state == APP_PACKS) app_refresh(app);
}

void usb_free(App *app) {
  pack_free(app->usb_pack);
  app->usb_pack = NULL;
}

/* ---- the staff's screens ----------------------------------------------------------------- */

static const char *pack_label(App *app, const LibraryPack *p) {
  if (!p->info) return path_basename(p->dir);
  return app_printf(app, "%s %s", p->info->id, p->info->version);
}

void usb_build(App *app, Panel *p) {
  const UiWords *w = app_words(app);
  switch (app->state) {
  case APP_PACKS:
    p->kind = PANEL_LIST;
    p->title = w->packs;
    for (int i = 0; i < app->library->npacks && p->nitems < PANEL_MAX_ITEMS; i++) {
      const LibraryPack *lp = &app->library->packs[i];
      PanelItem *it = &p->items[p->nitems++];
      it->label = pack_label(app, lp);
      it->detail = lp->problem ? w->unavailable : lp->disabled ? w->off : lp->bundled ? w->bundled : w->installed;
      it->disabled = lp->bundled; /* bundled packs ship with the software: nothing to do */
    }
    for (int i = 0; i < app->nusb && p->nitems < PANEL_MAX_ITEMS; i++) {
      PanelItem *it = &p->items[p->nitems++];
      it->label = path_basename(app->usb_packs[i]);
      it->detail = w->on_stick;
    }
    if (!app->nusb) p->text = w->no_packs;
    p->buttons[p->nbuttons++] = w->back;
    break;
  case APP_PACK_REPORT:
    p->kind = PANEL_MESSAGE;
    p->title = app->usb_pick < app->nusb ? path_basename(app->usb_packs[app->usb_pick]) : w->packs;
    p->text = app->usb_report;
    if (app->usb_pack) p->buttons[p->nbuttons++] = w->install;
    p->buttons[p->nbuttons++] = w->back;
    break;
  case APP_PACK_INSTALLED: {
    const LibraryPack *lp = &app->library->packs[app->installed_pick];
    p->kind = PANEL_LIST;
    p->title = pack_label(app, lp);
    p->text = lp->problem;
    PackState st;
    Error err;
    const InstalledPack *ip = NULL;
    if (lp->info && pack_state_load(&st, app->opt.data_dir, &err)) ip = pack_state_find(&st, lp->info->id);
    p->items[0] = (PanelItem){.label = w->rollback, .detail = ip && ip->previous[0] ? app_printf(app, "%s", ip->previous) : NULL,
                              .disabled = !ip || !ip->previous[0]};
    p->items[1] = (PanelItem){.label = lp->disabled ? w->switch_on : w->switch_off};
    p->nitems = 2;
    p->buttons[p->nbuttons++] = w->back;
    break;
  }
  case APP_PROGRESS:
    p->kind = PANEL_MESSAGE;
    p->title = w->installing;
    p->text = app->usb_pack ? app->usb_pack->id : NULL;
    p->progress = 0;
    break;
  default:
    break;
  }
}

/* The staff screen already names the pack: drop "pack DIR: " from a reason (the log
   line keeps it). */
static const char *reason(const App *app, const char *msg) {
  const char *dir = app->usb_packs[app->usb_pick];
  size_t n = strlen(dir);
  if (strncmp(msg, "pack ", 5) == 0 && strncmp(msg + 5, dir, n) == 0 && strncmp(msg + 5 + n, ": ", 2) == 0)
    return msg + 5 + n + 2;
  return msg;
}

static void open_report(App *app, int pick) {
  app->usb_pick = pick;
  usb_free(app);
  Error err;
  char *keydir = path_join(app->opt.data_dir, "trusted-keys");
  app->keys.n = 0;
  if (!keys_add_dir(&app->keys, keydir, &err)) app_log(app, "%s", err.msg);
  free(keydir);
  if (app->keys.n == 0) {
    snprintf(app->usb_report, sizeof app->usb_report,
             "This kiosk trusts no signing key yet: put the program's .pub key in %s/trusted-keys.",
             app->opt.data_dir);
  } else if ((app->usb_pack = pack_verify(app->usb_packs[pick], &app->keys, &err))) {
    char *line = pack_describe(app->usb_pack);
    snprintf(app->usb_report, sizeof app->usb_report, "%s", line);
    free(line);
  } else {
    snprintf(app->usb_report, sizeof app->usb_report, "%s %s", app_words(app)->pack_refused, reason(app, err.msg));
    app_log(app, "%s", err.msg);
  }
  app_show(app, APP_PACK_REPORT);
}

/* Redraws the progress bar while the copy runs (the install blocks the loop). */
static bool show_progress(void *ud, uint64_t done, uint64_t total) {
  App *app = ud;
  int pct = total ? (int)(done * 100 / total) : 100;
  if (pct == app->panel.progress) return true;
  app->panel.progress = pct;
  ui_view_free(app->panel_view);
  app->panel_view = ui_panel_view_new(app->ui, &app->panel, &app->frame, app->opt.width, app->opt.height, app->shown_at);
  app->view = app->panel_view;
  app->dirty = true;
  app_draw(app, app->now);
  return true;
}

static void install(App *app) {
  if (!app->usb_pack) return;
  app_show(app, APP_PROGRESS);
  app_draw(app, app->now);
  Error err;
  bool ok = pack_install(app->usb_pack, &app->keys, app->opt.data_dir, show_progress, app, &err);
  if (ok) {
    app_log(app, "installed pack %s %s", app->usb_pack->id, app->usb_pack->version);
    snprintf(app->usb_report, sizeof app->usb_report, "%s", app_words(app)->install_done);
    app_reload_library(app);
  } else {
    app_log(app, "%s", err.msg);
    snprintf(app->usb_report, sizeof app->usb_report, "%s %s", app_words(app)->install_failed, reason(app, err.msg));
  }
  usb_free(app);
  app_show(app, APP_PACK_REPORT);
}

void usb_action(App *app, int action) {
  switch (app->state) {
  case APP_PACKS: {
    int i = action - UI_ACT_ITEM;
    if (action == UI_ACT_BUTTON) app_show(app, APP_STAFF);
    else if (i >= 0 && i < app->library->npacks) {
      app->installed_pick = i;
      app_show(app, APP_PACK_INSTALLED);
    } else if (i >= app->library->npacks && i - app->library->npacks < app->nusb) {
      open_report(app, i - app->library->npacks);
    }
    break;
  }
  case APP_PACK_REPORT:
    if (action == UI_ACT_BUTTON && app->usb_pack) install(app);
    else {
      usb_free(app);
      app_show(app, APP_PACKS);
    }
    break;
  case APP_PACK_INSTALLED: {
    const LibraryPack *lp = &app->library->packs[app->installed_pick];
    Error err;
    bool changed = false, ok = true;
    if (action == UI_ACT_ITEM && lp->info) ok = changed = pack_rollback(app->opt.data_dir, lp->info->id, &err);
    else if (action == UI_ACT_ITEM + 1 && lp->info)
      ok = changed = pack_set_disabled(app->opt.data_dir, lp->info->id, !lp->disabled, &err);
    if (!ok) app_log(app, "%s", err.msg);
    if (changed) app_reload_library(app);
    app_show(app, APP_PACKS);
    break;
  }
  default:
    break;
  }
}

/* ---- the export handshake with the board (board/rpi: path units acting as root) --------- */

#define USB_REQUEST_WAIT_MS 20000 /* a remount or an unmount takes well under a second */

static const char *control_dir(void) {
  const char *env = getenv("KIOSK_USB_CONTROL");
  return env && *env ? env : "/run/kiosk";
}

/* True when DIR is a mount point (a stick is there), not a folder on the root disk. */
static bool mounted(const char *dir) {
  struct stat st, up;
  char *parent = path_join(dir, "..");
  bool yes = stat(dir, &st) == 0 && stat(parent, &up) == 0 && st.st_dev != up.st_dev;
  free(parent);
  return yes;
}

static bool read_only(const char *dir) {
  struct statvfs vfs;
  return statvfs(dir, &vfs) == 0 && (vfs.f_flag & ST_RDONLY);
}

/* Drops a request file for the board's helper, then waits (showing "Saving…") until
   done() holds. */
static bool request(App *app, const char *name, bool (*done)(const char *dir), Error *err) {
  char *file = path_join(control_dir(), name);
  bool ok = fs_write_atomic(file, "", 0, err);
  for (uint64_t waited = 0; ok && !done(app->opt.usb_dir); waited += 100) {
    if (waited >= USB_REQUEST_WAIT_MS) ok = error_set(err, "%s: no answer from the board's USB helper", file);
    else usleep(100 * 1000);
  }
  unlink(file);
  free(file);
  return ok;
}

static bool writable(const char *dir) { return !read_only(dir); }
static bool gone(const char *dir) { return !mounted(dir); }

bool usb_request_writable(App *app, Error *err) {
  if (!fs_is_dir(control_dir()) || !mounted(app->opt.usb_dir) || !read_only(app->opt.usb_dir)) return true;
  return request(app, "usb-rw", writable, err);
}

bool usb_request_eject(App *app, Error *err) {
  if (!fs_is_dir(control_dir()) || !mounted(app->opt.usb_dir)) return true;
  return request(app, "usb-eject", gone, err);
}
