/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "sendco-provision-grid.h"
#include "sendco-provision-map.h"

G_BEGIN_DECLS

#define SENDCO_PROVISION_MAP_VIEW_MIN_ZOOM 0.5
#define SENDCO_PROVISION_MAP_VIEW_MAX_ZOOM 3.0

#define SENDCO_TYPE_PROVISION_MAP_VIEW (sendco_provision_map_view_get_type ())
G_DECLARE_FINAL_TYPE (SendcoProvisionMapView, sendco_provision_map_view, SENDCO, PROVISION_MAP_VIEW,
                      GtkWidget)

GtkWidget                 *sendco_provision_map_view_new          (void);

/* Takes @map; NULL shows nothing. */
void                       sendco_provision_map_view_set_map      (SendcoProvisionMapView *self,
                                                                   SendcoProvisionMap     *map);
const SendcoProvisionMap  *sendco_provision_map_view_get_map      (SendcoProvisionMapView *self);
const SendcoProvisionGrid *sendco_provision_map_view_get_grid     (SendcoProvisionMapView *self);

/* 1.0 shows the grid's points at the screen's 96 dpi. */
double                     sendco_provision_map_view_get_zoom     (SendcoProvisionMapView *self);
void                       sendco_provision_map_view_set_zoom     (SendcoProvisionMapView *self,
                                                                   double                  zoom);
void                       sendco_provision_map_view_zoom_in      (SendcoProvisionMapView *self);
void                       sendco_provision_map_view_zoom_out     (SendcoProvisionMapView *self);

/* The cell shown as chosen (its pupils listed beside the map), or -1, -1. */
void                       sendco_provision_map_view_set_selected (SendcoProvisionMapView *self,
                                                                   int                     band,
                                                                   int                     column);

/* Where a band's cell for year column @column is now, in the widget's
 * coordinates (after scrolling and zoom), for tests and popovers. */
gboolean                   sendco_provision_map_view_get_cell_area (SendcoProvisionMapView *self,
                                                                   guint                   band,
                                                                   guint                   column,
                                                                   graphene_rect_t        *area);
gboolean                   sendco_provision_map_view_get_provision_area (SendcoProvisionMapView *self,
                                                                   guint                   band,
                                                                   guint                   column,
                                                                   gint64                  provision_id,
                                                                   graphene_rect_t        *area);
void                       sendco_provision_map_view_scroll_to_cell (SendcoProvisionMapView *self,
                                                                   guint                   band,
                                                                   guint                   column);
/* What a click at @x, @y (widget coordinates) does: emits "cell-activated"
 * or "provision-activated" as the pointer would. */
gboolean                   sendco_provision_map_view_click        (SendcoProvisionMapView *self,
                                                                   double                  x,
                                                                   double                  y);

G_END_DECLS
