/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SENDCO_TYPE_DEADLINE_CALCULATOR (sendco_deadline_calculator_get_type ())
G_DECLARE_FINAL_TYPE (SendcoDeadlineCalculator, sendco_deadline_calculator, SENDCO, DEADLINE_CALCULATOR, AdwWindow)

/* Enter a date, see the statutory chain that follows from it. */
SendcoDeadlineCalculator *sendco_deadline_calculator_present (GtkWindow *parent);

G_END_DECLS
