/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The deadline calculator. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-deadline-calculator.h"

struct _SendcoDeadlineCalculator
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (SendcoDeadlineCalculator, sendco_deadline_calculator, ADW_TYPE_WINDOW)

static void
sendco_deadline_calculator_class_init (SendcoDeadlineCalculatorClass *klass)
{
}

static void
sendco_deadline_calculator_init (SendcoDeadlineCalculator *self)
{
}

SendcoDeadlineCalculator *
sendco_deadline_calculator_present (GtkWindow *parent)
{
  SendcoDeadlineCalculator *self = g_object_new (SENDCO_TYPE_DEADLINE_CALCULATOR,
                                                 "transient-for", parent, NULL);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}
