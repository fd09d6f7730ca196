/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map page: the costed grid of what the school provides, by
 * area of need, wave and year group, with filters, the line a SENDCO quotes
 * to governors, a side panel listing a cell's pupils, and Print and Export
 * PDF. The map is rebuilt from the store (debounced) whenever anything in
 * the school file changes; printing and the PDF read the file again in a
 * thread of their own, show their progress and can be cancelled. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-provision-map-page.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-costing.h"
#include "sendco-dates.h"
#include "sendco-provision-grid.h"
#include "sendco-provision-pdf.h"
#include "sendco-provision-xlsx.h"
#include "sendco-provision-print.h"
#include "sendco-pupil-window.h"
#include "sendco-store-provision.h"

#define REBUILD_DELAY_MS 250

/* The period filter's entries, in the order of SendcoPeriod. */
#define PERIOD_DEFAULT SENDCO_PERIOD_YEAR

struct _SendcoProvisionMapPage
{
  AdwBin                  parent_instance;

  /* template */
  AdwToastOverlay        *toast_overlay;
  GtkWidget              *toolbar;
  GtkWidget              *summary_box;
  GtkDropDown            *period_dropdown;
  GtkDropDown            *year_dropdown;
  GtkDropDown            *area_dropdown;
  GtkDropDown            *wave_dropdown;
  GtkButton              *zoom_button;
  GtkLabel               *summary_label;
  GtkLabel               *period_label;
  GtkRevealer            *progress_revealer;
  GtkLabel               *progress_label;
  GtkProgressBar         *progress_bar;
  GtkStack               *stack;
  SendcoProvisionMapView *map_view;
  GtkRevealer            *cell_revealer;
  GtkLabel               *cell_title;
  GtkLabel               *cell_subtitle;
  GtkLabel               *cell_total;
  GtkListBox             *cell_list;
  AdwStatusPage          *none_page;
  GtkButton              *clear_filters_button;

  SendcoStore            *store;
  SendcoMapFilter         filter;
  GArray                 *year_values;    /* int: the year dropdown's entries after "All" */
  guint                   rebuild_id;
  gboolean                updating;

  /* the cell listed in the side panel */
  gboolean                cell_shown;
  int                     cell_area;
  int                     cell_wave;
  int                     cell_year;

  /* an export or a print under way */
  GCancellable           *cancellable;
  gboolean                busy;
  guint                   pulse_id;
  char                   *print_export_path;
  GtkPrintOperation      *print_operation;
  GtkFileChooserNative   *chooser;
};

G_DEFINE_FINAL_TYPE (SendcoProvisionMapPage, sendco_provision_map_page, ADW_TYPE_BIN)

enum
{
  PROVISION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GListModel *
make_strings (const char *first, ...)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *s = first; s; s = va_arg (args, const char *))
    gtk_string_list_append (list, s);
  va_end (args);

  return G_LIST_MODEL (list);
}

