/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-deadline-item.h"
#include "sendco-store.h"

G_BEGIN_DECLS

/* The range filter's choices, in the order it lists them. */
typedef enum
{
  SENDCO_DEADLINE_RANGE_ALL,
  SENDCO_DEADLINE_RANGE_FORTNIGHT,  /* overdue and the next 14 days */
  SENDCO_DEADLINE_RANGE_QUARTER,    /* overdue and the next 3 months */
} SendcoDeadlineRange;

#define SENDCO_TYPE_DEADLINES_PAGE (sendco_deadlines_page_get_type ())
G_DECLARE_FINAL_TYPE (SendcoDeadlinesPage, sendco_deadlines_page, SENDCO, DEADLINES_PAGE, AdwBin)

void           sendco_deadlines_page_set_store       (SendcoDeadlinesPage *self,
                                                      SendcoStore         *store);
void           sendco_deadlines_page_clear_filters   (SendcoDeadlinesPage *self);
/* Writes what the list shows, in the order shown, as an XLSX workbook. */
gboolean       sendco_deadlines_page_export          (SendcoDeadlinesPage *self,
                                                      const char          *path,
                                                      GError             **error);

/* For tests: the controls and what the list shows. */
char          *sendco_deadlines_page_dup_summary     (SendcoDeadlinesPage *self);
const char    *sendco_deadlines_page_get_view_name   (SendcoDeadlinesPage *self);
GListModel    *sendco_deadlines_page_get_shown       (SendcoDeadlinesPage *self);
GtkEditable   *sendco_deadlines_page_get_search_entry (SendcoDeadlinesPage *self);
GtkDropDown   *sendco_deadlines_page_get_kind_filter (SendcoDeadlinesPage *self);
GtkDropDown   *sendco_deadlines_page_get_owner_filter (SendcoDeadlinesPage *self);
GtkDropDown   *sendco_deadlines_page_get_range_filter (SendcoDeadlinesPage *self);
GtkColumnView *sendco_deadlines_page_get_column_view (SendcoDeadlinesPage *self);

/* What is overdue or due in the 7 days from @today, for the notification on
 * start: a title ("3 overdue, 5 due this week") and a body naming the first
 * few. Returns %FALSE, setting nothing, when nothing is. */
gboolean       sendco_deadlines_summarise_week       (SendcoStore         *store,
                                                      const GDate         *today,
                                                      char               **title,
                                                      char               **body);

/* Shared with the pupil's Deadlines tab: "in 3 days", "12 days overdue";
 * the icon and style class (error, warning or none) for an urgency. */
char          *sendco_deadline_describe_days         (int                  days);
const char    *sendco_urgency_icon_name              (SendcoUrgency        urgency);
const char    *sendco_urgency_style_class            (SendcoUrgency        urgency);
const char    *sendco_urgency_description            (SendcoUrgency        urgency);

G_END_DECLS
