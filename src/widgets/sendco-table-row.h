/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  SENDCO_CELL_PLAIN,
  SENDCO_CELL_DIM,
  SENDCO_CELL_WARNING,
  SENDCO_CELL_PILL_BLUE,     /* SEN support */
  SENDCO_CELL_PILL_PURPLE,   /* EHC plan */
  SENDCO_CELL_PILL_AMBER,    /* monitoring */
  SENDCO_CELL_PILL_GREY,     /* left */
} SendcoCellStyle;

typedef struct
{
  char            *text;
  char            *tooltip;
  SendcoCellStyle  style;
} SendcoCell;

/* Fills @cell (text and tooltip newly allocated, or NULL) for @item in the
 * column at @column. */
typedef void (*SendcoCellFunc) (gpointer    item,
                                guint       column,
                                SendcoCell *cell,
                                gpointer    user_data);

#define SENDCO_TYPE_TABLE_ROW (sendco_table_row_get_type ())
G_DECLARE_FINAL_TYPE (SendcoTableRow, sendco_table_row, SENDCO, TABLE_ROW, GtkWidget)

GtkWidget  *sendco_table_row_new        (GListModel     *columns,
                                         SendcoCellFunc  func,
                                         gpointer        user_data);
void        sendco_table_row_set_item   (SendcoTableRow *self,
                                         gpointer        item);
void        sendco_table_row_refresh    (SendcoTableRow *self);
const char *sendco_table_row_get_text   (SendcoTableRow *self,
                                         guint           column);
char       *sendco_table_row_dup_summary (SendcoTableRow *self);

G_END_DECLS
