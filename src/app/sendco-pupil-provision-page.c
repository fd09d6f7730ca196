/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Provision tab of a pupil's record: the pupil's own provision map.
 * Everything they receive this school year, each provision with its area of
 * need, wave, sessions, who delivers it, the dates of their place and their
 * share of its cost; the time they spend in provision each week and the
 * year's total. Above the £6,000 a school meets from its notional SEN
 * budget, a note says this is the evidence for a top-up funding or EHC
 * needs assessment request. Built from the provision map itself, so the
 * figures are the ones on the map and in the workbook. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-pupil-provision-page.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-clock.h"
#include "sendco-costing.h"
#include "sendco-dates.h"
#include "sendco-pick-dialog.h"
#include "sendco-provision-map.h"
#include "sendco-provision-ui.h"
#include "sendco-provision-window.h"
#include "sendco-store-provision.h"

struct _SendcoPupilProvisionPage
{
  AdwBin           parent_instance;

  /* template */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkLabel        *period_label;
  GtkRevealer     *threshold_revealer;
  GtkLabel        *threshold_label;
  GtkLabel        *provisions_value;
  GtkLabel        *provisions_caption;
  GtkLabel        *hours_value;
  GtkWidget       *cost_card;
  GtkLabel        *cost_value;
  GtkLabel        *cost_caption;
  GtkListBox      *provisions_list;
  AdwStatusPage   *empty_page;

  SendcoStore     *store;
  SendcoPupil     *pupil;
  guint            refresh_id;
};

G_DEFINE_FINAL_TYPE (SendcoPupilProvisionPage, sendco_pupil_provision_page, ADW_TYPE_BIN)

static GtkWindow *
parent_window (SendcoPupilProvisionPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

static const char *
forename (SendcoPupilProvisionPage *self)
{
  const char *name = sendco_pupil_get_forename (self->pupil);

  return name[0] ? name : sendco_pupil_get_surname (self->pupil);
}

/* The pupil's places on @provision_id, as dates, and whether one is current. */
static char *
places_text (GPtrArray *places, gint64 provision_id, const char *today, gboolean *current)
{
  g_autoptr (GString) text = g_string_new (NULL);

  *current = FALSE;
  for (guint i = 0; places && i < places->len; i++)
    {
      SendcoEnrolment *place = g_ptr_array_index (places, i);
      g_autofree char *dates = NULL;

      if (place->provision_id != provision_id)
        continue;
      dates = sendco_place_dates_text (place->start_date, place->end_date);
      if (text->len)
        g_string_append (text, ", ");
      g_string_append (text, dates);
      if (place->end_date[0] && strcmp (place->end_date, today) < 0)
        g_string_append (text, _(" (ended)"));
      else if (strcmp (place->start_date, today) > 0)
        g_string_append (text, _(" (to come)"));
      if (sendco_place_is_current (place->start_date, place->end_date, today))
        *current = TRUE;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
provision_row (SendcoPupilProvisionPage *self, const SendcoMapProvision *p, gint64 share,
               const char *places, guint others)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = sendco_area_dot_new ();
  GtkWidget *money = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *schedule = sendco_schedule_text (p->sessions_per_week, p->minutes_per_session);
  g_autofree char *share_text = sendco_money_format (share);
  g_autofree char *first = NULL, *second = NULL, *subtitle = NULL, *who = NULL;

  if (p->staff_name[0])
    who = g_strdup_printf (_("delivered by %s"), p->staff_name);
  else
    who = g_strdup (_("nobody named to deliver it"));
  /* Translators: "Communication and interaction · Wave 2: targeted · 3 × 30 min a week · delivered by Jo Taylor" */
  first = g_strdup_printf ("%s · %s · %s · %s", sendco_area_name (p->area), sendco_wave_name (CLAMP (p->wave, 1, 3)),
                           schedule, who);
  if (others == 0 && p->group_size <= 1)
    second = g_strdup_printf (_("Place %s · one to one"), places);
  else if (others == 0)
    second = g_strdup_printf (_("Place %s · the only pupil in the group this year"), places);
  else
    second = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Place %s · shared with %u other pupil",
                                           "Place %s · shared with %u other pupils", others),
                              places, others);
  subtitle = g_strconcat (first, "\n", second, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), p->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  sendco_area_dot_set_area (dot, p->area);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  gtk_label_set_text (GTK_LABEL (money), share_text);
  gtk_widget_add_css_class (money, "numeric");
  gtk_widget_add_css_class (money, "heading");
  gtk_widget_set_valign (money, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (money, _("The pupil’s share of its cost this school year"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), money);
  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "sendco-provision-id", g_memdup2 (&p->id, sizeof p->id), g_free);
  return row;
}

