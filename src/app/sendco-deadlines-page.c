/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reviews and deadlines: every upcoming and overdue date across the school in
 * one list, soonest first, each with the pupil, what is due, the rule it
 * comes from and whose job it is; overdue in red, due within 14 days amber.
 * Filters by kind, owner, pupil and range; exports what it shows to XLSX. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-deadline-item.h"
#include "sendco-deadlines-export.h"
#include "sendco-deadlines-page.h"
#include "sendco-list-tooltip.h"
#include "sendco-pupil-window.h"
#include "sendco-store-deadlines.h"
#include "sendco-window.h"

typedef enum
{
  COLUMN_DUE,
  COLUMN_PUPIL,
  COLUMN_WHAT,
  COLUMN_KIND,
  COLUMN_OWNER,
  COLUMN_NOTE,
  N_COLUMNS
} ColumnKind;

/* The owner filter lists "All owners", then these. */
static const SendcoOwner owner_choices[] = {
  SENDCO_OWNER_SCHOOL, SENDCO_OWNER_LA, SENDCO_OWNER_PARENTS,
};

struct _SendcoDeadlinesPage
{
  AdwBin              parent_instance;

  /* template */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *kind_dropdown;
  GtkDropDown        *owner_dropdown;
  GtkDropDown        *range_dropdown;
  GtkLabel           *summary_label;
  GtkLabel           *showing_label;
  GtkStack           *view_stack;
  GtkColumnView      *column_view;

  SendcoStore        *store;
  GListStore         *deadlines;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  /* filter state */
  char              **search_tokens;
  char               *today;          /* ISO, when the list was read */
  char               *fortnight_end;  /* ISO: today + 14 days */
  char               *quarter_end;    /* ISO: today + 3 months */
  guint               reload_id;
  gboolean            stale;         /* the list waits for the page to be shown */
};

G_DEFINE_FINAL_TYPE (SendcoDeadlinesPage, sendco_deadlines_page, ADW_TYPE_BIN)

/* Shared helpers */

char *
sendco_deadline_describe_days (int days)
{
  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue", -days),
                            -days);
  if (days == 0)
    return g_strdup (_("Due today"));
  if (days == 1)
    return g_strdup (_("Due tomorrow"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", days), days);
}

const char *
sendco_urgency_icon_name (SendcoUrgency urgency)
{
  switch (urgency)
    {
    case SENDCO_URGENCY_OVERDUE: return "dialog-warning-symbolic";
    case SENDCO_URGENCY_SOON: return "alarm-symbolic";
    case SENDCO_URGENCY_LATER:
    default:
      return "x-office-calendar-symbolic";
    }
}

const char *
sendco_urgency_style_class (SendcoUrgency urgency)
{
  switch (urgency)
    {
    case SENDCO_URGENCY_OVERDUE: return "error";
    case SENDCO_URGENCY_SOON: return "warning";
    case SENDCO_URGENCY_LATER:
    default:
      return NULL;
    }
}

const char *
sendco_urgency_description (SendcoUrgency urgency)
{
  switch (urgency)
    {
    case SENDCO_URGENCY_OVERDUE: return _("Overdue");
    case SENDCO_URGENCY_SOON: return _("Due within 14 days");
    case SENDCO_URGENCY_LATER:
    default:
      return _("Due later");
    }
}

static void
set_style (GtkWidget *widget, const char *wanted)
{
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  gtk_widget_remove_css_class (widget, "dim-label");
  if (wanted)
    gtk_widget_add_css_class (widget, wanted);
}

/* Filtering */

static gboolean
matches (SendcoDeadlinesPage *self, SendcoDeadlineItem *item, gboolean with_range)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);
  const char *date = sendco_deadline_item_get_date (item);

  if (kind != GTK_INVALID_LIST_POSITION && kind > 0
      && sendco_deadline_item_get_kind (item) != (SendcoDeadlineKind) (kind - 1))
    return FALSE;
  if (owner != GTK_INVALID_LIST_POSITION && owner > 0 && owner <= G_N_ELEMENTS (owner_choices)
      && sendco_deadline_item_get_owner (item) != owner_choices[owner - 1])
    return FALSE;

  if (with_range)
    switch ((SendcoDeadlineRange) gtk_drop_down_get_selected (self->range_dropdown))
      {
      case SENDCO_DEADLINE_RANGE_FORTNIGHT:
        if (strcmp (date, self->fortnight_end) > 0)
          return FALSE;
        break;
      case SENDCO_DEADLINE_RANGE_QUARTER:
        if (strcmp (date, self->quarter_end) > 0)
          return FALSE;
        break;
      case SENDCO_DEADLINE_RANGE_ALL:
      default:
        break;
      }

  if (self->search_tokens)
    {
      g_autofree char *key = sendco_search_fold (sendco_deadline_item_get_pupil_name (item));

      for (guint i = 0; self->search_tokens[i]; i++)
        if (strstr (key, self->search_tokens[i]) == NULL)
          return FALSE;
    }
  return TRUE;
}

