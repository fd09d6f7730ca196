/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether the command line asks for a headless command (or --help or
 * --version), which must run without a display and without gtk_init. */
gboolean sendco_cli_is_headless (int    argc,
                                 char **argv);

/* Runs the headless command; returns the process exit status:
 * 0 done, 1 failed, 2 bad usage or input, 3 done but some rows rejected. */
int      sendco_cli_run         (int    argc,
                                 char **argv);

G_END_DECLS