static void
refresh (SendcoPupilProvisionPage *self)
{
  g_autoptr (SendcoProvisionMap) map = NULL;
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *today = sendco_today_iso ();
  g_autofree char *hours = NULL, *cost = NULL, *count = NULL;
  SendcoMapFilter filter;
  SendcoMapPupil *me = NULL;
  gint64 id, total = 0;
  double minutes_now = 0;
  GDate now;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  clear_list (self->provisions_list);
  if (self->store == NULL || self->pupil == NULL)
    return;

  id = sendco_pupil_get_id (self->pupil);
  sendco_map_filter_init (&filter);
  filter.period = SENDCO_PERIOD_YEAR;
  filter.pupil_id = id;
  sendco_today (&now);
  map = sendco_store_build_provision_map (self->store, &filter, &now, &error);
  if (map)
    places = sendco_store_list_enrolments (self->store, 0, id, &error);
  if (places == NULL)
    {
      g_warning ("The pupil’s provision could not be read: %s", error->message);
      return;
    }
  gtk_label_set_text (self->period_label, map->period_label);

  for (guint i = 0; i < map->pupils->len; i++)
    if (((SendcoMapPupil *) g_ptr_array_index (map->pupils, i))->id == id)
      me = g_ptr_array_index (map->pupils, i);

  for (guint i = 0; i < map->provisions->len; i++)
    {
      SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);
      g_autofree char *dates = NULL;
      g_autoptr (GHashTable) others = g_hash_table_new (g_int64_hash, g_int64_equal);
      gint64 share = 0;
      gboolean current;

      for (guint j = 0; j < p->n_pupils; j++)
        if (p->pupil_ids[j] == id)
          share += p->shares[j];
        else
          g_hash_table_add (others, &p->pupil_ids[j]);
      dates = places_text (places, p->id, today, &current);
      if (current)
        minutes_now += (double) p->sessions_per_week * p->minutes_per_session;
      total += share;
      gtk_list_box_append (self->provisions_list,
                           provision_row (self, p, share, dates, g_hash_table_size (others)));
    }

  if (map->provisions->len == 0)
    {
      g_autofree char *description = NULL;

      if (sendco_pupil_is_archived (self->pupil))
        description = g_strdup_printf (_("%s has left the school, so is on no provision this school year."),
                                       forename (self));
      else
        description = g_strdup_printf (_("%s has no place on a provision this school year. Add them to an "
                                         "intervention from the provision library, and the time they spend in "
                                         "provision and what it costs show here."), forename (self));
      {
        g_autofree char *escaped = g_markup_escape_text (description, -1);

        adw_status_page_set_description (self->empty_page, escaped);
      }
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pupil-provision.add", !sendco_pupil_is_archived (self->pupil));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      gtk_revealer_set_reveal_child (self->threshold_revealer, FALSE);
      return;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pupil-provision.add", !sendco_pupil_is_archived (self->pupil));
  gtk_stack_set_visible_child_name (self->stack, "content");

  count = g_strdup_printf ("%u", map->provisions->len);
  gtk_label_set_text (self->provisions_value, count);
  gtk_label_set_text (self->provisions_caption,
                      g_dngettext (GETTEXT_PACKAGE, "provision this year", "provisions this year",
                                   map->provisions->len));
  hours = sendco_duration_text (minutes_now);
  gtk_label_set_text (self->hours_value, hours);
  cost = sendco_money_format (total);
  gtk_label_set_text (self->cost_value, cost);

  if (me && me->over_threshold)
    {
      g_autofree char *threshold = sendco_money_format_whole (SENDCO_NOTIONAL_SEN_THRESHOLD);
      g_autofree char *over = sendco_money_format (me->year_total - SENDCO_NOTIONAL_SEN_THRESHOLD);
      g_autofree char *text = NULL;

      text = g_strdup_printf (_("%s’s additional provision costs %s this school year, %s more than the %s a "
                                "school meets from its notional SEN budget. This is the evidence for a request "
                                "to the local authority for top-up funding, or for an EHC needs assessment."),
                              forename (self), cost, over, threshold);
      gtk_label_set_text (self->threshold_label, text);
      gtk_label_set_text (self->cost_caption, _("this school year, above the £6,000 threshold"));
      gtk_widget_add_css_class (self->cost_card, "sendco-over-threshold");
    }
  else
    {
      g_autofree char *left = sendco_money_format (SENDCO_NOTIONAL_SEN_THRESHOLD - (me ? me->year_total : total));
      g_autofree char *caption = g_strdup_printf (_("this school year, %s below the £6,000 threshold"), left);

      gtk_label_set_text (self->cost_caption, caption);
      gtk_widget_remove_css_class (self->cost_card, "sendco-over-threshold");
    }
  gtk_revealer_set_reveal_child (self->threshold_revealer, me && me->over_threshold);
}

