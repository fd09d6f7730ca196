/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sendco-passport-render.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_PASSPORT_PRINT (sendco_passport_print_get_type ())
G_DECLARE_FINAL_TYPE (SendcoPassportPrint, sendco_passport_print, SENDCO, PASSPORT_PRINT, GtkPrintOperation)

/* Prints @page (copied) as one A4 page, drawn as the PDF export draws it. */
SendcoPassportPrint *sendco_passport_print_new (const SendcoPassportPage *page);

G_END_DECLS
