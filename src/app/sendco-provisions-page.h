/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_PROVISIONS_PAGE (sendco_provisions_page_get_type ())
G_DECLARE_FINAL_TYPE (SendcoProvisionsPage, sendco_provisions_page, SENDCO, PROVISIONS_PAGE, AdwBin)

void        sendco_provisions_page_set_store      (SendcoProvisionsPage *self,
                                                   SendcoStore          *store);
/* Opens the provision's editor (from the map, a pupil's record, ...). */
void        sendco_provisions_page_open_provision (SendcoProvisionsPage *self,
                                                   gint64                provision_id);

/* What the lists show, in the order shown (SendcoProvisionItem and
 * SendcoStaffItem), and the summary line; for tests and the map. */
GListModel *sendco_provisions_page_get_provisions (SendcoProvisionsPage *self);
GListModel *sendco_provisions_page_get_staff      (SendcoProvisionsPage *self);
char       *sendco_provisions_page_dup_summary    (SendcoProvisionsPage *self);
void        sendco_provisions_page_show_section   (SendcoProvisionsPage *self,
                                                   const char           *name);

G_END_DECLS
