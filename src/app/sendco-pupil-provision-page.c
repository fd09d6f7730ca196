/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pupil's own provision map. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-pupil-provision-page.h"

struct _SendcoPupilProvisionPage
{
  AdwBin       parent_instance;

  SendcoStore *store;
  SendcoPupil *pupil;
};

G_DEFINE_FINAL_TYPE (SendcoPupilProvisionPage, sendco_pupil_provision_page, ADW_TYPE_BIN)

static void
sendco_pupil_provision_page_dispose (GObject *object)
{
  SendcoPupilProvisionPage *self = SENDCO_PUPIL_PROVISION_PAGE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pupil);
  G_OBJECT_CLASS (sendco_pupil_provision_page_parent_class)->dispose (object);
}

static void
sendco_pupil_provision_page_class_init (SendcoPupilProvisionPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sendco_pupil_provision_page_dispose;
}

static void
sendco_pupil_provision_page_init (SendcoPupilProvisionPage *self)
{
}

void
sendco_pupil_provision_page_set_pupil (SendcoPupilProvisionPage *self, SendcoStore *store,
                                       SendcoPupil *pupil)
{
  g_return_if_fail (SENDCO_IS_PUPIL_PROVISION_PAGE (self));
  g_set_object (&self->store, store);
  g_set_object (&self->pupil, pupil);
}