static gboolean
filter_item (gpointer item, gpointer user_data)
{
  return matches (user_data, item, TRUE);
}

/* Sorting: soonest first; the same day by pupil; else in the store's order. */

static int
compare_items (gconstpointer a, gconstpointer b, gpointer user_data)
{
  SendcoDeadlineItem *p = (SendcoDeadlineItem *) a, *q = (SendcoDeadlineItem *) b;
  ColumnKind kind = GPOINTER_TO_INT (user_data);
  int result = 0;

  switch (kind)
    {
    case COLUMN_PUPIL:
      result = g_utf8_collate (sendco_deadline_item_get_pupil_name (p),
                               sendco_deadline_item_get_pupil_name (q));
      break;
    case COLUMN_KIND:
      result = (int) sendco_deadline_item_get_kind (p) - (int) sendco_deadline_item_get_kind (q);
      break;
    case COLUMN_OWNER:
      result = (int) sendco_deadline_item_get_owner (p) - (int) sendco_deadline_item_get_owner (q);
      break;
    case COLUMN_DUE:
    case COLUMN_WHAT:
    case COLUMN_NOTE:
    case N_COLUMNS:
    default:
      break;
    }

  if (result == 0)
    result = strcmp (sendco_deadline_item_get_date (p), sendco_deadline_item_get_date (q));
  if (result == 0 && kind != COLUMN_PUPIL)
    result = g_utf8_collate (sendco_deadline_item_get_pupil_name (p),
                             sendco_deadline_item_get_pupil_name (q));

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* Cells */

static GtkWidget *
new_label (const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (style)
    gtk_widget_add_css_class (label, style);
  return label;
}

static GtkWidget *
new_inscription (guint lines, const char *style)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_min_lines (GTK_INSCRIPTION (inscription), 1);
  gtk_inscription_set_nat_lines (GTK_INSCRIPTION (inscription), lines);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 12);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), 30);
  gtk_inscription_set_wrap_mode (GTK_INSCRIPTION (inscription), PANGO_WRAP_WORD_CHAR);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_yalign (GTK_INSCRIPTION (inscription), 0);
  if (style)
    gtk_widget_add_css_class (inscription, style);
  return inscription;
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column-kind"));
  GtkWidget *child;

  switch (kind)
    {
    case COLUMN_DUE:
      {
        GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
        GtkWidget *icon = gtk_image_new ();

        child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
        gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
        gtk_box_append (GTK_BOX (child), icon);
        gtk_box_append (GTK_BOX (lines), new_label ("numeric"));
        gtk_box_append (GTK_BOX (lines), new_label ("caption"));
        gtk_box_append (GTK_BOX (child), lines);
      }
      break;
    case COLUMN_WHAT:
      child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_box_append (GTK_BOX (child), new_inscription (1, NULL));
      gtk_box_append (GTK_BOX (child), new_inscription (2, "dim-label"));
      gtk_widget_add_css_class (gtk_widget_get_last_child (child), "caption");
      break;
    case COLUMN_NOTE:
      child = new_inscription (2, "caption");
      break;
    case COLUMN_PUPIL:
    case COLUMN_KIND:
    case COLUMN_OWNER:
    case N_COLUMNS:
    default:
      child = new_label (NULL);
      break;
    }
  gtk_list_item_set_child (list_item, child);
}

