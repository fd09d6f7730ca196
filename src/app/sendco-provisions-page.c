/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision library and the staff who deliver it, the main window's
 * Provisions page. Provisions: each intervention with its area of need,
 * wave, who delivers it, how often, when it runs, the pupils on it now and
 * what it costs this school year, searchable, sortable and filtered by area
 * and wave; retired provisions on request. Staff: each person with their
 * role, hourly cost and hours. Both follow the store as it changes, so a
 * new hourly rate shows in every provision's cost at once. Nothing is ever
 * deleted: provisions and staff are retired, with Undo. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-provisions-page.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-clock.h"
#include "sendco-list-tooltip.h"
#include "sendco-costing.h"
#include "sendco-dates.h"
#include "sendco-provision-item.h"
#include "sendco-provision-map.h"
#include "sendco-provision-ui.h"
#include "sendco-provision-window.h"
#include "sendco-staff-item.h"
#include "sendco-staff-window.h"
#include "sendco-store-provision.h"

typedef enum
{
  COLUMN_NAME,
  COLUMN_AREA,
  COLUMN_STAFF,
  COLUMN_SESSIONS,
  COLUMN_RUNS,
  COLUMN_PUPILS,
  COLUMN_COST,
  COLUMN_MENU,
  N_COLUMNS
} ColumnKind;

typedef enum
{
  STAFF_NAME,
  STAFF_ROLE,
  STAFF_RATE,
  STAFF_HOURS,
  STAFF_DELIVERS,
  STAFF_MENU,
  N_STAFF_COLUMNS
} StaffColumnKind;

struct _SendcoProvisionsPage
{
  AdwBin              parent_instance;

  /* template */
  GtkStack           *section_stack;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *area_dropdown;
  GtkDropDown        *wave_dropdown;
  GtkCheckButton     *retired_check;
  GtkLabel           *summary_label;
  GtkLabel           *budget_label;
  GtkStack           *provisions_stack;
  GtkColumnView      *provisions_view;
  GtkWidget          *empty_staff_hint;
  GtkSearchEntry     *staff_search_entry;
  GtkCheckButton     *staff_retired_check;
  GtkLabel           *staff_summary_label;
  GtkStack           *staff_stack;
  GtkColumnView      *staff_view;

  SendcoStore        *store;
  GListStore         *provisions;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GListStore         *staff;
  GtkCustomFilter    *staff_filter;
  GtkFilterListModel *staff_filtered;
  GtkSortListModel   *staff_sorted;
  GtkSingleSelection *staff_selection;

  char              **search_tokens;
  char              **staff_tokens;
  char               *today;
  guint               reload_id;
  gboolean            stale;         /* the lists wait for the page to be shown */
};

G_DEFINE_FINAL_TYPE (SendcoProvisionsPage, sendco_provisions_page, ADW_TYPE_BIN)

static GtkWindow *
parent_window (SendcoProvisionsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (SendcoProvisionsPage *self, const char *heading, const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast (SendcoProvisionsPage *self, const char *text)
{
  SendcoWindow *window = sendco_main_window_for (GTK_WIDGET (self));

  if (window)
    sendco_window_toast (window, text);
}

/* Filling the lists */

static void
update_summary (SendcoProvisionsPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->provisions));
  guint active = 0, staff_total = g_list_model_get_n_items (G_LIST_MODEL (self->staff)), staff_active = 0;
  gint64 year = 0, budget = self->store ? sendco_store_get_sen_budget (self->store) : 0;
  g_autoptr (GHashTable) pupils = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *year_text = NULL, *summary = NULL, *budget_text = NULL;
  g_autofree char *pupils_now = NULL, *count = NULL;
  guint n_pupils;

  for (guint i = 0; i < total; i++)
    {
      g_autoptr (SendcoProvisionItem) item = g_list_model_get_item (G_LIST_MODEL (self->provisions), i);
      const SendcoProvisionCosting *costing = sendco_provision_item_get_costing (item);
      GPtrArray *ids = g_object_get_data (G_OBJECT (item), "sendco-pupils-now");

      if (sendco_provision_item_get_retired (item))
        continue;
      active++;
      if (costing->this_year && costing->pupils > 0)
        year += costing->cost.year;
      for (guint j = 0; ids && j < ids->len; j++)
        g_hash_table_add (pupils, g_ptr_array_index (ids, j));
    }
  n_pupils = g_hash_table_size (pupils);

  year_text = sendco_money_format (year);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u provision in the library",
                                        "%u provisions in the library", active), active);
  pupils_now = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pupil on them now",
                                             "%u pupils on them now", n_pupils), n_pupils);
  /* Translators: "24 provisions in the library · 52 pupils on them now · £38,456.20 this school year" */
  summary = g_strdup_printf (_("%s · %s · %s this school year"), count, pupils_now, year_text);
  gtk_label_set_text (self->summary_label, active ? summary : "");

  gtk_widget_remove_css_class (GTK_WIDGET (self->budget_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->budget_label), "dim-label");
  if (budget > 0)
    {
      g_autofree char *budget_money = sendco_money_format (budget);
      g_autofree char *left = sendco_money_format (budget >= year ? budget - year : year - budget);

      if (budget >= year)
        budget_text = g_strdup_printf (_("SEN budget %s: %s left"), budget_money, left);
      else
        {
          budget_text = g_strdup_printf (_("SEN budget %s: %s over"), budget_money, left);
          gtk_widget_add_css_class (GTK_WIDGET (self->budget_label), "error");
        }
    }
  else
    {
      budget_text = g_strdup (_("No SEN budget set"));
      gtk_widget_add_css_class (GTK_WIDGET (self->budget_label), "dim-label");
    }
  gtk_label_set_text (self->budget_label, budget_text);

  for (guint i = 0; i < staff_total; i++)
    {
      g_autoptr (SendcoStaffItem) item = g_list_model_get_item (G_LIST_MODEL (self->staff), i);

      staff_active += !sendco_staff_item_get_retired (item);
    }
  {
    g_autofree char *staff_summary =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "%u member of staff delivers support. Their hourly cost, on-costs included, "
                                    "is what each provision they deliver is costed at.",
                                    "%u members of staff deliver support. Their hourly cost, on-costs included, "
                                    "is what each provision they deliver is costed at.", staff_active),
                       staff_active);

    gtk_label_set_text (self->staff_summary_label, staff_summary);
  }

  /* The empty page's tip about staff, until there are some. */
  gtk_widget_set_visible (self->empty_staff_hint, staff_active == 0);
}

