/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision library and the staff who deliver it. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-provisions-page.h"

struct _SendcoProvisionsPage
{
  AdwBin       parent_instance;

  SendcoStore *store;
};

G_DEFINE_FINAL_TYPE (SendcoProvisionsPage, sendco_provisions_page, ADW_TYPE_BIN)

static void
sendco_provisions_page_dispose (GObject *object)
{
  g_clear_object (&SENDCO_PROVISIONS_PAGE (object)->store);
  G_OBJECT_CLASS (sendco_provisions_page_parent_class)->dispose (object);
}

static void
sendco_provisions_page_class_init (SendcoProvisionsPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sendco_provisions_page_dispose;
}

static void
sendco_provisions_page_init (SendcoProvisionsPage *self)
{
}

void
sendco_provisions_page_set_store (SendcoProvisionsPage *self, SendcoStore *store)
{
  g_return_if_fail (SENDCO_IS_PROVISIONS_PAGE (self));
  g_set_object (&self->store, store);
}

void
sendco_provisions_page_open_provision (SendcoProvisionsPage *self, gint64 provision_id)
{
  g_return_if_fail (SENDCO_IS_PROVISIONS_PAGE (self));
}
