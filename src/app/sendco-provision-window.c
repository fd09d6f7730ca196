/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing a provision of the library: what it is, who delivers it, how
 * often and for how long, its resources and its entry and exit measure,
 * with its costs worked out live as the SENDCO types, the pupils on it
 * (each place with its own dates) and the support plan outcomes it serves.
 *
 * Everything is saved together with Save, in one transaction: the
 * provision, then places taken off, places whose dates changed and new
 * places. Until then Cancel (or Escape) leaves the school file as it was,
 * asking first when there are changes. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-provision-window.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-clock.h"
#include "sendco-costing.h"
#include "sendco-date-entry.h"
#include "sendco-editor.h"
#include "sendco-dates.h"
#include "sendco-pick-dialog.h"
#include "sendco-provision-map.h"
#include "sendco-provision-ui.h"
#include "sendco-store-outcome-links.h"
#include "sendco-store-provision.h"

typedef enum
{
  RUNS_ON,
  RUNS_UNTIL_DATE,
  RUNS_FOR_WEEKS,
} RunsMode;

typedef struct _SendcoProvisionWindow SendcoProvisionWindow;

/* A pupil's place as the window shows it, saved or not yet. */
typedef struct
{
  SendcoProvisionWindow *self;
  SendcoEnrolment       *saved;     /* as in the store, or NULL for a new place */
  SendcoEnrolment       *place;     /* as shown */
  gboolean               removed;
  AdwExpanderRow        *row;
  SendcoDateEntry       *start_entry;
  SendcoDateEntry       *end_entry;
} Place;

struct _SendcoProvisionWindow
{
  AdwWindow        parent_instance;

  /* template */
  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkRevealer     *problem_revealer;
  GtkWidget       *scroller;
  GtkLabel        *problem_label;
  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *name_row;
  AdwComboRow     *area_row;
  AdwComboRow     *wave_row;
  AdwEntryRow     *description_row;
  AdwComboRow     *staff_row;
  GtkSpinButton   *group_spin;
  GtkSpinButton   *sessions_spin;
  GtkSpinButton   *minutes_spin;
  SendcoDateEntry *start_entry;
  AdwComboRow     *runs_row;
  GtkWidget       *end_row;
  SendcoDateEntry *end_entry;
  GtkWidget       *weeks_row;
  GtkSpinButton   *weeks_spin;
  AdwEntryRow     *resources_row;
  AdwEntryRow     *measure_name_row;
  AdwEntryRow     *measure_unit_row;
  GtkSwitch       *higher_switch;
  AdwPreferencesGroup *costs_group;
  AdwActionRow    *term_cost_row;
  AdwActionRow    *year_cost_row;
  AdwActionRow    *pupil_cost_row;
  GtkLabel        *session_cost_label;
  GtkLabel        *week_cost_label;
  GtkLabel        *term_cost_label;
  GtkLabel        *year_cost_label;
  GtkLabel        *pupil_cost_label;
  GtkListBox      *pupils_list;
  GtkWidget       *no_pupils_label;
  GtkWidget       *outcomes_group;
  GtkListBox      *outcomes_list;

  SendcoStore     *store;
  SendcoProvision *original;   /* id 0 for a new provision */
  SendcoProvision *pristine;   /* the fields as first shown */
  GPtrArray       *staff;      /* SendcoStaff offered after "Nobody named" */
  GHashTable      *pupils;     /* id (gint64 *) -> SendcoPupil, every pupil */
  GHashTable      *on_roll;    /* id (gint64 *) of pupils on roll */
  GPtrArray       *places;     /* Place */
  Place           *last_removed;
  GDate            today;
  char            *today_iso;
  char            *problem;
  gboolean         loading;
  gboolean         closing;
};