static void
update_views (SendcoProvisionsPage *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->provisions));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint staff_total = g_list_model_get_n_items (G_LIST_MODEL (self->staff));
  guint staff_shown = g_list_model_get_n_items (G_LIST_MODEL (self->staff_filtered));

  gtk_stack_set_visible_child_name (self->provisions_stack, shown ? "list" : total ? "no-match" : "empty");
  gtk_stack_set_visible_child_name (self->staff_stack, staff_shown ? "list" : staff_total ? "no-match" : "empty");
}

static void
reload (SendcoProvisionsPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) staff = NULL;
  g_autoptr (GPtrArray) provisions = NULL;
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GListStore) pupils = NULL;
  g_autoptr (GHashTable) staff_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) places_by_provision = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                                      (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) on_roll = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GHashTable) delivers = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GPtrArray) provision_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) staff_items = g_ptr_array_new_with_free_func (g_object_unref);
  GDate today;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  self->stale = FALSE;

  if (self->store)
    {
      staff = sendco_store_list_staff (self->store, TRUE, &error);
      if (staff)
        provisions = sendco_store_list_provisions (self->store, TRUE, &error);
      if (provisions)
        places = sendco_store_list_enrolments (self->store, 0, 0, &error);
      if (places)
        pupils = sendco_store_list_pupils (self->store, FALSE, &error);
      if (pupils == NULL)
        g_warning ("The provision library could not be read: %s", error->message);
    }

  sendco_today (&today);
  g_free (self->today);
  self->today = sendco_date_to_iso (&today);

  for (guint i = 0; pupils && i < g_list_model_get_n_items (G_LIST_MODEL (pupils)); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);
      gint64 id = sendco_pupil_get_id (pupil);

      g_hash_table_add (on_roll, g_memdup2 (&id, sizeof id));
    }
  for (guint i = 0; pupils && i < staff->len; i++)
    {
      SendcoStaff *s = g_ptr_array_index (staff, i);

      g_hash_table_insert (staff_by_id, &s->id, s);
    }
  for (guint i = 0; pupils && i < places->len; i++)
    {
      SendcoEnrolment *place = g_ptr_array_index (places, i);
      GPtrArray *list = g_hash_table_lookup (places_by_provision, &place->provision_id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (places_by_provision, &place->provision_id, list);
        }
      g_ptr_array_add (list, place);
    }

  for (guint i = 0; pupils && i < provisions->len; i++)
    {
      SendcoProvision *p = g_ptr_array_index (provisions, i);
      GPtrArray *list = g_hash_table_lookup (places_by_provision, &p->id);
      SendcoStaff *who = g_hash_table_lookup (staff_by_id, &p->staff_id);
      GPtrArray *now = g_ptr_array_new ();
      SendcoProvisionCosting costing;
      SendcoProvisionItem *item;

      for (guint j = 0; list && j < list->len; j++)
        {
          SendcoEnrolment *place = g_ptr_array_index (list, j);

          if (g_hash_table_contains (on_roll, &place->pupil_id)
              && sendco_place_is_current (place->start_date, place->end_date, self->today)
              && (p->end_date[0] == '\0' || strcmp (p->end_date, self->today) >= 0))
            g_ptr_array_add (now, GSIZE_TO_POINTER ((gsize) place->pupil_id));
        }
      sendco_provision_cost_year (p, who ? who->hourly_cost : 0, list, on_roll, &today, &costing);
      item = sendco_provision_item_new (p, who, now->len, &costing);
      /* The pupils on it now, for the summary's count of different pupils. */
      {
        GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

        for (guint j = 0; j < now->len; j++)
          {
            gint64 id = (gint64) GPOINTER_TO_SIZE (g_ptr_array_index (now, j));

            g_ptr_array_add (ids, g_memdup2 (&id, sizeof id));
          }
        g_object_set_data_full (G_OBJECT (item), "sendco-pupils-now", ids, (GDestroyNotify) g_ptr_array_unref);
      }
      g_ptr_array_unref (now);
      g_ptr_array_add (provision_items, item);
      if (p->archived_on[0] == '\0' && p->staff_id)
        g_hash_table_replace (delivers, &p->staff_id,
                              GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (delivers, &p->staff_id)) + 1));
    }
  for (guint i = 0; pupils && i < staff->len; i++)
    {
      SendcoStaff *s = g_ptr_array_index (staff, i);

      g_ptr_array_add (staff_items,
                       sendco_staff_item_new (s, GPOINTER_TO_UINT (g_hash_table_lookup (delivers, &s->id))));
    }

  g_list_store_splice (self->provisions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->provisions)),
                       provision_items->pdata, provision_items->len);
  g_list_store_splice (self->staff, 0, g_list_model_get_n_items (G_LIST_MODEL (self->staff)),
                       staff_items->pdata, staff_items->len);
  update_summary (self);
  update_views (self);
}

