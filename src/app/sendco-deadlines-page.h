/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_DEADLINES_PAGE (sendco_deadlines_page_get_type ())
G_DECLARE_FINAL_TYPE (SendcoDeadlinesPage, sendco_deadlines_page, SENDCO, DEADLINES_PAGE, AdwBin)

void sendco_deadlines_page_set_store (SendcoDeadlinesPage *self,
                                      SendcoStore         *store);

G_END_DECLS