static gboolean
refresh_cb (gpointer data)
{
  SendcoPupilProvisionPage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SendcoStore *store, const char *table, SendcoPupilProvisionPage *self)
{
  static const char *tables[] = { "staff", "provision", "provision_pupil", "pupil" };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (table, tables[i]) == 0 && self->refresh_id == 0)
      {
        self->refresh_id = g_idle_add (refresh_cb, self);
        return;
      }
}

static void
on_row_activated (GtkListBox *list, GtkListBoxRow *row, SendcoPupilProvisionPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "sendco-provision-id");
  g_autoptr (GError) error = NULL;
  SendcoProvisionWindow *window;

  if (id == NULL || self->store == NULL)
    return;
  window = sendco_provision_window_new (parent_window (self), self->store, *id, &error);
  if (window == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
}

/* Adding the pupil to provisions */

static char *
pick_provisions (SendcoPickDialog *dialog, const gint64 *ids, guint n_ids, const char *start, const char *end,
                 gpointer user_data)
{
  SendcoPupilProvisionPage *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  char *problem = NULL;

  if (!sendco_store_begin (self->store, &error))
    return g_strdup (error->message);
  for (guint i = 0; problem == NULL && i < n_ids; i++)
    {
      g_autoptr (SendcoEnrolment) place = sendco_enrolment_new ();

      place->provision_id = ids[i];
      place->pupil_id = sendco_pupil_get_id (self->pupil);
      sendco_record_set (&place->start_date, start);
      sendco_record_set (&place->end_date, end);
      if (!sendco_store_save_enrolment (self->store, place, &error))
        {
          g_autoptr (SendcoProvision) provision = sendco_store_get_provision (self->store, ids[i], NULL);

          problem = g_strdup_printf ("%s: %s", provision ? provision->name : "", error->message);
        }
    }
  if (problem)
    {
      sendco_store_rollback (self->store);
      return problem;
    }
  if (!sendco_store_commit (self->store, &error))
    return g_strdup (error->message);

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s added to %u provision", "%s added to %u provisions",
                                       n_ids),
                          forename (self), n_ids);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
  return NULL;
}