static gboolean
reload_cb (gpointer data)
{
  SendcoProvisionsPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* The lists are read when the page is first shown, not when the window
 * opens, so the register appears first. */
static void
ensure_loaded (SendcoProvisionsPage *self)
{
  if (self->stale)
    reload (self);
}

static void
on_store_changed (SendcoStore *store, const char *table, SendcoProvisionsPage *self)
{
  static const char *tables[] = { "staff", "provision", "provision_pupil", "pupil", "school" };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (table, tables[i]) == 0)
      {
        if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
          self->stale = TRUE;
        else if (self->reload_id == 0)
          self->reload_id = g_idle_add (reload_cb, self);
        return;
      }
}

/* Filtering and sorting */

static gboolean
tokens_match (char **tokens, const char *text)
{
  for (guint i = 0; tokens && tokens[i]; i++)
    if (!strstr (text, tokens[i]))
      return FALSE;
  return TRUE;
}

static gboolean
filter_provision (gpointer item, gpointer user_data)
{
  SendcoProvisionsPage *self = user_data;
  const SendcoProvision *p = sendco_provision_item_get_provision (item);
  guint area = gtk_drop_down_get_selected (self->area_dropdown);
  guint wave = gtk_drop_down_get_selected (self->wave_dropdown);

  if (sendco_provision_item_get_retired (item) && !gtk_check_button_get_active (self->retired_check))
    return FALSE;
  if (area > 0 && area != GTK_INVALID_LIST_POSITION && sendco_provision_area (p) != area - 1)
    return FALSE;
  if (wave > 0 && wave != GTK_INVALID_LIST_POSITION && p->wave != (int) wave)
    return FALSE;
  return tokens_match (self->search_tokens, sendco_provision_item_get_search_text (item));
}

static gboolean
filter_staff (gpointer item, gpointer user_data)
{
  SendcoProvisionsPage *self = user_data;

  if (sendco_staff_item_get_retired (item) && !gtk_check_button_get_active (self->staff_retired_check))
    return FALSE;
  return tokens_match (self->staff_tokens, sendco_staff_item_get_search_text (item));
}

static int
compare_int64 (gint64 a, gint64 b)
{
  return a < b ? -1 : a > b;
}

static int
compare_provisions (gconstpointer a, gconstpointer b, gpointer user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (user_data);
  SendcoProvisionItem *x = (SendcoProvisionItem *) a, *y = (SendcoProvisionItem *) b;
  const SendcoProvision *p = sendco_provision_item_get_provision (x);
  const SendcoProvision *q = sendco_provision_item_get_provision (y);
  int order = 0;

  switch (kind)
    {
    case COLUMN_AREA:
      order = (int) sendco_provision_area (p) - (int) sendco_provision_area (q);
      if (order == 0)
        order = p->wave - q->wave;
      break;
    case COLUMN_STAFF:
      order = g_utf8_collate (sendco_provision_item_get_staff_name (x), sendco_provision_item_get_staff_name (y));
      break;
    case COLUMN_SESSIONS:
      order = compare_int64 ((gint64) p->sessions_per_week * p->minutes_per_session,
                             (gint64) q->sessions_per_week * q->minutes_per_session);
      break;
    case COLUMN_RUNS:
      order = g_strcmp0 (p->start_date, q->start_date);
      break;
    case COLUMN_PUPILS:
      order = compare_int64 (sendco_provision_item_get_pupils_now (x), sendco_provision_item_get_pupils_now (y));
      break;
    case COLUMN_COST:
      order = compare_int64 (sendco_provision_item_get_costing (x)->cost.year,
                             sendco_provision_item_get_costing (y)->cost.year);
      break;
    case COLUMN_NAME:
    case COLUMN_MENU:
    case N_COLUMNS:
    default:
      break;
    }
  if (order == 0)
    order = g_utf8_collate (p->name, q->name);
  if (order == 0)
    order = compare_int64 (p->id, q->id);
  return order;
}

static int
compare_staff (gconstpointer a, gconstpointer b, gpointer user_data)
{
  StaffColumnKind kind = GPOINTER_TO_INT (user_data);
  SendcoStaffItem *x = (SendcoStaffItem *) a, *y = (SendcoStaffItem *) b;
  const SendcoStaff *s = sendco_staff_item_get_staff (x), *t = sendco_staff_item_get_staff (y);
  int order = 0;

  switch (kind)
    {
    case STAFF_ROLE:
      order = g_utf8_collate (sendco_staff_role_name (s->role), sendco_staff_role_name (t->role));
      break;
    case STAFF_RATE:
      order = compare_int64 (s->hourly_cost, t->hourly_cost);
      break;
    case STAFF_HOURS:
      order = s->hours_per_week < t->hours_per_week ? -1 : s->hours_per_week > t->hours_per_week;
      break;
    case STAFF_DELIVERS:
      order = compare_int64 (sendco_staff_item_get_n_provisions (x), sendco_staff_item_get_n_provisions (y));
      break;
    case STAFF_NAME:
    case STAFF_MENU:
    case N_STAFF_COLUMNS:
    default:
      break;
    }
  if (order == 0)
    order = g_utf8_collate (s->name, t->name);
  if (order == 0)
    order = compare_int64 (s->id, t->id);
  return order;
}

static void
on_search_changed (GtkSearchEntry *entry, SendcoProvisionsPage *self)
{
  g_autofree char *folded = sendco_search_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));
  char ***tokens = entry == self->search_entry ? &self->search_tokens : &self->staff_tokens;

  g_strfreev (*tokens);
  *tokens = g_str_tokenize_and_fold (folded, NULL, NULL);
  gtk_filter_changed (GTK_FILTER (entry == self->search_entry ? self->filter : self->staff_filter),
                      GTK_FILTER_CHANGE_DIFFERENT);
  update_views (self);
}