static void
bind_due (SendcoDeadlinesPage *self, GtkWidget *child, SendcoDeadlineItem *item)
{
  GtkWidget *icon = gtk_widget_get_first_child (child);
  GtkWidget *lines = gtk_widget_get_last_child (child);
  GtkWidget *date = gtk_widget_get_first_child (lines);
  GtkWidget *when = gtk_widget_get_last_child (lines);
  SendcoUrgency urgency = sendco_deadline_item_get_urgency (item, self->today);
  g_autofree char *uk = sendco_iso_to_uk (sendco_deadline_item_get_date (item));
  g_autofree char *relative =
    sendco_deadline_describe_days (sendco_deadline_item_days_from (item, self->today));
  const char *style = sendco_urgency_style_class (urgency);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), sendco_urgency_icon_name (urgency));
  set_style (icon, style ? style : "dim-label");
  sendco_list_tooltip_set (child, sendco_urgency_description (urgency));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sendco_urgency_description (urgency), -1);
  gtk_label_set_text (GTK_LABEL (date), uk);
  gtk_label_set_text (GTK_LABEL (when), relative);
  set_style (when, style ? style : "dim-label");
  if (urgency == SENDCO_URGENCY_OVERDUE)
    gtk_widget_add_css_class (date, "heading");
  else
    gtk_widget_remove_css_class (date, "heading");
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column-kind"));
  SendcoDeadlinesPage *self = user_data;
  GtkWidget *child = gtk_list_item_get_child (list_item);
  SendcoDeadlineItem *item = gtk_list_item_get_item (list_item);

  switch (kind)
    {
    case COLUMN_DUE:
      bind_due (self, child, item);
      break;
    case COLUMN_PUPIL:
      gtk_label_set_text (GTK_LABEL (child), sendco_deadline_item_get_pupil_name (item));
      break;
    case COLUMN_WHAT:
      {
        GtkWidget *label = gtk_widget_get_first_child (child);
        GtkWidget *rule = gtk_widget_get_last_child (child);

        gtk_inscription_set_text (GTK_INSCRIPTION (label), sendco_deadline_item_get_label (item));
        sendco_list_tooltip_set (label, sendco_deadline_item_get_label (item));
        gtk_inscription_set_text (GTK_INSCRIPTION (rule), sendco_deadline_item_get_rule (item));
        sendco_list_tooltip_set (rule, sendco_deadline_item_get_rule (item));
      }
      break;
    case COLUMN_KIND:
      gtk_label_set_text (GTK_LABEL (child),
                          sendco_deadline_kind_name (sendco_deadline_item_get_kind (item)));
      break;
    case COLUMN_OWNER:
      gtk_label_set_text (GTK_LABEL (child),
                          sendco_owner_name (sendco_deadline_item_get_owner (item)));
      break;
    case COLUMN_NOTE:
      {
        const char *note = sendco_deadline_item_get_note (item);

        gtk_inscription_set_text (GTK_INSCRIPTION (child), note);
        sendco_list_tooltip_set (child, note[0] ? note : NULL);
      }
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
add_column (SendcoDeadlinesPage *self, ColumnKind kind, const char *title, int fixed_width,
            gboolean sortable)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "column-kind", GINT_TO_POINTER (kind));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);

  column = gtk_column_view_column_new (title, g_object_ref (factory));
  if (sortable)
    {
      g_autoptr (GtkSorter) sorter =
        GTK_SORTER (gtk_custom_sorter_new (compare_items, GINT_TO_POINTER (kind), NULL));

      gtk_column_view_column_set_sorter (column, sorter);
    }
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
}

/* The summary counts every deadline the kind, owner and pupil filters keep,
 * whatever the range. */
