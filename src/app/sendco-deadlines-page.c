/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reviews and deadlines: every upcoming and overdue date across the school. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-deadlines-page.h"

struct _SendcoDeadlinesPage
{
  AdwBin       parent_instance;

  SendcoStore *store;
};

G_DEFINE_FINAL_TYPE (SendcoDeadlinesPage, sendco_deadlines_page, ADW_TYPE_BIN)

static void
sendco_deadlines_page_dispose (GObject *object)
{
  SendcoDeadlinesPage *self = SENDCO_DEADLINES_PAGE (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (sendco_deadlines_page_parent_class)->dispose (object);
}

static void
sendco_deadlines_page_class_init (SendcoDeadlinesPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sendco_deadlines_page_dispose;
}

static void
sendco_deadlines_page_init (SendcoDeadlinesPage *self)
{
}

void
sendco_deadlines_page_set_store (SendcoDeadlinesPage *self, SendcoStore *store)
{
  g_return_if_fail (SENDCO_IS_DEADLINES_PAGE (self));
  g_set_object (&self->store, store);
}
