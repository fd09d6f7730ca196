/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sendco-provision-ui.h"

G_BEGIN_DECLS

/* One provision of the library as its list shows it: the record, who
 * delivers it, how many pupils attend now and what it costs this year. */
#define SENDCO_TYPE_PROVISION_ITEM (sendco_provision_item_get_type ())
G_DECLARE_FINAL_TYPE (SendcoProvisionItem, sendco_provision_item, SENDCO, PROVISION_ITEM, GObject)

SendcoProvisionItem          *sendco_provision_item_new              (const SendcoProvision        *provision,
                                                                      const SendcoStaff            *staff,
                                                                      guint                         pupils_now,
                                                                      const SendcoProvisionCosting *costing);
const SendcoProvision        *sendco_provision_item_get_provision    (SendcoProvisionItem          *self);
gint64                        sendco_provision_item_get_id           (SendcoProvisionItem          *self);
const char                   *sendco_provision_item_get_staff_name   (SendcoProvisionItem          *self);
const char                   *sendco_provision_item_get_staff_role   (SendcoProvisionItem          *self);
guint                         sendco_provision_item_get_pupils_now   (SendcoProvisionItem          *self);
const SendcoProvisionCosting *sendco_provision_item_get_costing      (SendcoProvisionItem          *self);
gboolean                      sendco_provision_item_get_retired      (SendcoProvisionItem          *self);
const char                   *sendco_provision_item_get_search_text  (SendcoProvisionItem          *self);

G_END_DECLS