static void
update_summary (SendcoDeadlinesPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->deadlines));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint overdue = 0, soon = 0;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < total; i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (G_LIST_MODEL (self->deadlines), i);

      if (!matches (self, item, FALSE))
        continue;
      switch (sendco_deadline_item_get_urgency (item, self->today))
        {
        case SENDCO_URGENCY_OVERDUE:
          overdue++;
          break;
        case SENDCO_URGENCY_SOON:
          soon++;
          break;
        case SENDCO_URGENCY_LATER:
        default:
          break;
        }
    }

  if (self->store == NULL || total == 0)
    summary = g_strdup ("");
  else if (overdue > 0 && soon > 0)
    /* Translators: "4 overdue, 7 due in the next 14 days" */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue, %u due in the next 14 days",
                                            "%u overdue, %u due in the next 14 days", soon),
                               overdue, soon);
  else if (overdue > 0)
    summary = g_strdup_printf (_("%u overdue; nothing else due in the next 14 days"), overdue);
  else if (soon > 0)
    summary = g_strdup_printf (_("Nothing overdue; %u due in the next 14 days"), soon);
  else
    summary = g_strdup (_("Nothing overdue or due in the next 14 days"));
  gtk_label_set_text (self->summary_label, summary);

  if (self->store && total > 0 && shown != total)
    {
      /* Translators: "Showing 7 of 13" deadlines */
      g_autofree char *showing = g_strdup_printf (_("Showing %u of %u"), shown, total);

      gtk_label_set_text (self->showing_label, showing);
    }
  else
    gtk_label_set_text (self->showing_label, "");

  if (self->store == NULL || total == 0)
    gtk_stack_set_visible_child_name (self->view_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->view_stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->view_stack, "list");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deadlines.export", self->store && shown > 0);
}

static void
refilter (SendcoDeadlinesPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static void
reload (SendcoDeadlinesPage *self)
{
  g_autoptr (GListStore) fresh = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) items = NULL;
  GDate today, end;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->stale = FALSE;

  sendco_today (&today);
  g_free (self->today);
  self->today = sendco_date_to_iso (&today);
  end = today;
  g_date_add_days (&end, SENDCO_DEADLINE_SOON_DAYS);
  g_free (self->fortnight_end);
  self->fortnight_end = sendco_date_to_iso (&end);
  end = today;
  g_date_add_months (&end, 3);
  g_free (self->quarter_end);
  self->quarter_end = sendco_date_to_iso (&end);

  if (self->store)
    {
      fresh = sendco_store_list_deadlines (self->store, 0, &today, &error);
      if (fresh == NULL)
        g_warning ("The deadlines could not be read: %s", error->message);
    }

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; fresh && i < g_list_model_get_n_items (G_LIST_MODEL (fresh)); i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (fresh), i));
  g_list_store_splice (self->deadlines, 0, g_list_model_get_n_items (G_LIST_MODEL (self->deadlines)),
                       items->pdata, items->len);
  update_summary (self);
}

