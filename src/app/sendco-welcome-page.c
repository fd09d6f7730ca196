/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first thing a new SENDCO sees: make a school, try the demo, or import. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-welcome-page.h"

struct _SendcoWelcomePage
{
  AdwBin    parent_instance;

  GtkLabel *problem_label;
};

G_DEFINE_FINAL_TYPE (SendcoWelcomePage, sendco_welcome_page, ADW_TYPE_BIN)

static void
sendco_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SENDCO_TYPE_WELCOME_PAGE);
  G_OBJECT_CLASS (sendco_welcome_page_parent_class)->dispose (object);
}

static void
sendco_welcome_page_class_init (SendcoWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_welcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SendcoWelcomePage, problem_label);
}

static void
sendco_welcome_page_init (SendcoWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Shows why the school file could not be opened, above the choices. */
void
sendco_welcome_page_set_problem (SendcoWelcomePage *self, const char *problem)
{
  g_return_if_fail (SENDCO_IS_WELCOME_PAGE (self));

  gtk_label_set_label (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem && problem[0]);
}
