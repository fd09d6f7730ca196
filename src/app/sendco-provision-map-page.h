/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sendco-export.h"
#include "sendco-provision-map-view.h"
#include "sendco-store.h"

G_BEGIN_DECLS

#define SENDCO_TYPE_PROVISION_MAP_PAGE (sendco_provision_map_page_get_type ())
G_DECLARE_FINAL_TYPE (SendcoProvisionMapPage, sendco_provision_map_page, SENDCO, PROVISION_MAP_PAGE,
                      AdwBin)

void                    sendco_provision_map_page_set_store      (SendcoProvisionMapPage *self,
                                                                  SendcoStore            *store);
SendcoStore            *sendco_provision_map_page_get_store      (SendcoProvisionMapPage *self);

/* Prints through GtkPrintOperation after reading the map in a thread:
 * with the print dialog, or straight to @export_path (a PDF) when given. */
void                    sendco_provision_map_page_print          (SendcoProvisionMapPage *self,
                                                                  const char             *export_path);
/* Saves the map shown as a PDF at @path, in a thread, with progress. */
void                    sendco_provision_map_page_export_pdf     (SendcoProvisionMapPage *self,
                                                                  const char             *path,
                                                                  SendcoPaper             paper);
/* Saves the map shown as an XLSX workbook at @path, in a thread, with progress. */
void                    sendco_provision_map_page_export_xlsx    (SendcoProvisionMapPage *self,
                                                                  const char             *path);
/* Whether an export or a print is under way. */
gboolean                sendco_provision_map_page_is_busy        (SendcoProvisionMapPage *self);

/* For tests */
SendcoProvisionMapView *sendco_provision_map_page_get_view       (SendcoProvisionMapPage *self);
char                   *sendco_provision_map_page_dup_summary    (SendcoProvisionMapPage *self);
/* "map", "empty" (no provisions in the library) or "none" (nothing shown) */
const char             *sendco_provision_map_page_get_state      (SendcoProvisionMapPage *self);
GtkDropDown            *sendco_provision_map_page_get_period_filter (SendcoProvisionMapPage *self);
GtkDropDown            *sendco_provision_map_page_get_year_filter (SendcoProvisionMapPage *self);
GtkDropDown            *sendco_provision_map_page_get_area_filter (SendcoProvisionMapPage *self);
GtkDropDown            *sendco_provision_map_page_get_wave_filter (SendcoProvisionMapPage *self);
/* The side panel listing a cell's pupils, and whether it is open. */
GtkListBox             *sendco_provision_map_page_get_cell_list  (SendcoProvisionMapPage *self);
gboolean                sendco_provision_map_page_get_cell_shown (SendcoProvisionMapPage *self);

G_END_DECLS