static GtkWindow *
parent_window (SendcoProvisionMapPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (SendcoProvisionMapPage *self, const char *heading, const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast (SendcoProvisionMapPage *self, AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
filters_are_default (SendcoProvisionMapPage *self)
{
  return self->filter.period == PERIOD_DEFAULT && self->filter.year_group == SENDCO_MAP_ALL_YEARS
         && self->filter.area < 0 && self->filter.wave == 0;
}

static void
update_actions (SendcoProvisionMapPage *self)
{
  const SendcoProvisionMap *map = sendco_provision_map_view_get_map (self->map_view);
  gboolean can_export = self->store != NULL && !self->busy && self->print_operation == NULL
                        && map != NULL && map->rows->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision-map.print", can_export);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision-map.export-pdf", can_export);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision-map.export-xlsx", can_export);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision-map.cancel", self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision-map.close-cell", self->cell_shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision-map.clear-filters",
                                 !filters_are_default (self));
}

static void
read_filter (SendcoProvisionMapPage *self)
{
  guint choice;

  choice = gtk_drop_down_get_selected (self->period_dropdown);
  self->filter.period = choice <= SENDCO_PERIOD_ANY ? (SendcoPeriod) choice : PERIOD_DEFAULT;

  choice = gtk_drop_down_get_selected (self->year_dropdown);
  if (choice != GTK_INVALID_LIST_POSITION && choice > 0 && choice <= self->year_values->len)
    self->filter.year_group = g_array_index (self->year_values, int, choice - 1);
  else
    self->filter.year_group = SENDCO_MAP_ALL_YEARS;

  choice = gtk_drop_down_get_selected (self->area_dropdown);
  self->filter.area = choice != GTK_INVALID_LIST_POSITION && choice > 0
                      && choice <= SENDCO_N_AREAS ? (int) choice - 1 : -1;

  choice = gtk_drop_down_get_selected (self->wave_dropdown);
  self->filter.wave = choice != GTK_INVALID_LIST_POSITION && choice >= 1 && choice <= 3
                      ? (int) choice : 0;
}

/* The year groups to choose from: those the unfiltered map has, and the
 * one chosen. */
static void
update_year_choices (SendcoProvisionMapPage *self, const SendcoProvisionMap *map)
{
  g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GtkStringList) labels = NULL;
  gboolean same;
  guint selected = 0;

  if (self->filter.year_group != SENDCO_MAP_ALL_YEARS)
    return;
  for (guint i = 0; i < map->n_years; i++)
    g_array_append_val (years, map->years[i]);

  same = years->len == self->year_values->len
         && (years->len == 0
             || memcmp (years->data, self->year_values->data, years->len * sizeof (int)) == 0);
  if (same && gtk_drop_down_get_model (self->year_dropdown) != NULL)
    return;

  labels = gtk_string_list_new (NULL);
  gtk_string_list_append (labels, _("All year groups"));
  for (guint i = 0; i < years->len; i++)
    {
      g_autofree char *label = sendco_year_group_label (g_array_index (years, int, i));

      gtk_string_list_append (labels, label);
    }
  g_array_set_size (self->year_values, 0);
  g_array_append_vals (self->year_values, years->data, years->len);

  self->updating = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  self->updating = FALSE;
}

static int
find_band (const SendcoProvisionMap *map, int area, int wave)
{
  for (guint i = 0; map && i < map->rows->len; i++)
    {
      const SendcoMapRow *row = &g_array_index (map->rows, SendcoMapRow, i);

      if ((int) row->area == area && row->wave == wave)
        return (int) i;
    }
  return -1;
}

static void
hide_cell (SendcoProvisionMapPage *self)
{
  self->cell_shown = FALSE;
  sendco_provision_map_view_set_selected (self->map_view, -1, -1);
  gtk_revealer_set_reveal_child (self->cell_revealer, FALSE);
  update_actions (self);
}

static void
on_pupil_activated (AdwActionRow *row, SendcoProvisionMapPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "pupil-id"));
  SendcoPupilWindow *window;

  if (self->store == NULL || id == 0)
    return;
  window = sendco_pupil_window_new (parent_window (self), self->store, id);
  gtk_window_present (GTK_WINDOW (window));
}

static GtkWidget *
pupil_row (SendcoProvisionMapPage *self, const SendcoCellPupil *entry)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *share, *arrow;
  g_autofree char *year = sendco_year_group_label (entry->pupil->year_group);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", year, entry->provisions);
  g_autofree char *money = sendco_money_format (entry->share);
  g_autofree char *accessible = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->pupil->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  if (entry->pupil->over_threshold)
    {
      g_autofree char *threshold = sendco_money_format_whole (SENDCO_NOTIONAL_SEN_THRESHOLD);
      /* Translators: a pupil whose additional provision costs more than £6,000 a year */
      g_autofree char *text = g_strdup_printf (_("Above %s"), threshold);
      GtkWidget *badge = gtk_label_new (text);

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "sendco-threshold");
      gtk_widget_set_tooltip_text (badge, _("Their additional provision this school year costs "
                                            "more than the £6,000 a school meets from its "
                                            "notional SEN budget: evidence for top-up funding or "
                                            "an EHC needs assessment request."));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  share = gtk_label_new (money);
  gtk_widget_add_css_class (share, "numeric");
  gtk_widget_set_tooltip_text (share, _("Their share of this cell’s cost"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), share);
  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "pupil-id", GSIZE_TO_POINTER ((gsize) entry->pupil->id));
  g_signal_connect (row, "activated", G_CALLBACK (on_pupil_activated), self);
  /* Translators: what a screen reader says for a pupil in a provision map cell */
  accessible = g_strdup_printf (_("%s, %s, %s. Open their record"), entry->pupil->name, subtitle,
                                money);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return row;
}

