/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One row of a long table drawn as a single widget. GTK 4.8's list views keep
 * about two hundred rows of widgets alive; with a label per cell, a table of
 * ten columns builds and measures two thousand of them whenever filtering
 * brings other items into view. A row that draws its own cells at the
 * widths of a GtkColumnView's columns (which keeps the header, sorting and
 * resizing) costs one widget and one redraw instead. */
#define G_LOG_DOMAIN "sendco-widgets"

#include "config.h"

#include <adwaita.h>

#include "sendco-table-row.h"

#define CELL_PADDING 6.0
#define ROW_PADDING  4.5
#define PILL_PAD_X   8.0
#define PILL_PAD_Y   1.5

struct _SendcoTableRow
{
  GtkWidget       parent_instance;

  GListModel     *columns;    /* GtkColumnViewColumn */
  SendcoCellFunc  func;
  gpointer        user_data;
  gpointer        item;       /* owned */
  GArray         *cells;      /* SendcoCell, one per column */
  GPtrArray      *layouts;    /* PangoLayout per column, made on demand */
  PangoLayout    *bold;       /* for pills */
};

G_DEFINE_FINAL_TYPE (SendcoTableRow, sendco_table_row, GTK_TYPE_WIDGET)

static void
clear_cell (gpointer data)
{
  SendcoCell *cell = data;

  g_clear_pointer (&cell->text, g_free);
  g_clear_pointer (&cell->tooltip, g_free);
}

static void
unref_layout (gpointer layout)
{
  if (layout)
    g_object_unref (layout);
}

static void
update_cells (SendcoTableRow *self)
{
  guint n = g_list_model_get_n_items (self->columns);

  g_array_set_size (self->cells, 0);
  g_array_set_size (self->cells, n);
  if (self->item == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      SendcoCell *cell = &g_array_index (self->cells, SendcoCell, i);

      self->func (self->item, i, cell, self->user_data);
    }
}

/* The x and width of each visible column for a row @width wide: fixed
 * columns take their width, the expanding one the rest. */
static gboolean
column_extent (SendcoTableRow *self, guint index, int width, double *x, double *w)
{
  guint n = g_list_model_get_n_items (self->columns);
  int fixed = 0, n_expand = 0;
  double pos = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (self->columns, i);
      int fw = gtk_column_view_column_get_fixed_width (column);

      if (!gtk_column_view_column_get_visible (column))
        continue;
      if (fw > 0 && !gtk_column_view_column_get_expand (column))
        fixed += fw;
      else
        n_expand++;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (self->columns, i);
      int fw = gtk_column_view_column_get_fixed_width (column);
      double cw;

      if (!gtk_column_view_column_get_visible (column))
        {
          if (i == index)
            return FALSE;
          continue;
        }
      if (fw > 0 && !gtk_column_view_column_get_expand (column))
        cw = fw;
      else
        cw = MAX (80.0, (double) (width - fixed) / MAX (n_expand, 1));
      if (i == index)
        {
          *x = pos;
          *w = cw;
          return TRUE;
        }
      pos += cw;
    }
  return FALSE;
}

static void
pill_colours (SendcoCellStyle style, gboolean dark, GdkRGBA *fg, GdkRGBA *bg)
{
  static const struct { const char *fg, *fg_dark, *bg; double alpha; } pills[] = {
    [SENDCO_CELL_PILL_BLUE] = { "#1a5fb4", "#99c1f1", "#3584e4", 0.18 },
    [SENDCO_CELL_PILL_PURPLE] = { "#613583", "#dc8add", "#9141ac", 0.20 },
    [SENDCO_CELL_PILL_AMBER] = { "#865e3c", "#f8e45c", "#f5c211", 0.26 },
    [SENDCO_CELL_PILL_GREY] = { "#5e5c64", "#c0bfbc", "#77767b", 0.16 },
  };

  gdk_rgba_parse (fg, dark ? pills[style].fg_dark : pills[style].fg);
  gdk_rgba_parse (bg, pills[style].bg);
  bg->alpha = pills[style].alpha;
}

