/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SEND register: every pupil on roll in a sortable table, with instant
 * search, filters and a summary a SENDCO can quote. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include <glib/gi18n.h>

#include "sendco-archive-dialog.h"
#include "sendco-census.h"
#include "sendco-clock.h"
#include "sendco-dates.h"
#include "sendco-pupil-window.h"
#include "sendco-register-page.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_YEAR,
  COLUMN_FORM,
  COLUMN_STATUS,
  COLUMN_PRIMARY,
  COLUMN_SECONDARY,
  COLUMN_FLAGS,
  COLUMN_SINCE,
  COLUMN_REVIEWED,
  COLUMN_MEETINGS,
  N_COLUMNS
} ColumnKind;

typedef enum
{
  FLAGS_FILTER_ALL,
  FLAGS_FILTER_LAC,
  FLAGS_FILTER_FSM,
  FLAGS_FILTER_EAL,
} FlagsFilter;

struct _SendcoRegisterPage
{
  AdwBin              parent_instance;

  /* template */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *year_dropdown;
  GtkDropDown        *need_dropdown;
  GtkDropDown        *flags_dropdown;
  GtkToggleButton    *archived_toggle;
  GtkLabel           *summary_label;
  GtkLabel           *showing_label;
  GtkStack           *view_stack;
  GtkColumnView      *column_view;

  SendcoStore        *store;
  GListStore         *pupils;       /* everyone, archived included */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  /* filter state, read by the filter function */
  char              **search_tokens;
  GArray             *year_values;  /* int per year dropdown entry after "All" */
  char               *review_cutoff;/* ISO date: reviewed before this is overdue */
  gboolean            updating_years;
};

G_DEFINE_FINAL_TYPE (SendcoRegisterPage, sendco_register_page, ADW_TYPE_BIN)

/* The need filter lists "All", then the areas, then every census code. */
#define NEED_FILTER_FIRST_AREA 1
#define NEED_FILTER_FIRST_CODE (NEED_FILTER_FIRST_AREA + SENDCO_N_AREAS)

static gboolean
pupil_has_need (SendcoPupil *pupil, guint need_choice)
{
  const char *primary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
  const char *secondary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED);
  const SendcoNeedType *types;
  guint n_types;

  types = sendco_need_types (&n_types);
  if (need_choice >= NEED_FILTER_FIRST_CODE)
    {
      const char *code = types[need_choice - NEED_FILTER_FIRST_CODE].code;

      return g_str_equal (primary, code) || g_str_equal (secondary, code);
    }
  else
    {
      SendcoArea area = need_choice - NEED_FILTER_FIRST_AREA;
      const SendcoNeedType *p = sendco_need_type_lookup (primary);
      const SendcoNeedType *s = sendco_need_type_lookup (secondary);

      return (p && p->area == area) || (s && s->area == area);
    }
}

static gboolean
filter_pupil (gpointer item, gpointer user_data)
{
  SendcoRegisterPage *self = user_data;
  SendcoPupil *pupil = item;
  const char *status = sendco_pupil_get_sen_status (pupil);
  guint choice;

  if (sendco_pupil_is_archived (pupil) && !gtk_toggle_button_get_active (self->archived_toggle))
    return FALSE;

  switch ((SendcoStatusFilter) gtk_drop_down_get_selected (self->status_dropdown))
    {
    case SENDCO_STATUS_FILTER_ANY_SEN:
      if (g_str_equal (status, "N"))
        return FALSE;
      break;
    case SENDCO_STATUS_FILTER_K:
      if (!g_str_equal (status, "K"))
        return FALSE;
      break;
    case SENDCO_STATUS_FILTER_E:
      if (!g_str_equal (status, "E"))
        return FALSE;
      break;
    case SENDCO_STATUS_FILTER_N:
      if (!g_str_equal (status, "N"))
        return FALSE;
      break;
    case SENDCO_STATUS_FILTER_MONITORING:
      if (!sendco_pupil_get_monitoring (pupil))
        return FALSE;
      break;
    case SENDCO_STATUS_FILTER_ALL:
    default:
      break;
    }

  choice = gtk_drop_down_get_selected (self->year_dropdown);
  if (choice != GTK_INVALID_LIST_POSITION && choice > 0 && choice <= self->year_values->len
      && sendco_pupil_get_year_group (pupil) != g_array_index (self->year_values, int, choice - 1))
    return FALSE;

  choice = gtk_drop_down_get_selected (self->need_dropdown);
  if (choice != GTK_INVALID_LIST_POSITION && choice > 0 && !pupil_has_need (pupil, choice))
    return FALSE;

  switch ((FlagsFilter) gtk_drop_down_get_selected (self->flags_dropdown))
    {
    case FLAGS_FILTER_LAC:
      if (!sendco_pupil_get_lac (pupil))
        return FALSE;
      break;
    case FLAGS_FILTER_FSM:
      if (!sendco_pupil_get_fsm (pupil))
        return FALSE;
      break;
    case FLAGS_FILTER_EAL:
      if (!sendco_pupil_get_eal (pupil))
        return FALSE;
      break;
    case FLAGS_FILTER_ALL:
    default:
      break;
    }

  if (self->search_tokens)
    {
      const char *key = sendco_pupil_get_search_key (pupil);

      for (guint i = 0; self->search_tokens[i]; i++)
        if (strstr (key, self->search_tokens[i]) == NULL)
          return FALSE;
    }

  return TRUE;
}