/* Fills the side panel for the cell chosen, from the map shown now. */
static void
fill_cell (SendcoProvisionMapPage *self)
{
  const SendcoProvisionMap *map = sendco_provision_map_view_get_map (self->map_view);
  g_autoptr (GPtrArray) pupils = NULL;
  g_autofree char *year = NULL, *subtitle = NULL, *total = NULL, *cost = NULL;
  const SendcoMapRow *row;
  GtkWidget *child;
  int band;

  if (!self->cell_shown)
    return;
  band = find_band (map, self->cell_area, self->cell_wave);
  if (band < 0)
    {
      hide_cell (self);
      return;
    }
  pupils = sendco_provision_map_cell_pupils (map, (guint) band, self->cell_year);
  if (pupils->len == 0)
    {
      hide_cell (self);
      return;
    }
  row = &g_array_index (map->rows, SendcoMapRow, band);
  for (guint c = 0; c < map->n_years; c++)
    if (map->years[c] == self->cell_year)
      sendco_provision_map_view_set_selected (self->map_view, band, (int) c);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cell_list))))
    gtk_list_box_remove (self->cell_list, child);
  for (guint i = 0; i < pupils->len; i++)
    gtk_list_box_append (self->cell_list, pupil_row (self, g_ptr_array_index (pupils, i)));

  year = sendco_year_group_label (self->cell_year);
  gtk_label_set_text (self->cell_title, year);
  subtitle = g_strdup_printf ("%s\n%s", sendco_area_name (row->area), sendco_wave_name (row->wave));
  gtk_label_set_text (self->cell_subtitle, subtitle);
  cost = sendco_money_format (row->cost_by_year[SENDCO_MAP_YEAR_INDEX (self->cell_year)]);
  /* Translators: the foot of the list of a provision map cell's pupils, e.g. "4 pupils · £1,240.00" */
  total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pupil · %s", "%u pupils · %s",
                                        pupils->len), pupils->len, cost);
  gtk_label_set_text (self->cell_total, total);
  gtk_revealer_set_reveal_child (self->cell_revealer, TRUE);
  update_actions (self);
}