static void
on_filter_changed (GObject *object, GParamSpec *pspec, SendcoProvisionsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->staff_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_views (self);
}

/* Cells */

static GtkWidget *
line_label (const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (style)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* A cell of two lines: the figure or name, and a quieter caption. */
static GtkWidget *
two_lines (gboolean numeric)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *first = line_label (numeric ? "numeric" : NULL);
  GtkWidget *second = line_label ("caption");

  gtk_widget_add_css_class (second, "dim-label");
  if (numeric)
    {
      gtk_label_set_xalign (GTK_LABEL (first), 1);
      gtk_label_set_xalign (GTK_LABEL (second), 1);
    }
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  return box;
}

static void
set_lines (GtkWidget *box, const char *first, const char *second)
{
  GtkWidget *a = gtk_widget_get_first_child (box);
  GtkWidget *b = gtk_widget_get_last_child (box);

  gtk_label_set_text (GTK_LABEL (a), first ? first : "");
  gtk_label_set_text (GTK_LABEL (b), second ? second : "");
  gtk_widget_set_visible (b, second && second[0]);
  sendco_list_tooltip_set (box, NULL);
}

static GtkWidget *
menu_button_new (void)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  sendco_list_tooltip_set (button, _("More"));
  return button;
}

static void
set_menu (GtkWidget *button, const char *name, gint64 id, gboolean retired, const char *open_action,
          const char *retire_action, const char *restore_action, const char *retire_label)
{
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenuItem) open = g_menu_item_new (_("_Open"), NULL);
  g_autoptr (GMenuItem) retire = g_menu_item_new (retired ? _("_Bring Back") : retire_label, NULL);
  g_autofree char *label = g_strdup_printf (_("More for %s"), name);

  g_menu_item_set_action_and_target_value (open, open_action, g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (retire, retired ? restore_action : retire_action,
                                           g_variant_new_int64 (id));
  g_menu_append_item (menu, open);
  g_menu_append_item (menu, retire);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
setup_provision_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column-kind"));
  GtkWidget *child;

  switch (kind)
    {
    case COLUMN_AREA:
      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      gtk_box_append (GTK_BOX (child), sendco_area_dot_new ());
      gtk_box_append (GTK_BOX (child), two_lines (FALSE));
      break;
    case COLUMN_NAME:
      child = two_lines (FALSE);
      gtk_widget_add_css_class (gtk_widget_get_first_child (child), "heading");
      break;
    case COLUMN_PUPILS:
      child = line_label ("numeric");
      gtk_label_set_xalign (GTK_LABEL (child), 1);
      break;
    case COLUMN_COST:
      child = two_lines (TRUE);
      break;
    case COLUMN_MENU:
      child = menu_button_new ();
      break;
    case COLUMN_STAFF:
    case COLUMN_SESSIONS:
    case COLUMN_RUNS:
    case N_COLUMNS:
    default:
      child = two_lines (FALSE);
      break;
    }
  gtk_list_item_set_child (list_item, child);
}

static void
bind_provision_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  ColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column-kind"));
  SendcoProvisionItem *item = gtk_list_item_get_item (list_item);
  const SendcoProvision *p = sendco_provision_item_get_provision (item);
  const SendcoProvisionCosting *costing = sendco_provision_item_get_costing (item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  gboolean retired = sendco_provision_item_get_retired (item);

  if (retired)
    gtk_widget_add_css_class (child, "dim-label");
  else
    gtk_widget_remove_css_class (child, "dim-label");

  switch (kind)
    {
    case COLUMN_NAME:
      set_lines (child, p->name, p->description);
      sendco_list_tooltip_set (child, p->description[0] ? p->description : NULL);
      break;
    case COLUMN_AREA:
      {
        SendcoArea area = sendco_provision_area (p);

        sendco_area_dot_set_area (gtk_widget_get_first_child (child), area);
        set_lines (gtk_widget_get_last_child (child), sendco_area_name (area), sendco_wave_name (CLAMP (p->wave, 1, 3)));
        sendco_list_tooltip_set (gtk_widget_get_last_child (child), sendco_area_name (area));
      }
      break;
    case COLUMN_STAFF:
      {
        const char *role = sendco_staff_role_name (sendco_provision_item_get_staff_role (item));

        if (sendco_provision_item_get_staff_name (item)[0])
          {
            set_lines (child, sendco_provision_item_get_staff_name (item), role);
            sendco_list_tooltip_set (child, role);
          }
        else
          set_lines (child, _("Nobody named"), _("Only resources costed"));
      }
      break;
    case COLUMN_SESSIONS:
      {
        g_autofree char *schedule = sendco_schedule_text (p->sessions_per_week, p->minutes_per_session);
        g_autofree char *group = p->group_size <= 1 ? g_strdup (_("One to one"))
                                                    : g_strdup_printf (_("Groups of up to %d"), p->group_size);

        set_lines (child, schedule, group);
      }
      break;
    case COLUMN_RUNS:
      {
        g_autofree char *runs = sendco_provision_runs_text (p);
        g_autofree char *weeks = NULL;

        if (retired)
          {
            g_autofree char *on = sendco_iso_to_uk (p->archived_on);

            weeks = g_strdup_printf (_("Retired on %s"), on);
          }
        else if (costing->this_year)
          weeks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week this school year",
                                                "%d weeks this school year", costing->weeks),
                                   costing->weeks);
        else
          weeks = g_strdup (_("Not running this school year"));
        set_lines (child, runs, weeks);
      }
      break;
    case COLUMN_PUPILS:
      {
        g_autofree char *count = g_strdup_printf ("%u", sendco_provision_item_get_pupils_now (item));

        gtk_label_set_text (GTK_LABEL (child), count);
      }
      break;
    case COLUMN_COST:
      {
        g_autofree char *year = sendco_money_format (costing->cost.year);
        g_autofree char *second = NULL;

        if (costing->pupils > 0)
          {
            g_autofree char *each = sendco_money_format (costing->cost.per_pupil);

            second = g_strdup_printf (_("%s a pupil"), each);
          }
        else
          second = g_strdup (_("Planned, no pupils"));
        set_lines (child, year, second);
        sendco_list_tooltip_set (child, costing->pupils > 0 ? NULL
                                     : _("No pupils have a place this school year: this is what one group would cost."));
      }
      break;
    case COLUMN_MENU:
      set_menu (child, p->name, p->id, retired, "provisions.open", "provisions.retire", "provisions.restore",
                _("_Retire"));
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
setup_staff_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  StaffColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column-kind"));
  GtkWidget *child;

  switch (kind)
    {
    case STAFF_MENU:
      child = menu_button_new ();
      break;
    case STAFF_RATE:
    case STAFF_HOURS:
      child = line_label ("numeric");
      break;
    case STAFF_NAME:
      child = line_label ("heading");
      break;
    case STAFF_ROLE:
    case STAFF_DELIVERS:
    case N_STAFF_COLUMNS:
    default:
      child = line_label (NULL);
      break;
    }
  gtk_list_item_set_child (list_item, child);
}