G_DEFINE_FINAL_TYPE (SendcoProvisionWindow, sendco_provision_window, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_state (SendcoProvisionWindow *self);

static void
place_free (gpointer data)
{
  Place *place = data;

  sendco_enrolment_free (place->saved);
  sendco_enrolment_free (place->place);
  g_free (place);
}

static char *
pupil_name (SendcoProvisionWindow *self, gint64 id)
{
  SendcoPupil *pupil = g_hash_table_lookup (self->pupils, &id);

  return pupil ? sendco_pupil_dup_full_name (pupil) : g_strdup (_("A pupil no longer in this file"));
}

static char *
trimmed (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static const SendcoStaff *
chosen_staff (SendcoProvisionWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->staff_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->staff->len)
    return NULL;
  return g_ptr_array_index (self->staff, selected - 1);
}

/* The provision as the window shows it; *problem (when asked) says what
 * stops it being saved. */
static SendcoProvision *
collect (SendcoProvisionWindow *self, char **problem)
{
  SendcoProvision *p = sendco_provision_copy (self->original);
  const SendcoStaff *staff = chosen_staff (self);
  guint area = adw_combo_row_get_selected (self->area_row);
  RunsMode runs = adw_combo_row_get_selected (self->runs_row);
  g_autofree char *money = NULL;
  g_autofree char *resources = trimmed (self->resources_row);

#define SET(field, value) G_STMT_START { g_free (p->field); p->field = (value); } G_STMT_END
  SET (name, trimmed (self->name_row));
  SET (area, g_strdup (sendco_area_key (MIN (area, SENDCO_N_AREAS - 1))));
  p->wave = (int) MIN (adw_combo_row_get_selected (self->wave_row), 2) + 1;
  SET (description, trimmed (self->description_row));
  p->staff_id = staff ? staff->id : 0;
  p->group_size = gtk_spin_button_get_value_as_int (self->group_spin);
  p->sessions_per_week = gtk_spin_button_get_value_as_int (self->sessions_spin);
  p->minutes_per_session = gtk_spin_button_get_value_as_int (self->minutes_spin);
  SET (start_date, g_strdup (sendco_date_entry_get_date (self->start_entry)));
  SET (end_date, g_strdup (runs == RUNS_UNTIL_DATE ? sendco_date_entry_get_date (self->end_entry) : ""));
  p->weeks = runs == RUNS_FOR_WEEKS ? gtk_spin_button_get_value_as_int (self->weeks_spin) : 0;
  money = sendco_money_problem (resources, _("the yearly resource cost"), "150.00", &p->resources_per_year);
  SET (measure_name, trimmed (self->measure_name_row));
  SET (measure_unit, trimmed (self->measure_unit_row));
  p->higher_is_better = gtk_switch_get_active (self->higher_switch);
#undef SET

  if (problem == NULL)
    return p;

  *problem = NULL;
  if (p->name[0] == '\0')
    *problem = g_strdup (_("Give the provision a name, like “Reading catch-up group”."));
  else if (!sendco_date_entry_get_valid (self->start_entry) || p->start_date[0] == '\0')
    *problem = g_strdup (_("Give the date the provision starts, like 07/09/2026."));
  else if (runs == RUNS_UNTIL_DATE
           && (!sendco_date_entry_get_valid (self->end_entry) || p->end_date[0] == '\0'))
    *problem = g_strdup (_("Give the date the provision ends, like 18/12/2026, or choose another way it runs."));
  else if (runs == RUNS_UNTIL_DATE && strcmp (p->end_date, p->start_date) < 0)
    {
      g_autofree char *start = sendco_iso_to_uk (p->start_date);

      *problem = g_strdup_printf (_("The provision cannot end before it starts, on %s."), start);
    }
  else if (money)
    *problem = g_steal_pointer (&money);
  return p;
}

static gboolean
provisions_equal (const SendcoProvision *a, const SendcoProvision *b)
{
  return g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->area, b->area) == 0 && a->wave == b->wave
         && g_strcmp0 (a->description, b->description) == 0 && a->staff_id == b->staff_id
         && a->group_size == b->group_size && a->sessions_per_week == b->sessions_per_week
         && a->minutes_per_session == b->minutes_per_session
         && g_strcmp0 (a->start_date, b->start_date) == 0 && g_strcmp0 (a->end_date, b->end_date) == 0
         && a->weeks == b->weeks && a->resources_per_year == b->resources_per_year
         && g_strcmp0 (a->measure_name, b->measure_name) == 0
         && g_strcmp0 (a->measure_unit, b->measure_unit) == 0
         && a->higher_is_better == b->higher_is_better;
}

static gboolean
place_changed (const Place *place)
{
  if (place->saved == NULL)
    return !place->removed;
  if (place->removed)
    return TRUE;
  return g_strcmp0 (place->saved->start_date, place->place->start_date) != 0
         || g_strcmp0 (place->saved->end_date, place->place->end_date) != 0;
}

static gboolean
is_dirty (SendcoProvisionWindow *self)
{
  g_autoptr (SendcoProvision) edited = NULL;

  if (self->pristine == NULL)
    return FALSE;
  edited = collect (self, NULL);
  if (!provisions_equal (edited, self->pristine))
    return TRUE;
  for (guint i = 0; i < self->places->len; i++)
    if (place_changed (g_ptr_array_index (self->places, i)))
      return TRUE;
  return FALSE;
}

static gboolean
places_overlap (const char *start_a, const char *end_a, const char *start_b, const char *end_b)
{
  const char *far = "9999-12-31";

  return strcmp (start_a, end_b[0] ? end_b : far) <= 0 && strcmp (start_b, end_a[0] ? end_a : far) <= 0;
}

/* What is wrong with the places shown, or NULL. */
static char *
find_place_problem (SendcoProvisionWindow *self)
{
  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);
      g_autofree char *name = NULL;

      if (place->removed)
        continue;
      name = pupil_name (self, place->place->pupil_id);
      if (!sendco_date_entry_get_valid (place->start_entry) || place->place->start_date[0] == '\0')
        return g_strdup_printf (_("%s’s place needs the date it starts, like 07/09/2026."), name);
      if (!sendco_date_entry_get_valid (place->end_entry))
        return g_strdup_printf (_("%s’s place has an end date that is not a date: type it like 18/12/2026, "
                                  "or leave it blank while they attend."), name);
      if (place->place->end_date[0] && strcmp (place->place->end_date, place->place->start_date) < 0)
        return g_strdup_printf (_("%s’s place cannot end before it starts."), name);

      for (guint j = 0; j < i; j++)
        {
          Place *other = g_ptr_array_index (self->places, j);

          if (!other->removed && other->place->pupil_id == place->place->pupil_id
              && places_overlap (place->place->start_date, place->place->end_date,
                                 other->place->start_date, other->place->end_date))
            return g_strdup_printf (_("%s has two places on this provision at the same time. Give the first "
                                      "an end date before the second starts, or remove one."), name);
        }
    }
  return NULL;
}

