/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sendco-deadline-item.h"
#include "sendco-store.h"

G_BEGIN_DECLS

GListStore *sendco_store_list_deadlines (SendcoStore  *self,
                                         gint64        pupil_id,
                                         const GDate  *today,
                                         GError      **error);

G_END_DECLS
