/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sendco-store.h"

G_BEGIN_DECLS

/* Writes reviews and deadlines as an XLSX workbook: one sheet, "Deadlines",
 * a title row, a header row and one row per deadline, in the order given.
 * The workbook is written beside @path and renamed into place, so a failed
 * export leaves no partial file behind. */
gboolean sendco_deadlines_export_xlsx (SendcoStore  *store,
                                       GListModel   *deadlines,
                                       const GDate  *today,
                                       const char   *path,
                                       GError      **error);

G_END_DECLS