static int
status_rank (SendcoPupil *pupil)
{
  const char *status = sendco_pupil_get_sen_status (pupil);

  if (g_str_equal (status, "E"))
    return 0;
  if (g_str_equal (status, "K"))
    return 1;
  return sendco_pupil_get_monitoring (pupil) ? 2 : 3;
}

/* Empty values sort last whichever way. */
static int
compare_text (const char *a, const char *b)
{
  if (a[0] == '\0' || b[0] == '\0')
    return (a[0] == '\0') - (b[0] == '\0');
  return g_utf8_collate (a, b);
}

static int
compare_pupils (gconstpointer a, gconstpointer b, gpointer user_data)
{
  SendcoPupil *p = (SendcoPupil *) a, *q = (SendcoPupil *) b;
  ColumnKind kind = GPOINTER_TO_INT (user_data);
  int result = 0;

  switch (kind)
    {
    case COLUMN_YEAR:
      result = sendco_pupil_get_year_group (p) - sendco_pupil_get_year_group (q);
      break;
    case COLUMN_FORM:
      result = sendco_pupil_get_year_group (p) - sendco_pupil_get_year_group (q);
      if (result == 0)
        result = compare_text (sendco_pupil_get_text (p, SENDCO_PUPIL_FORM),
                               sendco_pupil_get_text (q, SENDCO_PUPIL_FORM));
      break;
    case COLUMN_STATUS:
      result = status_rank (p) - status_rank (q);
      break;
    case COLUMN_PRIMARY:
      result = compare_text (sendco_pupil_get_text (p, SENDCO_PUPIL_PRIMARY_NEED),
                             sendco_pupil_get_text (q, SENDCO_PUPIL_PRIMARY_NEED));
      break;
    case COLUMN_SECONDARY:
      result = compare_text (sendco_pupil_get_text (p, SENDCO_PUPIL_SECONDARY_NEED),
                             sendco_pupil_get_text (q, SENDCO_PUPIL_SECONDARY_NEED));
      break;
    case COLUMN_FLAGS:
      {
        int fp = sendco_pupil_get_lac (p) * 4 + sendco_pupil_get_fsm (p) * 2 + sendco_pupil_get_eal (p);
        int fq = sendco_pupil_get_lac (q) * 4 + sendco_pupil_get_fsm (q) * 2 + sendco_pupil_get_eal (q);

        result = fq - fp;
      }
      break;
    case COLUMN_SINCE:
      result = compare_text (sendco_pupil_get_text (p, SENDCO_PUPIL_ON_REGISTER_SINCE),
                             sendco_pupil_get_text (q, SENDCO_PUPIL_ON_REGISTER_SINCE));
      break;
    case COLUMN_REVIEWED:
      result = compare_text (sendco_pupil_get_text (p, SENDCO_PUPIL_LAST_REVIEWED),
                             sendco_pupil_get_text (q, SENDCO_PUPIL_LAST_REVIEWED));
      break;
    case COLUMN_MEETINGS:
      result = sendco_pupil_get_parent_meetings (p) - sendco_pupil_get_parent_meetings (q);
      break;
    case COLUMN_NAME:
    case N_COLUMNS:
    default:
      break;
    }

  if (result == 0)
    result = strcmp (sendco_pupil_get_sort_key (p), sendco_pupil_get_sort_key (q));
  if (result == 0)
    result = (sendco_pupil_get_id (p) > sendco_pupil_get_id (q))
             - (sendco_pupil_get_id (p) < sendco_pupil_get_id (q));

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
setup_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column-kind"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Status pills hug their text rather than filling the cell. */
  if (kind == COLUMN_STATUS)
    gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_list_item_set_child (item, label);
}

