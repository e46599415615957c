/* Signal handling kept in C: handlers only set flags that Swift polls. */
#ifndef INNSPILL_SIGNALS_H
#define INNSPILL_SIGNALS_H

/* Installs SIGINT and SIGTERM handlers (no SA_RESTART) and ignores SIGPIPE. */
void innspill_signals_install(void);
/* Returns 1 and clears the flag if SIGINT arrived since the last call. */
int innspill_take_interrupt(void);
/* Returns 1 if SIGINT arrived and has not been taken yet. */
int innspill_interrupt_pending(void);
/* Returns 1 if SIGTERM or SIGHUP arrived. */
int innspill_termination_requested(void);

#endif
