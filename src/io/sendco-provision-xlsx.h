/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sendco-export.h"
#include "sendco-provision-map.h"

G_BEGIN_DECLS

/* Writes @map as an XLSX workbook for the business manager, senior leaders
 * and governors: "Provision map" (laid out like the grid), "Provisions",
 * "Pupils" and "Summary" (with a chart of cost by area of need). Formulas
 * carry their computed values. The file is written beside @path and renamed
 * into place: an error or a cancel leaves nothing behind. @progress is
 * called in this thread. */
gboolean sendco_provision_map_write_xlsx     (const SendcoProvisionMap *map,
                                              const char               *path,
                                              GCancellable             *cancellable,
                                              SendcoProgressFunc        progress,
                                              gpointer                  progress_data,
                                              GError                  **error);

/* The whole export off the main thread: a thread opens the school file at
 * @database_path read-only (its own connection), builds the map for
 * @filter and writes it. @progress is called in the caller's main context. */
void     sendco_provision_xlsx_export_async  (const char               *database_path,
                                              const SendcoMapFilter    *filter,
                                              const char               *out_path,
                                              GCancellable             *cancellable,
                                              SendcoProgressFunc        progress,
                                              gpointer                  progress_data,
                                              GAsyncReadyCallback       callback,
                                              gpointer                  user_data);
gboolean sendco_provision_xlsx_export_finish (GAsyncResult             *result,
                                              GError                  **error);

G_END_DECLS