static void
show_state (SendcoProvisionMapPage *self, const SendcoProvisionMap *map)
{
  g_autoptr (GPtrArray) library = NULL;
  g_autofree char *description = NULL;

  gtk_widget_set_visible (self->toolbar, TRUE);
  gtk_widget_set_visible (self->summary_box, TRUE);
  if (map && map->rows->len > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "map");
      return;
    }
  if (self->store)
    library = sendco_store_list_provisions (self->store, FALSE, NULL);
  if (library == NULL || library->len == 0)
    {
      /* nothing to filter, print or sum up yet */
      gtk_widget_set_visible (self->toolbar, FALSE);
      gtk_widget_set_visible (self->summary_box, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (filters_are_default (self))
    {
      adw_status_page_set_title (self->none_page, _("No Pupils Receive Provision This Year"));
      description = g_strdup (_("Add pupils to the provisions in the Provisions library, with the "
                                "dates they start, or choose Any dates to see every provision."));
    }
  else
    {
      adw_status_page_set_title (self->none_page, _("Nothing Matches These Filters"));
      description = g_strdup (_("No pupil receives provision of that kind in the period chosen. "
                                "Choose another period, year group, area or wave, or show "
                                "everything."));
    }
  adw_status_page_set_description (self->none_page, description);
  gtk_widget_set_visible (GTK_WIDGET (self->clear_filters_button), !filters_are_default (self));
  gtk_stack_set_visible_child_name (self->stack, "none");
}

static void
rebuild (SendcoProvisionMapPage *self)
{
  g_autoptr (GError) error = NULL;
  SendcoProvisionMap *map;
  g_autofree char *summary = NULL, *from = NULL, *to = NULL, *period = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  if (self->store == NULL)
    {
      sendco_provision_map_view_set_map (self->map_view, NULL);
      gtk_label_set_text (self->summary_label, "");
      gtk_label_set_text (self->period_label, "");
      show_state (self, NULL);
      hide_cell (self);
      return;
    }

  map = sendco_store_build_provision_map (self->store, &self->filter, NULL, &error);
  if (map == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The provision map could not be read: %s"),
                                               error->message);

      sendco_provision_map_view_set_map (self->map_view, NULL);
      gtk_label_set_text (self->summary_label, text);
      show_state (self, NULL);
      update_actions (self);
      return;
    }

  summary = sendco_provision_map_dup_summary (map);
  gtk_label_set_text (self->summary_label, summary);
  from = sendco_iso_to_uk (map->from);
  to = sendco_iso_to_uk (map->to);
  if (map->period == SENDCO_PERIOD_ANY)
    period = g_strdup (map->period_label);
  else
    /* Translators: the period a provision map covers, e.g. "Autumn term 2026 · 01/09/2026 to 31/12/2026" */
    period = g_strdup_printf (_("%s · %s to %s"), map->period_label, from, to);
  gtk_label_set_text (self->period_label, period);

  update_year_choices (self, map);
  show_state (self, map);
  sendco_provision_map_view_set_map (self->map_view, map);
  fill_cell (self);
  update_actions (self);
}