static gboolean
reload_idle (gpointer data)
{
  SendcoDeadlinesPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* The list is read when the page is first shown, not when the window
 * opens: a school has hundreds of dates, and the register comes first. */
static void
ensure_loaded (SendcoDeadlinesPage *self)
{
  if (self->stale)
    reload (self);
}

/* Any table may move a deadline; one commit may touch several. */
static void
on_store_changed (SendcoStore *store, const char *table, SendcoDeadlinesPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

static void
on_search_changed (GtkEditable *editable, SendcoDeadlinesPage *self)
{
  g_autofree char *folded = sendco_search_fold (gtk_editable_get_text (editable));

  g_clear_pointer (&self->search_tokens, g_strfreev);
  g_strstrip (folded);
  if (folded[0])
    self->search_tokens = g_strsplit (folded, " ", -1);
  refilter (self);
}

static void
on_search_stop (GtkSearchEntry *entry, SendcoDeadlinesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_filter_changed (GObject *object, GParamSpec *pspec, SendcoDeadlinesPage *self)
{
  refilter (self);
}

/* Opens the pupil's record on its Deadlines tab (the open one, if any). */
static void
open_pupil (SendcoDeadlinesPage *self, SendcoDeadlineItem *item)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GListModel *toplevels = gtk_window_get_toplevels ();
  gint64 pupil_id = sendco_deadline_item_get_pupil_id (item);
  SendcoPupilWindow *window = NULL;

  if (self->store == NULL)
    return;

  for (guint i = 0; window == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (SENDCO_IS_PUPIL_WINDOW (toplevel)
          && sendco_pupil_window_get_pupil_id (SENDCO_PUPIL_WINDOW (toplevel)) == pupil_id
          && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (root))
        window = SENDCO_PUPIL_WINDOW (toplevel);
    }
  if (window == NULL)
    window = sendco_pupil_window_new (GTK_WINDOW (root), self->store, pupil_id);
  sendco_pupil_window_show_tab (window, "deadlines");
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_row_activated (GtkColumnView *view, guint position, SendcoDeadlinesPage *self)
{
  g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item)
    open_pupil (self, item);
}

static void
clear_filters_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  sendco_deadlines_page_clear_filters (SENDCO_DEADLINES_PAGE (widget));
}

static void
on_export_response (GtkNativeDialog *chooser, int response, SendcoDeadlinesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || self->store == NULL)
    return;

  path = g_file_get_path (file);
  if (!sendco_deadlines_page_export (self, path, &error))
    {
      if (SENDCO_IS_WINDOW (root))
        sendco_window_show_error (SENDCO_WINDOW (root), _("The Deadlines Could Not Be Exported"),
                                  error->message);
      else
        g_warning ("%s", error->message);
    }
  else if (SENDCO_IS_WINDOW (root))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *text = g_strdup_printf (_("Deadlines exported to “%s”"), name);

      sendco_window_toast (SENDCO_WINDOW (root), text);
    }
}

static void
export_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoDeadlinesPage *self = SENDCO_DEADLINES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strdup_printf (_("Reviews and deadlines %s.xlsx"), self->today);

  if (self->store == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Deadlines"), GTK_WINDOW (root),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

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

static void
fill_filters (SendcoDeadlinesPage *self)
{
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) owners = gtk_string_list_new (NULL);
  g_autoptr (GListModel) ranges = NULL;

  gtk_string_list_append (kinds, _("All kinds"));
  for (SendcoDeadlineKind kind = 0; kind < SENDCO_N_DEADLINE_KINDS; kind++)
    gtk_string_list_append (kinds, sendco_deadline_kind_name (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  gtk_string_list_append (owners, _("All owners"));
  for (guint i = 0; i < G_N_ELEMENTS (owner_choices); i++)
    gtk_string_list_append (owners, sendco_owner_name (owner_choices[i]));
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owners));

  /* In the order of SendcoDeadlineRange */
  ranges = make_strings (_("All dates"), _("Overdue and next 14 days"),
                         _("Overdue and next 3 months"), NULL);
  gtk_drop_down_set_model (self->range_dropdown, ranges);
}

static void
sendco_deadlines_page_map (GtkWidget *widget)
{
  ensure_loaded (SENDCO_DEADLINES_PAGE (widget));
  GTK_WIDGET_CLASS (sendco_deadlines_page_parent_class)->map (widget);
}

static void
sendco_deadlines_page_dispose (GObject *object)
{
  SendcoDeadlinesPage *self = SENDCO_DEADLINES_PAGE (object);

  sendco_deadlines_page_set_store (self, NULL);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->column_view)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->deadlines);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_DEADLINES_PAGE);

  G_OBJECT_CLASS (sendco_deadlines_page_parent_class)->dispose (object);
}

static void
sendco_deadlines_page_finalize (GObject *object)
{
  SendcoDeadlinesPage *self = SENDCO_DEADLINES_PAGE (object);

  g_strfreev (self->search_tokens);
  g_free (self->today);
  g_free (self->fortnight_end);
  g_free (self->quarter_end);

  G_OBJECT_CLASS (sendco_deadlines_page_parent_class)->finalize (object);
}