/* Places shown, as enrolments, for costing. */
static GPtrArray *
shown_places (SendcoProvisionWindow *self)
{
  GPtrArray *places = g_ptr_array_new ();

  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);

      if (!place->removed && place->place->start_date[0])
        g_ptr_array_add (places, place->place);
    }
  return places;
}

static void
set_money (GtkLabel *label, gint64 pence)
{
  g_autofree char *text = sendco_money_format (pence);

  gtk_label_set_text (label, text);
}

static void
update_costs (SendcoProvisionWindow *self, const SendcoProvision *p)
{
  const SendcoStaff *staff = chosen_staff (self);
  g_autoptr (GPtrArray) places = shown_places (self);
  g_autoptr (GString) description = g_string_new (NULL);
  g_autofree char *term_title = NULL, *year_title = NULL, *pupil_title = NULL;
  SendcoProvisionCosting costing;
  gint64 per_pupil;

  if (p->start_date[0] == '\0')
    {
      /* No start yet: cost a year from today. */
      SendcoProvision *copy = sendco_provision_copy (p);

      g_free (copy->start_date);
      copy->start_date = g_strdup (self->today_iso);
      sendco_provision_cost_year (copy, staff ? staff->hourly_cost : 0, places, self->on_roll,
                                  &self->today, &costing);
      sendco_provision_free (copy);
    }
  else
    sendco_provision_cost_year (p, staff ? staff->hourly_cost : 0, places, self->on_roll, &self->today,
                                &costing);

  set_money (self->session_cost_label, costing.cost.session);
  set_money (self->week_cost_label, costing.cost.week);
  set_money (self->term_cost_label, costing.cost.term);
  set_money (self->year_cost_label, costing.cost.year);

  term_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A term (%d teaching week)",
                                             "A term (%d teaching weeks)",
                                             MIN (costing.weeks, SENDCO_TEACHING_WEEKS_PER_TERM)),
                                MIN (costing.weeks, SENDCO_TEACHING_WEEKS_PER_TERM));
  if (costing.this_year)
    year_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "This school year (%d teaching week)",
                                               "This school year (%d teaching weeks)", costing.weeks),
                                  costing.weeks);
  else
    year_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A year from its start (%d teaching week)",
                                               "A year from its start (%d teaching weeks)", costing.weeks),
                                  costing.weeks);
  if (costing.pupils > 0)
    {
      pupil_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Per pupil (%d pupil)",
                                                  "Per pupil (%d pupils)", costing.pupils),
                                     costing.pupils);
      per_pupil = costing.cost.per_pupil;
    }
  else
    {
      if (p->group_size <= 1)
        pupil_title = g_strdup (_("Per pupil, one to one"));
      else
        pupil_title = g_strdup_printf (_("Per pupil, in a full group of %d"), p->group_size);
      per_pupil = sendco_divide_rounded (costing.cost.year, MAX (p->group_size, 1));
    }
  set_money (self->pupil_cost_label, per_pupil);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->term_cost_row), term_title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->year_cost_row), year_title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->pupil_cost_row), pupil_title);

  if (staff)
    {
      g_autofree char *rate = sendco_money_format (staff->hourly_cost);
      g_autofree char *groups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d group", "%d groups",
                                                              costing.cost.groups),
                                                 costing.cost.groups);

      /* Translators: "Jo Taylor’s time at £18.50 an hour for 1 group" */
      g_string_append_printf (description, _("%s’s time at %s an hour for %s"), staff->name, rate, groups);
    }
  else
    g_string_append (description, _("Nobody is named to deliver it, so only its resources are costed"));
  if (p->resources_per_year > 0)
    {
      g_autofree char *resources = sendco_money_format (p->resources_per_year);

      g_string_append_printf (description, _(", plus %s of resources spread across the year"), resources);
    }
  g_string_append_c (description, '.');
  if (costing.pupils == 0)
    g_string_append (description, _(" No pupils have a place in that year yet: the costs are for one group."));
  {
    g_autofree char *escaped = g_markup_escape_text (description->str, -1);

    adw_preferences_group_set_description (self->costs_group, escaped);
  }
}

static void
update_place_row (SendcoProvisionWindow *self, Place *place)
{
  g_autoptr (GString) subtitle = g_string_new (NULL);
  SendcoPupil *pupil = g_hash_table_lookup (self->pupils, &place->place->pupil_id);

  if (pupil)
    {
      g_autofree char *year = sendco_year_group_label (sendco_pupil_get_year_group (pupil));

      g_string_append (subtitle, year);
      if (!g_hash_table_contains (self->on_roll, &place->place->pupil_id))
        g_string_append (subtitle, _(", left the school"));
      g_string_append (subtitle, " · ");
    }
  if (place->place->start_date[0])
    {
      g_autofree char *dates = sendco_place_dates_text (place->place->start_date, place->place->end_date);

      g_string_append (subtitle, dates);
      if (place->place->end_date[0] && strcmp (place->place->end_date, self->today_iso) < 0)
        g_string_append (subtitle, _(" (ended)"));
      else if (strcmp (place->place->start_date, self->today_iso) > 0)
        g_string_append (subtitle, _(" (to come)"));
    }
  if (place->saved == NULL)
    g_string_append (subtitle, _(" · not saved yet"));
  adw_expander_row_set_subtitle (place->row, subtitle->str);
}

