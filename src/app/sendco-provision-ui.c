/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small pieces the provision library's pages and dialogs share. The cost of
 * a provision "this school year" follows the provision map exactly: the
 * teaching weeks it runs in the school year holding today (or, when it does
 * not run this year, in a year from its start), capped by its number of
 * weeks, with every place of a pupil on roll that falls in that year. */
#define G_LOG_DOMAIN "sendco-app"

#include "config.h"

#include "sendco-provision-ui.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sendco-dates.h"
#include "sendco-provision-map.h"

static const char *const area_classes[SENDCO_N_AREAS] = {
  "sendco-area-communication", "sendco-area-cognition", "sendco-area-semh",
  "sendco-area-sensory", "sendco-area-other",
};

/* A small dot in the area's colour on the provision map. */
GtkWidget *
sendco_area_dot_new (void)
{
  GtkWidget *dot = gtk_image_new ();

  gtk_widget_add_css_class (dot, "sendco-area-dot");
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (dot, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Area of need"), -1);
  return dot;
}

void
sendco_area_dot_set_area (GtkWidget *dot, SendcoArea area)
{
  g_return_if_fail (GTK_IS_WIDGET (dot));
  g_return_if_fail (area < SENDCO_N_AREAS);

  for (guint i = 0; i < SENDCO_N_AREAS; i++)
    if (i == area)
      gtk_widget_add_css_class (dot, area_classes[i]);
    else
      gtk_widget_remove_css_class (dot, area_classes[i]);
  gtk_widget_set_tooltip_text (dot, sendco_area_name (area));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sendco_area_name (area), -1);
}

SendcoArea
sendco_provision_area (const SendcoProvision *provision)
{
  SendcoArea area = SENDCO_AREA_OTHER;

  sendco_area_from_key (provision->area, &area);
  return area;
}

/* "3 × 30 min a week" */
char *
sendco_schedule_text (int sessions, int minutes)
{
  if (sessions <= 0)
    return g_strdup (_("No sessions set"));
  /* Translators: sessions a week × minutes a session */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d × %d min a week", "%d × %d min a week",
                                       sessions),
                          sessions, minutes);
}

/* "2 h 30 min", "45 min" */
char *
sendco_duration_text (double minutes)
{
  int total = (int) (minutes + 0.5);

  if (total < 60)
    return g_strdup_printf (_("%d min"), total);
  if (total % 60 == 0)
    return g_strdup_printf (_("%d h"), total / 60);
  return g_strdup_printf (_("%d h %d min"), total / 60, total % 60);
}

/* "One to one", "Up to 6" */
char *
sendco_group_text (int group_size)
{
  if (group_size <= 1)
    return g_strdup (_("One to one"));
  return g_strdup_printf (_("Up to %d"), group_size);
}

/* "From 01/09/2026", "01/09/2026 to 18/12/2026", "12 weeks from 01/09/2026" */
char *
sendco_provision_runs_text (const SendcoProvision *p)
{
  g_autofree char *start = sendco_iso_to_uk (p->start_date);

  if (p->end_date[0])
    {
      g_autofree char *end = sendco_iso_to_uk (p->end_date);

      return g_strdup_printf (_("%s to %s"), start, end);
    }
  if (p->weeks > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week from %s", "%d weeks from %s",
                                         p->weeks),
                            p->weeks, start);
  return g_strdup_printf (_("From %s"), start);
}

/* A pupil's place, to follow other words: "from 01/09/2026", "01/09/2026 to 12/12/2026" */
char *
sendco_place_dates_text (const char *start, const char *end)
{
  g_autofree char *from = sendco_iso_to_uk (start);

  if (end && end[0])
    {
      g_autofree char *to = sendco_iso_to_uk (end);

      return g_strdup_printf (_("%s to %s"), from, to);
    }
  return g_strdup_printf (_("from %s"), from);
}

gboolean
sendco_place_is_current (const char *start, const char *end, const char *today)
{
  return strcmp (start, today) <= 0 && (end == NULL || end[0] == '\0' || strcmp (end, today) >= 0);
}

static gboolean
from_iso (const char *iso, GDate *date)
{
  g_date_clear (date, 1);
  return iso && iso[0] && sendco_date_from_iso (iso, date);
}