static void
bind_staff_cell (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  StaffColumnKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column-kind"));
  SendcoStaffItem *item = gtk_list_item_get_item (list_item);
  const SendcoStaff *staff = sendco_staff_item_get_staff (item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  gboolean retired = sendco_staff_item_get_retired (item);
  g_autofree char *text = NULL;

  if (retired)
    gtk_widget_add_css_class (child, "dim-label");
  else
    gtk_widget_remove_css_class (child, "dim-label");

  switch (kind)
    {
    case STAFF_NAME:
      if (retired)
        {
          g_autofree char *on = sendco_iso_to_uk (staff->archived_on);

          text = g_strdup_printf (_("%s (retired %s)"), staff->name, on);
        }
      gtk_label_set_text (GTK_LABEL (child), text ? text : staff->name);
      break;
    case STAFF_ROLE:
      gtk_label_set_text (GTK_LABEL (child), sendco_staff_role_name (staff->role));
      break;
    case STAFF_RATE:
      {
        g_autofree char *money = sendco_money_format (staff->hourly_cost);

        text = g_strdup_printf (_("%s an hour"), money);
        gtk_label_set_text (GTK_LABEL (child), text);
      }
      break;
    case STAFF_HOURS:
      if (staff->hours_per_week > 0)
        text = g_strdup_printf (_("%g hours a week"), staff->hours_per_week);
      gtk_label_set_text (GTK_LABEL (child), text ? text : _("Not given"));
      break;
    case STAFF_DELIVERS:
      {
        guint n = sendco_staff_item_get_n_provisions (item);

        if (n == 0)
          text = g_strdup (_("No provisions"));
        else
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u provision", "%u provisions", n), n);
        gtk_label_set_text (GTK_LABEL (child), text);
      }
      break;
    case STAFF_MENU:
      set_menu (child, staff->name, staff->id, retired, "provisions.open-staff", "provisions.retire-staff",
                "provisions.restore-staff", _("_Retire"));
      break;
    case N_STAFF_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
add_column (GtkColumnView *view, GCallback setup, GCallback bind, GCompareDataFunc compare, int kind,
            const char *title, int fixed_width, gboolean sortable, gpointer self)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "column-kind", GINT_TO_POINTER (kind));
  g_signal_connect (factory, "setup", setup, self);
  g_signal_connect (factory, "bind", bind, self);

  column = gtk_column_view_column_new (title, g_object_ref (factory));
  if (sortable)
    {
      g_autoptr (GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare, GINT_TO_POINTER (kind), NULL));

      gtk_column_view_column_set_sorter (column, sorter);
    }
  gtk_column_view_column_set_resizable (column, fixed_width > 0 && sortable);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (view, column);
}

/* Editors */

static void
open_provision (SendcoProvisionsPage *self, gint64 id)
{
  g_autoptr (GError) error = NULL;
  SendcoProvisionWindow *window;

  if (self->store == NULL)
    return;
  window = sendco_provision_window_new (parent_window (self), self->store, id, &error);
  if (window == NULL)
    {
      show_error (self, _("The Provision Could Not Be Opened"), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_staff (SendcoProvisionsPage *self, gint64 id)
{
  g_autoptr (SendcoStaff) found = NULL;
  SendcoStaffWindow *window;

  if (self->store == NULL)
    return;
  for (guint i = 0; id && i < g_list_model_get_n_items (G_LIST_MODEL (self->staff)); i++)
    {
      g_autoptr (SendcoStaffItem) item = g_list_model_get_item (G_LIST_MODEL (self->staff), i);

      if (sendco_staff_item_get_id (item) == id)
        found = sendco_staff_copy (sendco_staff_item_get_staff (item));
    }
  if (id && found == NULL)
    return;
  window = sendco_staff_window_new (parent_window (self), self->store, found);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_provision_activated (GtkColumnView *view, guint position, SendcoProvisionsPage *self)
{
  g_autoptr (SendcoProvisionItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item)
    open_provision (self, sendco_provision_item_get_id (item));
}

static void
on_staff_activated (GtkColumnView *view, guint position, SendcoProvisionsPage *self)
{
  g_autoptr (SendcoStaffItem) item = g_list_model_get_item (G_LIST_MODEL (self->staff_selection), position);

  if (item)
    open_staff (self, sendco_staff_item_get_id (item));
}

static void
add_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  open_provision (SENDCO_PROVISIONS_PAGE (widget), 0);
}

static void
add_staff_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  open_staff (SENDCO_PROVISIONS_PAGE (widget), 0);
}

static void
new_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionsPage *self = SENDCO_PROVISIONS_PAGE (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->section_stack), "staff") == 0)
    open_staff (self, 0);
  else
    open_provision (self, 0);
}