static void
update_state (SendcoProvisionWindow *self)
{
  g_autoptr (SendcoProvision) edited = NULL;
  g_autofree char *problem = NULL;
  gboolean dirty, any = FALSE;
  RunsMode runs;

  if (self->loading || self->pristine == NULL)
    return;

  runs = adw_combo_row_get_selected (self->runs_row);
  gtk_widget_set_visible (self->end_row, runs == RUNS_UNTIL_DATE);
  gtk_widget_set_visible (self->weeks_row, runs == RUNS_FOR_WEEKS);

  edited = collect (self, &problem);
  if (problem == NULL)
    problem = find_place_problem (self);
  dirty = is_dirty (self);
  g_free (self->problem);
  self->problem = g_steal_pointer (&problem);

  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);

      gtk_widget_set_visible (GTK_WIDGET (place->row), !place->removed);
      any |= !place->removed;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->pupils_list), any);
  gtk_widget_set_visible (self->no_pupils_label, !any);

  update_costs (self, edited);
  gtk_label_set_text (self->problem_label, self->problem ? self->problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, dirty && self->problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision.save",
                                 self->problem == NULL && (dirty || self->original->id == 0));
}

static void
on_changed (GtkWidget *widget, SendcoProvisionWindow *self)
{
  update_state (self);
}

static void
on_notify (GObject *object, GParamSpec *pspec, SendcoProvisionWindow *self)
{
  update_state (self);
}

static void
on_place_dates_changed (GObject *object, GParamSpec *pspec, Place *place)
{
  sendco_record_set (&place->place->start_date, sendco_date_entry_get_date (place->start_entry));
  sendco_record_set (&place->place->end_date, sendco_date_entry_get_date (place->end_entry));
  update_place_row (place->self, place);
  update_state (place->self);
}

static void
on_end_today (GtkButton *button, Place *place)
{
  sendco_date_entry_set_date (place->end_entry, place->self->today_iso);
}

static void
on_remove_place (GtkButton *button, Place *place)
{
  SendcoProvisionWindow *self = place->self;
  g_autofree char *name = pupil_name (self, place->place->pupil_id);
  g_autofree char *text = g_strdup_printf (_("%s taken off this provision"), name);
  AdwToast *toast;

  place->removed = TRUE;
  self->last_removed = place;
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "provision.undo-remove");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision.undo-remove", TRUE);
  update_state (self);
}

static GtkWidget *
date_row (const char *title, const char *subtitle, SendcoDateEntry **entry, gboolean allow_blank)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  *entry = SENDCO_DATE_ENTRY (sendco_date_entry_new ());
  sendco_date_entry_set_allow_blank (*entry, allow_blank);
  sendco_date_entry_set_label (*entry, title);
  gtk_widget_set_valign (GTK_WIDGET (*entry), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (*entry));
  return row;
}

static void
add_place_row (SendcoProvisionWindow *self, Place *place)
{
  g_autofree char *name = pupil_name (self, place->place->pupil_id);
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s’s place"), name);
  GtkWidget *start, *end, *remove_row, *end_today, *remove;

  place->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (place->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (place->row), name);
  g_object_set_data (G_OBJECT (place->row), "sendco-place", place);

  start = date_row (_("Place starts on"), NULL, &place->start_entry, FALSE);
  end = date_row (_("Place ends on"), _("Leave blank while they attend"), &place->end_entry, TRUE);
  end_today = gtk_button_new_with_mnemonic (_("End _Today"));
  gtk_widget_set_valign (end_today, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (end_today, _("The pupil stopped today: end the place, keeping the record"));
  g_signal_connect (end_today, "clicked", G_CALLBACK (on_end_today), place);
  adw_action_row_add_suffix (ADW_ACTION_ROW (end), end_today);

  remove_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Added by mistake?"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (remove_row),
                               _("Remove the place altogether. When a pupil stops, give an end date instead."));
  remove = gtk_button_new_with_mnemonic (_("_Remove"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_place), place);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);

  adw_expander_row_add_row (place->row, start);
  adw_expander_row_add_row (place->row, end);
  adw_expander_row_add_row (place->row, remove_row);

  sendco_date_entry_set_date (place->start_entry, place->place->start_date);
  sendco_date_entry_set_date (place->end_entry, place->place->end_date);
  g_signal_connect (place->start_entry, "notify::date", G_CALLBACK (on_place_dates_changed), place);
  g_signal_connect (place->start_entry, "notify::valid", G_CALLBACK (on_place_dates_changed), place);
  g_signal_connect (place->end_entry, "notify::date", G_CALLBACK (on_place_dates_changed), place);
  g_signal_connect (place->end_entry, "notify::valid", G_CALLBACK (on_place_dates_changed), place);

  update_place_row (self, place);
  gtk_list_box_append (self->pupils_list, GTK_WIDGET (place->row));
}