static void
sendco_deadlines_page_class_init (SendcoDeadlinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_deadlines_page_dispose;
  object_class->finalize = sendco_deadlines_page_finalize;
  widget_class->map = sendco_deadlines_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-deadlines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SendcoDeadlinesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SendcoDeadlinesPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoDeadlinesPage, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoDeadlinesPage, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoDeadlinesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SendcoDeadlinesPage, showing_label);
  gtk_widget_class_bind_template_child (widget_class, SendcoDeadlinesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SendcoDeadlinesPage, column_view);

  gtk_widget_class_install_action (widget_class, "deadlines.clear-filters", NULL,
                                   clear_filters_activated);
  gtk_widget_class_install_action (widget_class, "deadlines.export", NULL, export_activated);
}

static void
sendco_deadlines_page_init (SendcoDeadlinesPage *self)
{
  GtkEventController *shortcuts;
  GListModel *columns;
  g_autoptr (GtkColumnViewColumn) due = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = sendco_today_iso ();
  self->fortnight_end = g_strdup (self->today);
  self->quarter_end = g_strdup (self->today);
  self->deadlines = g_list_store_new (SENDCO_TYPE_DEADLINE_ITEM);
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->deadlines)),
                                              GTK_FILTER (g_object_ref (self->filter)));

  add_column (self, COLUMN_DUE, _("Due"), 150, TRUE);
  add_column (self, COLUMN_PUPIL, _("Pupil"), 150, TRUE);
  add_column (self, COLUMN_WHAT, _("What is due"), -1, FALSE);
  add_column (self, COLUMN_KIND, _("Kind"), 165, TRUE);
  add_column (self, COLUMN_OWNER, _("Owner"), 120, TRUE);
  add_column (self, COLUMN_NOTE, _("Note"), 200, FALSE);

  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  columns = gtk_column_view_get_columns (self->column_view);
  due = g_list_model_get_item (columns, COLUMN_DUE);
  gtk_column_view_sort_by_column (self->column_view, due, GTK_SORT_ASCENDING);

  fill_filters (self);

  g_signal_connect (self->search_entry, "changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (on_search_stop), self);
  g_signal_connect (self->kind_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->owner_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->range_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_row_activated), self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  /* Ctrl+E exports the register; Ctrl+Shift+E, while this page shows, the deadlines. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                      gtk_named_action_new ("deadlines.export")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  update_summary (self);
}

void
sendco_deadlines_page_set_store (SendcoDeadlinesPage *self, SendcoStore *store)
{
  g_return_if_fail (SENDCO_IS_DEADLINES_PAGE (self));

  if (self->store == store)
    return;
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store)
    g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);

  self->stale = TRUE;
  if (store == NULL || gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

void
sendco_deadlines_page_clear_filters (SendcoDeadlinesPage *self)
{
  g_return_if_fail (SENDCO_IS_DEADLINES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->owner_dropdown, 0);
  gtk_drop_down_set_selected (self->range_dropdown, SENDCO_DEADLINE_RANGE_ALL);
}

gboolean
sendco_deadlines_page_export (SendcoDeadlinesPage *self, const char *path, GError **error)
{
  GDate today;

  g_return_val_if_fail (SENDCO_IS_DEADLINES_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  ensure_loaded (self);
  g_date_clear (&today, 1);
  sendco_date_from_iso (self->today, &today);
  return sendco_deadlines_export_xlsx (self->store, G_LIST_MODEL (self->selection), &today, path,
                                       error);
}

char *
sendco_deadlines_page_dup_summary (SendcoDeadlinesPage *self)
{
  g_return_val_if_fail (SENDCO_IS_DEADLINES_PAGE (self), NULL);
  ensure_loaded (self);
  return g_strdup (gtk_label_get_text (self->summary_label));
}

const char *
sendco_deadlines_page_get_view_name (SendcoDeadlinesPage *self)
{
  return gtk_stack_get_visible_child_name (self->view_stack);
}

/* What the list shows, in the order shown. */
GListModel *
sendco_deadlines_page_get_shown (SendcoDeadlinesPage *self)
{
  ensure_loaded (self);
  return G_LIST_MODEL (self->selection);
}

GtkEditable *
sendco_deadlines_page_get_search_entry (SendcoDeadlinesPage *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GtkDropDown *
sendco_deadlines_page_get_kind_filter (SendcoDeadlinesPage *self)
{
  return self->kind_dropdown;
}

GtkDropDown *
sendco_deadlines_page_get_owner_filter (SendcoDeadlinesPage *self)
{
  return self->owner_dropdown;
}

GtkDropDown *
sendco_deadlines_page_get_range_filter (SendcoDeadlinesPage *self)
{
  return self->range_dropdown;
}

GtkColumnView *
sendco_deadlines_page_get_column_view (SendcoDeadlinesPage *self)
{
  ensure_loaded (self);
  return self->column_view;
}

/**
 * sendco_deadlines_summarise_week:
 * @today: (nullable): sendco_today() when %NULL
 * @title: (out): "3 overdue, 5 due this week"
 * @body: (out): one line for each of the first few, "Ali Khan: Hold the
 *   annual review meeting, 10/12/2026", then how many more
 */
gboolean
sendco_deadlines_summarise_week (SendcoStore *store, const GDate *today, char **title, char **body)
{
  const guint most = 4;
  g_autoptr (GListStore) deadlines = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) lines = g_string_new (NULL);
  g_autofree char *today_iso = NULL;
  guint overdue = 0, this_week = 0, listed = 0, n;
  GDate now;

  g_return_val_if_fail (SENDCO_IS_STORE (store), FALSE);
  g_return_val_if_fail (title != NULL && body != NULL, FALSE);

  if (today && g_date_valid (today))
    now = *today;
  else
    sendco_today (&now);
  today_iso = sendco_date_to_iso (&now);

  deadlines = sendco_store_list_deadlines (store, 0, &now, &error);
  if (deadlines == NULL)
    {
      g_warning ("The deadlines could not be read: %s", error->message);
      return FALSE;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (deadlines));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (G_LIST_MODEL (deadlines), i);
      int days = sendco_deadline_item_days_from (item, today_iso);
      g_autoptr (SendcoPupil) pupil = NULL;
      g_autofree char *name = NULL, *uk = NULL;

      if (days > 7)
        break;  /* soonest first: nothing further is this week */
      if (days < 0)
        overdue++;
      else
        this_week++;
      if (listed == most)
        continue;

      pupil = sendco_store_get_pupil (store, sendco_deadline_item_get_pupil_id (item), NULL);
      name = pupil ? sendco_pupil_dup_full_name (pupil)
                   : g_strdup (sendco_deadline_item_get_pupil_name (item));
      uk = sendco_iso_to_uk (sendco_deadline_item_get_date (item));
      if (listed > 0)
        g_string_append_c (lines, '\n');
      /* Translators: a line of the notification: "Ali Khan: Hold the annual review meeting, 10/12/2026" */
      g_string_append_printf (lines, _("%s: %s, %s"), name, sendco_deadline_item_get_label (item), uk);
      listed++;
    }

  if (overdue + this_week == 0)
    return FALSE;
  if (overdue + this_week > listed)
    {
      guint more = overdue + this_week - listed;

      g_string_append_c (lines, '\n');
      g_string_append_printf (lines, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more),
                              more);
    }

  if (overdue > 0 && this_week > 0)
    /* Translators: the notification's title: "3 overdue, 5 due this week" */
    *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue, %u due this week",
                                           "%u overdue, %u due this week", this_week),
                              overdue, this_week);
  else if (overdue > 0)
    *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline overdue",
                                           "%u deadlines overdue", overdue), overdue);
  else
    *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline due this week",
                                           "%u deadlines due this week", this_week), this_week);
  *body = g_string_free (g_steal_pointer (&lines), FALSE);
  return TRUE;
}
