/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Headless commands run without a display (and never call gtk_init);
 * everything else opens the window. */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "sendco-application.h"
#include "sendco-cli.h"

int
main (int argc, char **argv)
{
  g_autoptr (SendcoApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (sendco_cli_is_headless (argc, argv))
    return sendco_cli_run (argc, argv);

  app = sendco_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