static int
compare_place_rows (GtkListBoxRow *a, GtkListBoxRow *b, gpointer user_data)
{
  SendcoProvisionWindow *self = user_data;
  Place *p = g_object_get_data (G_OBJECT (a), "sendco-place");
  Place *q = g_object_get_data (G_OBJECT (b), "sendco-place");
  SendcoPupil *x = g_hash_table_lookup (self->pupils, &p->place->pupil_id);
  SendcoPupil *y = g_hash_table_lookup (self->pupils, &q->place->pupil_id);
  g_autofree char *m = x ? sendco_pupil_dup_display_name (x) : g_strdup ("");
  g_autofree char *n = y ? sendco_pupil_dup_display_name (y) : g_strdup ("");
  int order = g_utf8_collate (m, n);

  if (order != 0)
    return order;
  return g_strcmp0 (p->place->start_date, q->place->start_date);
}

static Place *
add_place (SendcoProvisionWindow *self, const SendcoEnrolment *saved, gint64 pupil_id, const char *start,
           const char *end)
{
  Place *place = g_new0 (Place, 1);

  place->self = self;
  if (saved)
    {
      place->saved = sendco_enrolment_copy (saved);
      place->place = sendco_enrolment_copy (saved);
    }
  else
    {
      place->place = sendco_enrolment_new ();
      place->place->provision_id = self->original->id;
      place->place->pupil_id = pupil_id;
      sendco_record_set (&place->place->start_date, start);
      sendco_record_set (&place->place->end_date, end ? end : "");
    }
  g_ptr_array_add (self->places, place);
  add_place_row (self, place);
  return place;
}

static void
undo_remove_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionWindow *self = SENDCO_PROVISION_WINDOW (widget);

  if (self->last_removed == NULL)
    return;
  self->last_removed->removed = FALSE;
  self->last_removed = NULL;
  gtk_widget_action_set_enabled (widget, "provision.undo-remove", FALSE);
  update_state (self);
}

/* Adding pupils */

static char *
pick_pupils (SendcoPickDialog *dialog, const gint64 *ids, guint n_ids, const char *start, const char *end,
             gpointer user_data)
{
  SendcoProvisionWindow *self = user_data;
  g_autofree char *first = NULL;
  const Place *clash = NULL;
  guint clashes = 0;

  for (guint i = 0; i < n_ids; i++)
    for (guint j = 0; j < self->places->len; j++)
      {
        const Place *place = g_ptr_array_index (self->places, j);

        if (!place->removed && place->place->pupil_id == ids[i]
            && places_overlap (start, end, place->place->start_date, place->place->end_date))
          {
            if (clashes++ == 0)
              clash = place;
            break;
          }
      }

  if (clash)
    {
      g_autofree char *name = pupil_name (self, clash->place->pupil_id);
      g_autofree char *from = sendco_iso_to_uk (clash->place->start_date);
      g_autofree char *until = clash->place->end_date[0] ? sendco_iso_to_uk (clash->place->end_date) : NULL;
      g_autofree char *message = NULL;

      if (until)
        message = g_strdup_printf (_("%s already has a place on this provision from %s to %s."), name, from,
                                   until);
      else
        message = g_strdup_printf (_("%s already has a place on this provision from %s, with no end date."),
                                   name, from);
      if (clashes > 1)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%s So does %u other pupil chosen. Untick them, or choose a start "
                                             "date after their places end.",
                                             "%s So do %u other pupils chosen. Untick them, or choose a start "
                                             "date after their places end.", clashes - 1),
                                message, clashes - 1);
      return g_strdup_printf (_("%s Untick them, or give that place an end date first and choose a start "
                                "date after it."), message);
    }

  for (guint i = 0; i < n_ids; i++)
    add_place (self, NULL, ids[i], start, end);
  gtk_list_box_invalidate_sort (self->pupils_list);
  update_state (self);
  return NULL;
}