static void
set_classes (GtkWidget *widget, const char *wanted)
{
  static const char *all[] = {
    "sendco-status", "sendco-status-e", "sendco-status-k", "sendco-status-n",
    "sendco-status-monitoring", "sendco-status-left", "dim-label", "warning", NULL
  };
  g_auto (GStrv) add = wanted ? g_strsplit (wanted, " ", -1) : NULL;

  for (guint i = 0; all[i]; i++)
    gtk_widget_remove_css_class (widget, all[i]);
  for (guint i = 0; add && add[i]; i++)
    if (add[i][0])
      gtk_widget_add_css_class (widget, add[i]);
}

static char *
status_text (SendcoPupil *pupil, const char **classes)
{
  const char *status = sendco_pupil_get_sen_status (pupil);
  gboolean monitoring = sendco_pupil_get_monitoring (pupil);

  if (sendco_pupil_is_archived (pupil))
    {
      g_autofree char *left = sendco_iso_to_uk (sendco_pupil_get_text (pupil, SENDCO_PUPIL_ARCHIVED_ON));

      *classes = "sendco-status sendco-status-left";
      return g_strdup_printf (_("Left %s"), left);
    }
  if (g_str_equal (status, "E"))
    {
      *classes = "sendco-status sendco-status-e";
      return g_strdup (monitoring ? _("EHC plan · Monitoring") : _("EHC plan"));
    }
  if (g_str_equal (status, "K"))
    {
      *classes = "sendco-status sendco-status-k";
      return g_strdup (monitoring ? _("SEN support · Monitoring") : _("SEN support"));
    }
  if (monitoring)
    {
      *classes = "sendco-status sendco-status-monitoring";
      return g_strdup (_("Monitoring"));
    }
  *classes = "sendco-status-n dim-label";
  return g_strdup (_("No SEN"));
}

