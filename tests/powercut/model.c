/* model.c — see model.h. Files and folders are nodes (inodes): a name points at a node
   in the volatile tree (what the process sees) and, separately, in the durable tree
   (what the disk would show), so a rename or a new name is durable only after its
   folder is fsynced, while the bytes follow the node wherever its names are. */
#include "model.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct Node Node;
typedef struct Entry {
  char *name;
  Node *node;
} Entry;
typedef struct Entries {
  Entry *v;
  int n, cap;
} Entries;

struct Node {
  bool dir;
  char *vol, *dur; /* a file's bytes: as written, as synced */
  size_t vlen, vcap, dlen;
  Entries vent, dent; /* a folder's names: as they are, as synced */
};

struct Model {
  ModelOp *ops;
  int nops, next;
  int nroots;
  char **roots;
  Node **root;
  Node **all;
  int nall, capall;
  char *notes;
  size_t nnotes;
  uint64_t mark[2]; /* per ModelDisk */
};

static void *grow(void *p, int *cap, int need, size_t size) {
  if (need <= *cap) return p;
  *cap = *cap ? *cap * 2 : 16;
  if (*cap < need) *cap = need;
  p = realloc(p, (size_t)*cap * size);
  if (!p) abort();
  return p;
}

static Node *node_new(Model *m, bool dir) {
  Node *n = calloc(1, sizeof *n);
  if (!n) abort();
  n->dir = dir;
  m->all = grow(m->all, &m->capall, m->nall + 1, sizeof *m->all);
  m->all[m->nall++] = n;
  return n;
}

static Entry *entry_find(Entries *e, const char *name) {
  for (int i = 0; i < e->n; i++)
    if (strcmp(e->v[i].name, name) == 0) return &e->v[i];
  return NULL;
}

static void entry_set(Entries *e, const char *name, Node *node) {
  Entry *x = entry_find(e, name);
  if (x) {
    x->node = node;
    return;
  }
  e->v = grow(e->v, &e->cap, e->n + 1, sizeof *e->v);
  e->v[e->n++] = (Entry){strdup(name), node};
}

static Node *entry_take(Entries *e, const char *name) {
  for (int i = 0; i < e->n; i++)
    if (strcmp(e->v[i].name, name) == 0) {
      Node *n = e->v[i].node;
      free(e->v[i].name);
      e->v[i] = e->v[--e->n];
      return n;
    }
  return NULL;
}

static void entries_copy(Entries *to, const Entries *from) {
  for (int i = 0; i < to->n; i++) free(to->v[i].name);
  to->n = 0;
  for (int i = 0; i < from->n; i++) entry_set(to, from->v[i].name, from->v[i].node);
}

static void sync_file(Node *n) {
  free(n->dur);
  n->dur = n->vlen ? malloc(n->vlen) : NULL;
  if (n->vlen) memcpy(n->dur, n->vol, n->vlen);
  n->dlen = n->vlen;
}

/* ---- loading ----------------------------------------------------------------------------- */

static Node *load_tree(Model *m, const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) return NULL;
  Node *n = node_new(m, S_ISDIR(st.st_mode));
  if (n->dir) {
    DIR *d = opendir(path);
    if (!d) return NULL;
    for (struct dirent *e; (e = readdir(d));) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
      char child[4096];
      snprintf(child, sizeof child, "%s/%s", path, e->d_name);
      Node *c = load_tree(m, child);
      if (!c) {
        closedir(d);
        return NULL;
      }
      entry_set(&n->vent, e->d_name, c);
    }
    closedir(d);
    entries_copy(&n->dent, &n->vent);
  } else {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    n->vcap = (size_t)st.st_size + 1;
    n->vol = malloc(n->vcap);
    n->vlen = fread(n->vol, 1, (size_t)st.st_size, f);
    fclose(f);
    sync_file(n);
  }
  return n;
}

static bool read_exact(FILE *f, void *p, size_t n) { return n == 0 || fread(p, 1, n, f) == n; }

static char *read_string(FILE *f, size_t *len) {
  uint32_t n;
  if (!read_exact(f, &n, 4)) return NULL;
  char *s = malloc((size_t)n + 1);
  if (!s || !read_exact(f, s, n)) {
    free(s);
    return NULL;
  }
  s[n] = '\0';
  if (len) *len = n;
  return s;
}