static void
add_pupils_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionWindow *self = SENDCO_PROVISION_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListStore) pupils = sendco_store_list_pupils (self->store, FALSE, &error);
  g_autofree char *name = trimmed (self->name_row);
  g_autofree char *description = NULL;
  const char *start = sendco_date_entry_get_date (self->start_entry);
  SendcoPickDialog *dialog;

  if (pupils == NULL)
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  if (name[0])
    description = g_strdup_printf (_("Choose the pupils who attend “%s”. Each gets a place from the date below; "
                                     "you can change any pupil’s dates afterwards."), name);
  else
    description = g_strdup (_("Choose the pupils who attend. Each gets a place from the date below; you can "
                              "change any pupil’s dates afterwards."));
  dialog = sendco_pick_dialog_new (GTK_WINDOW (self), _("Add Pupils"), description,
                                   _("Search by name, year group or need"), _("_Add"));
  sendco_pick_dialog_set_empty (dialog, _("No Pupils on Roll"),
                                _("Import pupils from your MIS export first; then add them to provisions."));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pupils)); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);
      gint64 id = sendco_pupil_get_id (pupil);
      g_autofree char *title = sendco_pupil_dup_display_name (pupil);
      g_autofree char *year = sendco_year_group_label (sendco_pupil_get_year_group (pupil));
      const char *need = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
      SendcoSenStatus status = sendco_sen_status_from_code (sendco_pupil_get_sen_status (pupil));
      const SendcoNeedType *type = sendco_need_type_lookup (need);
      g_autofree char *subtitle = NULL;
      g_autofree char *note = NULL;

      if (status == SENDCO_SEN_N || status == SENDCO_SEN_INVALID)
        subtitle = g_strdup (year);
      else if (need[0])
        subtitle = g_strdup_printf ("%s · %s · %s", year, sendco_sen_status_name (status), need);
      else
        subtitle = g_strdup_printf ("%s · %s", year, sendco_sen_status_name (status));

      for (guint j = 0; j < self->places->len; j++)
        {
          const Place *place = g_ptr_array_index (self->places, j);

          if (!place->removed && place->place->pupil_id == id
              && (place->place->end_date[0] == '\0' || strcmp (place->place->end_date, self->today_iso) >= 0))
            {
              g_autofree char *dates = sendco_place_dates_text (place->place->start_date, place->place->end_date);

              g_free (note);
              note = g_strdup_printf (_("Already has a place: %s"), dates);
            }
        }
      sendco_pick_dialog_add (dialog, id, title, subtitle, note, type ? (int) type->area : -1);
    }

  sendco_pick_dialog_set_dates (dialog, start[0] && strcmp (start, self->today_iso) > 0 ? start : self->today_iso,
                                "");
  sendco_pick_dialog_set_func (dialog, pick_pupils, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving */

static gboolean
write_places (SendcoProvisionWindow *self, gint64 provision_id, GError **error)
{
  /* Places taken off, then changed, then new: a place ended makes room for
   * a new one after it. */
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < self->places->len; i++)
      {
        Place *place = g_ptr_array_index (self->places, i);
        g_autoptr (GError) local_error = NULL;
        gboolean ok = TRUE;

        if (pass == 0 && place->saved && place->removed)
          ok = sendco_store_delete_enrolment (self->store, place->saved->id, &local_error);
        else if (pass == 1 && place->saved && !place->removed && place_changed (place))
          {
            g_autoptr (SendcoEnrolment) copy = sendco_enrolment_copy (place->place);

            ok = sendco_store_save_enrolment (self->store, copy, &local_error);
          }
        else if (pass == 2 && place->saved == NULL && !place->removed)
          {
            g_autoptr (SendcoEnrolment) copy = sendco_enrolment_copy (place->place);

            copy->id = 0;
            copy->provision_id = provision_id;
            ok = sendco_store_save_enrolment (self->store, copy, &local_error);
          }
        if (!ok)
          {
            g_autofree char *name = pupil_name (self, place->place->pupil_id);

            g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, local_error->message);
            return FALSE;
          }
      }
  return TRUE;
}

static void
save_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoProvisionWindow *self = SENDCO_PROVISION_WINDOW (widget);
  g_autofree char *problem = NULL;
  g_autoptr (SendcoProvision) edited = collect (self, &problem);
  g_autoptr (GError) error = NULL;
  gboolean ok;

  if (problem == NULL)
    problem = find_place_problem (self);
  if (problem)
    {
      gtk_label_set_text (self->problem_label, problem);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  ok = sendco_store_begin (self->store, &error);
  if (ok)
    {
      ok = sendco_store_save_provision (self->store, edited, &error)
           && write_places (self, edited->id, &error);
      if (ok)
        ok = sendco_store_commit (self->store, &error);
      else
        sendco_store_rollback (self->store);
    }
  if (!ok)
    {
      gtk_label_set_text (self->problem_label, error ? error->message : _("The provision could not be saved."));
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, edited->id);
  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sendco_provision_window_close_request (GtkWindow *window)
{
  SendcoProvisionWindow *self = SENDCO_PROVISION_WINDOW (window);

  if (self->closing || !is_dirty (self))
    return GTK_WINDOW_CLASS (sendco_provision_window_parent_class)->close_request (window);

  return sendco_editor_ask_discard (window, NULL, _("The changes to this provision and its pupils have not been saved."),
                                    &self->closing);
}

static void
sendco_provision_window_dispose (GObject *object)
{
  SendcoProvisionWindow *self = SENDCO_PROVISION_WINDOW (object);

  self->last_removed = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PROVISION_WINDOW);

  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_pointer (&self->original, sendco_provision_free);
  g_clear_pointer (&self->pristine, sendco_provision_free);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->pupils, g_hash_table_unref);
  g_clear_pointer (&self->on_roll, g_hash_table_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->today_iso, g_free);

  G_OBJECT_CLASS (sendco_provision_window_parent_class)->dispose (object);
}