static int
weeks_in (const char *start, const char *end, const GDate *from, const GDate *to, int cap)
{
  GDate s, e;
  int weeks;

  if (!from_iso (start, &s))
    return 0;
  from_iso (end, &e);
  weeks = sendco_teaching_weeks (&s, g_date_valid (&e) ? &e : NULL, from, to);
  return cap > 0 ? MIN (weeks, cap) : weeks;
}

/**
 * sendco_provision_cost_year:
 * @places: (element-type SendcoEnrolment) (nullable): the provision's places
 * @on_roll: (nullable): pupil ids (gint64 keys) on roll; %NULL counts every place
 *
 * What @provision costs in a year, as the provision map costs it for this
 * school year; a provision that does not run this school year is costed
 * for a year from its start. Places (pupils) that fall in that year count.
 */
void
sendco_provision_cost_year (const SendcoProvision *p, gint64 hourly_cost, GPtrArray *places,
                            GHashTable *on_roll, const GDate *today, SendcoProvisionCosting *costing)
{
  SendcoCostInput input = { 0 };
  GDate from, to;

  g_return_if_fail (p != NULL && costing != NULL);

  memset (costing, 0, sizeof *costing);
  sendco_period_dates (SENDCO_PERIOD_YEAR, today, &from, &to);
  costing->this_year = TRUE;
  costing->weeks = weeks_in (p->start_date, p->end_date, &from, &to, p->weeks);
  if (costing->weeks == 0 && from_iso (p->start_date, &from))
    {
      to = from;
      g_date_add_years (&to, 1);
      g_date_subtract_days (&to, 1);
      costing->this_year = FALSE;
      costing->weeks = weeks_in (p->start_date, p->end_date, &from, &to, p->weeks);
    }

  for (guint i = 0; places && g_date_valid (&from) && i < places->len; i++)
    {
      const SendcoEnrolment *place = g_ptr_array_index (places, i);
      const char *start = strcmp (place->start_date, p->start_date) > 0 ? place->start_date : p->start_date;
      const char *end = place->end_date;

      if (on_roll && !g_hash_table_contains (on_roll, &place->pupil_id))
        continue;
      if (p->end_date[0] && (end[0] == '\0' || strcmp (p->end_date, end) < 0))
        end = p->end_date;
      if (weeks_in (start, end, &from, &to, p->weeks) > 0)
        costing->pupils++;
    }

  input.hourly_cost = hourly_cost;
  input.minutes_per_session = p->minutes_per_session;
  input.sessions_per_week = p->sessions_per_week;
  input.group_size = MAX (p->group_size, 1);
  input.pupils = costing->pupils;
  input.weeks = costing->weeks;
  input.resources_per_year = p->resources_per_year;
  sendco_cost_compute (&input, &costing->cost);
}

/**
 * sendco_money_problem:
 * @text: an amount as typed: "150", "£1,234.50"; blank is £0
 * @what: what the amount is, for the message: "the hourly cost"
 * @example: a sensible amount to show: "18.50"
 * @pence: (out): the amount, when it is one
 *
 * Returns: (nullable): %NULL when @text is an amount of money, else what is
 *   wrong with it in plain words
 */
char *
sendco_money_problem (const char *text, const char *what, const char *example, gint64 *pence)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  const char *point;

  *pence = 0;
  if (trimmed[0] == '\0' || sendco_money_parse (trimmed, pence))
    return NULL;

  point = strchr (trimmed, '.');
  if (point && strspn (point + 1, "0123456789") > 2 && strspn (point + 1, "0123456789") == strlen (point + 1))
    return g_strdup_printf (_("Type %s in pounds and pence, with no more than two decimal places: "
                              "“%s” has %u."), what, trimmed, (guint) strlen (point + 1));
  if (trimmed[0] == '-' || g_str_has_prefix (trimmed, "−") || g_str_has_prefix (trimmed, "£-"))
    return g_strdup_printf (_("Type %s as an amount of £0 or more: “%s” is less than nothing."), what,
                            trimmed);
  return g_strdup_printf (_("Type %s in pounds and pence, like %s: “%s” is not an amount of money."),
                          what, example, trimmed);
}

/* The main window @widget belongs to, directly or through the windows it is
 * transient for; %NULL when there is none (a test's own window). */
SendcoWindow *
sendco_main_window_for (GtkWidget *widget)
{
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  while (window && !SENDCO_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  return window ? SENDCO_WINDOW (window) : NULL;
}