static gboolean
rebuild_timeout (gpointer data)
{
  SendcoProvisionMapPage *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Signal handlers */

static void
on_store_changed (SendcoStore *store, const char *table, SendcoProvisionMapPage *self)
{
  /* A burst of writes (an import, a whole group added) rebuilds once. */
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->rebuild_id = g_timeout_add (REBUILD_DELAY_MS, rebuild_timeout, self);
}

static void
on_filter_changed (GObject *object, GParamSpec *pspec, SendcoProvisionMapPage *self)
{
  if (self->updating)
    return;
  read_filter (self);
  rebuild (self);
}

static void
on_cell_activated (SendcoProvisionMapView *view, guint band, int year_group,
                   SendcoProvisionMapPage *self)
{
  const SendcoProvisionMap *map = sendco_provision_map_view_get_map (view);
  const SendcoMapRow *row;

  if (map == NULL || band >= map->rows->len)
    return;
  row = &g_array_index (map->rows, SendcoMapRow, band);
  self->cell_shown = TRUE;
  self->cell_area = row->area;
  self->cell_wave = row->wave;
  self->cell_year = year_group;
  fill_cell (self);
}

static void
on_provision_activated (SendcoProvisionMapView *view, gint64 provision_id,
                        SendcoProvisionMapPage *self)
{
  g_signal_emit (self, signals[PROVISION_ACTIVATED], 0, provision_id);
}

static void
on_zoom_changed (SendcoProvisionMapView *view, GParamSpec *pspec, SendcoProvisionMapPage *self)
{
  g_autofree char *label = g_strdup_printf ("%.0f%%", sendco_provision_map_view_get_zoom (view) * 100);

  gtk_button_set_label (self->zoom_button, label);
}

/* Long jobs */

static gboolean
pulse (gpointer data)
{
  SendcoProvisionMapPage *self = data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
job_start (SendcoProvisionMapPage *self, const char *message, gboolean pulsing)
{
  self->busy = TRUE;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_label_set_text (self->progress_label, message);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  if (pulsing)
    self->pulse_id = g_timeout_add (120, pulse, self);
  update_actions (self);
}

static void
job_end (SendcoProvisionMapPage *self)
{
  self->busy = FALSE;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->cancellable);
  if (self->progress_revealer)
    {
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
      update_actions (self);
    }
}

static void
on_job_progress (double fraction, const char *message, gpointer data)
{
  SendcoProvisionMapPage *self = data;

  if (self->progress_bar == NULL || !self->busy)
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  if (message)
    gtk_label_set_text (self->progress_label, message);
}

/* After a PDF or XLSX export: a toast to open it, or why it failed. */
static void
report_export (SendcoProvisionMapPage *self, gboolean ok, GError *error, const char *path)
{
  job_end (self);
  if (self->toast_overlay == NULL)
    return;   /* the page has gone */

  if (ok)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *shown = g_filename_display_name (base);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      /* Translators: after the provision map was saved; %s is the file name */
      g_autofree char *title = g_strdup_printf (_("Saved “%s”"), shown);
      AdwToast *saved = adw_toast_new (title);

      if (uri)
        {
          adw_toast_set_button_label (saved, _("_Open"));
          adw_toast_set_action_name (saved, "provision-map.open-file");
          adw_toast_set_action_target_value (saved, g_variant_new_string (uri));
        }
      toast (self, saved);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast (self, adw_toast_new (_("Export cancelled. Nothing was saved.")));
  else
    show_error (self, _("The Provision Map Was Not Saved"), error->message);
}

static void
on_export_done (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (SendcoProvisionMapPage) self = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_object_steal_data (G_OBJECT (self), "export-path");
  gboolean ok = sendco_provision_pdf_export_finish (result, &error);

  report_export (self, ok, error, path);
}

static void
on_xlsx_done (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (SendcoProvisionMapPage) self = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_object_steal_data (G_OBJECT (self), "export-path");
  gboolean ok = sendco_provision_xlsx_export_finish (result, &error);

  report_export (self, ok, error, path);
}

static void
on_print_done (GtkPrintOperation *operation, GtkPrintOperationResult result,
               SendcoProvisionMapPage *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr (GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (self, _("The Provision Map Was Not Printed"),
                  error ? error->message : _("The printer reported a problem."));
    }
  g_signal_handlers_disconnect_by_data (operation, self);
  g_clear_object (&self->print_operation);
  update_actions (self);
}

static void
on_print_loaded (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (SendcoProvisionMapPage) self = data;
  g_autoptr (GError) error = NULL;
  g_autofree char *export_path = g_steal_pointer (&self->print_export_path);
  SendcoProvisionMap *map = sendco_provision_map_load_finish (result, &error);
  g_autoptr (GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult outcome;

  job_end (self);
  if (self->toast_overlay == NULL)
    {
      g_clear_pointer (&map, sendco_provision_map_free);
      return;
    }
  if (map == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, adw_toast_new (_("Printing cancelled.")));
      else
        show_error (self, _("The Provision Map Was Not Printed"), error->message);
      return;
    }

  operation = sendco_provision_print_operation_new (map);
  self->print_operation = g_object_ref (operation);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done), self);
  update_actions (self);
  g_clear_error (&error);
  if (export_path)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      outcome = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                         parent_window (self), &error);
    }
  else
    outcome = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                       parent_window (self), &error);

  if (outcome == GTK_PRINT_OPERATION_RESULT_ERROR && self->print_operation)
    {
      show_error (self, _("The Provision Map Was Not Printed"),
                  error ? error->message : _("The printer reported a problem."));
      g_signal_handlers_disconnect_by_data (self->print_operation, self);
      g_clear_object (&self->print_operation);
      update_actions (self);
    }
}