static void
add_activated (GtkWidget *widget, const char *action, GVariant *param)
{
  SendcoPupilProvisionPage *self = SENDCO_PUPIL_PROVISION_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) provisions = NULL;
  g_autoptr (GPtrArray) staff = NULL;
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GHashTable) names = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *today = sendco_today_iso ();
  g_autofree char *title = NULL, *description = NULL;
  SendcoPickDialog *dialog;

  if (self->store == NULL || self->pupil == NULL)
    return;
  provisions = sendco_store_list_provisions (self->store, FALSE, &error);
  if (provisions)
    staff = sendco_store_list_staff (self->store, TRUE, &error);
  if (staff)
    places = sendco_store_list_enrolments (self->store, 0, sendco_pupil_get_id (self->pupil), &error);
  if (places == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  for (guint i = 0; i < staff->len; i++)
    {
      SendcoStaff *s = g_ptr_array_index (staff, i);

      g_hash_table_insert (names, &s->id, s->name);
    }

  title = g_strdup_printf (_("Add %s to a Provision"), forename (self));
  description = g_strdup_printf (_("Choose the provisions %s attends. Each place starts on the date below; you "
                                   "can change the dates in the provision afterwards."), forename (self));
  dialog = sendco_pick_dialog_new (parent_window (self), title, description, _("Search the provision library"),
                                   _("_Add"));
  sendco_pick_dialog_set_empty (dialog, _("The Provision Library Is Empty"),
                                _("Add the interventions your school runs on the Provisions page first."));
  for (guint i = 0; i < provisions->len; i++)
    {
      SendcoProvision *p = g_ptr_array_index (provisions, i);
      g_autofree char *schedule = sendco_schedule_text (p->sessions_per_week, p->minutes_per_session);
      const char *who = g_hash_table_lookup (names, &p->staff_id);
      g_autofree char *subtitle = NULL, *note = NULL;

      if (who)
        subtitle = g_strdup_printf ("%s · %s · %s", sendco_wave_name (CLAMP (p->wave, 1, 3)), schedule, who);
      else
        subtitle = g_strdup_printf ("%s · %s", sendco_wave_name (CLAMP (p->wave, 1, 3)), schedule);
      for (guint j = 0; j < places->len; j++)
        {
          SendcoEnrolment *place = g_ptr_array_index (places, j);

          if (place->provision_id == p->id && (place->end_date[0] == '\0' || strcmp (place->end_date, today) >= 0))
            {
              g_autofree char *dates = sendco_place_dates_text (place->start_date, place->end_date);

              g_free (note);
              note = g_strdup_printf (_("Already has a place: %s"), dates);
            }
        }
      sendco_pick_dialog_add (dialog, p->id, p->name, subtitle, note, sendco_provision_area (p));
    }
  sendco_pick_dialog_set_dates (dialog, today, "");
  sendco_pick_dialog_set_func (dialog, pick_provisions, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sendco_pupil_provision_page_dispose (GObject *object)
{
  SendcoPupilProvisionPage *self = SENDCO_PUPIL_PROVISION_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->pupil);

  /* The toast overlay is both the bin's child and a template child: let the
   * bin drop it first, so it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SENDCO_TYPE_PUPIL_PROVISION_PAGE);

  G_OBJECT_CLASS (sendco_pupil_provision_page_parent_class)->dispose (object);
}

static void
sendco_pupil_provision_page_class_init (SendcoPupilProvisionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sendco_pupil_provision_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/Sendco/sendco-pupil-provision-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, SendcoPupilProvisionPage, name)
  BIND (toast_overlay);
  BIND (stack);
  BIND (period_label);
  BIND (threshold_revealer);
  BIND (threshold_label);
  BIND (provisions_value);
  BIND (provisions_caption);
  BIND (hours_value);
  BIND (cost_card);
  BIND (cost_value);
  BIND (cost_caption);
  BIND (provisions_list);
  BIND (empty_page);
#undef BIND

  gtk_widget_class_install_action (widget_class, "pupil-provision.add", NULL, add_activated);
}

static void
sendco_pupil_provision_page_init (SendcoPupilProvisionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->provisions_list, "row-activated", G_CALLBACK (on_row_activated), self);
}

void
sendco_pupil_provision_page_set_pupil (SendcoPupilProvisionPage *self, SendcoStore *store,
                                       SendcoPupil *pupil)
{
  g_return_if_fail (SENDCO_IS_PUPIL_PROVISION_PAGE (self));
  g_return_if_fail (store == NULL || SENDCO_IS_STORE (store));

  if (self->store != store)
    {
      if (self->store)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store)
        g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
    }
  g_set_object (&self->pupil, pupil);
  refresh (self);
}

char *
sendco_pupil_provision_page_dup_totals (SendcoPupilProvisionPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL_PROVISION_PAGE (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "content") != 0)
    return g_strdup ("");
  return g_strdup_printf ("%s %s | %s | %s", gtk_label_get_text (self->provisions_value),
                          gtk_label_get_text (self->provisions_caption), gtk_label_get_text (self->hours_value),
                          gtk_label_get_text (self->cost_value));
}

const char *
sendco_pupil_provision_page_get_threshold_note (SendcoPupilProvisionPage *self)
{
  g_return_val_if_fail (SENDCO_IS_PUPIL_PROVISION_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->threshold_revealer))
    return NULL;
  return gtk_label_get_text (self->threshold_label);
}