static void
open_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  open_provision (SENDCO_PROVISIONS_PAGE (widget), g_variant_get_int64 (param));
}

static void
open_staff_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  open_staff (SENDCO_PROVISIONS_PAGE (widget), g_variant_get_int64 (param));
}

/* Retiring, with Undo */

typedef struct
{
  SendcoStore *store;
  gint64       id;
  gboolean     staff;
} Retired;

static void
retired_free (gpointer data)
{
  Retired *retired = data;

  g_object_unref (retired->store);
  g_free (retired);
}

static gboolean
set_archived (SendcoStore *store, gboolean staff, gint64 id, const char *date, GError **error)
{
  if (staff)
    return sendco_store_set_staff_archived (store, id, date, error);
  return sendco_store_set_provision_archived (store, id, date, error);
}

static void
undo_retire (SendcoWindow *window, gpointer data)
{
  Retired *retired = data;
  g_autoptr (GError) error = NULL;

  if (!set_archived (retired->store, retired->staff, retired->id, NULL, &error))
    sendco_window_show_error (window, _("It Could Not Be Brought Back"), error->message);
}

static char *
name_of (SendcoProvisionsPage *self, gboolean staff, gint64 id)
{
  GListModel *model = staff ? G_LIST_MODEL (self->staff) : G_LIST_MODEL (self->provisions);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);

      if (staff && sendco_staff_item_get_id (SENDCO_STAFF_ITEM (item)) == id)
        return g_strdup (sendco_staff_item_get_staff (SENDCO_STAFF_ITEM (item))->name);
      if (!staff && sendco_provision_item_get_id (SENDCO_PROVISION_ITEM (item)) == id)
        return g_strdup (sendco_provision_item_get_provision (SENDCO_PROVISION_ITEM (item))->name);
    }
  return g_strdup ("");
}

static guint
count_delivered_by (SendcoProvisionsPage *self, gint64 staff_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->staff)); i++)
    {
      g_autoptr (SendcoStaffItem) item = g_list_model_get_item (G_LIST_MODEL (self->staff), i);

      if (sendco_staff_item_get_id (item) == staff_id)
        return sendco_staff_item_get_n_provisions (item);
    }
  return 0;
}

static void
retire (SendcoProvisionsPage *self, gboolean staff, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = name_of (self, staff, id);
  g_autofree char *text = NULL;
  SendcoWindow *window = sendco_main_window_for (GTK_WIDGET (self));
  guint delivers = staff ? count_delivered_by (self, id) : 0;
  Retired *retired;

  if (self->store == NULL)
    return;
  if (!set_archived (self->store, staff, id, self->today, &error))
    {
      show_error (self, staff ? _("The Member of Staff Could Not Be Retired")
                              : _("The Provision Could Not Be Retired"), error->message);
      return;
    }

  if (staff && delivers > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s retired. %u provision still names them: choose who delivers it now.",
                                         "%s retired. %u provisions still name them: choose who delivers them now.",
                                         delivers), name, delivers);
  else if (staff)
    text = g_strdup_printf (_("%s retired"), name);
  else
    text = g_strdup_printf (_("“%s” retired from the library"), name);
  if (window == NULL)
    return;
  retired = g_new0 (Retired, 1);
  retired->store = g_object_ref (self->store);
  retired->id = id;
  retired->staff = staff;
  sendco_window_offer_undo (window, text, undo_retire, retired, retired_free);
}

static void
restore (SendcoProvisionsPage *self, gboolean staff, gint64 id)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = name_of (self, staff, id);
  g_autofree char *text = NULL;

  if (self->store == NULL)
    return;
  if (!set_archived (self->store, staff, id, NULL, &error))
    {
      show_error (self, _("It Could Not Be Brought Back"), error->message);
      return;
    }
  text = staff ? g_strdup_printf (_("%s brought back"), name)
               : g_strdup_printf (_("“%s” is back in the library"), name);
  toast (self, text);
}

static void
retire_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  retire (SENDCO_PROVISIONS_PAGE (widget), FALSE, g_variant_get_int64 (param));
}

static void
restore_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  restore (SENDCO_PROVISIONS_PAGE (widget), FALSE, g_variant_get_int64 (param));
}

static void
retire_staff_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  retire (SENDCO_PROVISIONS_PAGE (widget), TRUE, g_variant_get_int64 (param));
}

static void
restore_staff_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  restore (SENDCO_PROVISIONS_PAGE (widget), TRUE, g_variant_get_int64 (param));
}

static void
clear_filters_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionsPage *self = SENDCO_PROVISIONS_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->area_dropdown, 0);
  gtk_drop_down_set_selected (self->wave_dropdown, 0);
}

static void
clear_staff_filters_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionsPage *self = SENDCO_PROVISIONS_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->staff_search_entry), "");
}

/* The SEN budget */

static void
on_budget_text_changed (GtkEditable *entry, AdwMessageDialog *dialog)
{
  GtkLabel *problem = g_object_get_data (G_OBJECT (dialog), "sendco-problem");
  gint64 pence = 0;
  g_autofree char *message = sendco_money_problem (gtk_editable_get_text (entry), _("the budget"), "45,000",
                                                   &pence);

  gtk_label_set_text (problem, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (problem), message != NULL);
  if (message)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  adw_message_dialog_set_response_enabled (dialog, "save", message == NULL);
}