static void
on_chooser_response (GtkNativeDialog *dialog, int response, SendcoProvisionMapPage *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;
  const char *paper;

  gboolean xlsx = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "xlsx"));
  const char *suffix = xlsx ? ".xlsx" : ".pdf";

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  paper = xlsx ? NULL : gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "paper");
  if (file)
    path = g_file_get_path (file);
  if (path)
    {
      g_autofree char *lower = g_ascii_strdown (path, -1);

      if (!g_str_has_suffix (lower, suffix))
        {
          char *with = g_strconcat (path, suffix, NULL);

          g_free (path);
          path = with;
        }
      if (xlsx)
        sendco_provision_map_page_export_xlsx (self, path);
      else
        sendco_provision_map_page_export_pdf (self, path,
                                              g_strcmp0 (paper, "a3") == 0 ? SENDCO_PAPER_A3
                                                                           : SENDCO_PAPER_A4);
    }
  g_clear_object (&self->chooser);
}

/* Actions */

static void
print_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  sendco_provision_map_page_print (SENDCO_PROVISION_MAP_PAGE (widget), NULL);
}

static void
export_pdf_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionMapPage *self = SENDCO_PROVISION_MAP_PAGE (widget);
  g_autoptr (SendcoSchool) school = NULL;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *today = sendco_today_iso ();
  g_autofree char *name = NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  const char *ids[] = { "a4", "a3", NULL };
  const char *labels[] = { _("A4 landscape"), _("A3 landscape"), NULL };

  if (self->store == NULL || self->busy || self->chooser)
    return;
  school = sendco_store_get_school (self->store, NULL);
  name = sendco_provision_pdf_file_name (school ? sendco_school_get_name (school) : NULL, today,
                                         "pdf");

  self->chooser = gtk_file_chooser_native_new (_("Export the Provision Map as PDF"),
                                               parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "paper", _("Paper"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "paper", "a4");
  if (documents && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_xlsx_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionMapPage *self = SENDCO_PROVISION_MAP_PAGE (widget);
  g_autoptr (SendcoSchool) school = NULL;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *today = sendco_today_iso ();
  g_autofree char *name = NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (self->store == NULL || self->busy || self->chooser)
    return;
  school = sendco_store_get_school (self->store, NULL);
  name = sendco_provision_pdf_file_name (school ? sendco_school_get_name (school) : NULL, today,
                                         "xlsx");

  self->chooser = gtk_file_chooser_native_new (_("Export the Provision Map as a Workbook"),
                                               parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  g_object_set_data (G_OBJECT (self->chooser), "xlsx", GINT_TO_POINTER (TRUE));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (documents && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionMapPage *self = SENDCO_PROVISION_MAP_PAGE (widget);

  if (self->cancellable)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_label_set_text (self->progress_label, _("Cancelling…"));
    }
}

static void
close_cell_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  hide_cell (SENDCO_PROVISION_MAP_PAGE (widget));
}

static void
clear_filters_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionMapPage *self = SENDCO_PROVISION_MAP_PAGE (widget);

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->period_dropdown, PERIOD_DEFAULT);
  gtk_drop_down_set_selected (self->year_dropdown, 0);
  gtk_drop_down_set_selected (self->area_dropdown, 0);
  gtk_drop_down_set_selected (self->wave_dropdown, 0);
  self->updating = FALSE;
  read_filter (self);
  rebuild (self);
}

static void
zoom_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionMapPage *self = SENDCO_PROVISION_MAP_PAGE (widget);

  if (g_str_equal (action, "provision-map.zoom-in"))
    sendco_provision_map_view_zoom_in (self->map_view);
  else if (g_str_equal (action, "provision-map.zoom-out"))
    sendco_provision_map_view_zoom_out (self->map_view);
  else
    sendco_provision_map_view_set_zoom (self->map_view, 1.0);
}

static void
on_file_opened (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_warning ("Could not open the provision map: %s", error->message);
}

static void
open_file_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  g_app_info_launch_default_for_uri_async (g_variant_get_string (param, NULL), NULL, NULL,
                                           on_file_opened, NULL);
}

/* Overrides */

