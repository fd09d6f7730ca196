/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sendco-export.h"
#include "sendco-provision-map.h"

G_BEGIN_DECLS

/* Writes @map as a landscape PDF on @paper, drawn by the same code that
 * paints the screen and the printer. The file is written beside @path and
 * renamed into place: an error or a cancel leaves nothing behind. @progress
 * is called in this thread. */
gboolean sendco_provision_map_write_pdf     (const SendcoProvisionMap *map,
                                             const char               *path,
                                             SendcoPaper               paper,
                                             GCancellable             *cancellable,
                                             SendcoProgressFunc        progress,
                                             gpointer                  progress_data,
                                             GError                  **error);

/* The whole export off the main thread: a thread opens the school file at
 * @database_path read-only (its own connection), builds the map for
 * @filter and writes it. @progress is called in the caller's main context. */
void     sendco_provision_pdf_export_async  (const char               *database_path,
                                             const SendcoMapFilter    *filter,
                                             const char               *out_path,
                                             SendcoPaper               paper,
                                             GCancellable             *cancellable,
                                             SendcoProgressFunc        progress,
                                             gpointer                  progress_data,
                                             GAsyncReadyCallback       callback,
                                             gpointer                  user_data);
gboolean sendco_provision_pdf_export_finish (GAsyncResult             *result,
                                             GError                  **error);

/* Builds the map in a thread with its own read-only connection to the
 * school file at @database_path, e.g. to print it. */
void                sendco_provision_map_load_async  (const char            *database_path,
                                                      const SendcoMapFilter *filter,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
SendcoProvisionMap *sendco_provision_map_load_finish (GAsyncResult          *result,
                                                      GError               **error);

/* A file name to offer, e.g. "Provision map - Riverside Primary - 2026-11-22.pdf". */
char    *sendco_provision_pdf_file_name     (const char               *school_name,
                                             const char               *date,
                                             const char               *extension);

G_END_DECLS
