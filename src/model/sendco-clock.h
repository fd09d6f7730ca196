/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  sendco_today     (GDate *date);
char *sendco_today_iso (void);

G_END_DECLS
