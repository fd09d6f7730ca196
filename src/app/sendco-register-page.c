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
#include "sendco-row-model.h"
#include "sendco-table-row.h"

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
  GtkColumnView      *column_view;  /* the header */
  GtkListView        *list_view;    /* the rows */

  SendcoStore        *store;
  GListStore         *pupils;       /* everyone, archived included */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  SendcoRowModel     *rows;         /* stable rows over sorted, for the view */
  GtkSingleSelection *selection;
  SendcoPupil        *selected;     /* who is selected, whatever their position */

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

static char *
status_text (SendcoPupil *pupil, SendcoCellStyle *style)
{
  const char *status = sendco_pupil_get_sen_status (pupil);
  gboolean monitoring = sendco_pupil_get_monitoring (pupil);

  if (sendco_pupil_is_archived (pupil))
    {
      g_autofree char *left = sendco_iso_to_uk (sendco_pupil_get_text (pupil, SENDCO_PUPIL_ARCHIVED_ON));

      *style = SENDCO_CELL_PILL_GREY;
      return g_strdup_printf (_("Left %s"), left);
    }
  if (g_str_equal (status, "E"))
    {
      *style = SENDCO_CELL_PILL_PURPLE;
      return g_strdup (monitoring ? _("EHC plan · Monitoring") : _("EHC plan"));
    }
  if (g_str_equal (status, "K"))
    {
      *style = SENDCO_CELL_PILL_BLUE;
      return g_strdup (monitoring ? _("SEN support · Monitoring") : _("SEN support"));
    }
  if (monitoring)
    {
      *style = SENDCO_CELL_PILL_AMBER;
      return g_strdup (_("Monitoring"));
    }
  *style = SENDCO_CELL_DIM;
  return g_strdup (_("No SEN"));
}

static void
fill_cell (gpointer item, guint column, SendcoCell *cell, gpointer user_data)
{
  SendcoRegisterPage *self = user_data;
  SendcoPupil *pupil = sendco_row_get_item (item);
  ColumnKind kind = column;
  g_autofree char *text = NULL;
  SendcoCellStyle style = SENDCO_CELL_PLAIN;
  const char *tooltip = NULL;

  if (pupil == NULL)
    return;

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
      text = status_text (pupil, &style);
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
            style = SENDCO_CELL_WARNING;
            tooltip = _("This pupil’s support has never been reviewed");
          }
        else if (on_register && !sendco_pupil_is_archived (pupil)
                 && strcmp (reviewed, self->review_cutoff) < 0)
          {
            style = SENDCO_CELL_WARNING;
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

  if (style == SENDCO_CELL_PLAIN && sendco_pupil_is_archived (pupil))
    style = SENDCO_CELL_DIM;

  cell->text = g_steal_pointer (&text);
  cell->style = style;
  cell->tooltip = tooltip && tooltip[0] ? g_strdup (tooltip) : NULL;
}

static void
on_row_item_changed (SendcoRow *row, GParamSpec *pspec, SendcoTableRow *widget)
{
  sendco_table_row_refresh (widget);
}

static void
setup_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  SendcoRegisterPage *self = user_data;

  gtk_list_item_set_child (item, sendco_table_row_new (gtk_column_view_get_columns (self->column_view),
                                                       fill_cell, self));
}

static void
bind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  SendcoRow *row = gtk_list_item_get_item (item);
  SendcoTableRow *widget = SENDCO_TABLE_ROW (gtk_list_item_get_child (item));

  sendco_table_row_set_item (widget, row);
  g_signal_connect_object (row, "notify::item", G_CALLBACK (on_row_item_changed), widget, 0);
}

static void
unbind_row (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_row_item_changed,
                                        gtk_list_item_get_child (item));
}

/* A column of the header: its title, sorter and width; the rows draw it. */
static void
add_column (SendcoRegisterPage *self, ColumnKind kind, const char *title, int fixed_width)
{
  g_autoptr (GtkSorter) sorter = NULL;
  g_autoptr (GtkColumnViewColumn) column = NULL;

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_pupils, GINT_TO_POINTER (kind), NULL));
  column = gtk_column_view_column_new (title, NULL);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  g_signal_connect_swapped (column, "notify::fixed-width", G_CALLBACK (gtk_widget_queue_draw),
                            self->list_view);
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
  SendcoRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row ? sendco_row_get_item (row) : NULL;
}

static void
on_selected_changed (GtkSingleSelection *selection, GParamSpec *pspec, SendcoRegisterPage *self)
{
  g_set_object (&self->selected, selected_pupil (self));
}

/* Rows show whoever is at their position now: keep the selection on the
 * pupil who was selected, wherever they have moved, or clear it. */
static void
on_sorted_changed (GListModel *sorted, guint position, guint removed, guint added,
                   SendcoRegisterPage *self)
{
  g_autoptr (SendcoPupil) keep = self->selected ? g_object_ref (self->selected) : NULL;
  guint at;

  if (keep == NULL || selected_pupil (self) == keep)
    return;
  at = sendco_row_model_find (self->rows, keep);
  g_signal_handlers_block_by_func (self->selection, on_selected_changed, self);
  gtk_single_selection_set_selected (self->selection, at == G_MAXUINT ? GTK_INVALID_LIST_POSITION : at);
  g_signal_handlers_unblock_by_func (self->selection, on_selected_changed, self);
  if (at == G_MAXUINT)
    g_clear_object (&self->selected);
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
on_row_activated (GtkListView *view, guint position, SendcoRegisterPage *self)
{
  g_autoptr (SendcoRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row)
    open_pupil (self, sendco_row_get_item (row));
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
  if (self->list_view)
    gtk_list_view_set_model (self->list_view, NULL);
  if (self->column_view)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  if (self->sorted)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  g_clear_object (&self->rows);
  g_clear_object (&self->sorted);
  g_clear_object (&self->selected);
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
  gtk_widget_class_bind_template_child (widget_class, SendcoRegisterPage, list_view);

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
  self->rows = sendco_row_model_new (G_LIST_MODEL (self->sorted));
  /* After the rows have followed the change. */
  g_signal_connect_after (self->sorted, "items-changed", G_CALLBACK (on_sorted_changed), self);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selected_changed), self);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  {
    g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
    g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
    gtk_list_view_set_factory (self->list_view, factory);
  }
  /* The header shows no rows of its own. */
  {
    GListModel *nothing = G_LIST_MODEL (g_list_store_new (SENDCO_TYPE_PUPIL));
    g_autoptr (GtkNoSelection) none = gtk_no_selection_new (nothing);

    gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (none));
  }
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
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_row_activated), self);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
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

/* The pupils the table shows, in the order shown. */
GListModel *
sendco_register_page_get_shown (SendcoRegisterPage *self)
{
  return G_LIST_MODEL (self->sorted);
}

/* The selection over the rows: positions as in get_shown(). */
GtkSingleSelection *
sendco_register_page_get_selection (SendcoRegisterPage *self)
{
  g_return_val_if_fail (SENDCO_IS_REGISTER_PAGE (self), NULL);
  return self->selection;
}

/* The pupil whose row is selected, or NULL. */
SendcoPupil *
sendco_register_page_get_selected (SendcoRegisterPage *self)
{
  g_return_val_if_fail (SENDCO_IS_REGISTER_PAGE (self), NULL);
  return selected_pupil (self);
}

const char *
sendco_register_page_get_view_name (SendcoRegisterPage *self)
{
  return gtk_stack_get_visible_child_name (self->view_stack);
}