Model *model_open(const char *log, int nroots, char *const *roots, char *const *snapshots) {
  Model *m = calloc(1, sizeof *m);
  if (!m) abort();
  m->nroots = nroots;
  m->roots = calloc((size_t)nroots, sizeof *m->roots);
  m->root = calloc((size_t)nroots, sizeof *m->root);
  for (int i = 0; i < nroots; i++) {
    m->roots[i] = strdup(roots[i]);
    m->root[i] = load_tree(m, snapshots[i]);
    if (!m->root[i] || !m->root[i]->dir) {
      fprintf(stderr, "powercut: cannot read the snapshot %s\n", snapshots[i]);
      model_free(m);
      return NULL;
    }
  }
  FILE *f = fopen(log, "rb");
  if (!f) {
    fprintf(stderr, "powercut: cannot read the log %s: %s\n", log, strerror(errno));
    model_free(m);
    return NULL;
  }
  int cap = 0;
  for (char op; fread(&op, 1, 1, f) == 1;) {
    ModelOp o = {op, NULL, NULL, 0, 0};
    o.path = read_string(f, NULL);
    o.data = o.path ? read_string(f, &o.len) : NULL;
    if (!o.data || !read_exact(f, &o.off, 8)) {
      fprintf(stderr, "powercut: %s is cut short after %d operations\n", log, m->nops);
      fclose(f);
      model_free(m);
      return NULL;
    }
    m->ops = grow(m->ops, &cap, m->nops + 1, sizeof *m->ops);
    m->ops[m->nops++] = o;
  }
  fclose(f);
  return m;
}

int model_ops(const Model *m) { return m->nops; }
const ModelOp *model_op(const Model *m, int i) { return &m->ops[i]; }
const char *model_notes(const Model *m) { return m->notes ? m->notes : ""; }
uint64_t model_mark(const Model *m, ModelDisk disk) { return m->mark[disk]; }

/* ---- replaying ---------------------------------------------------------------------------- */

/* The folder holding path (volatile tree) and its last name; NULL if it is not there. */
static Node *parent_of(Model *m, const char *path, const char **name) {
  for (int i = 0; i < m->nroots; i++) {
    size_t n = strlen(m->roots[i]);
    if (strncmp(path, m->roots[i], n) != 0 || path[n] != '/') continue;
    Node *dir = m->root[i];
    const char *p = path + n + 1;
    for (;;) {
      size_t len = strcspn(p, "/");
      if (p[len] == '\0') {
        *name = p;
        return dir;
      }
      char seg[1024];
      snprintf(seg, sizeof seg, "%.*s", (int)len, p);
      Entry *e = entry_find(&dir->vent, seg);
      if (!e || !e->node->dir) return NULL;
      dir = e->node;
      p += len + 1;
    }
  }
  return NULL;
}

static Node *node_at(Model *m, const char *path) {
  for (int i = 0; i < m->nroots; i++)
    if (strcmp(path, m->roots[i]) == 0) return m->root[i];
  const char *name;
  Node *dir = parent_of(m, path, &name);
  Entry *e = dir ? entry_find(&dir->vent, name) : NULL;
  return e ? e->node : NULL;
}

static bool fail(const ModelOp *o, const char *why) {
  fprintf(stderr, "powercut: the log does not fit the snapshot: %c %s: %s\n", o->op, o->path, why);
  return false;
}