static PangoLayout *
layout_for (SendcoTableRow *self, guint i)
{
  while (self->layouts->len <= i)
    g_ptr_array_add (self->layouts, NULL);
  if (g_ptr_array_index (self->layouts, i) == NULL)
    {
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (layout, TRUE);
      g_ptr_array_index (self->layouts, i) = layout;
    }
  return g_ptr_array_index (self->layouts, i);
}

static void
sendco_table_row_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  SendcoTableRow *self = SENDCO_TABLE_ROW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA fg, dim, warning;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  dim = fg;
  dim.alpha *= 0.55;
  gdk_rgba_parse (&warning, dark ? "#f8e45c" : "#9c6e03");

  for (guint i = 0; i < self->cells->len; i++)
    {
      SendcoCell *cell = &g_array_index (self->cells, SendcoCell, i);
      PangoLayout *layout;
      int text_w, text_h;
      double x, w, tx, ty, avail;
      const GdkRGBA *colour = &fg;
      GdkRGBA pill_fg, pill_bg;
      gboolean pill = cell->style >= SENDCO_CELL_PILL_BLUE;

      if (cell->text == NULL || cell->text[0] == '\0' || !column_extent (self, i, width, &x, &w))
        continue;

      layout = layout_for (self, i);
      pango_layout_set_text (layout, cell->text, -1);
      if (pill)
        {
          PangoAttrList *attrs = pango_attr_list_new ();

          pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
          pango_attr_list_insert (attrs, pango_attr_scale_new (0.9));
          pango_layout_set_attributes (layout, attrs);
          pango_attr_list_unref (attrs);
        }
      else
        pango_layout_set_attributes (layout, NULL);

      avail = w - 2 * CELL_PADDING - (pill ? 2 * PILL_PAD_X : 0);
      pango_layout_set_width (layout, (int) MAX (1, avail) * PANGO_SCALE);
      pango_layout_get_pixel_size (layout, &text_w, &text_h);
      tx = x + CELL_PADDING + (pill ? PILL_PAD_X : 0);
      ty = (height - text_h) / 2.0;

      if (cell->style == SENDCO_CELL_DIM)
        colour = &dim;
      else if (cell->style == SENDCO_CELL_WARNING)
        colour = &warning;
      else if (pill)
        {
          GskRoundedRect rounded;
          graphene_rect_t box;
          double ph = text_h + 2 * PILL_PAD_Y;

          pill_colours (cell->style, dark, &pill_fg, &pill_bg);
          graphene_rect_init (&box, x + CELL_PADDING, (height - ph) / 2.0, text_w + 2 * PILL_PAD_X, ph);
          gsk_rounded_rect_init_from_rect (&rounded, &box, ph / 2.0);
          gtk_snapshot_push_rounded_clip (snapshot, &rounded);
          gtk_snapshot_append_color (snapshot, &pill_bg, &box);
          gtk_snapshot_pop (snapshot);
          colour = &pill_fg;
        }

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (tx, ty));
      gtk_snapshot_append_layout (snapshot, layout, colour);
      gtk_snapshot_restore (snapshot);
    }
}

static void
sendco_table_row_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                          int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
    }
  else
    {
      PangoLayout *probe = gtk_widget_create_pango_layout (widget, "Hg");
      int h;

      pango_layout_get_pixel_size (probe, NULL, &h);
      g_object_unref (probe);
      *minimum = *natural = (int) (h + 2 * ROW_PADDING + 2 * PILL_PAD_Y);
    }
}

static gboolean
sendco_table_row_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard,
                                GtkTooltip *tooltip)
{
  SendcoTableRow *self = SENDCO_TABLE_ROW (widget);

  for (guint i = 0; i < self->cells->len; i++)
    {
      SendcoCell *cell = &g_array_index (self->cells, SendcoCell, i);
      double cx, cw;

      if (column_extent (self, i, gtk_widget_get_width (widget), &cx, &cw) && x >= cx
          && x < cx + cw && cell->tooltip && cell->tooltip[0])
        {
          gtk_tooltip_set_text (tooltip, cell->tooltip);
          return TRUE;
        }
    }
  return FALSE;
}

