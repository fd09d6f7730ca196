/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One thing a SendcoPickDialog offers: a pupil or a provision, with the
 * words that describe it and whether it is chosen. */
#define SENDCO_TYPE_PICK_ITEM (sendco_pick_item_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPickItem, sendco_pick_item, SENDCO, PICK_ITEM, GObject)

SendcoPickItem *sendco_pick_item_new             (gint64          id,
                                                  const char     *title,
                                                  const char     *subtitle,
                                                  const char     *note,
                                                  int             area);
gint64          sendco_pick_item_get_id          (SendcoPickItem *self);
const char     *sendco_pick_item_get_title       (SendcoPickItem *self);
const char     *sendco_pick_item_get_subtitle    (SendcoPickItem *self);
const char     *sendco_pick_item_get_note        (SendcoPickItem *self);
int             sendco_pick_item_get_area        (SendcoPickItem *self);
const char     *sendco_pick_item_get_search_text (SendcoPickItem *self);
gboolean        sendco_pick_item_get_chosen      (SendcoPickItem *self);
void            sendco_pick_item_set_chosen      (SendcoPickItem *self,
                                                  gboolean        chosen);

G_END_DECLS
