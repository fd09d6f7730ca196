/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sendco-provision-map.h"

G_BEGIN_DECLS

/* A print operation for @map (it takes @map): landscape A4 by default, A3
 * or another paper chosen in the dialog. Each page is drawn by the grid's
 * own page drawing: the map split across pages with the header repeated,
 * the school, "Provision map", the period and the date at the top and
 * "Page n of m" at the foot. Run it with GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
 * or set an export file name and run GTK_PRINT_OPERATION_ACTION_EXPORT. */
GtkPrintOperation *sendco_provision_print_operation_new (SendcoProvisionMap *map);

G_END_DECLS
