/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An outcome of a support plan as the Support tab and an earlier cycle show
 * it: a small card with the area of need, the outcome in bold, and what
 * success looks like, the strategies, the provision (in words, and the
 * provisions from the library that serve it) and the progress. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-outcome-row.h"

#include <glib/gi18n.h>

#include "sendco-census.h"
#include "sendco-store-outcome-links.h"

struct _SendcoOutcomeRow
{
  GtkListBoxRow parent_instance;

  gint64        outcome_id;
  GtkGrid      *grid;
  int           n_details;
};

G_DEFINE_FINAL_TYPE (SendcoOutcomeRow, sendco_outcome_row, GTK_TYPE_LIST_BOX_ROW)

static void
sendco_outcome_row_class_init (SendcoOutcomeRowClass *klass)
{
}

static void
sendco_outcome_row_init (SendcoOutcomeRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sendco-outcome-row");
}

/**
 * sendco_progress_name:
 * @progress: achieved, partly, not-yet or ""
 *
 * Returns: what a SENDCO calls it, translated; "" for none
 */
const char *
sendco_progress_name (const char *progress)
{
  if (g_strcmp0 (progress, "achieved") == 0)
    return _("Achieved");
  if (g_strcmp0 (progress, "partly") == 0)
    return _("Partly achieved");
  if (g_strcmp0 (progress, "not-yet") == 0)
    return _("Not yet achieved");
  return "";
}

static GtkWidget *
text_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static void
add_detail (GtkGrid *grid, int *row, const char *caption, const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  GtkWidget *caption_label, *value;

  if (trimmed[0] == '\0')
    return;
  caption_label = gtk_label_new (caption);
  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_label_set_yalign (GTK_LABEL (caption_label), 0);
  gtk_widget_add_css_class (caption_label, "dim-label");
  value = text_label (trimmed);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  caption_label, NULL, -1);
  gtk_grid_attach (grid, caption_label, 0, *row, 1, 1);
  gtk_grid_attach (grid, value, 1, *row, 1, 1);
  (*row)++;
}

GtkWidget *
sendco_outcome_row_new (const SendcoOutcome *outcome, int carried_from_cycle, gboolean show_progress)
{
  SendcoOutcomeRow *self;
  GtkWidget *box, *header, *area, *title, *grid;
  SendcoArea key = SENDCO_AREA_OTHER;
  int row = 0;

  g_return_val_if_fail (outcome != NULL, NULL);

  self = g_object_new (SENDCO_TYPE_OUTCOME_ROW, NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  sendco_area_from_key (outcome->area, &key);
  area = gtk_label_new (sendco_area_name (key));
  gtk_widget_add_css_class (area, "sendco-area-pill");
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), area);
  if (carried_from_cycle > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Carried over from cycle %d"), carried_from_cycle);
      GtkWidget *carried = gtk_label_new (text);

      gtk_widget_add_css_class (carried, "dim-label");
      gtk_widget_add_css_class (carried, "caption");
      gtk_widget_add_css_class (carried, "sendco-carried-over");
      gtk_box_append (GTK_BOX (header), carried);
    }
  if (show_progress && outcome->progress[0])
    {
      GtkWidget *progress = gtk_label_new (sendco_progress_name (outcome->progress));
      g_autofree char *css = g_strconcat ("sendco-progress-", outcome->progress, NULL);

      gtk_widget_add_css_class (progress, "sendco-progress");
      gtk_widget_add_css_class (progress, css);
      gtk_widget_set_hexpand (progress, TRUE);
      gtk_widget_set_halign (progress, GTK_ALIGN_END);
      gtk_widget_set_valign (progress, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (header), progress);
    }
  gtk_box_append (GTK_BOX (box), header);

  title = text_label (outcome->outcome);
  gtk_widget_add_css_class (title, "sendco-outcome-title");
  gtk_box_append (GTK_BOX (box), title);

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  add_detail (GTK_GRID (grid), &row, _("Success looks like"), outcome->success);
  add_detail (GTK_GRID (grid), &row, _("Strategies"), outcome->strategies);
  add_detail (GTK_GRID (grid), &row, _("Provision"), outcome->provision);
  if (show_progress)
    add_detail (GTK_GRID (grid), &row, _("Progress note"), outcome->progress_note);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_widget_set_visible (grid, row > 0);
  self->outcome_id = outcome->id;
  self->grid = GTK_GRID (grid);
  self->n_details = row;

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  return GTK_WIDGET (self);
}

/**
 * sendco_outcome_row_show_links:
 *
 * Adds the provisions from the library that serve the outcome, by name,
 * under its provision in words; nothing when none are linked.
 */
void
sendco_outcome_row_show_links (SendcoOutcomeRow *self, SendcoStore *store)
{
  g_autoptr (GPtrArray) links = NULL;
  g_autoptr (GString) names = g_string_new (NULL);

  g_return_if_fail (SENDCO_IS_OUTCOME_ROW (self));
  g_return_if_fail (SENDCO_IS_STORE (store));

  if (self->outcome_id == 0)
    return;
  links = sendco_store_list_outcome_links (store, self->outcome_id, 0, 0, NULL);
  for (guint i = 0; links && i < links->len; i++)
    {
      const SendcoOutcomeLink *link = g_ptr_array_index (links, i);

      if (names->len)
        g_string_append (names, ", ");
      g_string_append (names, link->provision_name);
      if (link->provision_retired)
        g_string_append (names, _(" (retired)"));
    }
  if (names->len == 0)
    return;
  add_detail (self->grid, &self->n_details, _("From the library"), names->str);
  gtk_widget_set_visible (GTK_WIDGET (self->grid), TRUE);
}