static void
sendco_table_row_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  SendcoTableRow *self = SENDCO_TABLE_ROW (widget);

  GTK_WIDGET_CLASS (sendco_table_row_parent_class)->css_changed (widget, change);
  /* Fonts may have changed: make the layouts afresh. */
  g_ptr_array_set_size (self->layouts, 0);
  gtk_widget_queue_resize (widget);
}

static void
on_columns_changed (SendcoTableRow *self)
{
  update_cells (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sendco_table_row_dispose (GObject *object)
{
  SendcoTableRow *self = SENDCO_TABLE_ROW (object);

  if (self->columns)
    g_signal_handlers_disconnect_by_data (self->columns, self);
  g_clear_object (&self->columns);
  g_clear_object (&self->item);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);

  G_OBJECT_CLASS (sendco_table_row_parent_class)->dispose (object);
}

static void
sendco_table_row_class_init (SendcoTableRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_table_row_dispose;
  widget_class->snapshot = sendco_table_row_snapshot;
  widget_class->measure = sendco_table_row_measure;
  widget_class->query_tooltip = sendco_table_row_query_tooltip;
  widget_class->css_changed = sendco_table_row_css_changed;

  gtk_widget_class_set_css_name (widget_class, "sendco-table-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
sendco_table_row_init (SendcoTableRow *self)
{
  self->cells = g_array_new (FALSE, TRUE, sizeof (SendcoCell));
  g_array_set_clear_func (self->cells, clear_cell);
  self->layouts = g_ptr_array_new_with_free_func (unref_layout);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
}

/* "Name: Adams, Ronnie; Year: R; …": each cell with its column's title, for
 * a screen reader (and the end-to-end test) to read the row by. */
static char *
describe (SendcoTableRow *self)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < self->cells->len; i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (self->columns, i);
      const char *text = g_array_index (self->cells, SendcoCell, i).text;

      if (column == NULL || text == NULL || text[0] == '\0')
        continue;
      if (out->len)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s: %s", gtk_column_view_column_get_title (column), text);
    }
  return g_string_free (out, FALSE);
}

/**
 * sendco_table_row_new:
 * @columns: the GtkColumnViewColumns whose widths the cells follow
 * @func: what each cell shows
 */
GtkWidget *
sendco_table_row_new (GListModel *columns, SendcoCellFunc func, gpointer user_data)
{
  SendcoTableRow *self = g_object_new (SENDCO_TYPE_TABLE_ROW, NULL);

  self->columns = g_object_ref (columns);
  self->func = func;
  self->user_data = user_data;
  g_signal_connect_swapped (columns, "items-changed", G_CALLBACK (on_columns_changed), self);
  return GTK_WIDGET (self);
}

/* Shows @item; the row takes a reference. */
void
sendco_table_row_set_item (SendcoTableRow *self, gpointer item)
{
  g_return_if_fail (SENDCO_IS_TABLE_ROW (self));

  if (self->item != item)
    g_set_object (&self->item, item);
  sendco_table_row_refresh (self);
}

/* Reads the cells again (the item changed) and redraws. */
void
sendco_table_row_refresh (SendcoTableRow *self)
{
  g_autofree char *summary = NULL, *described = NULL;

  g_return_if_fail (SENDCO_IS_TABLE_ROW (self));

  update_cells (self);
  summary = sendco_table_row_dup_summary (self);
  described = describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, described, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* What the cell in @column says, "" when nothing. */
const char *
sendco_table_row_get_text (SendcoTableRow *self, guint column)
{
  g_return_val_if_fail (SENDCO_IS_TABLE_ROW (self), "");

  if (column >= self->cells->len)
    return "";
  return g_array_index (self->cells, SendcoCell, column).text ?: "";
}

/* "Adams, Ronnie; R; Ash; No SEN", what a screen reader reads for the row. */
char *
sendco_table_row_dup_summary (SendcoTableRow *self)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < self->cells->len; i++)
    {
      const char *text = g_array_index (self->cells, SendcoCell, i).text;

      if (text == NULL || text[0] == '\0')
        continue;
      if (out->len)
        g_string_append (out, "; ");
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}
