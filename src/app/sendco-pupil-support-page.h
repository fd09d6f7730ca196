/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-store.h"

G_BEGIN_DECLS

/* The parent meetings a school year the Code of Practice expects. */
#define SENDCO_PARENT_MEETINGS_EXPECTED 3

#define SENDCO_TYPE_PUPIL_SUPPORT_PAGE (sendco_pupil_support_page_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPupilSupportPage, sendco_pupil_support_page, SENDCO, PUPIL_SUPPORT_PAGE, AdwBin)

/* Shows @pupil (re-read from @store whenever it changes). */
void     sendco_pupil_support_page_set_pupil           (SendcoPupilSupportPage *self,
                                                        SendcoStore            *store,
                                                        SendcoPupil            *pupil);
/* Parent meetings held since 1 September of the current school year. */
guint    sendco_pupil_support_page_get_meetings_this_year (SendcoPupilSupportPage *self);
/* Saves the passport as a PDF at @path, as "Export PDF…" does once a file
 * is chosen: a toast when it is saved, a dialog saying why when not. */
gboolean sendco_pupil_support_page_export_passport     (SendcoPupilSupportPage *self,
                                                        const char             *path);

G_END_DECLS
