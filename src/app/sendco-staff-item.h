/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sendco-provision.h"

G_BEGIN_DECLS

/* A member of staff as the staff list shows them, with the provisions in
 * the library they deliver. */
#define SENDCO_TYPE_STAFF_ITEM (sendco_staff_item_get_type ())
G_DECLARE_FINAL_TYPE (SendcoStaffItem, sendco_staff_item, SENDCO, STAFF_ITEM, GObject)

SendcoStaffItem   *sendco_staff_item_new             (const SendcoStaff *staff,
                                                      guint              n_provisions);
const SendcoStaff *sendco_staff_item_get_staff       (SendcoStaffItem   *self);
gint64             sendco_staff_item_get_id          (SendcoStaffItem   *self);
guint              sendco_staff_item_get_n_provisions (SendcoStaffItem  *self);
gboolean           sendco_staff_item_get_retired     (SendcoStaffItem   *self);
const char        *sendco_staff_item_get_search_text (SendcoStaffItem   *self);

G_END_DECLS
