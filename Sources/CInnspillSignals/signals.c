#include "innspill_signals.h"
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t interrupt_flag = 0;
static volatile sig_atomic_t terminate_flag = 0;

static void on_interrupt(int sig) { (void)sig; interrupt_flag = 1; }
/* Closing standard input ends a read the prompt is in or about to start (a signal that came just before the read
   would leave it waiting for a key): the line editor sees the input end, and the shell saves its history and exits. */
static void on_terminate(int sig) { (void)sig; terminate_flag = 1; interrupt_flag = 1; close(STDIN_FILENO); }

void innspill_signals_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_interrupt;
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_terminate;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

int innspill_take_interrupt(void) {
    if (!interrupt_flag) return 0;
    interrupt_flag = 0;
    return 1;
}

int innspill_interrupt_pending(void) { return interrupt_flag != 0; }
int innspill_termination_requested(void) { return terminate_flag != 0; }