static void
bind_cell (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column-kind"));
  SendcoRegisterPage *self = user_data;
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  SendcoPupil *pupil = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;
  const char *classes = NULL;
  const char *tooltip = NULL;

  switch (kind)
    {
    case COLUMN_NAME:
      text = sendco_pupil_dup_display_name (pupil);
      break;
    case COLUMN_YEAR:
      text = sendco_year_group_short_label (sendco_pupil_get_year_group (pupil));
      break;
    case COLUMN_FORM:
      text = g_strdup (sendco_pupil_get_text (pupil, SENDCO_PUPIL_FORM));
      break;
    case COLUMN_STATUS:
      text = status_text (pupil, &classes);
      if (sendco_pupil_get_monitoring (pupil))
        tooltip = sendco_pupil_get_text (pupil, SENDCO_PUPIL_MONITORING_NOTE);
      break;
    case COLUMN_PRIMARY:
    case COLUMN_SECONDARY:
      {
        const char *code = sendco_pupil_get_text (pupil, kind == COLUMN_PRIMARY
                                                           ? SENDCO_PUPIL_PRIMARY_NEED
                                                           : SENDCO_PUPIL_SECONDARY_NEED);
        const SendcoNeedType *type = sendco_need_type_lookup (code);

        text = g_strdup (code);
        if (type)
          tooltip = _(type->name);
      }
      break;
    case COLUMN_FLAGS:
      text = sendco_pupil_dup_flags_label (pupil);
      break;
    case COLUMN_SINCE:
      text = sendco_iso_to_uk (sendco_pupil_get_text (pupil, SENDCO_PUPIL_ON_REGISTER_SINCE));
      break;
    case COLUMN_REVIEWED:
      {
        const char *reviewed = sendco_pupil_get_text (pupil, SENDCO_PUPIL_LAST_REVIEWED);
        gboolean on_register = !g_str_equal (sendco_pupil_get_sen_status (pupil), "N");

        text = sendco_iso_to_uk (reviewed);
        if (on_register && !sendco_pupil_is_archived (pupil) && reviewed[0] == '\0')
          {
            g_free (text);
            text = g_strdup (_("Never"));
            classes = "warning";
            tooltip = _("This pupil’s support has never been reviewed");
          }
        else if (on_register && !sendco_pupil_is_archived (pupil)
                 && strcmp (reviewed, self->review_cutoff) < 0)
          {
            classes = "warning";
            tooltip = _("Due for review: last reviewed more than six months ago");
          }
      }
      break;
    case COLUMN_MEETINGS:
      /* The Code expects three meetings a year with the parents of a pupil with SEN. */
      if (!g_str_equal (sendco_pupil_get_sen_status (pupil), "N") && !sendco_pupil_is_archived (pupil))
        {
          text = g_strdup_printf (_("%d of 3"), sendco_pupil_get_parent_meetings (pupil));
          tooltip = _("Meetings with the parents this school year, against the three the SEND Code of Practice expects");
        }
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  if (classes == NULL && sendco_pupil_is_archived (pupil))
    classes = "dim-label";

  gtk_label_set_text (label, text ? text : "");
  set_classes (GTK_WIDGET (label), classes);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip && tooltip[0] ? tooltip : NULL);
}

static void
add_column (SendcoRegisterPage *self, ColumnKind kind, const char *title, int fixed_width)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkSorter) sorter = NULL;
  g_autoptr (GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "column-kind", GINT_TO_POINTER (kind));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_pupils, GINT_TO_POINTER (kind), NULL));
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
}

static void
update_summary (SendcoRegisterPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->pupils));
  guint on_roll = 0, k = 0, e = 0, monitoring = 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *sen = NULL, *ehc = NULL, *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (self->pupils), i);
      const char *status = sendco_pupil_get_sen_status (pupil);

      if (sendco_pupil_is_archived (pupil))
        continue;
      on_roll++;
      k += g_str_equal (status, "K");
      e += g_str_equal (status, "E");
      monitoring += sendco_pupil_get_monitoring (pupil);
    }

  if (self->store == NULL || on_roll == 0)
    gtk_label_set_text (self->summary_label, "");
  else
    {
      /* Translators: the first part of "61 at SEN support, 10 with EHC plans: 16.9% of 420 on roll" */
      sen = g_strdup_printf (_("%u at SEN support"), k);
      ehc = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u with an EHC plan", "%u with EHC plans", e), e);
      /* Translators: "61 at SEN support, 10 with EHC plans: 16.9% of 420 on roll" */
      summary = g_strdup_printf (_("%s, %s: %.1f%% of %u on roll"), sen, ehc,
                                 100.0 * (k + e) / on_roll, on_roll);
      if (monitoring > 0)
        {
          g_autofree char *with = g_strdup_printf (_("%s · %u on the monitoring list"), summary, monitoring);

          g_free (summary);
          summary = g_steal_pointer (&with);
        }
      gtk_label_set_text (self->summary_label, summary);
    }

  if (shown != on_roll || gtk_toggle_button_get_active (self->archived_toggle))
    {
      g_autofree char *showing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "Showing %u pupil",
                                                                "Showing %u pupils", shown),
                                                  shown);
      gtk_label_set_text (self->showing_label, showing);
    }
  else
    gtk_label_set_text (self->showing_label, "");

  if (self->store == NULL || (on_roll == 0 && !gtk_toggle_button_get_active (self->archived_toggle)))
    gtk_stack_set_visible_child_name (self->view_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->view_stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->view_stack, "list");
}