static void
sendco_provision_window_class_init (SendcoProvisionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sendco_provision_window_dispose;
  window_class->close_request = sendco_provision_window_close_request;

  /**
   * SendcoProvisionWindow::saved:
   * @provision_id: the provision's id in the store
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (SENDCO_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-provision-window.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoProvisionWindow, name)
  BIND (window_title);
  BIND (save_button);
  BIND (problem_revealer);
  BIND (scroller);
  BIND (problem_label);
  BIND (toast_overlay);
  BIND (name_row);
  BIND (area_row);
  BIND (wave_row);
  BIND (description_row);
  BIND (staff_row);
  BIND (group_spin);
  BIND (sessions_spin);
  BIND (minutes_spin);
  BIND (start_entry);
  BIND (runs_row);
  BIND (end_row);
  BIND (end_entry);
  BIND (weeks_row);
  BIND (weeks_spin);
  BIND (resources_row);
  BIND (measure_name_row);
  BIND (measure_unit_row);
  BIND (higher_switch);
  BIND (costs_group);
  BIND (term_cost_row);
  BIND (year_cost_row);
  BIND (pupil_cost_row);
  BIND (session_cost_label);
  BIND (week_cost_label);
  BIND (term_cost_label);
  BIND (year_cost_label);
  BIND (pupil_cost_label);
  BIND (pupils_list);
  BIND (no_pupils_label);
  BIND (outcomes_group);
  BIND (outcomes_list);
#undef BIND

  gtk_widget_class_install_action (widget_class, "provision.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "provision.add-pupils", NULL, add_pupils_activated);
  gtk_widget_class_install_action (widget_class, "provision.undo-remove", NULL, undo_remove_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "provision.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "provision.add-pupils", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "provision.undo-remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sendco_provision_window_init (SendcoProvisionWindow *self)
{
  g_autoptr (GtkStringList) areas = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) waves = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) runs = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->places = g_ptr_array_new_with_free_func (place_free);
  sendco_today (&self->today);
  self->today_iso = sendco_date_to_iso (&self->today);

  for (SendcoArea a = 0; a < SENDCO_N_AREAS; a++)
    gtk_string_list_append (areas, sendco_area_name (a));
  adw_combo_row_set_model (self->area_row, G_LIST_MODEL (areas));
  for (int wave = 1; wave <= 3; wave++)
    gtk_string_list_append (waves, sendco_wave_name (wave));
  adw_combo_row_set_model (self->wave_row, G_LIST_MODEL (waves));
  gtk_string_list_append (runs, _("Until further notice"));
  gtk_string_list_append (runs, _("Until an end date"));
  gtk_string_list_append (runs, _("For a number of teaching weeks"));
  adw_combo_row_set_model (self->runs_row, G_LIST_MODEL (runs));

  sendco_date_entry_set_label (self->start_entry, _("Starts on"));
  sendco_date_entry_set_label (self->end_entry, _("Ends on"));
  gtk_list_box_set_sort_func (self->pupils_list, compare_place_rows, self, NULL);

  g_signal_connect (self->name_row, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->description_row, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->resources_row, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->measure_name_row, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->measure_unit_row, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->group_spin, "value-changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->sessions_spin, "value-changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->minutes_spin, "value-changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->weeks_spin, "value-changed", G_CALLBACK (on_changed), self);
  g_signal_connect (self->area_row, "notify::selected", G_CALLBACK (on_notify), self);
  g_signal_connect (self->wave_row, "notify::selected", G_CALLBACK (on_notify), self);
  g_signal_connect (self->staff_row, "notify::selected", G_CALLBACK (on_notify), self);
  g_signal_connect (self->runs_row, "notify::selected", G_CALLBACK (on_notify), self);
  g_signal_connect (self->higher_switch, "notify::active", G_CALLBACK (on_notify), self);
  g_signal_connect (self->start_entry, "notify::date", G_CALLBACK (on_notify), self);
  g_signal_connect (self->start_entry, "notify::valid", G_CALLBACK (on_notify), self);
  g_signal_connect (self->end_entry, "notify::date", G_CALLBACK (on_notify), self);
  g_signal_connect (self->end_entry, "notify::valid", G_CALLBACK (on_notify), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "provision.undo-remove", FALSE);
}

static void
fill_staff (SendcoProvisionWindow *self, GPtrArray *all)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  self->staff = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_staff_free);
  gtk_string_list_append (names, _("Nobody named"));
  for (guint i = 0; all && i < all->len; i++)
    {
      SendcoStaff *staff = g_ptr_array_index (all, i);
      g_autofree char *rate = NULL, *text = NULL;

      if (staff->archived_on[0] && staff->id != self->original->staff_id)
        continue;
      rate = sendco_money_format (staff->hourly_cost);
      if (staff->archived_on[0])
        text = g_strdup_printf (_("%s, %s an hour (retired)"), staff->name, rate);
      else
        text = g_strdup_printf (_("%s, %s an hour"), staff->name, rate);
      gtk_string_list_append (names, text);
      g_ptr_array_add (self->staff, sendco_staff_copy (staff));
      if (staff->id == self->original->staff_id)
        selected = self->staff->len;
    }
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->staff_row, selected);
}

static void
fill_outcomes (SendcoProvisionWindow *self)
{
  g_autoptr (GPtrArray) links = NULL;

  if (self->original->id == 0)
    {
      gtk_widget_set_visible (self->outcomes_group, FALSE);
      return;
    }
  links = sendco_store_list_outcome_links (self->store, 0, self->original->id, 0, NULL);
  for (guint i = 0; links && i < links->len; i++)
    {
      SendcoOutcomeLink *link = g_ptr_array_index (links, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("%s, support plan cycle %d"), link->pupil_name, link->cycle);
      GtkWidget *state = gtk_label_new (link->plan_reviewed ? _("Reviewed") : _("Current plan"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), link->outcome);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_widget_add_css_class (state, "caption");
      if (link->plan_reviewed)
        gtk_widget_add_css_class (state, "dim-label");
      gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
      gtk_list_box_append (self->outcomes_list, row);
    }
  if (links == NULL || links->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No outcomes name it yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("In a pupil’s support plan, choose this provision for the outcomes it serves."));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->outcomes_list, row);
    }
}

SendcoProvisionWindow *
sendco_provision_window_new (GtkWindow *parent, SendcoStore *store, gint64 provision_id, GError **error)
{
  SendcoProvisionWindow *self;
  g_autoptr (SendcoProvision) provision = NULL;
  g_autoptr (GPtrArray) staff = NULL;
  g_autoptr (GListStore) pupils = NULL;
  g_autoptr (GPtrArray) places = NULL;
  g_autofree char *pounds = NULL;
  const char *title;

  g_return_val_if_fail (SENDCO_IS_STORE (store), NULL);

  if (provision_id)
    {
      provision = sendco_store_get_provision (store, provision_id, error);
      if (provision == NULL)
        return NULL;
      places = sendco_store_list_enrolments (store, provision_id, 0, error);
      if (places == NULL)
        return NULL;
    }
  staff = sendco_store_list_staff (store, TRUE, error);
  if (staff == NULL)
    return NULL;
  pupils = sendco_store_list_pupils (store, TRUE, error);
  if (pupils == NULL)
    return NULL;

  title = provision ? provision->name : _("New Provision");
  self = g_object_new (SENDCO_TYPE_PROVISION_WINDOW, "transient-for", parent, "title", title, NULL);
  self->store = g_object_ref (store);
  adw_window_title_set_title (self->window_title, title);
  if (provision && provision->archived_on[0])
    {
      g_autofree char *retired = sendco_iso_to_uk (provision->archived_on);
      g_autofree char *subtitle = g_strdup_printf (_("Retired on %s"), retired);

      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else
    adw_window_title_set_subtitle (self->window_title, _("Provision library"));

  if (provision == NULL)
    {
      provision = sendco_provision_new ();
      sendco_record_set (&provision->start_date, self->today_iso);
    }
  self->original = sendco_provision_copy (provision);

  self->pupils = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->on_roll = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pupils)); i++)
    {
      SendcoPupil *pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);
      gint64 id = sendco_pupil_get_id (pupil);

      g_hash_table_insert (self->pupils, g_memdup2 (&id, sizeof id), pupil);
      if (!sendco_pupil_is_archived (pupil))
        g_hash_table_add (self->on_roll, g_memdup2 (&id, sizeof id));
    }

  self->loading = TRUE;
  fill_staff (self, staff);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), provision->name);
  adw_combo_row_set_selected (self->area_row, sendco_provision_area (provision));
  adw_combo_row_set_selected (self->wave_row, (guint) CLAMP (provision->wave, 1, 3) - 1);
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), provision->description);
  gtk_spin_button_set_value (self->group_spin, provision->group_size);
  gtk_spin_button_set_value (self->sessions_spin, provision->sessions_per_week);
  gtk_spin_button_set_value (self->minutes_spin, provision->minutes_per_session);
  sendco_date_entry_set_date (self->start_entry, provision->start_date);
  sendco_date_entry_set_date (self->end_entry, provision->end_date);
  gtk_spin_button_set_value (self->weeks_spin, provision->weeks > 0 ? provision->weeks : 12);
  adw_combo_row_set_selected (self->runs_row, provision->end_date[0] ? RUNS_UNTIL_DATE
                                              : provision->weeks > 0 ? RUNS_FOR_WEEKS : RUNS_ON);
  if (provision->resources_per_year > 0)
    pounds = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", provision->resources_per_year / 100,
                              (int) (provision->resources_per_year % 100));
  gtk_editable_set_text (GTK_EDITABLE (self->resources_row), pounds ? pounds : "");
  gtk_editable_set_text (GTK_EDITABLE (self->measure_name_row), provision->measure_name);
  gtk_editable_set_text (GTK_EDITABLE (self->measure_unit_row), provision->measure_unit);
  gtk_switch_set_active (self->higher_switch, provision->higher_is_better);
  for (guint i = 0; places && i < places->len; i++)
    add_place (self, g_ptr_array_index (places, i), 0, NULL, NULL);
  fill_outcomes (self);
  self->loading = FALSE;

  self->pristine = collect (self, NULL);
  update_state (self);
  return self;
}

gint64
sendco_provision_window_get_provision_id (SendcoProvisionWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_WINDOW (self), 0);
  return self->original->id;
}

const char *
sendco_provision_window_get_problem (SendcoProvisionWindow *self)
{
  g_return_val_if_fail (SENDCO_IS_PROVISION_WINDOW (self), NULL);
  return self->problem;
}

/* Places shown (not taken off). */
guint
sendco_provision_window_get_n_places (SendcoProvisionWindow *self)
{
  guint n = 0;

  g_return_val_if_fail (SENDCO_IS_PROVISION_WINDOW (self), 0);
  for (guint i = 0; i < self->places->len; i++)
    n += !((Place *) g_ptr_array_index (self->places, i))->removed;
  return n;
}

/* The row of @pupil_id's latest place shown, or %NULL. */
GtkWidget *
sendco_provision_window_get_place_row (SendcoProvisionWindow *self, gint64 pupil_id)
{
  Place *found = NULL;

  g_return_val_if_fail (SENDCO_IS_PROVISION_WINDOW (self), NULL);
  for (guint i = 0; i < self->places->len; i++)
    {
      Place *place = g_ptr_array_index (self->places, i);

      if (!place->removed && place->place->pupil_id == pupil_id
          && (found == NULL || strcmp (place->place->start_date, found->place->start_date) >= 0))
        found = place;
    }
  return found ? GTK_WIDGET (found->row) : NULL;
}
