/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A tab of the pupil window. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-pupil-support-page.h"

struct _SendcoPupilSupportPage
{
  AdwBin       parent_instance;

  SendcoStore *store;
  SendcoPupil *pupil;
};

G_DEFINE_FINAL_TYPE (SendcoPupilSupportPage, sendco_pupil_support_page, ADW_TYPE_BIN)

static void
sendco_pupil_support_page_dispose (GObject *object)
{
  SendcoPupilSupportPage *self = SENDCO_PUPIL_SUPPORT_PAGE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);

  G_OBJECT_CLASS (sendco_pupil_support_page_parent_class)->dispose (object);
}

static void
sendco_pupil_support_page_class_init (SendcoPupilSupportPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sendco_pupil_support_page_dispose;
}

static void
sendco_pupil_support_page_init (SendcoPupilSupportPage *self)
{
}

void
sendco_pupil_support_page_set_pupil (SendcoPupilSupportPage *self, SendcoStore *store,
                                     SendcoPupil *pupil)
{
  g_return_if_fail (SENDCO_IS_PUPIL_SUPPORT_PAGE (self));

  g_set_object (&self->store, store);
  g_set_object (&self->pupil, pupil);
}