static void
refilter (SendcoRegisterPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static void
update_year_choices (SendcoRegisterPage *self)
{
  g_autoptr (GtkStringList) strings = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->pupils));
  gboolean present[SENDCO_YEAR_MAX + 2] = { FALSE };
  int selected_year = G_MININT;
  guint choice = gtk_drop_down_get_selected (self->year_dropdown), new_choice = 0;

  if (choice != GTK_INVALID_LIST_POSITION && choice > 0 && choice <= self->year_values->len)
    selected_year = g_array_index (self->year_values, int, choice - 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (self->pupils), i);

      present[sendco_pupil_get_year_group (pupil) + 1] = TRUE;
    }

  g_array_set_size (self->year_values, 0);
  gtk_string_list_append (strings, _("All year groups"));
  for (int year = SENDCO_YEAR_NURSERY; year <= SENDCO_YEAR_MAX; year++)
    {
      g_autofree char *label = NULL;

      if (!present[year + 1])
        continue;
      label = sendco_year_group_label (year);
      gtk_string_list_append (strings, label);
      g_array_append_val (self->year_values, year);
      if (year == selected_year)
        new_choice = self->year_values->len;
    }

  self->updating_years = TRUE;
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (self->year_dropdown, new_choice);
  self->updating_years = FALSE;
}

/* Brings the list in line with the store, keeping the objects (and so the
 * selection and scroll position) of pupils whose record did not change. */