static void
sendco_provision_map_page_dispose (GObject *object)
{
  SendcoProvisionMapPage *self = SENDCO_PROVISION_MAP_PAGE (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->print_operation)
    g_signal_handlers_disconnect_by_data (self->print_operation, self);
  g_clear_object (&self->print_operation);
  if (self->chooser)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PROVISION_MAP_PAGE);
  self->toast_overlay = NULL;
  self->progress_bar = NULL;
  self->progress_revealer = NULL;

  G_OBJECT_CLASS (sendco_provision_map_page_parent_class)->dispose (object);
}

static void
sendco_provision_map_page_finalize (GObject *object)
{
  SendcoProvisionMapPage *self = SENDCO_PROVISION_MAP_PAGE (object);

  g_clear_object (&self->cancellable);
  g_array_unref (self->year_values);
  g_free (self->print_export_path);

  G_OBJECT_CLASS (sendco_provision_map_page_parent_class)->finalize (object);
}

static void
sendco_provision_map_page_class_init (SendcoProvisionMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_provision_map_page_dispose;
  object_class->finalize = sendco_provision_map_page_finalize;

  /**
   * SendcoProvisionMapPage::provision-activated:
   * @provision_id: the provision clicked on the map
   *
   * Asks for the provision to be opened.
   */
  signals[PROVISION_ACTIVATED] =
    g_signal_new ("provision-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SENDCO_TYPE_PROVISION_MAP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-provision-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, wave_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, map_view);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, cell_revealer);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, cell_title);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, cell_subtitle);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, cell_total);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, cell_list);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, none_page);
  gtk_widget_class_bind_template_child (widget_class, SendcoProvisionMapPage, clear_filters_button);

  gtk_widget_class_install_action (widget_class, "provision-map.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "provision-map.export-pdf", NULL,
                                   export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "provision-map.export-xlsx", NULL,
                                   export_xlsx_activated);
  gtk_widget_class_install_action (widget_class, "provision-map.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "provision-map.close-cell", NULL,
                                   close_cell_activated);
  gtk_widget_class_install_action (widget_class, "provision-map.clear-filters", NULL,
                                   clear_filters_activated);
  gtk_widget_class_install_action (widget_class, "provision-map.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "provision-map.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "provision-map.zoom-reset", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "provision-map.open-file", "s",
                                   open_file_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "provision-map.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "provision-map.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "provision-map.close-cell", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "provision-map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "provision-map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "provision-map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "provision-map.zoom-reset", NULL);
}

static void
sendco_provision_map_page_init (SendcoProvisionMapPage *self)
{
  g_autoptr (GListModel) periods = NULL, areas = NULL, waves = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* AdwBin's own child: not bound, so that AdwBin alone unparents it. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));

  self->year_values = g_array_new (FALSE, FALSE, sizeof (int));
  sendco_map_filter_init (&self->filter);

  periods = make_strings (_("This term"), _("This school year"), _("Any dates"), NULL);
  gtk_drop_down_set_model (self->period_dropdown, periods);
  gtk_drop_down_set_selected (self->period_dropdown, PERIOD_DEFAULT);
  areas = make_strings (_("All areas of need"), sendco_area_name (SENDCO_AREA_COMMUNICATION),
                        sendco_area_name (SENDCO_AREA_COGNITION),
                        sendco_area_name (SENDCO_AREA_SEMH),
                        sendco_area_name (SENDCO_AREA_SENSORY_PHYSICAL),
                        sendco_area_name (SENDCO_AREA_OTHER), NULL);
  gtk_drop_down_set_model (self->area_dropdown, areas);
  waves = make_strings (_("All waves"), sendco_wave_name (1), sendco_wave_name (2),
                        sendco_wave_name (3), NULL);
  gtk_drop_down_set_model (self->wave_dropdown, waves);
  {
    g_autoptr (GListModel) years = make_strings (_("All year groups"), NULL);

    gtk_drop_down_set_model (self->year_dropdown, years);
  }

  g_signal_connect (self->period_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->year_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->area_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->wave_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->map_view, "cell-activated", G_CALLBACK (on_cell_activated), self);
  g_signal_connect (self->map_view, "provision-activated", G_CALLBACK (on_provision_activated),
                    self);
  g_signal_connect (self->map_view, "notify::zoom", G_CALLBACK (on_zoom_changed), self);
  on_zoom_changed (self->map_view, NULL, self);

  rebuild (self);
}

/* Public API */

/**
 * sendco_provision_map_page_set_store:
 * @store: (nullable): the school file
 *
 * Shows @store's provision map and follows every change to it.
 */
void
sendco_provision_map_page_set_store (SendcoProvisionMapPage *self, SendcoStore *store)
{
  g_return_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self));

  if (self->store == store)
    return;
  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store)
    g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  hide_cell (self);
  rebuild (self);
}

