/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One position of a list view: the item shown there, which changes as the
 * list is filtered and sorted while the row object (and its widgets) stay. */
#define SENDCO_TYPE_ROW (sendco_row_get_type ())
G_DECLARE_FINAL_TYPE (SendcoRow, sendco_row, SENDCO, ROW, GObject)

gpointer sendco_row_get_item (SendcoRow *self);

/* A list of rows mirroring @source position by position. */
#define SENDCO_TYPE_ROW_MODEL (sendco_row_model_get_type ())
G_DECLARE_FINAL_TYPE (SendcoRowModel, sendco_row_model, SENDCO, ROW_MODEL, GObject)

SendcoRowModel *sendco_row_model_new          (GListModel     *source);
guint           sendco_row_model_find         (SendcoRowModel *self,
                                               gpointer        item);

G_END_DECLS
