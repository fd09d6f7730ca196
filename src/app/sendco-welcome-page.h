/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SENDCO_TYPE_WELCOME_PAGE (sendco_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (SendcoWelcomePage, sendco_welcome_page, SENDCO, WELCOME_PAGE, AdwBin)

void sendco_welcome_page_set_problem (SendcoWelcomePage *self,
                                      const char        *problem);

G_END_DECLS