SendcoStore *
sendco_provision_map_page_get_store (SendcoProvisionMapPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self), NULL);
  return self->store;
}

void
sendco_provision_map_page_print (SendcoProvisionMapPage *self, const char *export_path)
{
  g_return_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self));

  if (self->store == NULL || self->busy || self->print_operation)
    return;
  job_start (self, _("Preparing the provision map for printing…"), TRUE);
  g_free (self->print_export_path);
  self->print_export_path = g_strdup (export_path);
  sendco_provision_map_load_async (sendco_store_get_path (self->store), &self->filter,
                                   self->cancellable, on_print_loaded, g_object_ref (self));
}

void
sendco_provision_map_page_export_pdf (SendcoProvisionMapPage *self, const char *path,
                                      SendcoPaper paper)
{
  g_return_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self));
  g_return_if_fail (path != NULL);

  if (self->store == NULL || self->busy)
    return;
  job_start (self, _("Exporting the provision map…"), FALSE);
  g_object_set_data_full (G_OBJECT (self), "export-path", g_strdup (path), g_free);
  sendco_provision_pdf_export_async (sendco_store_get_path (self->store), &self->filter, path,
                                     paper, self->cancellable, on_job_progress, self,
                                     on_export_done, g_object_ref (self));
}

/* Saves the map shown as an XLSX workbook at @path, in a thread, with progress. */
void
sendco_provision_map_page_export_xlsx (SendcoProvisionMapPage *self, const char *path)
{
  g_return_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self));
  g_return_if_fail (path != NULL);

  if (self->store == NULL || self->busy)
    return;
  job_start (self, _("Exporting the provision map workbook…"), FALSE);
  g_object_set_data_full (G_OBJECT (self), "export-path", g_strdup (path), g_free);
  sendco_provision_xlsx_export_async (sendco_store_get_path (self->store), &self->filter, path,
                                      self->cancellable, on_job_progress, self, on_xlsx_done,
                                      g_object_ref (self));
}

gboolean
sendco_provision_map_page_is_busy (SendcoProvisionMapPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self), FALSE);
  return self->busy || self->print_operation != NULL;
}

SendcoProvisionMapView *
sendco_provision_map_page_get_view (SendcoProvisionMapPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self), NULL);
  return self->map_view;
}

char *
sendco_provision_map_page_dup_summary (SendcoProvisionMapPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self), NULL);
  return g_strdup (gtk_label_get_text (self->summary_label));
}

const char *
sendco_provision_map_page_get_state (SendcoProvisionMapPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkDropDown *
sendco_provision_map_page_get_period_filter (SendcoProvisionMapPage *self)
{
  return self->period_dropdown;
}

GtkDropDown *
sendco_provision_map_page_get_year_filter (SendcoProvisionMapPage *self)
{
  return self->year_dropdown;
}

GtkDropDown *
sendco_provision_map_page_get_area_filter (SendcoProvisionMapPage *self)
{
  return self->area_dropdown;
}

GtkDropDown *
sendco_provision_map_page_get_wave_filter (SendcoProvisionMapPage *self)
{
  return self->wave_dropdown;
}

GtkListBox *
sendco_provision_map_page_get_cell_list (SendcoProvisionMapPage *self)
{
  return self->cell_list;
}

gboolean
sendco_provision_map_page_get_cell_shown (SendcoProvisionMapPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_MAP_PAGE (self), FALSE);
  return self->cell_shown;
}
