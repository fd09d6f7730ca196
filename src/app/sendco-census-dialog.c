/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The census check. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-census-dialog.h"

struct _SendcoCensusDialog
{
  AdwWindow    parent_instance;

  SendcoStore *store;
};

G_DEFINE_FINAL_TYPE (SendcoCensusDialog, sendco_census_dialog, ADW_TYPE_WINDOW)

static void
sendco_census_dialog_dispose (GObject *object)
{
  g_clear_object (&SENDCO_CENSUS_DIALOG (object)->store);
  G_OBJECT_CLASS (sendco_census_dialog_parent_class)->dispose (object);
}

static void
sendco_census_dialog_class_init (SendcoCensusDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sendco_census_dialog_dispose;
}

static void
sendco_census_dialog_init (SendcoCensusDialog *self)
{
}

SendcoCensusDialog *
sendco_census_dialog_present (GtkWindow *parent, SendcoStore *store)
{
  SendcoCensusDialog *self = g_object_new (SENDCO_TYPE_CENSUS_DIALOG, "transient-for", parent,
                                           "modal", TRUE, NULL);

  self->store = g_object_ref (store);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