static void
on_budget_response (AdwMessageDialog *dialog, const char *response, SendcoProvisionsPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "sendco-entry");
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = NULL;
  gint64 pence = 0;

  if (!g_str_equal (response, "save") || self->store == NULL)
    return;
  problem = sendco_money_problem (gtk_editable_get_text (entry), _("the budget"), "45,000", &pence);
  if (problem)
    return;
  if (!sendco_store_set_sen_budget (self->store, pence, &error))
    show_error (self, _("The Budget Could Not Be Saved"), error->message);
  else if (pence > 0)
    {
      g_autofree char *money = sendco_money_format (pence);
      g_autofree char *text = g_strdup_printf (_("SEN budget set to %s"), money);

      toast (self, text);
    }
  else
    toast (self, _("SEN budget cleared"));
}

static void
budget_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionsPage *self = SENDCO_PROVISIONS_PAGE (widget);
  GtkWidget *dialog, *box, *entry, *problem;
  gint64 budget;

  if (self->store == NULL)
    return;
  budget = sendco_store_get_sen_budget (self->store);
  dialog = adw_message_dialog_new (parent_window (self), _("SEN Budget"),
                                   _("The figure for this school year that the cost of provision is compared "
                                     "against: usually the school’s notional SEN budget. The provision map and "
                                     "the XLSX Summary show the cost against it. Leave it blank for none."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("£45,000"));
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("SEN budget for this school year, in pounds"), -1);
  if (budget > 0)
    {
      g_autofree char *money = sendco_money_format (budget);

      gtk_editable_set_text (GTK_EDITABLE (entry), money);
    }
  problem = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
  gtk_label_set_xalign (GTK_LABEL (problem), 0);
  gtk_widget_add_css_class (problem, "error");
  gtk_widget_add_css_class (problem, "caption");
  gtk_widget_set_visible (problem, FALSE);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), problem);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "sendco-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "sendco-problem", problem);
  g_signal_connect (entry, "changed", G_CALLBACK (on_budget_text_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_budget_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Overrides */

static void
sendco_provisions_page_map (GtkWidget *widget)
{
  ensure_loaded (SENDCO_PROVISIONS_PAGE (widget));
  GTK_WIDGET_CLASS (sendco_provisions_page_parent_class)->map (widget);
}

static void
sendco_provisions_page_dispose (GObject *object)
{
  SendcoProvisionsPage *self = SENDCO_PROVISIONS_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  if (self->provisions_view)
    gtk_column_view_set_model (self->provisions_view, NULL);
  if (self->staff_view)
    gtk_column_view_set_model (self->staff_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->provisions);
  g_clear_object (&self->staff_selection);
  g_clear_object (&self->staff_sorted);
  g_clear_object (&self->staff_filtered);
  g_clear_object (&self->staff_filter);
  g_clear_object (&self->staff);

  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PROVISIONS_PAGE);

  G_OBJECT_CLASS (sendco_provisions_page_parent_class)->dispose (object);
}

static void
sendco_provisions_page_finalize (GObject *object)
{
  SendcoProvisionsPage *self = SENDCO_PROVISIONS_PAGE (object);

  g_strfreev (self->search_tokens);
  g_strfreev (self->staff_tokens);
  g_free (self->today);
  G_OBJECT_CLASS (sendco_provisions_page_parent_class)->finalize (object);
}

static void
sendco_provisions_page_class_init (SendcoProvisionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_provisions_page_dispose;
  object_class->finalize = sendco_provisions_page_finalize;
  widget_class->map = sendco_provisions_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Sendco/sendco-provisions-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoProvisionsPage, name)
  BIND (section_stack);
  BIND (search_entry);
  BIND (area_dropdown);
  BIND (wave_dropdown);
  BIND (retired_check);
  BIND (summary_label);
  BIND (budget_label);
  BIND (provisions_stack);
  BIND (provisions_view);
  BIND (empty_staff_hint);
  BIND (staff_search_entry);
  BIND (staff_retired_check);
  BIND (staff_summary_label);
  BIND (staff_stack);
  BIND (staff_view);
#undef BIND

  gtk_widget_class_install_action (widget_class, "provisions.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "provisions.add-staff", NULL, add_staff_activated);
  gtk_widget_class_install_action (widget_class, "provisions.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "provisions.budget", NULL, budget_activated);
  gtk_widget_class_install_action (widget_class, "provisions.open", "x", open_activated);
  gtk_widget_class_install_action (widget_class, "provisions.retire", "x", retire_activated);
  gtk_widget_class_install_action (widget_class, "provisions.restore", "x", restore_activated);
  gtk_widget_class_install_action (widget_class, "provisions.open-staff", "x", open_staff_activated);
  gtk_widget_class_install_action (widget_class, "provisions.retire-staff", "x", retire_staff_activated);
  gtk_widget_class_install_action (widget_class, "provisions.restore-staff", "x", restore_staff_activated);
  gtk_widget_class_install_action (widget_class, "provisions.clear-filters", NULL, clear_filters_activated);
  gtk_widget_class_install_action (widget_class, "provisions.clear-staff-filters", NULL,
                                   clear_staff_filters_activated);
}

static void
sendco_provisions_page_init (SendcoProvisionsPage *self)
{
  g_autoptr (GtkStringList) areas = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) waves = gtk_string_list_new (NULL);
  GtkEventController *shortcuts;
  GListModel *columns;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (areas, _("All areas of need"));
  for (SendcoArea a = 0; a < SENDCO_N_AREAS; a++)
    gtk_string_list_append (areas, sendco_area_name (a));
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (areas));
  gtk_string_list_append (waves, _("All waves"));
  for (int wave = 1; wave <= 3; wave++)
    gtk_string_list_append (waves, sendco_wave_name (wave));
  gtk_drop_down_set_model (self->wave_dropdown, G_LIST_MODEL (waves));

  /* Provisions */
  self->provisions = g_list_store_new (SENDCO_TYPE_PROVISION_ITEM);
  self->filter = gtk_custom_filter_new (filter_provision, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->provisions)),
                                              GTK_FILTER (g_object_ref (self->filter)));