static void
reload (SendcoRegisterPage *self)
{
  g_autoptr (GListStore) fresh = NULL;
  g_autoptr (GHashTable) by_id = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDate) cutoff = g_date_new ();
  guint n;

  sendco_today (cutoff);
  g_date_subtract_months (cutoff, 6);
  g_free (self->review_cutoff);
  self->review_cutoff = sendco_date_to_iso (cutoff);

  if (self->store == NULL)
    {
      g_list_store_remove_all (self->pupils);
      update_year_choices (self);
      update_summary (self);
      return;
    }

  fresh = sendco_store_list_pupils (self->store, TRUE, &error);
  if (fresh == NULL)
    {
      g_warning ("The register could not be read: %s", error->message);
      return;
    }

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  n = g_list_model_get_n_items (G_LIST_MODEL (fresh));
  for (guint i = 0; i < n; i++)
    {
      SendcoPupil *pupil = g_list_model_get_item (G_LIST_MODEL (fresh), i);
      gint64 *key = g_new (gint64, 1);

      *key = sendco_pupil_get_id (pupil);
      g_object_set_data_full (G_OBJECT (pupil), "register-id", key, g_free);
      g_hash_table_insert (by_id, key, pupil);
    }

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->pupils)); i-- > 0;)
    {
      g_autoptr (SendcoPupil) old = g_list_model_get_item (G_LIST_MODEL (self->pupils), i);
      gint64 id = sendco_pupil_get_id (old);
      SendcoPupil *now = g_hash_table_lookup (by_id, &id);

      if (now == NULL)
        g_list_store_remove (self->pupils, i);
      else
        {
          if (!sendco_pupil_equal_record (old, now))
            g_list_store_splice (self->pupils, i, 1, (gpointer *) &now, 1);
          g_hash_table_remove (by_id, &id);
        }
    }

  if (g_hash_table_size (by_id) > 0)
    {
      g_autoptr (GPtrArray) added = g_ptr_array_new ();

      /* In record order, so a fresh list reads the same every time. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (fresh), i);
          gint64 id = sendco_pupil_get_id (pupil);

          if (g_hash_table_contains (by_id, &id))
            g_ptr_array_add (added, pupil);
        }
      g_list_store_splice (self->pupils, g_list_model_get_n_items (G_LIST_MODEL (self->pupils)), 0,
                           added->pdata, added->len);
    }

  update_year_choices (self);
  update_summary (self);
}

static void
on_pupils_changed (SendcoStore *store, const char *table, SendcoRegisterPage *self)
{
  reload (self);
}

static void
on_search_changed (GtkEditable *editable, SendcoRegisterPage *self)
{
  g_autofree char *folded = sendco_search_fold (gtk_editable_get_text (editable));

  g_clear_pointer (&self->search_tokens, g_strfreev);
  g_strstrip (folded);
  if (folded[0])
    self->search_tokens = g_strsplit (folded, " ", -1);
  refilter (self);
}

static void
on_filter_changed (GObject *object, GParamSpec *pspec, SendcoRegisterPage *self)
{
  if (!self->updating_years)
    refilter (self);
}

static void
on_search_stop (GtkSearchEntry *entry, SendcoRegisterPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static SendcoPupil *
selected_pupil (SendcoRegisterPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
open_pupil (SendcoRegisterPage *self, SendcoPupil *pupil)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SendcoPupilWindow *window;

  if (pupil == NULL || self->store == NULL)
    return;
  window = sendco_pupil_window_new (GTK_WINDOW (root), self->store, sendco_pupil_get_id (pupil));
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_row_activated (GtkColumnView *view, guint position, SendcoRegisterPage *self)
{
  g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  open_pupil (self, pupil);
}

static void
open_selected_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoRegisterPage *self = SENDCO_REGISTER_PAGE (widget);

  open_pupil (self, selected_pupil (self));
}

static void
archive_selected_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoRegisterPage *self = SENDCO_REGISTER_PAGE (widget);
  SendcoPupil *pupil = selected_pupil (self);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (pupil == NULL || self->store == NULL || sendco_pupil_is_archived (pupil))
    return;
  sendco_archive_dialog_present (GTK_WINDOW (root), self->store, pupil);
}

static void
clear_filters_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  sendco_register_page_clear_filters (SENDCO_REGISTER_PAGE (widget));
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
fill_filters (SendcoRegisterPage *self)
{
  g_autoptr (GListModel) status = NULL, flags = NULL;
  g_autoptr (GtkStringList) needs = gtk_string_list_new (NULL);
  const SendcoNeedType *types;
  guint n_types;

  status = make_strings (_("All pupils"), _("On the SEN register (K or E)"), _("SEN support (K)"),
                         _("EHC plan (E)"), _("No SEN (N)"), _("Monitoring list"), NULL);
  gtk_drop_down_set_model (self->status_dropdown, status);

  gtk_string_list_append (needs, _("All areas of need"));
  for (SendcoArea area = 0; area < SENDCO_N_AREAS; area++)
    gtk_string_list_append (needs, sendco_area_name (area));
  types = sendco_need_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s: %s", types[i].code, _(types[i].name));

      gtk_string_list_append (needs, label);
    }
  gtk_drop_down_set_model (self->need_dropdown, G_LIST_MODEL (needs));

  flags = make_strings (_("All flags"), _("Looked-after (LAC)"), _("Pupil premium (PP)"),
                        _("EAL"), NULL);
  gtk_drop_down_set_model (self->flags_dropdown, flags);
}

static void
sendco_register_page_dispose (GObject *object)
{
  SendcoRegisterPage *self = SENDCO_REGISTER_PAGE (object);

  sendco_register_page_set_store (self, NULL);
  if (self->column_view)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->pupils);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_REGISTER_PAGE);

  G_OBJECT_CLASS (sendco_register_page_parent_class)->dispose (object);
}

static void
sendco_register_page_finalize (GObject *object)
{
  SendcoRegisterPage *self = SENDCO_REGISTER_PAGE (object);

  g_strfreev (self->search_tokens);
  g_array_unref (self->year_values);
  g_free (self->review_cutoff);

  G_OBJECT_CLASS (sendco_register_page_parent_class)->finalize (object);
}

static void
sendco_register_page_class_init (SendcoRegisterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_register_page_dispose;
  object_class->finalize = sendco_register_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-register-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, need_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, flags_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, archived_toggle);
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, showing_label);
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, column_view);

  gtk_widget_class_install_action (widget_class, "register.clear-filters", NULL,
                                   clear_filters_activated);
  gtk_widget_class_install_action (widget_class, "register.archive-selected", NULL,
                                   archive_selected_activated);
  gtk_widget_class_install_action (widget_class, "register.open-selected", NULL,
                                   open_selected_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "register.archive-selected", NULL);
}

static void
sendco_register_page_init (SendcoRegisterPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->year_values = g_array_new (FALSE, FALSE, sizeof (int));
  self->review_cutoff = g_strdup ("");
  self->pupils = g_list_store_new (SENDCO_TYPE_PUPIL);
  self->filter = gtk_custom_filter_new (filter_pupil, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->pupils)),
                                              GTK_FILTER (g_object_ref (self->filter)));

  add_column (self, COLUMN_NAME, _("Name"), -1);
  add_column (self, COLUMN_YEAR, _("Year"), 52);
  add_column (self, COLUMN_FORM, _("Form"), 84);
  add_column (self, COLUMN_STATUS, _("SEN status"), 164);
  add_column (self, COLUMN_PRIMARY, _("Primary need"), 108);
  add_column (self, COLUMN_SECONDARY, _("Secondary need"), 118);
  add_column (self, COLUMN_FLAGS, _("Flags"), 96);
  /* Translators: a column: the date the pupil joined the SEN register */
  add_column (self, COLUMN_SINCE, _("On register"), 104);
  add_column (self, COLUMN_REVIEWED, _("Last reviewed"), 108);
  /* Translators: a column: parent meetings this school year, "2 of 3" */
  add_column (self, COLUMN_MEETINGS, _("Meetings"), 84);

  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  {
    GListModel *columns = gtk_column_view_get_columns (self->column_view);
    g_autoptr (GtkColumnViewColumn) name = g_list_model_get_item (columns, 0);

    gtk_column_view_sort_by_column (self->column_view, name, GTK_SORT_ASCENDING);
  }

  fill_filters (self);

  g_signal_connect (self->search_entry, "changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (on_search_stop), self);
  g_signal_connect (self->status_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->year_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->need_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->flags_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->archived_toggle, "notify::active", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_row_activated), self);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  update_summary (self);
}

