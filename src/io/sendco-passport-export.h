/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sendco-passport-render.h"
#include "sendco-store.h"

G_BEGIN_DECLS

/* The page for @pupil_id's passport as it is in @store: their name, year and
 * form, the five sections, the school and the date it was last updated. */
SendcoPassportPage *sendco_passport_page_for_pupil (SendcoStore               *store,
                                                    gint64                     pupil_id,
                                                    GError                   **error);

/* A file name to offer, e.g. "Pupil passport - Amy Carter.pdf". */
char               *sendco_passport_file_name      (const SendcoPassportPage  *page);

/* Writes @page as a one-page A4 PDF. The file is written beside @path and
 * renamed into place, so a failed export leaves no partial file. */
gboolean            sendco_passport_export_pdf     (const SendcoPassportPage  *page,
                                                    const char                *path,
                                                    GError                   **error);

G_END_DECLS
