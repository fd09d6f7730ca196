/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SENDCO_TYPE_APPLICATION (sendco_application_get_type ())
G_DECLARE_FINAL_TYPE (SendcoApplication, sendco_application, SENDCO, APPLICATION, AdwApplication)

SendcoApplication *sendco_application_new          (void);
GSettings         *sendco_application_get_settings (SendcoApplication *self);

G_END_DECLS
