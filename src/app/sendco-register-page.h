/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_REGISTER_PAGE (sendco_register_page_get_type ())
G_DECLARE_FINAL_TYPE (SendcoRegisterPage, sendco_register_page, SENDCO, REGISTER_PAGE, AdwBin)

/* What the status filter offers, in order. */
typedef enum
{
  SENDCO_STATUS_FILTER_ALL,
  SENDCO_STATUS_FILTER_ANY_SEN,
  SENDCO_STATUS_FILTER_K,
  SENDCO_STATUS_FILTER_E,
  SENDCO_STATUS_FILTER_N,
  SENDCO_STATUS_FILTER_MONITORING,
} SendcoStatusFilter;

void        sendco_register_page_set_store    (SendcoRegisterPage *self,
                                               SendcoStore        *store);
SendcoStore *sendco_register_page_get_store   (SendcoRegisterPage *self);
void        sendco_register_page_focus_search (SendcoRegisterPage *self);
void        sendco_register_page_clear_filters (SendcoRegisterPage *self);
char       *sendco_register_page_dup_summary  (SendcoRegisterPage *self);

/* The widgets a test drives, and what the register shows. */
GtkEditable   *sendco_register_page_get_search_entry  (SendcoRegisterPage *self);
GtkDropDown   *sendco_register_page_get_status_filter (SendcoRegisterPage *self);
GtkDropDown   *sendco_register_page_get_year_filter   (SendcoRegisterPage *self);
GtkDropDown   *sendco_register_page_get_need_filter   (SendcoRegisterPage *self);
GtkDropDown   *sendco_register_page_get_flags_filter  (SendcoRegisterPage *self);
GtkToggleButton *sendco_register_page_get_archived_toggle (SendcoRegisterPage *self);
GtkColumnView *sendco_register_page_get_column_view   (SendcoRegisterPage *self);
GListModel    *sendco_register_page_get_shown         (SendcoRegisterPage *self);
SendcoPupil   *sendco_register_page_get_selected      (SendcoRegisterPage *self);
GtkSingleSelection *sendco_register_page_get_selection (SendcoRegisterPage *self);
const char    *sendco_register_page_get_view_name     (SendcoRegisterPage *self);

G_END_DECLS