void
sendco_register_page_set_store (SendcoRegisterPage *self, SendcoStore *store)
{
  g_return_if_fail (SENDCO_IS_REGISTER_PAGE (self));

  if (self->store == store)
    return;
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store)
    {
      g_signal_connect (store, "changed::pupil", G_CALLBACK (on_pupils_changed), self);
      g_signal_connect (store, "changed::sen_period", G_CALLBACK (on_pupils_changed), self);
    }

  g_list_store_remove_all (self->pupils);
  reload (self);
}

SendcoStore *
sendco_register_page_get_store (SendcoRegisterPage *self)
{
  g_return_val_if_fail (SENDCO_IS_REGISTER_PAGE (self), NULL);
  return self->store;
}

void
sendco_register_page_focus_search (SendcoRegisterPage *self)
{
  g_return_if_fail (SENDCO_IS_REGISTER_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
sendco_register_page_clear_filters (SendcoRegisterPage *self)
{
  g_return_if_fail (SENDCO_IS_REGISTER_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->year_dropdown, 0);
  gtk_drop_down_set_selected (self->need_dropdown, 0);
  gtk_drop_down_set_selected (self->flags_dropdown, 0);
  gtk_toggle_button_set_active (self->archived_toggle, FALSE);
}

char *
sendco_register_page_dup_summary (SendcoRegisterPage *self)
{
  g_return_val_if_fail (SENDCO_IS_REGISTER_PAGE (self), NULL);
  return g_strdup (gtk_label_get_text (self->summary_label));
}

GtkEditable *
sendco_register_page_get_search_entry (SendcoRegisterPage *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GtkDropDown *
sendco_register_page_get_status_filter (SendcoRegisterPage *self)
{
  return self->status_dropdown;
}

GtkDropDown *
sendco_register_page_get_year_filter (SendcoRegisterPage *self)
{
  return self->year_dropdown;
}

GtkDropDown *
sendco_register_page_get_need_filter (SendcoRegisterPage *self)
{
  return self->need_dropdown;
}

GtkDropDown *
sendco_register_page_get_flags_filter (SendcoRegisterPage *self)
{
  return self->flags_dropdown;
}

GtkToggleButton *
sendco_register_page_get_archived_toggle (SendcoRegisterPage *self)
{
  return self->archived_toggle;
}

GtkColumnView *
sendco_register_page_get_column_view (SendcoRegisterPage *self)
{
  return self->column_view;
}

/* What the table shows, in the order shown. */
GListModel *
sendco_register_page_get_shown (SendcoRegisterPage *self)
{
  return G_LIST_MODEL (self->selection);
}

const char *
sendco_register_page_get_view_name (SendcoRegisterPage *self)
{
  return gtk_stack_get_visible_child_name (self->view_stack);
}
