/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the provision map's PDF and XLSX writers share: plain errors that
 * name the file and folder the user chose, and the export thread. */
#pragma once

#include <gio/gio.h>

#include "sendco-export.h"
#include "sendco-provision-map.h"

G_BEGIN_DECLS

/* Writes @map to @path, telling @progress how far it has got. */
typedef gboolean (*SendcoMapWriteFunc) (const SendcoProvisionMap *map,
                                        const char               *path,
                                        gpointer                  options,
                                        GCancellable             *cancellable,
                                        SendcoProgressFunc        progress,
                                        gpointer                  progress_data,
                                        GError                  **error);

gboolean sendco_map_export_fail         (GError                  **error,
                                         int                       code,
                                         const char               *path,
                                         const char               *reason);
gboolean sendco_map_export_fail_errno   (GError                  **error,
                                         int                       saved_errno,
                                         const char               *path);
gboolean sendco_map_export_check_target (const char               *path,
                                         GError                  **error);

SendcoProvisionMap *
         sendco_map_export_load         (const char               *database_path,
                                         const SendcoMapFilter    *filter,
                                         GCancellable             *cancellable,
                                         GError                  **error);
void     sendco_map_export_async        (const char               *database_path,
                                         const SendcoMapFilter    *filter,
                                         const char               *out_path,
                                         SendcoMapWriteFunc        write,
                                         gpointer                  options,
                                         gpointer                  source_tag,
                                         GCancellable             *cancellable,
                                         SendcoProgressFunc        progress,
                                         gpointer                  progress_data,
                                         GAsyncReadyCallback       callback,
                                         gpointer                  user_data);
gboolean sendco_map_export_finish       (GAsyncResult             *result,
                                         gpointer                  source_tag,
                                         GError                  **error);

G_END_DECLS