static bool apply(Model *m, const ModelOp *o) {
  const char *name;
  Node *dir, *n;
  switch (o->op) {
  case 'C':
  case 'M':
    if (!(dir = parent_of(m, o->path, &name))) return fail(o, "no such folder");
    entry_set(&dir->vent, name, node_new(m, o->op == 'M'));
    return true;
  case 'W':
  case 'T':
    if (!(n = node_at(m, o->path)) || n->dir) return fail(o, "no such file");
    {
      size_t end = o->op == 'W' ? (size_t)o->off + o->len : (size_t)o->off;
      if (end > n->vcap) {
        n->vcap = end * 2 + 64;
        n->vol = realloc(n->vol, n->vcap);
      }
      if (end > n->vlen) memset(n->vol + n->vlen, 0, end - n->vlen);
      if (o->op == 'W') {
        memcpy(n->vol + o->off, o->data, o->len);
        if (end > n->vlen) n->vlen = end;
      } else {
        n->vlen = end;
      }
    }
    return true;
  case 'S':
    if (!(n = node_at(m, o->path)) || n->dir) return fail(o, "no such file");
    sync_file(n);
    m->mark[DISK_SYNCED]++;
    m->mark[DISK_NAMES]++;
    return true;
  case 'D':
    if (!(n = node_at(m, o->path)) || !n->dir) return fail(o, "no such folder");
    entries_copy(&n->dent, &n->vent);
    m->mark[DISK_SYNCED]++;
    return true;
  case 'R': {
    if (!(dir = parent_of(m, o->path, &name))) return fail(o, "no such folder");
    n = entry_take(&dir->vent, name);
    if (!n) return fail(o, "no such name");
    Node *to = parent_of(m, o->data, &name);
    if (!to) return fail(o, "no such folder to rename into");
    entry_set(&to->vent, name, n);
    return true;
  }
  case 'U':
  case 'X':
    if (!(dir = parent_of(m, o->path, &name)) || !entry_take(&dir->vent, name)) return fail(o, "no such name");
    return true;
  case 'A':
    for (int i = 0; i < m->nall; i++) {
      if (m->all[i]->dir) entries_copy(&m->all[i]->dent, &m->all[i]->vent);
      else sync_file(m->all[i]);
    }
    m->mark[DISK_SYNCED]++;
    m->mark[DISK_NAMES]++;
    return true;
  case 'N':
    m->notes = realloc(m->notes, m->nnotes + o->len + 1);
    memcpy(m->notes + m->nnotes, o->data, o->len);
    m->nnotes += o->len;
    m->notes[m->nnotes] = '\0';
    m->mark[DISK_SYNCED]++;
    m->mark[DISK_NAMES]++;
    return true;
  default: return fail(o, "unknown operation");
  }
}

bool model_step(Model *m) {
  if (m->next >= m->nops) return false;
  const ModelOp *o = &m->ops[m->next];
  if (!apply(m, o)) abort(); /* a harness bug, not a finding */
  if (strchr("CMRUX", o->op)) m->mark[DISK_NAMES]++; /* a name changed */
  m->next++;
  return true;
}

/* ---- writing out ---------------------------------------------------------------------------- */

static bool remove_tree(const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) return errno == ENOENT;
  if (S_ISDIR(st.st_mode)) {
    DIR *d = opendir(path);
    if (!d) return false;
    for (struct dirent *e; (e = readdir(d));) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
      char child[4096];
      snprintf(child, sizeof child, "%s/%s", path, e->d_name);
      if (!remove_tree(child)) {
        closedir(d);
        return false;
      }
    }
    closedir(d);
    return rmdir(path) == 0;
  }
  return unlink(path) == 0;
}

static bool write_tree(const Node *dir, ModelDisk disk, const char *path) {
  if (mkdir(path, 0755) != 0) return false;
  const Entries *names = disk == DISK_NAMES ? &dir->vent : &dir->dent;
  for (int i = 0; i < names->n; i++) {
    const Entry *e = &names->v[i];
    char child[4096];
    snprintf(child, sizeof child, "%s/%s", path, e->name);
    if (e->node->dir) {
      if (!write_tree(e->node, disk, child)) return false;
      continue;
    }
    FILE *f = fopen(child, "wb");
    if (!f) return false;
    bool ok = e->node->dlen == 0 || fwrite(e->node->dur, 1, e->node->dlen, f) == e->node->dlen;
    if (fclose(f) != 0 || !ok) return false;
  }
  return true;
}

bool model_write_durable(const Model *m, ModelDisk disk, char *const *out) {
  for (int i = 0; i < m->nroots; i++)
    if (!remove_tree(out[i]) || !write_tree(m->root[i], disk, out[i])) {
      fprintf(stderr, "powercut: cannot write %s: %s\n", out[i], strerror(errno));
      return false;
    }
  return true;
}

void model_free(Model *m) {
  if (!m) return;
  for (int i = 0; i < m->nall; i++) {
    Node *n = m->all[i];
    for (int k = 0; k < n->vent.n; k++) free(n->vent.v[k].name);
    for (int k = 0; k < n->dent.n; k++) free(n->dent.v[k].name);
    free(n->vent.v);
    free(n->dent.v);
    free(n->vol);
    free(n->dur);
    free(n);
  }
  for (int i = 0; i < m->nops; i++) {
    free(m->ops[i].path);
    free(m->ops[i].data);
  }
  for (int i = 0; i < m->nroots; i++) free(m->roots[i]);
  free(m->roots);
  free(m->root);
  free(m->all);
  free(m->ops);
  free(m->notes);
  free(m);
}