#define COLUMN(kind, title, width, sortable) \
  add_column (self->provisions_view, G_CALLBACK (setup_provision_cell), G_CALLBACK (bind_provision_cell), \
              compare_provisions, kind, title, width, sortable, self)
  COLUMN (COLUMN_NAME, _("Provision"), -1, TRUE);
  COLUMN (COLUMN_AREA, _("Area of need and wave"), 255, TRUE);
  COLUMN (COLUMN_STAFF, _("Delivered by"), 160, TRUE);
  COLUMN (COLUMN_SESSIONS, _("Sessions"), 140, TRUE);
  COLUMN (COLUMN_RUNS, _("Runs"), 205, TRUE);
  COLUMN (COLUMN_PUPILS, _("Pupils now"), 85, TRUE);
  COLUMN (COLUMN_COST, _("Cost this year"), 125, TRUE);
  COLUMN (COLUMN_MENU, "", 48, FALSE);
#undef COLUMN
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->provisions_view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->provisions_view, GTK_SELECTION_MODEL (self->selection));
  columns = gtk_column_view_get_columns (self->provisions_view);
  {
    g_autoptr (GtkColumnViewColumn) area = g_list_model_get_item (columns, COLUMN_AREA);

    gtk_column_view_sort_by_column (self->provisions_view, area, GTK_SORT_ASCENDING);
  }

  /* Staff */
  self->staff = g_list_store_new (SENDCO_TYPE_STAFF_ITEM);
  self->staff_filter = gtk_custom_filter_new (filter_staff, self, NULL);
  self->staff_filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->staff)),
                                                    GTK_FILTER (g_object_ref (self->staff_filter)));
#define COLUMN(kind, title, width, sortable) \
  add_column (self->staff_view, G_CALLBACK (setup_staff_cell), G_CALLBACK (bind_staff_cell), \
              compare_staff, kind, title, width, sortable, self)
  COLUMN (STAFF_NAME, _("Name"), -1, TRUE);
  COLUMN (STAFF_ROLE, _("Role"), 300, TRUE);
  COLUMN (STAFF_RATE, _("Hourly cost"), 160, TRUE);
  COLUMN (STAFF_HOURS, _("Contracted"), 170, TRUE);
  COLUMN (STAFF_DELIVERS, _("Delivers"), 150, TRUE);
  COLUMN (STAFF_MENU, "", 56, FALSE);
#undef COLUMN
  self->staff_sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->staff_filtered)),
                                                g_object_ref (gtk_column_view_get_sorter (self->staff_view)));
  self->staff_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->staff_sorted)));
  gtk_single_selection_set_autoselect (self->staff_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->staff_selection, TRUE);
  gtk_column_view_set_model (self->staff_view, GTK_SELECTION_MODEL (self->staff_selection));
  columns = gtk_column_view_get_columns (self->staff_view);
  {
    g_autoptr (GtkColumnViewColumn) name = g_list_model_get_item (columns, STAFF_NAME);

    gtk_column_view_sort_by_column (self->staff_view, name, GTK_SORT_ASCENDING);
  }

  g_signal_connect (self->search_entry, "changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->staff_search_entry, "changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->area_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->wave_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->retired_check, "notify::active", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->staff_retired_check, "notify::active", G_CALLBACK (on_filter_changed), self);
  g_signal_connect (self->provisions_view, "activate", G_CALLBACK (on_provision_activated), self);
  g_signal_connect (self->staff_view, "activate", G_CALLBACK (on_staff_activated), self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->provisions_view));
  gtk_search_entry_set_key_capture_widget (self->staff_search_entry, GTK_WIDGET (self->staff_view));

  /* Ctrl+N adds a provision (or, on the Staff tab, a member of staff) while this page shows. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("provisions.new")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  reload (self);
}

/* Public API */

void
sendco_provisions_page_set_store (SendcoProvisionsPage *self, SendcoStore *store)
{
  g_return_if_fail (SENDCO_IS_PROVISIONS_PAGE (self));

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
sendco_provisions_page_open_provision (SendcoProvisionsPage *self, gint64 provision_id)
{
  g_return_if_fail (SENDCO_IS_PROVISIONS_PAGE (self));
  open_provision (self, provision_id);
}

GListModel *
sendco_provisions_page_get_provisions (SendcoProvisionsPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISIONS_PAGE (self), NULL);
  ensure_loaded (self);
  return G_LIST_MODEL (self->selection);
}

GListModel *
sendco_provisions_page_get_staff (SendcoProvisionsPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISIONS_PAGE (self), NULL);
  ensure_loaded (self);
  return G_LIST_MODEL (self->staff_selection);
}

char *
sendco_provisions_page_dup_summary (SendcoProvisionsPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISIONS_PAGE (self), NULL);
  ensure_loaded (self);
  return g_strdup_printf ("%s | %s", gtk_label_get_text (self->summary_label),
                          gtk_label_get_text (self->budget_label));
}

/* "provisions" or "staff" */
void
sendco_provisions_page_show_section (SendcoProvisionsPage *self, const char *name)
{
  g_return_if_fail (SENDCO_IS_PROVISIONS_PAGE (self));
  gtk_stack_set_visible_child_name (self->section_stack, name);
}
