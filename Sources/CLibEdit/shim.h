/* Tiny non-variadic wrappers around libedit, whose el_set/el_get/history
 * calls are variadic and so cannot be called from Swift.
 * Include <histedit.h>, never <readline/readline.h> (GNU readline's headers). */
#include <histedit.h>
#include <stdio.h>

typedef unsigned char (*innspill_el_func_t)(EditLine *, int);
typedef char *(*innspill_prompt_func_t)(EditLine *);

static inline EditLine *innspill_el_init(const char *program) { return el_init(program, stdin, stdout, stderr); }
static inline void innspill_el_set_editor(EditLine *el, const char *mode) { el_set(el, EL_EDITOR, mode); }
static inline void innspill_el_set_prompt(EditLine *el, innspill_prompt_func_t f, char ignore) { el_set(el, EL_PROMPT_ESC, f, ignore); }
static inline void innspill_el_set_history(EditLine *el, History *h) { el_set(el, EL_HIST, history, h); }
static inline void innspill_el_set_clientdata(EditLine *el, void *data) { el_set(el, EL_CLIENTDATA, data); }
static inline void *innspill_el_get_clientdata(EditLine *el) { void *d = NULL; el_get(el, EL_CLIENTDATA, &d); return d; }
static inline void innspill_el_addfn(EditLine *el, const char *name, const char *help, innspill_el_func_t f) { el_set(el, EL_ADDFN, name, help, f); }
static inline void innspill_el_bind(EditLine *el, const char *key, const char *fn) { el_set(el, EL_BIND, key, fn, NULL); }
/* Let ^C reach the editor as a key (so it can clear the line) instead of raising SIGINT while editing. */
static inline void innspill_el_disable_isig(EditLine *el) { el_set(el, EL_SETTY, "-d", "-isig", NULL); }
static inline void innspill_el_enable_signal_handling(EditLine *el, int on) { el_set(el, EL_SIGNAL, on); }

static inline int innspill_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int innspill_history_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int innspill_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int innspill_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int innspill_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
/* Walks history oldest first: start with first=1, then 0; returns NULL at the end. */
static inline const char *innspill_history_next_oldest(History *h, int first) {
    HistEvent ev;
    if (history(h, &ev, first ? H_LAST : H_PREV) < 0) return NULL;
    return ev.str;
}
