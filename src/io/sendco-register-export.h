/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sendco-store.h"

G_BEGIN_DECLS

/* Writes the SEND register (every pupil on roll) as a CSV file that the MIS
 * import reads back. The file is written beside @path and renamed into
 * place, so a failed export leaves no partial file. */
gboolean sendco_register_export_csv (SendcoStore  *store,
                                     const char   *path,
                                     GError      **error);

G_END_DECLS
