/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo school generator: deterministic, the right size and shape, and
 * every record one the census and the store would accept. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sendco-census.h"
#include "sendco-dates.h"
#include "sendco-demo.h"
#include "sendco-store-deadlines.h"
#include "sendco-store-outcome-links.h"
#include "sendco-store-provision.h"
#include "sendco-upn.h"

/* Helpers */

static char *
make_tmp_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("sendco-demo-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tmp_dir (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static SendcoStore *
open_store (const char *dir, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  SendcoStore *store = sendco_store_open (path, SENDCO_STORE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
set_today (GDate *today, int day, GDateMonth month, int year)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) day, month, (GDateYear) year);
}

static gboolean
generate_with (SendcoStore *store, guint n_pupils, guint32 seed, const char *phase,
               guint provisions, const GDate *today, GError **error)
{
  SendcoDemoOptions options = { .n_pupils = n_pupils, .seed = seed, .phase = phase,
                                .provisions = provisions };

  return sendco_demo_generate (store, &options, today, error);
}

static gboolean
generate (SendcoStore *store, guint n_pupils, guint32 seed, const char *phase,
          const GDate *today, GError **error)
{
  return generate_with (store, n_pupils, seed, phase, 0, today, error);
}

static GListModel *
list_all (SendcoStore *store)
{
  g_autoptr (GError) error = NULL;
  GListStore *list = sendco_store_list_pupils (store, TRUE, &error);

  g_assert_no_error (error);
  return G_LIST_MODEL (list);
}

static GPtrArray *
history (SendcoStore *store, SendcoPupil *pupil)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *periods = sendco_store_sen_history (store, sendco_pupil_get_id (pupil), &error);

  g_assert_no_error (error);
  g_assert_nonnull (periods);
  return periods;
}

static gboolean
has_accent_or_apostrophe (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80 || *p == '\'')
      return TRUE;
  return FALSE;
}

static void
count_need (GHashTable *counts, const char *code)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, code));

  g_hash_table_insert (counts, (gpointer) g_intern_string (code), GUINT_TO_POINTER (count + 1));
}

static void check_records (SendcoStore *store, guint n_pupils, const GDate *today, const char *phase);
static gboolean in_term (const GDate *today);
static void check_provision (SendcoStore *store, guint n_pupils, const GDate *today, const char *phase,
                             guint expected);
static void check_outcome_links (SendcoStore *store, gboolean some);

/* Checks everything a demo school of @n_pupils must be; prints what it got. */
static void
check_school (SendcoStore *store, guint n_pupils, const GDate *today, const char *phase)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoSchool) school = sendco_store_get_school (store, &error);
  g_autoptr (GListModel) pupils = list_all (store);
  g_autoptr (GHashTable) upns = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) needs_k = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) needs_e = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *today_iso = sendco_date_to_iso (today);
  int school_year = sendco_school_year_of (today);
  guint n_items, on_roll = 0, archived = 0, n_k = 0, n_e = 0, n_n = 0, n_secondary = 0;
  guint accented = 0, with_history = 0, preferred = 0, lac = 0, fsm = 0, eal = 0;
  guint monitoring = 0, reviewed = 0, overdue = 0, temporary = 0, former = 0;
  guint genders[3] = { 0 };
  int first_year = g_str_equal (phase, "secondary") ? 7 : 0;
  int last_year = g_str_equal (phase, "primary") ? 6 : 13;
  GDate overdue_before;
  g_autofree char *overdue_iso = NULL;
  g_autoptr (GString) summary = g_string_new (NULL);
  static const char *const codes[] = {
    "SLCN", "ASD", "SPLD", "MLD", "SLD", "PMLD", "SEMH", "HI", "VI", "MSI", "PD", "OTH", "NSA",
  };

  g_assert_no_error (error);
  g_assert_true (sendco_school_get_is_demo (school));
  g_assert_cmpstr (sendco_school_get_phase (school), ==, phase);
  g_assert_cmpstr (sendco_school_get_name (school), !=, "");
  g_assert_cmpstr (sendco_school_get_local_authority (school), !=, "");

  overdue_before = *today;
  g_date_subtract_days (&overdue_before, 120);
  overdue_iso = sendco_date_to_iso (&overdue_before);

  n_items = g_list_model_get_n_items (pupils);
  g_assert_cmpuint (n_items, ==, n_pupils);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (pupils, i);
      g_autoptr (GPtrArray) periods = history (store, pupil);
      const char *upn = sendco_pupil_get_upn (pupil);
      const char *status = sendco_pupil_get_sen_status (pupil);
      const char *primary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
      const char *secondary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED);
      const char *gender = sendco_pupil_get_text (pupil, SENDCO_PUPIL_GENDER);
      const char *reviewed_on = sendco_pupil_get_text (pupil, SENDCO_PUPIL_LAST_REVIEWED);
      const char *register_since = sendco_pupil_get_text (pupil, SENDCO_PUPIL_ON_REGISTER_SINCE);
      const char *archived_on = sendco_pupil_get_text (pupil, SENDCO_PUPIL_ARCHIVED_ON);
      const char *first_start, *open_start = NULL;
      SendcoUpnResult upn_result = sendco_upn_validate (upn, NULL);
      SendcoSenStatus sen = sendco_sen_status_from_code (status);
      SendcoCensusRecord record = { 0 };
      guint open = 0;
      GDate dob;

      /* UPN: valid, check letter right, unique */
      if (!sendco_upn_result_is_ok (upn_result))
        g_error ("pupil %u: %s: %s", i, upn, sendco_upn_result_message (upn_result));
      if (upn_result == SENDCO_UPN_VALID_TEMPORARY)
        temporary++;
      g_assert_false (g_hash_table_contains (upns, upn));
      g_hash_table_add (upns, (gpointer) upn);

      /* Identity and year group */
      g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME), !=, "");
      g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME), !=, "");
      g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_FORM), !=, "");
      g_assert_true (g_utf8_validate (sendco_pupil_get_forename (pupil), -1, NULL));
      g_assert_true (g_utf8_validate (sendco_pupil_get_surname (pupil), -1, NULL));
      g_date_clear (&dob, 1);
      g_assert_true (sendco_date_from_iso (sendco_pupil_get_text (pupil,
                                                                  SENDCO_PUPIL_DATE_OF_BIRTH),
                                           &dob));
      g_assert_cmpint (sendco_year_group_for_dob (&dob, school_year), ==,
                       sendco_pupil_get_year_group (pupil));
      g_assert_cmpint (sendco_pupil_get_year_group (pupil), >=, first_year);
      g_assert_cmpint (sendco_pupil_get_year_group (pupil), <=, last_year);
      if (g_str_equal (gender, "F"))
        genders[0]++;
      else if (g_str_equal (gender, "M"))
        genders[1]++;
      else if (g_str_equal (gender, "X"))
        genders[2]++;
      else
        g_error ("pupil %u: gender “%s”", i, gender);

      if (has_accent_or_apostrophe (sendco_pupil_get_forename (pupil))
          || has_accent_or_apostrophe (sendco_pupil_get_surname (pupil)))
        accented++;
      if (sendco_pupil_get_text (pupil, SENDCO_PUPIL_PREFERRED_FORENAME)[0])
        {
          g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_PREFERRED_FORENAME), !=,
                           sendco_pupil_get_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME));
          preferred++;
        }
      lac += sendco_pupil_get_lac (pupil);
      fsm += sendco_pupil_get_fsm (pupil);
      eal += sendco_pupil_get_eal (pupil);

      /* SEN now: needs allowed for the status */
      g_assert_cmpint (sen, !=, SENDCO_SEN_INVALID);
      if (sen == SENDCO_SEN_N)
        {
          g_assert_cmpstr (primary, ==, "");
          g_assert_cmpstr (secondary, ==, "");
          g_assert_cmpstr (register_since, ==, "");
        }
      else
        {
          g_assert_true (sendco_need_allowed (sen, primary));
          if (secondary[0])
            {
              g_assert_true (sendco_need_allowed (sen, secondary));
              g_assert_cmpstr (secondary, !=, primary);
              n_secondary++;
            }
          if (sen == SENDCO_SEN_E)
            {
              g_assert_cmpstr (primary, !=, "NSA");
              g_assert_cmpstr (secondary, !=, "NSA");
            }
          g_assert_cmpstr (register_since, !=, "");
          g_assert_cmpstr (register_since, <=, today_iso);
        }

      /* SEN history: oldest first once reversed; one open period, at the end,
       * no overlaps, nothing in the future or before the first day. */
      g_assert_cmpuint (periods->len, >=, 1);
      for (guint j = 0; j < periods->len / 2; j++)
        {
          gpointer swap = periods->pdata[j];

          periods->pdata[j] = periods->pdata[periods->len - 1 - j];
          periods->pdata[periods->len - 1 - j] = swap;
        }
      first_start = ((SendcoSenPeriod *) periods->pdata[0])->start_date;
      for (guint j = 0; j < periods->len; j++)
        {
          SendcoSenPeriod *period = periods->pdata[j];

          g_assert_cmpstr (period->source, ==, "demo");
          g_assert_cmpstr (period->reason, !=, "");
          g_assert_cmpstr (period->start_date, <=, today_iso);
          g_assert_cmpstr (period->start_date, >=, first_start);
          if (period->end_date == NULL)
            {
              open++;
              open_start = period->start_date;
              g_assert_cmpuint (j, ==, periods->len - 1);
              g_assert_cmpstr (period->status, ==, status);
            }
          else
            {
              SendcoSenPeriod *next = periods->pdata[j + 1];

              g_assert_cmpstr (period->end_date, >, period->start_date);
              g_assert_cmpstr (period->end_date, <=, next->start_date);
            }
          if (g_str_equal (period->status, "E"))
            g_assert_cmpstr (period->primary_need, !=, "NSA");
          if (j > 0 && g_str_equal (period->status, "N")
              && !g_str_equal (((SendcoSenPeriod *) periods->pdata[j - 1])->status, "N"))
            former++;
        }
      g_assert_cmpuint (open, ==, 1);
      g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_SEN_SINCE), ==, open_start);
      if (periods->len > 1)
        with_history++;

      record.status = sen;
      record.primary_need = primary;
      record.secondary_need = secondary;
      record.has_ehc_plan = TRUE;   /* the EHC plan records are checked in check_records */
      record.open_periods = open;
      g_assert_cmpint (sendco_census_check (&record), ==, SENDCO_CENSUS_OK);

      /* Reviews, monitoring, leaving: all in the past, in order */
      if (reviewed_on[0])
        {
          g_assert_cmpstr (sen == SENDCO_SEN_N ? "" : register_since, <=, reviewed_on);
          g_assert_cmpstr (reviewed_on, <=, archived_on[0] ? archived_on : today_iso);
          reviewed++;
          if (strcmp (reviewed_on, overdue_iso) < 0)
            overdue++;
        }
      if (sendco_pupil_get_monitoring (pupil))
        {
          const char *since = sendco_pupil_get_text (pupil, SENDCO_PUPIL_MONITORING_SINCE);

          g_assert_cmpstr (since, <=, today_iso);
          g_assert_cmpstr (since, >=, first_start);
          g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_MONITORING_NOTE), !=, "");
          g_assert_cmpint (sen, ==, SENDCO_SEN_N);
          monitoring++;
        }

      if (sendco_pupil_is_archived (pupil))
        {
          g_assert_cmpstr (archived_on, <=, today_iso);
          g_assert_cmpstr (archived_on, >=, open_start);
          g_assert_cmpstr (sendco_pupil_get_text (pupil, SENDCO_PUPIL_ARCHIVE_REASON), !=, "");
          archived++;
          continue;
        }

      on_roll++;
      switch (sen)
        {
        case SENDCO_SEN_K:
          n_k++;
          count_need (needs_k, primary);
          break;
        case SENDCO_SEN_E:
          n_e++;
          count_need (needs_e, primary);
          break;
        case SENDCO_SEN_N:
        case SENDCO_SEN_INVALID:
        default:
          n_n++;
          break;
        }
    }

  g_assert_cmpuint (on_roll + archived, ==, n_pupils);
  g_assert_cmpuint (n_k + n_e + n_n, ==, on_roll);

  g_string_append_printf (summary, "%s, %s (%s), %u pupils: on roll %u, archived %u; "
                          "K %u (%.1f%%), E %u (%.1f%%), N %u; secondary need %u; F %u, M %u, "
                          "X %u; FSM %.1f%%, EAL %.1f%%, LAC %u; preferred forename %u; "
                          "accents/apostrophes %u; history > 1 period %u; came off the "
                          "register %u; monitoring %u; reviewed %u (overdue %u); temporary UPN %u",
                          sendco_school_get_name (school),
                          sendco_school_get_local_authority (school), phase, n_pupils, on_roll,
                          archived, n_k, 100.0 * n_k / on_roll, n_e, 100.0 * n_e / on_roll, n_n,
                          n_secondary, genders[0], genders[1], genders[2], 100.0 * fsm / n_pupils,
                          100.0 * eal / n_pupils, lac, preferred, accented, with_history, former,
                          monitoring, reviewed, overdue, temporary);
  g_string_append (summary, "\n  K primary needs:");
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_string_append_printf (summary, " %s %u", codes[i],
                            GPOINTER_TO_UINT (g_hash_table_lookup (needs_k, codes[i])));
  g_string_append (summary, "\n  E primary needs:");
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_string_append_printf (summary, " %s %u", codes[i],
                            GPOINTER_TO_UINT (g_hash_table_lookup (needs_e, codes[i])));
  g_test_message ("%s", summary->str);

  g_assert_cmpuint (genders[0], >, n_pupils * 4 / 10);
  g_assert_cmpuint (genders[1], >, n_pupils * 4 / 10);
  g_assert_cmpuint (with_history, >, 0);
  g_assert_cmpuint (archived, >, 0);
  g_assert_cmpuint (lac, >=, 1);
  g_assert_cmpuint (reviewed, >, 0);

  if (n_pupils >= 420)
    {
      g_assert_cmpfloat (100.0 * n_k / on_roll, >=, 10.0);
      g_assert_cmpfloat (100.0 * n_k / on_roll, <=, 16.0);
      g_assert_cmpfloat (100.0 * n_e / on_roll, >=, 2.0);
      g_assert_cmpfloat (100.0 * n_e / on_roll, <=, 4.5);
      g_assert_cmpuint (accented, >, 0);
      g_assert_cmpuint (preferred, >, 0);
      g_assert_cmpuint (monitoring, >, 0);
      g_assert_cmpuint (n_secondary, >, 0);
    }
  check_records (store, n_pupils, today, phase);

  if (n_pupils >= 2000)
    {
      g_assert_cmpfloat (100.0 * fsm / n_pupils, >=, 18.0);
      g_assert_cmpfloat (100.0 * fsm / n_pupils, <=, 30.0);
      g_assert_cmpfloat (100.0 * eal / n_pupils, >=, 14.0);
      g_assert_cmpfloat (100.0 * eal / n_pupils, <=, 26.0);
      g_assert_cmpuint (former, >, 0);
      g_assert_cmpuint (overdue, >, 0);
      g_assert_cmpuint (genders[2], >, 0);
    }

  check_provision (store, n_pupils, today, phase, 0);
  check_outcome_links (store, n_pupils >= 420 && in_term (today));
}

/* Plans, reviews, meetings, passports and EHC records */

static GPtrArray *
support_plans (SendcoStore *store, gint64 pupil)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *plans = sendco_store_list_support_plans (store, pupil, &error);

  g_assert_no_error (error);
  return plans;
}

static GPtrArray *
ehc_plans (SendcoStore *store, gint64 pupil)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *plans = sendco_store_list_ehc_plans (store, pupil, &error);

  g_assert_no_error (error);
  return plans;
}

/* Everything the demo wrote about one pupil beyond the register, as text:
 * what two schools made from the same seed must share. (Only when a row was
 * typed, recorded_at, may differ.) */
static void
dump_pupil_records (SendcoStore *store, gint64 pupil, GString *out)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) plans = support_plans (store, pupil);
  g_autoptr (GPtrArray) meetings = sendco_store_list_parent_meetings (store, pupil, &error);
  g_autoptr (SendcoPassport) passport = sendco_store_get_passport (store, pupil, &error);
  g_autoptr (GPtrArray) requests = sendco_store_list_ehc_requests (store, pupil, &error);
  g_autoptr (GPtrArray) ehc = ehc_plans (store, pupil);

  g_assert_no_error (error);
  for (guint i = 0; i < plans->len; i++)
    {
      SendcoSupportPlan *p = plans->pdata[i];

      g_string_append_printf (out, "plan %" G_GINT64_FORMAT " %d %s %s %d\n", p->id, p->cycle,
                              p->start_date, p->review_date, p->reviewed);
      for (guint j = 0; j < p->outcomes->len; j++)
        {
          SendcoOutcome *o = p->outcomes->pdata[j];

          g_string_append_printf (out, " outcome %" G_GINT64_FORMAT " %s %s|%s|%s|%s %" G_GINT64_FORMAT
                                  " %s %s\n", o->id, o->area, o->outcome, o->success, o->strategies,
                                  o->provision, o->carried_from, o->progress, o->progress_note);
        }
      if (p->reviewed)
        {
          g_autoptr (SendcoPlanReview) r = sendco_store_get_plan_review (store, p->id, &error);

          g_assert_no_error (error);
          g_string_append_printf (out, " review %s %s|%s|%s|%s\n", r->held_on, r->attendees,
                                  r->pupil_views, r->parent_views, r->next_steps);
        }
    }
  for (guint i = 0; i < meetings->len; i++)
    {
      SendcoParentMeeting *m = meetings->pdata[i];

      g_string_append_printf (out, "meeting %s %s %s\n", m->held_on, m->with_whom, m->notes);
    }
  g_string_append_printf (out, "passport %s|%s|%s|%s|%s|%s\n", passport->about_me, passport->important,
                          passport->admire, passport->support, passport->strengths, passport->updated_on);
  for (guint i = 0; i < requests->len; i++)
    {
      SendcoEhcRequest *r = requests->pdata[i];

      g_string_append_printf (out, "request %s %s %s %s %s %s %s %s %s\n", r->received_on, r->decision_on,
                              r->decision, r->advice_on, r->draft_sent_on, r->final_plan_on,
                              r->not_issuing_on, r->exception, r->exception_note);
    }
  for (guint i = 0; i < ehc->len; i++)
    {
      SendcoEhcPlan *p = ehc->pdata[i];
      g_autoptr (GPtrArray) reviews = sendco_store_list_annual_reviews (store, p->id, &error);

      g_assert_no_error (error);
      g_string_append_printf (out, "ehc %s %s %s %s %s %d %s %s\n", p->local_authority, p->caseworker,
                              p->issued_on, p->last_review_on, p->transfer, p->transfer_year,
                              p->post16_move_on, p->ceased_on);
      for (guint j = 0; j < reviews->len; j++)
        {
          SendcoAnnualReview *a = reviews->pdata[j];

          g_string_append_printf (out, " annual %s %s %s %s %s %s %s %s %s %s\n", a->meeting_on,
                                  a->views_gathered_on, a->invitations_sent_on, a->papers_circulated_on,
                                  a->meeting_held_on, a->report_sent_on, a->la_decision_on, a->la_decision,
                                  a->amendment_notice_on, a->amended_plan_on);
        }
    }
}

static char *
dump_records (SendcoStore *store)
{
  g_autoptr (GListModel) pupils = list_all (store);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (pupils); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (pupils, i);

      g_string_append_printf (out, "pupil %" G_GINT64_FORMAT "\n", sendco_pupil_get_id (pupil));
      dump_pupil_records (store, sendco_pupil_get_id (pupil), out);
    }
  return g_string_free (out, FALSE);
}

/* The staff, the provision library, the places, the outcome links and the
 * budget, as text: what two schools from the same seed must share. */
static char *
dump_provision (SendcoStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) staff = sendco_store_list_staff (store, TRUE, &error);
  g_autoptr (GPtrArray) library = sendco_store_list_provisions (store, TRUE, &error);
  g_autoptr (GPtrArray) places = sendco_store_list_enrolments (store, 0, 0, &error);
  g_autoptr (GPtrArray) links = sendco_store_list_outcome_links (store, 0, 0, 0, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < staff->len; i++)
    {
      SendcoStaff *s = staff->pdata[i];

      g_string_append_printf (out, "staff %" G_GINT64_FORMAT " %s|%s|%" G_GINT64_FORMAT "|%.1f\n",
                              s->id, s->name, s->role, s->hourly_cost, s->hours_per_week);
    }
  for (guint i = 0; i < library->len; i++)
    {
      SendcoProvision *p = library->pdata[i];

      g_string_append_printf (out, "provision %" G_GINT64_FORMAT " %s|%s|%d|%s|%" G_GINT64_FORMAT
                              "|%d|%d|%d|%s|%s|%d|%" G_GINT64_FORMAT "|%s|%s|%d\n", p->id, p->name,
                              p->area, p->wave, p->description, p->staff_id, p->group_size,
                              p->sessions_per_week, p->minutes_per_session, p->start_date,
                              p->end_date, p->weeks, p->resources_per_year, p->measure_name,
                              p->measure_unit, p->higher_is_better);
    }
  for (guint i = 0; i < places->len; i++)
    {
      SendcoEnrolment *e = places->pdata[i];

      g_string_append_printf (out, "place %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s %s\n",
                              e->provision_id, e->pupil_id, e->start_date, e->end_date);
    }
  for (guint i = 0; i < links->len; i++)
    {
      SendcoOutcomeLink *l = links->pdata[i];

      g_string_append_printf (out, "link %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", l->outcome_id,
                              l->provision_id);
    }
  g_string_append_printf (out, "budget %" G_GINT64_FORMAT "\n", sendco_store_get_sen_budget (store));
  return g_string_free (out, FALSE);
}

/* Every pupil's register record and SEN history, as text */
static char *
dump_pupils (SendcoStore *store)
{
  g_autoptr (GListModel) pupils = list_all (store);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (pupils); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (pupils, i);
      g_autoptr (GPtrArray) periods = history (store, pupil);

      for (SendcoPupilField field = 0; field < SENDCO_PUPIL_N_TEXT_FIELDS; field++)
        g_string_append_printf (out, "%s|", sendco_pupil_get_text (pupil, field));
      g_string_append_printf (out, "%d %d %d %d %d\n", sendco_pupil_get_year_group (pupil),
                              sendco_pupil_get_lac (pupil), sendco_pupil_get_fsm (pupil),
                              sendco_pupil_get_eal (pupil), sendco_pupil_get_monitoring (pupil));
      for (guint j = 0; j < periods->len; j++)
        {
          SendcoSenPeriod *x = periods->pdata[j];

          g_string_append_printf (out, " %s %s %s %s %s %s\n", x->status, x->primary_need,
                                  x->secondary_need, x->start_date, x->end_date, x->reason);
        }
    }
  return g_string_free (out, FALSE);
}

static guint
count_lines (const char *text, const char *prefix)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], prefix))
      n++;
  return n;
}

/* The support plans of one pupil: one open cycle, the newest; the cycles
 * before it reviewed, each outcome with its progress; carried outcomes
 * continue unfinished ones of the cycle before. Returns the cycles. */
static guint
check_support_plans (SendcoStore *store, SendcoPupil *pupil, const char *today_iso, guint *open_overdue,
                     guint *n_outcomes_open)
{
  g_autoptr (GPtrArray) plans = support_plans (store, sendco_pupil_get_id (pupil));
  const char *since = sendco_pupil_get_text (pupil, SENDCO_PUPIL_ON_REGISTER_SINCE);
  const char *last_reviewed = sendco_pupil_get_text (pupil, SENDCO_PUPIL_LAST_REVIEWED);

  if (plans->len == 0)
    return 0;
  g_assert_cmpstr (sendco_pupil_get_sen_status (pupil), !=, "N");
  g_assert_cmpuint (plans->len, <=, 4);

  /* The first outcome ever set is for the pupil's primary need. */
  {
    SendcoSupportPlan *first = plans->pdata[plans->len - 1];
    const char *primary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
    const SendcoNeedType *need = sendco_need_type_lookup (primary);

    g_assert_nonnull (need);
    g_assert_cmpuint (first->outcomes->len, >, 0);
    g_assert_cmpstr (((SendcoOutcome *) first->outcomes->pdata[0])->area, ==, sendco_area_key (need->area));
  }

  for (guint i = 0; i < plans->len; i++)
    {
      SendcoSupportPlan *plan = plans->pdata[i];

      g_assert_cmpint (plan->cycle, ==, (int) (plans->len - i));
      g_assert_cmpstr (plan->start_date, >=, since);
      g_assert_cmpstr (plan->start_date, <=, today_iso);
      g_assert_cmpstr (plan->review_date, >=, plan->start_date);
      g_assert_cmpuint (plan->outcomes->len, >=, 1);
      g_assert_cmpuint (plan->outcomes->len, <=, 4);
      for (guint j = 0; j < plan->outcomes->len; j++)
        {
          SendcoOutcome *o = plan->outcomes->pdata[j];

          g_assert_true (sendco_area_from_key (o->area, NULL));
          g_assert_cmpstr (o->outcome, !=, "");
          g_assert_cmpstr (o->success, !=, "");
          g_assert_cmpstr (o->strategies, !=, "");
          g_assert_cmpstr (o->provision, !=, "");
          if (i == 0)
            g_assert_cmpstr (o->progress, ==, "");
          else
            g_assert_true (g_str_equal (o->progress, "achieved") || g_str_equal (o->progress, "partly")
                           || g_str_equal (o->progress, "not-yet"));

          /* Carried from an unfinished outcome of the cycle before */
          if (o->carried_from)
            {
              SendcoSupportPlan *before = plans->pdata[i + 1];
              gboolean found = FALSE;

              for (guint k = 0; k < before->outcomes->len; k++)
                {
                  SendcoOutcome *b = before->outcomes->pdata[k];

                  if (b->id == o->carried_from)
                    {
                      g_assert_cmpstr (b->progress, !=, "achieved");
                      g_assert_cmpstr (b->outcome, ==, o->outcome);
                      found = TRUE;
                    }
                }
              g_assert_true (found);
            }
        }

      if (i == 0)
        {
          g_assert_false (plan->reviewed);
          if (strcmp (plan->review_date, today_iso) < 0)
            (*open_overdue)++;
          *n_outcomes_open += plan->outcomes->len;
        }
      else
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (SendcoPlanReview) review = sendco_store_get_plan_review (store, plan->id, &error);
          SendcoSupportPlan *after = plans->pdata[i - 1];

          g_assert_no_error (error);
          g_assert_true (plan->reviewed);
          g_assert_cmpstr (review->held_on, >=, plan->start_date);
          g_assert_cmpstr (review->held_on, <=, today_iso);
          g_assert_cmpstr (review->held_on, ==, after->start_date);
          g_assert_cmpstr (review->held_on, <=, last_reviewed);
          g_assert_cmpstr (review->attendees, !=, "");
          g_assert_cmpstr (review->pupil_views, !=, "");
          g_assert_cmpstr (review->parent_views, !=, "");
          g_assert_cmpstr (review->next_steps, !=, "");
          g_assert_cmpstr (review->recorded_at, !=, review->held_on);
        }
    }
  return plans->len;
}

/* The pupil's EHC plan: issued when their SEN status became E (before they
 * came, for one who came with it), by the school's LA; reviews after it,
 * each step in its order. */
static void
check_ehc_plan (SendcoStore *store, SendcoPupil *pupil, GPtrArray *periods_newest_first,
                const char *local_authority, const char *today_iso, int school_year)
{
  g_autoptr (GPtrArray) plans = ehc_plans (store, sendco_pupil_get_id (pupil));
  g_autoptr (GPtrArray) reviews = NULL;
  g_autoptr (GError) error = NULL;
  SendcoSenPeriod *now = periods_newest_first->pdata[0];
  SendcoSenPeriod *first = periods_newest_first->pdata[periods_newest_first->len - 1];
  SendcoEhcPlan *plan;
  int year = sendco_pupil_get_year_group (pupil);

  g_assert_cmpuint (plans->len, ==, 1);
  plan = plans->pdata[0];
  g_assert_cmpstr (plan->ceased_on, ==, "");
  g_assert_cmpstr (plan->local_authority, ==, local_authority);
  g_assert_cmpstr (plan->caseworker, !=, "");
  g_assert_cmpstr (now->status, ==, "E");
  if (g_str_equal (first->status, "E"))
    g_assert_cmpstr (plan->issued_on, <=, now->start_date);
  else
    g_assert_cmpstr (plan->issued_on, ==, now->start_date);
  g_assert_cmpstr (plan->issued_on, >, sendco_pupil_get_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH));
  if (plan->last_review_on[0])
    {
      g_assert_cmpstr (plan->last_review_on, >, plan->issued_on);
      g_assert_cmpstr (plan->last_review_on, <=, today_iso);
    }

  /* Transfers in the year to come */
  if (!sendco_pupil_is_archived (pupil) && year == 11)
    {
      g_assert_cmpstr (plan->transfer, ==, "post16");
      g_assert_cmpint (plan->transfer_year, ==, school_year + 1);
    }
  else if (g_str_equal (plan->transfer, "phase"))
    {
      g_assert_cmpint (year, ==, 6);
      g_assert_cmpint (plan->transfer_year, ==, school_year + 1);
    }
  else if (g_str_equal (plan->transfer, "post16-move"))
    {
      g_assert_cmpint (year, ==, 13);
      g_assert_cmpstr (plan->post16_move_on, >, today_iso);
    }
  else
    g_assert_cmpstr (plan->transfer, ==, "");

  reviews = sendco_store_list_annual_reviews (store, plan->id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < reviews->len; i++)
    {
      SendcoAnnualReview *a = reviews->pdata[i];

      g_assert_cmpstr (a->meeting_on, >, plan->issued_on);
      if (plan->last_review_on[0])
        g_assert_cmpstr (a->meeting_on, >, plan->last_review_on);
      /* only the newest may still be to come */
      if (i > 0)
        g_assert_cmpstr (a->meeting_held_on, !=, "");
      if (a->meeting_held_on[0])
        {
          g_assert_cmpstr (a->meeting_held_on, >=, a->meeting_on);
          g_assert_cmpstr (a->meeting_held_on, <=, today_iso);
          g_assert_cmpstr (a->views_gathered_on, <, a->meeting_held_on);
          g_assert_cmpstr (a->invitations_sent_on, <, a->meeting_held_on);
          g_assert_cmpstr (a->papers_circulated_on, <, a->meeting_held_on);
        }
      if (a->la_decision_on[0])
        g_assert_cmpstr (a->report_sent_on, !=, "");
      if (a->amendment_notice_on[0])
        g_assert_cmpstr (a->la_decision, ==, "amend");
    }
}

/* What check_records found, for the summary and the shape checks */
typedef struct
{
  guint with_plan, cycles, open_overdue, outcomes_open, passports, meetings, meetings_this_year[4];
  guint ehc_plans, annual_reviews, requests, requests_open, completed_requests, transfers;
  guint deadlines[SENDCO_N_DEADLINE_KINDS], overdue;
} RecordCounts;

static void
check_deadlines (SendcoStore *store, const GDate *today, GHashTable *archived, RecordCounts *counts)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListStore) items = sendco_store_list_deadlines (store, 0, today, &error);
  g_autofree char *today_iso = sendco_date_to_iso (today);
  GDate earliest = *today, latest = *today;
  g_autofree char *earliest_iso = NULL, *latest_iso = NULL;
  const char *previous = "";

  g_assert_no_error (error);
  g_date_subtract_years (&earliest, 2);
  g_date_add_years (&latest, 2);
  earliest_iso = sendco_date_to_iso (&earliest);
  latest_iso = sendco_date_to_iso (&latest);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr (SendcoDeadlineItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      const char *date = sendco_deadline_item_get_date (item);
      gint64 pupil_id = sendco_deadline_item_get_pupil_id (item);
      GDate real;

      /* a real date, soonest first, not absurdly far either side */
      g_date_clear (&real, 1);
      g_assert_true (sendco_date_from_iso (date, &real));
      g_assert_cmpstr (date, >=, previous);
      g_assert_cmpstr (date, >=, earliest_iso);
      g_assert_cmpstr (date, <=, latest_iso);
      previous = date;
      g_assert_false (g_hash_table_contains (archived, GINT_TO_POINTER (pupil_id)));
      counts->deadlines[sendco_deadline_item_get_kind (item)]++;
      if (sendco_deadline_item_get_urgency (item, today_iso) == SENDCO_URGENCY_OVERDUE)
        counts->overdue++;
    }
}

static void
check_records (SendcoStore *store, guint n_pupils, const GDate *today, const char *phase)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoSchool) school = sendco_store_get_school (store, &error);
  g_autoptr (GListModel) pupils = list_all (store);
  g_autoptr (GHashTable) archived = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree char *today_iso = sendco_date_to_iso (today);
  g_autofree char *year_start = NULL;
  int school_year = sendco_school_year_of (today);
  RecordCounts c = { 0 };
  guint n_k_e = 0;

  g_assert_no_error (error);
  year_start = g_strdup_printf ("%d-09-01", school_year);

  for (guint i = 0; i < g_list_model_get_n_items (pupils); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (pupils, i);
      gint64 id = sendco_pupil_get_id (pupil);
      const char *status = sendco_pupil_get_sen_status (pupil);
      g_autoptr (GPtrArray) periods = history (store, pupil);
      g_autoptr (GPtrArray) meetings = sendco_store_list_parent_meetings (store, id, &error);
      g_autoptr (SendcoPassport) passport = sendco_store_get_passport (store, id, &error);
      g_autoptr (GPtrArray) requests = sendco_store_list_ehc_requests (store, id, &error);
      g_autoptr (GPtrArray) plans = ehc_plans (store, id);
      SendcoCensusRecord record = { 0 };
      guint cycles, this_year = 0;

      g_assert_no_error (error);
      if (sendco_pupil_is_archived (pupil))
        g_hash_table_add (archived, GINT_TO_POINTER (id));
      if (!g_str_equal (status, "N") && !sendco_pupil_is_archived (pupil))
        n_k_e++;

      /* The census rule: E has an EHC plan (and only E, in the demo) */
      record.status = sendco_sen_status_from_code (status);
      record.primary_need = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
      record.secondary_need = sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED);
      record.has_ehc_plan = plans->len > 0 && ((SendcoEhcPlan *) plans->pdata[0])->ceased_on[0] == '\0';
      record.open_periods = 1;
      g_assert_cmpint (sendco_census_check (&record), ==, SENDCO_CENSUS_OK);
      if (g_str_equal (status, "E"))
        {
          check_ehc_plan (store, pupil, periods, sendco_school_get_local_authority (school), today_iso,
                          school_year);
          c.ehc_plans++;
          c.transfers += ((SendcoEhcPlan *) plans->pdata[0])->transfer[0] != '\0';
          {
            SendcoEhcPlan *plan = plans->pdata[0];
            g_autoptr (GPtrArray) reviews = sendco_store_list_annual_reviews (store, plan->id, &error);

            g_assert_no_error (error);
            c.annual_reviews += reviews->len;
          }
        }
      else
        g_assert_cmpuint (plans->len, ==, 0);

      /* Support plans */
      cycles = check_support_plans (store, pupil, today_iso, &c.open_overdue, &c.outcomes_open);
      if (cycles)
        {
          c.with_plan++;
          c.cycles += cycles;
        }

      /* Parent meetings: only for pupils on the register, all in the past */
      for (guint j = 0; j < meetings->len; j++)
        {
          SendcoParentMeeting *m = meetings->pdata[j];

          g_assert_cmpstr (m->held_on, <=, today_iso);
          g_assert_cmpstr (m->held_on, >=, sendco_pupil_get_text (pupil, SENDCO_PUPIL_ON_REGISTER_SINCE));
          g_assert_cmpstr (m->with_whom, !=, "");
          g_assert_cmpstr (m->notes, !=, "");
          if (strcmp (m->held_on, year_start) >= 0)
            this_year++;
        }
      if (meetings->len)
        g_assert_cmpstr (status, !=, "N");
      c.meetings += meetings->len;
      g_assert_cmpint (sendco_pupil_get_parent_meetings (pupil), ==, (int) this_year);
      if (!g_str_equal (status, "N") && !sendco_pupil_is_archived (pupil))
        {
          g_assert_cmpuint (this_year, <=, 3);
          c.meetings_this_year[this_year]++;
        }

      /* Passport: in the pupil's own words */
      if (passport->updated_on[0])
        {
          g_autofree char *opening = g_strdup_printf ("My name is %s and I am in ",
                                                      sendco_pupil_get_forename (pupil));

          g_assert_cmpstr (status, !=, "N");
          g_assert_false (sendco_pupil_is_archived (pupil));
          g_assert_true (g_str_has_prefix (passport->about_me, opening));
          g_assert_cmpstr (passport->important, !=, "");
          g_assert_cmpstr (passport->admire, !=, "");
          g_assert_cmpstr (passport->support, !=, "");
          g_assert_cmpstr (passport->strengths, !=, "");
          c.passports++;
        }

      /* Requests: open ones for pupils at SEN support; a finished one for a
       * pupil whose plan it became, on the same day */
      for (guint j = 0; j < requests->len; j++)
        {
          SendcoEhcRequest *r = requests->pdata[j];

          g_assert_cmpstr (r->received_on, <=, today_iso);
          g_assert_cmpstr (r->received_on, >=, sendco_pupil_get_text (pupil, SENDCO_PUPIL_ON_REGISTER_SINCE));
          c.requests++;
          if (r->final_plan_on[0])
            {
              g_assert_cmpstr (status, ==, "E");
              g_assert_cmpstr (r->final_plan_on, ==, ((SendcoEhcPlan *) plans->pdata[0])->issued_on);
              g_assert_cmpstr (r->draft_sent_on, <, r->final_plan_on);
              c.completed_requests++;
            }
          else
            {
              g_assert_cmpstr (status, ==, "K");
              g_assert_false (sendco_pupil_is_archived (pupil));
              if (r->not_issuing_on[0] == '\0' && !g_str_equal (r->decision, "not-assess"))
                c.requests_open++;
            }
        }
    }

  check_deadlines (store, today, archived, &c);

  g_test_message ("  support plans for %u of %u pupils at K or E on roll (%u cycles, %u open reviews "
                  "overdue, %.1f outcomes an open plan); parent meetings %u (this year 0: %u, 1: %u, "
                  "2: %u, 3: %u); passports %u; EHC plans %u (transfers %u, annual reviews %u); "
                  "requests %u (open %u, finished with a plan %u)",
                  c.with_plan, n_k_e, c.cycles, c.open_overdue,
                  c.with_plan ? (double) c.outcomes_open / c.with_plan : 0.0, c.meetings,
                  c.meetings_this_year[0], c.meetings_this_year[1], c.meetings_this_year[2],
                  c.meetings_this_year[3], c.passports, c.ehc_plans, c.transfers, c.annual_reviews,
                  c.requests, c.requests_open, c.completed_requests);
  g_test_message ("  deadlines: EHC requests %u, annual reviews %u, transfers %u, support plans %u, "
                  "parent meetings %u; overdue %u", c.deadlines[SENDCO_DEADLINE_EHC_REQUEST],
                  c.deadlines[SENDCO_DEADLINE_ANNUAL_REVIEW], c.deadlines[SENDCO_DEADLINE_TRANSFER],
                  c.deadlines[SENDCO_DEADLINE_SUPPORT_PLAN], c.deadlines[SENDCO_DEADLINE_PARENT_MEETINGS],
                  c.overdue);

  /* Most pupils at K or E have a support plan, about half a passport */
  g_assert_cmpuint (c.with_plan, >=, n_k_e * 6 / 10);
  g_assert_cmpuint (c.annual_reviews, >, 0);
  if (n_pupils >= 420)
    {
      g_assert_cmpuint (c.passports, >=, n_k_e * 3 / 10);
      g_assert_cmpuint (c.passports, <=, n_k_e * 7 / 10);
      g_assert_cmpuint (c.cycles, >, c.with_plan);
      g_assert_cmpuint (c.open_overdue, >, 0);
      g_assert_cmpuint (c.meetings, >, 0);
      g_assert_cmpuint (c.requests_open, >=, 5);
      g_assert_cmpuint (c.overdue, >, 0);
      g_assert_cmpuint (c.deadlines[SENDCO_DEADLINE_EHC_REQUEST], >, 0);
      g_assert_cmpuint (c.deadlines[SENDCO_DEADLINE_ANNUAL_REVIEW], >, 0);
      g_assert_cmpuint (c.deadlines[SENDCO_DEADLINE_SUPPORT_PLAN], >, 0);
    }
  if (n_pupils >= 2000)
    {
      /* every kind, on a school day in term */
      for (SendcoDeadlineKind kind = 0; kind < SENDCO_N_DEADLINE_KINDS; kind++)
        if (g_date_get_month (today) != G_DATE_AUGUST || kind != SENDCO_DEADLINE_PARENT_MEETINGS)
          g_assert_cmpuint (c.deadlines[kind], >, 0);
      g_assert_cmpuint (c.transfers, >, 0);
      g_assert_cmpuint (c.completed_requests, >, 0);
      g_assert_cmpuint (c.meetings_this_year[0], >, 0);
      g_assert_cmpuint (c.meetings_this_year[1], >, 0);
    }
}

static void
check_nothing_written (SendcoStore *store)
{
  g_autoptr (GListModel) pupils = list_all (store);

  g_assert_false (sendco_store_has_school (store));
  g_assert_cmpuint (g_list_model_get_n_items (pupils), ==, 0);
}

/* Staff, the provision library and places */

/* Year groups the well-known programmes are for */
static const struct
{
  const char *prefix;
  int         first;
  int         last;
} programme_years[] = {
  { "Talk Boost KS1", 0, 2 }, { "Talk Boost KS2", 3, 6 }, { "NELI", 0, 0 },
  { "Infant Language Link", 0, 2 }, { "Junior Language Link", 3, 6 },
  { "Secondary Language Link", 7, 9 }, { "Attention Autism", 0, 2 }, { "Reading Recovery", 1, 1 },
  { "Fischer Family Trust Wave 3", 1, 2 }, { "Plus One", 1, 3 }, { "Lexia Core5", 1, 6 },
  { "Lexia PowerUp", 7, 11 }, { "Exam access practice", 10, 13 },
  { "Access arrangements assessment", 9, 11 }, { "Enhanced transition programme", 6, 7 },
  { "School counselling", 7, 13 }, { "Play therapy", 0, 6 }, { "Mentoring", 7, 13 },
  { "Maths catch-up group", 7, 9 }, { "Nurture group", 1, 4 }, { "Write from the Start", 0, 3 },
};

/* The year groups a provision is for, from its name: a programme's, or
 * "(R)", "(Y4)", "(R–Y2)", "(Y7–9)", "(Y7 group B)". */
static gboolean
provision_years (const char *name, int *first, int *last)
{
  const char *open = strrchr (name, '(');
  gboolean found = FALSE;

  *first = 0;
  *last = 14;
  for (guint i = 0; i < G_N_ELEMENTS (programme_years); i++)
    if (g_str_has_prefix (name, programme_years[i].prefix))
      {
        *first = programme_years[i].first;
        *last = programme_years[i].last;
        found = TRUE;
      }
  if (open == NULL)
    return found;
  if (sscanf (open, "(Y%d–%d", first, last) == 2)
    return TRUE;
  if (sscanf (open, "(R–Y%d", last) == 1)
    {
      *first = 0;
      return TRUE;
    }
  if (sscanf (open, "(Y%d", first) == 1)
    {
      *last = *first;
      return TRUE;
    }
  if (g_str_has_prefix (open, "(R)") || g_str_has_prefix (open, "(R group"))
    {
      *first = *last = 0;
      return TRUE;
    }
  return found;
}

static int
year_group_on (SendcoPupil *pupil, const char *iso, int school_year)
{
  GDate day;

  g_date_clear (&day, 1);
  g_assert_true (sendco_date_from_iso (iso, &day));
  return sendco_pupil_get_year_group (pupil) - (school_year - sendco_school_year_of (&day));
}

static int
compare_enrolments (gconstpointer a, gconstpointer b)
{
  const SendcoEnrolment *x = *(SendcoEnrolment *const *) a, *y = *(SendcoEnrolment *const *) b;

  if (x->provision_id != y->provision_id)
    return x->provision_id < y->provision_id ? -1 : 1;
  if (x->pupil_id != y->pupil_id)
    return x->pupil_id < y->pupil_id ? -1 : 1;
  return strcmp (x->start_date, y->start_date);
}

/* The most places on @provision open on any one day */
static guint
most_at_once (GPtrArray *enrolments, gint64 provision)
{
  guint most = 0;

  for (guint i = 0; i < enrolments->len; i++)
    {
      SendcoEnrolment *e = enrolments->pdata[i];
      guint open = 0;

      if (e->provision_id != provision)
        continue;
      for (guint j = 0; j < enrolments->len; j++)
        {
          SendcoEnrolment *f = enrolments->pdata[j];

          if (f->provision_id == provision && strcmp (f->start_date, e->start_date) <= 0
              && (f->end_date[0] == '\0' || strcmp (f->end_date, e->start_date) >= 0))
            open++;
        }
      most = MAX (most, open);
    }
  return most;
}

static gboolean
in_term (const GDate *today)
{
  GDateMonth month = g_date_get_month (today);

  return month != G_DATE_AUGUST && (month != G_DATE_SEPTEMBER || g_date_get_day (today) > 20);
}

/* Everything the provision part of a demo school must be: staff with
 * sensible rates and hours, a library of real provisions each delivered by
 * someone, places that fit the pupils' needs, year groups and dates, group
 * sizes kept to, and a costed map a SENDCO would believe. @expected is the
 * library's size when asked for, or 0. */
static void
check_provision (SendcoStore *store, guint n_pupils, const GDate *today, const char *phase,
                 guint expected)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) staff = sendco_store_list_staff (store, TRUE, &error);
  g_autoptr (GPtrArray) library = sendco_store_list_provisions (store, TRUE, &error);
  g_autoptr (GPtrArray) enrolments = sendco_store_list_enrolments (store, 0, 0, &error);
  g_autoptr (GListModel) pupils = list_all (store);
  g_autoptr (GHashTable) staff_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) provision_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) pupil_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) places_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (GHashTable) with_places = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr (SendcoProvisionMap) map = NULL;
  g_autofree char *today_iso = sendco_date_to_iso (today);
  g_autofree char *year_start = g_strdup_printf ("%d-09-01", sendco_school_year_of (today));
  int school_year = sendco_school_year_of (today);
  guint roles[5] = { 0 }, waves[4] = { 0 }, areas[SENDCO_N_AREAS] = { 0 }, n_areas = 0;
  guint measured = 0, ended_before = 0, running_on = 0, blocks = 0, one_to_one = 0;
  guint k = 0, k_placed = 0, k_places = 0, n_e = 0, e_places = 0, n_placed = 0;
  guint over = 0, over_e = 0, sen = 0;
  SendcoMapFilter filter;
  double per_pupil;

  g_assert_no_error (error);

  /* Staff: the SENDCO, teachers, TAs, HLTAs, the professionals bought in */
  for (guint i = 0; i < staff->len; i++)
    {
      SendcoStaff *s = staff->pdata[i];
      static const char *const role_keys[] = { "sendco", "teacher", "ta", "hlta", "external" };
      static const gint64 low[] = { 4000, 3200, 1400, 1700, 4500 }, high[] = { 5000, 4500, 1900, 2200, 12000 };
      static const double fewest[] = { 32.5, 32.5, 25, 32.5, 0 }, most[] = { 32.5, 32.5, 32.5, 32.5, 6 };
      guint r;

      for (r = 0; r < G_N_ELEMENTS (role_keys); r++)
        if (g_str_equal (s->role, role_keys[r]))
          break;
      g_assert_cmpuint (r, <, G_N_ELEMENTS (role_keys));
      roles[r]++;
      g_assert_cmpint (s->hourly_cost, >=, low[r]);
      g_assert_cmpint (s->hourly_cost, <=, high[r]);
      g_assert_cmpfloat (s->hours_per_week, >=, fewest[r]);
      g_assert_cmpfloat (s->hours_per_week, <=, most[r]);
      g_assert_cmpstr (s->name, !=, "");
      g_assert_cmpstr (s->archived_on, ==, "");
      g_assert_false (g_hash_table_contains (names, s->name));
      g_hash_table_add (names, s->name);
      if (r == 4)
        g_assert_true (g_str_has_suffix (s->name, ")"));
      g_hash_table_insert (staff_by_id, &s->id, s);
    }
  g_assert_cmpuint (roles[0], ==, 1);
  g_assert_cmpuint (roles[1], >=, 2);
  g_assert_cmpuint (roles[2], >=, 4);
  g_assert_cmpuint (roles[3], >=, 2);
  g_assert_cmpuint (roles[4], >=, 4);

  /* The library */
  if (expected)
    g_assert_cmpuint (library->len, ==, expected);
  else if (n_pupils == 420 && g_str_equal (phase, "primary"))
    {
      g_assert_cmpuint (library->len, >=, 27);
      g_assert_cmpuint (library->len, <=, 33);
    }
  else if (n_pupils == 2000 && g_str_equal (phase, "secondary"))
    {
      g_assert_cmpuint (library->len, >=, 55);
      g_assert_cmpuint (library->len, <=, 65);
    }
  else
    g_assert_cmpuint (library->len, >=, 10);

  g_hash_table_remove_all (names);
  for (guint i = 0; i < library->len; i++)
    {
      SendcoProvision *p = library->pdata[i];
      SendcoArea area;

      g_assert_false (g_hash_table_contains (names, p->name));
      g_hash_table_add (names, p->name);
      g_assert_true (sendco_area_from_key (p->area, &area));
      if (areas[area]++ == 0)
        n_areas++;
      g_assert_cmpint (p->wave, >=, 1);
      g_assert_cmpint (p->wave, <=, 3);
      waves[p->wave]++;
      g_assert_cmpstr (p->description, !=, "");
      g_assert_true (g_hash_table_contains (staff_by_id, &p->staff_id));
      g_assert_cmpint (p->group_size, >=, 1);
      g_assert_cmpint (p->sessions_per_week, >=, 1);
      g_assert_cmpint (p->sessions_per_week, <=, 5);
      g_assert_cmpint (p->minutes_per_session, >=, 10);
      g_assert_cmpint (p->minutes_per_session, <=, 300);
      g_assert_cmpint (p->resources_per_year, >=, 0);
      g_assert_cmpint (p->resources_per_year, <=, 150000);
      g_assert_cmpstr (p->start_date, <=, today_iso);
      if (p->end_date[0])
        g_assert_cmpstr (p->end_date, >=, p->start_date);
      g_assert_cmpstr (p->archived_on, ==, "");
      if (p->measure_name[0])
        {
          g_assert_cmpstr (p->measure_unit, !=, "");
          measured++;
        }
      if (p->end_date[0] && strcmp (p->end_date, year_start) < 0)
        ended_before++;
      if (p->end_date[0] == '\0')
        running_on++;
      else
        {
          GDate s, e;

          g_date_clear (&s, 1);
          g_date_clear (&e, 1);
          g_assert_true (sendco_date_from_iso (p->start_date, &s));
          g_assert_true (sendco_date_from_iso (p->end_date, &e));
          /* Provisions end on a school day, not at a weekend */
          g_assert_cmpint (g_date_get_weekday (&e), <, G_DATE_SATURDAY);
          if (g_date_days_between (&s, &e) < 200)
            blocks++;
        }
      if (g_str_has_prefix (p->name, "1:1 TA support"))
        {
          one_to_one++;
          g_assert_cmpint (p->group_size, ==, 1);
          g_assert_cmpint (p->wave, ==, 3);
          g_assert_cmpint (p->sessions_per_week * p->minutes_per_session, >=, 15 * 60);
        }
      g_hash_table_insert (provision_by_id, &p->id, p);
    }

  for (guint i = 0; i < g_list_model_get_n_items (pupils); i++)
    {
      SendcoPupil *pupil = g_list_model_get_item (pupils, i);
      gint64 *id = g_new (gint64, 1);

      *id = sendco_pupil_get_id (pupil);
      g_object_set_data_full (G_OBJECT (pupil), "test-id", id, g_free);
      g_hash_table_insert (pupil_by_id, id, pupil);
      g_object_unref (pupil);   /* the list keeps it */
    }

  /* Places: on real provisions, for pupils who fit them, dated sensibly,
   * never two at once for a pupil on one provision */
  g_ptr_array_sort (enrolments, compare_enrolments);
  for (guint i = 0; i < enrolments->len; i++)
    {
      SendcoEnrolment *en = enrolments->pdata[i];
      SendcoProvision *p = g_hash_table_lookup (provision_by_id, &en->provision_id);
      SendcoPupil *pupil = g_hash_table_lookup (pupil_by_id, &en->pupil_id);
      const char *status;
      int first, last, year;

      g_assert_nonnull (p);
      g_assert_nonnull (pupil);
      status = sendco_pupil_get_sen_status (pupil);
      g_assert_cmpstr (en->start_date, >=, p->start_date);
      g_assert_cmpstr (en->start_date, <=, today_iso);
      g_assert_cmpstr (en->start_date, >=, sendco_pupil_get_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH));
      if (en->end_date[0])
        g_assert_cmpstr (en->end_date, >=, en->start_date);
      if (p->end_date[0])
        {
          g_assert_cmpstr (en->end_date, !=, "");
          g_assert_cmpstr (en->end_date, <=, p->end_date);
        }
      if (i > 0)
        {
          SendcoEnrolment *before = enrolments->pdata[i - 1];

          if (before->provision_id == en->provision_id && before->pupil_id == en->pupil_id)
            {
              g_assert_cmpstr (before->end_date, !=, "");
              g_assert_cmpstr (before->end_date, <, en->start_date);
            }
        }
      /* Pupils not on the register only on universal and targeted provision */
      if (g_str_equal (status, "N"))
        g_assert_cmpint (p->wave, <=, 2);
      year = year_group_on (pupil, en->start_date, school_year);
      if (provision_years (p->name, &first, &last))
        {
          if (year < first || year > last)
            g_error ("%s on “%s” in year group %d", sendco_pupil_get_forename (pupil), p->name, year);
        }
      g_hash_table_insert (places_of, &en->pupil_id,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (places_of, &en->pupil_id)) + 1));
      g_hash_table_add (with_places, &en->provision_id);
    }

  /* Group sizes kept to: two or three groups' worth at once at most */
  for (guint i = 0; i < library->len; i++)
    {
      SendcoProvision *p = library->pdata[i];
      guint at_once = most_at_once (enrolments, p->id);

      /* Support set out in EHC plans is given to each pupil who needs it */
      if (g_str_has_prefix (p->name, "1:1 TA support") || g_str_has_prefix (p->name, "Shared TA support"))
        continue;
      if (p->group_size > 1)
        g_assert_cmpuint (at_once, <=, (guint) p->group_size * 3);
      else
        g_assert_cmpuint (at_once, <=, 10);
    }

  /* Who has places: at SEN support one to three, with an EHC plan more */
  for (guint i = 0; i < g_list_model_get_n_items (pupils); i++)
    {
      g_autoptr (SendcoPupil) pupil = g_list_model_get_item (pupils, i);
      gint64 id = sendco_pupil_get_id (pupil);
      guint places = GPOINTER_TO_UINT (g_hash_table_lookup (places_of, &id));
      const char *status = sendco_pupil_get_sen_status (pupil);

      if (sendco_pupil_is_archived (pupil))
        {
          g_assert_cmpuint (places, ==, 0);
          continue;
        }
      if (g_str_equal (status, "K"))
        {
          g_assert_cmpuint (places, <=, 3);
          k++;
          k_places += places;
          if (places > 0)
            k_placed++;
        }
      else if (g_str_equal (status, "E"))
        {
          n_e++;
          e_places += places;
        }
      else if (places > 0)
        n_placed++;
    }
  sen = k + n_e;

  /* The map, this school year */
  sendco_map_filter_init (&filter);
  filter.period = SENDCO_PERIOD_YEAR;
  map = sendco_store_build_provision_map (store, &filter, today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < map->provisions->len; i++)
    {
      SendcoMapProvision *mp = map->provisions->pdata[i];

      g_assert_cmpint (mp->cost.year, >=, 0);
      g_assert_cmpint (mp->cost.week, >=, 0);
      for (guint j = 0; j < mp->n_pupils; j++)
        g_assert_cmpint (mp->shares[j], >=, 0);
    }
  for (guint i = 0; i < map->pupils->len; i++)
    {
      SendcoMapPupil *mp = map->pupils->pdata[i];

      g_assert_cmpint (mp->year_total, >=, 0);
      if (mp->year_total > SENDCO_NOTIONAL_SEN_THRESHOLD)
        {
          over++;
          if (g_str_equal (mp->sen_status, "E"))
            over_e++;
        }
    }
  g_assert_cmpuint (over, ==, map->over_threshold);
  per_pupil = map->total / 100.0 / n_pupils;

  g_test_message ("  provision: %u staff (SENDCO %u, teachers %u, TAs %u, HLTAs %u, external %u); "
                  "%u provisions (waves %u/%u/%u, areas %u, measured %u, ended before September %u, "
                  "running on %u, blocks %u, 1:1 support lines %u), %u with places; places %u; "
                  "K %u with places of %u (%.2f each), E %.2f each, N with places %u; "
                  "this year £%.0f (£%.0f a pupil), budget £%.0f; above £6,000: %u (E %u) of %u at K or E",
                  staff->len, roles[0], roles[1], roles[2], roles[3], roles[4], library->len, waves[1],
                  waves[2], waves[3], n_areas, measured, ended_before, running_on, blocks, one_to_one,
                  g_hash_table_size (with_places), enrolments->len, k_placed, k,
                  k ? (double) k_places / k : 0.0, n_e ? (double) e_places / n_e : 0.0, n_placed,
                  map->total / 100.0, per_pupil, map->budget / 100.0, over, over_e, sen);

  /* Every provision but a few has pupils (a library far bigger than the
   * school needs has more kept for later); most pupils at K have a place */
  g_assert_cmpuint (g_hash_table_size (with_places), >=, library->len * (expected ? 8 : 9) / 10);
  g_assert_cmpuint (k_placed, >=, k * 95 / 100);
  if (n_e > 0)
    g_assert_cmpfloat ((double) e_places / n_e, >, (double) k_places / MAX (k, 1));

  /* A budget figure near the spend */
  if (map->total > 0)
    {
      g_assert_cmpint (map->budget, >=, map->total * 85 / 100 - 25000);
      g_assert_cmpint (map->budget, <=, map->total * 115 / 100 + 25000);
    }

  if (n_pupils >= 420 && in_term (today) && expected == 0)
    {
      g_assert_cmpuint (waves[1], >, 0);
      g_assert_cmpuint (waves[2], >, 0);
      g_assert_cmpuint (waves[3], >, 0);
      g_assert_cmpuint (n_areas, >=, 4);
      g_assert_cmpuint (measured, >=, library->len * 4 / 10);
      g_assert_cmpuint (running_on, >, 0);
      g_assert_cmpuint (blocks, >, 0);
      g_assert_cmpuint (one_to_one, >, 0);
      g_assert_cmpuint (n_placed, >, 0);

      /* What a school of the size spends: £40k to £150k in a primary of
       * 420, £150k to £600k in a secondary of 2,000 */
      if (g_str_equal (phase, "primary"))
        {
          g_assert_cmpfloat (per_pupil, >=, 40000.0 / 420);
          g_assert_cmpfloat (per_pupil, <=, 150000.0 / 420);
        }
      else
        {
          g_assert_cmpfloat (per_pupil, >=, 150000.0 / 2000);
          g_assert_cmpfloat (per_pupil, <=, 600000.0 / 2000);
        }

      /* A handful above £6,000, most of them with EHC plans */
      g_assert_cmpuint (over, >=, 1);
      g_assert_cmpuint (over, <=, MAX (2, sen * 8 / 100));
      g_assert_cmpuint (over_e * 2, >, over);
    }
}

/* The links between the open support plans' outcomes and the provisions
 * that serve them: each to a provision the pupil has a place on, in the
 * outcome's area of need. */
static void
check_outcome_links (SendcoStore *store, gboolean some)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) links = sendco_store_list_outcome_links (store, 0, 0, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < links->len; i++)
    {
      SendcoOutcomeLink *link = links->pdata[i];
      g_autoptr (GPtrArray) places = sendco_store_list_enrolments (store, link->provision_id,
                                                                   link->pupil_id, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (places->len, >=, 1);
      g_assert_false (link->plan_reviewed);
    }
  g_test_message ("  outcome links %u", links->len);
  if (some)
    g_assert_cmpuint (links->len, >, 0);
}

/* Tests */

static void
test_deterministic (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr (SendcoStore) a = open_store (dir, "a.sendco");
  g_autoptr (SendcoStore) b = open_store (dir, "b.sendco");
  g_autoptr (SendcoStore) c = open_store (dir, "c.sendco");
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) pupils_a = NULL;
  g_autoptr (GListModel) pupils_b = NULL;
  g_autoptr (GListModel) pupils_c = NULL;
  g_autoptr (SendcoSchool) school_a = NULL;
  g_autoptr (SendcoSchool) school_b = NULL;
  guint n, differ = 0;
  gboolean ok;
  GDate today;

  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  ok = generate (a, 420, 7, NULL, &today, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = generate (b, 420, 7, NULL, &today, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = generate (c, 420, 8, NULL, &today, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  school_a = sendco_store_get_school (a, &error);
  g_assert_no_error (error);
  school_b = sendco_store_get_school (b, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sendco_school_get_name (school_a), ==, sendco_school_get_name (school_b));
  g_assert_cmpstr (sendco_school_get_local_authority (school_a), ==,
                   sendco_school_get_local_authority (school_b));
  g_assert_cmpstr (sendco_school_get_phase (school_a), ==, sendco_school_get_phase (school_b));

  pupils_a = list_all (a);
  pupils_b = list_all (b);
  pupils_c = list_all (c);
  n = g_list_model_get_n_items (pupils_a);
  g_assert_cmpuint (n, ==, 420);
  g_assert_cmpuint (g_list_model_get_n_items (pupils_b), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (pupils_c), ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoPupil) pa = g_list_model_get_item (pupils_a, i);
      g_autoptr (SendcoPupil) pb = g_list_model_get_item (pupils_b, i);
      g_autoptr (SendcoPupil) pc = g_list_model_get_item (pupils_c, i);
      g_autoptr (GPtrArray) ha = history (a, pa);
      g_autoptr (GPtrArray) hb = history (b, pb);

      /* Field by field, so a failure says which. */
      for (SendcoPupilField field = 0; field < SENDCO_PUPIL_N_TEXT_FIELDS; field++)
        g_assert_cmpstr (sendco_pupil_get_text (pa, field), ==, sendco_pupil_get_text (pb, field));
      g_assert_cmpint (sendco_pupil_get_year_group (pa), ==, sendco_pupil_get_year_group (pb));
      g_assert_cmpint (sendco_pupil_get_lac (pa), ==, sendco_pupil_get_lac (pb));
      g_assert_cmpint (sendco_pupil_get_fsm (pa), ==, sendco_pupil_get_fsm (pb));
      g_assert_cmpint (sendco_pupil_get_eal (pa), ==, sendco_pupil_get_eal (pb));
      g_assert_cmpint (sendco_pupil_get_monitoring (pa), ==, sendco_pupil_get_monitoring (pb));
      g_assert_true (sendco_pupil_equal_record (pa, pb));

      g_assert_cmpuint (ha->len, ==, hb->len);
      for (guint j = 0; j < ha->len; j++)
        {
          SendcoSenPeriod *x = ha->pdata[j], *y = hb->pdata[j];

          g_assert_cmpint (x->id, ==, y->id);
          g_assert_cmpstr (x->status, ==, y->status);
          g_assert_cmpstr (x->primary_need, ==, y->primary_need);
          g_assert_cmpstr (x->secondary_need, ==, y->secondary_need);
          g_assert_cmpstr (x->start_date, ==, y->start_date);
          g_assert_cmpstr (x->end_date, ==, y->end_date);
          g_assert_cmpstr (x->reason, ==, y->reason);
          g_assert_cmpstr (x->source, ==, y->source);
        }

      if (!sendco_pupil_equal_record (pa, pc))
        differ++;
    }

  /* Another seed: another school. */
  g_assert_cmpuint (differ, >, n * 9 / 10);

  /* Plans, reviews, meetings, passports, EHC plans, annual reviews and
   * requests: the same, record for record, for the same seed. */
  {
    g_autofree char *records_a = dump_records (a);
    g_autofree char *records_b = dump_records (b);
    g_autofree char *records_c = dump_records (c);

    g_assert_cmpuint (count_lines (records_a, "plan "), >, 50);
    g_assert_cmpuint (count_lines (records_a, "ehc "), >, 5);
    g_assert_cmpuint (count_lines (records_a, "request "), >, 5);
    g_assert_cmpuint (count_lines (records_a, "meeting "), >, 50);
    g_assert_cmpuint (count_lines (records_a, " review "), >, 20);
    g_assert_cmpuint (count_lines (records_a, " annual "), >, 5);
    g_assert_cmpstr (records_a, ==, records_b);
    g_assert_cmpstr (records_a, !=, records_c);
  }

  /* Staff, provisions, places, outcome links and the budget too */
  {
    g_autofree char *provision_a = dump_provision (a);
    g_autofree char *provision_b = dump_provision (b);
    g_autofree char *provision_c = dump_provision (c);

    g_assert_cmpuint (count_lines (provision_a, "staff "), >, 10);
    g_assert_cmpuint (count_lines (provision_a, "provision "), >, 20);
    g_assert_cmpuint (count_lines (provision_a, "place "), >, 100);
    g_assert_cmpuint (count_lines (provision_a, "link "), >, 20);
    g_assert_cmpstr (provision_a, ==, provision_b);
    g_assert_cmpstr (provision_a, !=, provision_c);
  }

  g_clear_object (&a);
  g_clear_object (&b);
  g_clear_object (&c);
  remove_tmp_dir (dir);
}

static void
check_size (guint n_pupils, const char *phase)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr (SendcoStore) store = open_store (dir, "school.sendco");
  g_autoptr (GError) error = NULL;
  GDate today;
  gdouble seconds;

  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  g_test_timer_start ();
  g_assert_true (generate (store, n_pupils, 1, NULL, &today, &error));
  seconds = g_test_timer_elapsed ();
  g_assert_no_error (error);
  g_test_message ("%u pupils generated in %.3f s", n_pupils, seconds);

  check_school (store, n_pupils, &today, phase);

  g_clear_object (&store);
  remove_tmp_dir (dir);
}

static void
test_size_100 (void)
{
  check_size (100, "primary");
}

static void
test_size_420 (void)
{
  check_size (420, "primary");
}

static void
test_size_2000 (void)
{
  check_size (2000, "secondary");
}

static void
test_size_20000 (void)
{
  if (!g_test_slow ())
    {
      g_test_skip ("20,000 pupils takes a while: run with -m slow");
      return;
    }
  check_size (20000, "all-through");
}

static void
test_phase_option (void)
{
  static const char *const phases[] = { "primary", "secondary", "all-through" };
  g_autofree char *dir = make_tmp_dir ();
  GDate today;

  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.sendco", phases[i]);
      g_autoptr (SendcoStore) store = open_store (dir, name);
      g_autoptr (GError) error = NULL;

      g_assert_true (generate (store, 600, 3, phases[i], &today, &error));
      g_assert_no_error (error);
      check_school (store, 600, &today, phases[i]);
    }

  remove_tmp_dir (dir);
}

/* The first day of the school year, the summer holiday and a leap day: the
 * dates still never run past today. */
static void
test_awkward_days (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pinned = g_strdup (g_getenv ("SENDCO_TODAY"));
  GDate days[4];

  set_today (&days[0], 1, G_DATE_SEPTEMBER, 2026);
  set_today (&days[1], 20, G_DATE_AUGUST, 2027);
  set_today (&days[2], 29, G_DATE_FEBRUARY, 2028);
  set_today (&days[3], 2, G_DATE_SEPTEMBER, 2030);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *name = g_strdup_printf ("day%u.sendco", i);
      g_autofree char *iso = sendco_date_to_iso (&days[i]);
      g_autoptr (SendcoStore) store = open_store (dir, name);
      g_autoptr (GError) error = NULL;
      const char *phase = i % 2 ? "all-through" : "primary";

      /* The school as it is on that day, seen on that day: what has
       * happened by then is not in the future. */
      g_setenv ("SENDCO_TODAY", iso, TRUE);
      g_assert_true (generate (store, 700, 11 + i, phase, &days[i], &error));
      g_assert_no_error (error);
      check_school (store, 700, &days[i], phase);
    }

  if (pinned)
    g_setenv ("SENDCO_TODAY", pinned, TRUE);
  else
    g_unsetenv ("SENDCO_TODAY");
  remove_tmp_dir (dir);
}

static void
test_out_of_range (void)
{
  static const guint sizes[] = { 0, 1, 99, 20001, G_MAXUINT };
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr (SendcoStore) store = open_store (dir, "school.sendco");
  GDate today;

  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_false (generate (store, sizes[i], 1, NULL, &today, &error));
      g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "20,000"));
      check_nothing_written (store);
    }

  {
    g_autoptr (GError) error = NULL;

    g_assert_false (generate (store, 420, 1, "middle", &today, &error));
    g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);
    check_nothing_written (store);
  }

  g_clear_object (&store);
  remove_tmp_dir (dir);
}

/* Meetings and reviews cannot have happened on a day still to come: a
 * school seen after today is refused, and nothing is written. */
static void
test_future_day (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr (SendcoStore) store = open_store (dir, "school.sendco");
  g_autoptr (GError) error = NULL;
  GDate tomorrow, today;

  set_today (&tomorrow, 23, G_DATE_NOVEMBER, 2026);
  g_assert_false (generate (store, 420, 1, NULL, &tomorrow, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "future"));
  g_clear_error (&error);
  check_nothing_written (store);

  /* Today itself is fine, and so is NULL, which means today. */
  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (generate (store, 100, 1, NULL, NULL, &error));
  g_assert_no_error (error);
  check_school (store, 100, &today, "primary");

  g_clear_object (&store);
  remove_tmp_dir (dir);
}

/* A file that has a school already is left alone. */
static void
test_not_empty (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr (SendcoStore) store = open_store (dir, "school.sendco");
  g_autoptr (SendcoSchool) school = sendco_school_new ("Hillside Primary School", "Kent",
                                                       "primary");
  g_autoptr (SendcoSchool) after = NULL;
  g_autoptr (GListModel) pupils = NULL;
  g_autoptr (GError) error = NULL;
  GDate today;

  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (sendco_store_set_school (store, school, &error));
  g_assert_no_error (error);

  g_assert_false (generate (store, 420, 1, NULL, &today, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);
  g_clear_error (&error);

  after = sendco_store_get_school (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sendco_school_get_name (after), ==, "Hillside Primary School");
  g_assert_false (sendco_school_get_is_demo (after));
  pupils = list_all (store);
  g_assert_cmpuint (g_list_model_get_n_items (pupils), ==, 0);

  g_clear_object (&store);
  remove_tmp_dir (dir);
}

/* The size of the library changes the staff and provisions, and nothing
 * else: the pupils, their plans, meetings and EHC records stay as they
 * were for the seed. */
static void
test_library_size (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr (SendcoStore) usual = open_store (dir, "usual.sendco");
  g_autoptr (SendcoStore) bigger = open_store (dir, "bigger.sendco");
  g_autoptr (GError) error = NULL;
  g_autofree char *pupils_usual = NULL, *pupils_bigger = NULL;
  g_autofree char *records_usual = NULL, *records_bigger = NULL;
  g_autofree char *provision_usual = NULL, *provision_bigger = NULL;
  gboolean ok;
  GDate today;

  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  ok = generate (usual, 420, 7, NULL, &today, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = generate_with (bigger, 420, 7, NULL, 120, &today, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  pupils_usual = dump_pupils (usual);
  pupils_bigger = dump_pupils (bigger);
  g_assert_cmpstr (pupils_usual, ==, pupils_bigger);
  records_usual = dump_records (usual);
  records_bigger = dump_records (bigger);
  g_assert_cmpstr (records_usual, ==, records_bigger);
  provision_usual = dump_provision (usual);
  provision_bigger = dump_provision (bigger);
  g_assert_cmpstr (provision_usual, !=, provision_bigger);
  g_assert_cmpuint (count_lines (provision_bigger, "provision "), ==, 120);

  check_provision (bigger, 420, &today, "primary", 120);

  g_clear_object (&usual);
  g_clear_object (&bigger);
  remove_tmp_dir (dir);
}

/* The benchmarks' school: 2,000 pupils and 200 provisions, made quickly,
 * as sound as the usual one. */
static void
test_benchmark_school (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr (SendcoStore) store = open_store (dir, "bench.sendco");
  g_autoptr (GError) error = NULL;
  gboolean ok;
  double seconds;
  GDate today;

  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  g_test_timer_start ();
  ok = generate_with (store, 2000, 1, NULL, 200, &today, &error);
  seconds = g_test_timer_elapsed ();
  g_assert_no_error (error);
  g_assert_true (ok);
  g_test_message ("2000 pupils and 200 provisions generated in %.3f s", seconds);

  check_provision (store, 2000, &today, "secondary", 200);
  check_outcome_links (store, TRUE);

  g_clear_object (&store);
  remove_tmp_dir (dir);
}

/* A library of fewer than 10 or more than 1,000 provisions is refused. */
static void
test_library_out_of_range (void)
{
  static const guint sizes[] = { 1, 9, 1001, G_MAXUINT };
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr (SendcoStore) store = open_store (dir, "school.sendco");
  GDate today;

  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_false (generate_with (store, 420, 1, NULL, sizes[i], &today, &error));
      g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "1,000"));
      check_nothing_written (store);
    }

  g_clear_object (&store);
  remove_tmp_dir (dir);
}

/* Many seeds, each school as sound and as believable as the usual ones */
static void
test_many_seeds (void)
{
  g_autofree char *dir = NULL;
  GDate today;

  if (!g_test_slow ())
    {
      g_test_skip ("many demo schools take a while: run with -m slow");
      return;
    }

  g_autofree char *pinned = g_strdup (g_getenv ("SENDCO_TODAY"));

  dir = make_tmp_dir ();
  for (guint32 seed = 100; seed < 136; seed++)
    {
      guint n_pupils = seed % 4 == 0 ? 2000 : 420;
      const char *phase = n_pupils == 2000 ? "secondary" : "primary";
      g_autofree char *name = g_strdup_printf ("seed%u.sendco", seed);
      g_autofree char *iso = NULL;
      g_autoptr (SendcoStore) store = open_store (dir, name);
      g_autoptr (GError) error = NULL;
      gboolean ok;

      /* In the autumn, spring and summer terms */
      if (seed % 3 == 0)
        set_today (&today, 22, G_DATE_NOVEMBER, 2026);
      else if (seed % 3 == 1)
        set_today (&today, 10, G_DATE_MARCH, 2027);
      else
        set_today (&today, 21, G_DATE_JUNE, 2027);
      iso = sendco_date_to_iso (&today);
      g_setenv ("SENDCO_TODAY", iso, TRUE);

      ok = generate (store, n_pupils, seed, NULL, &today, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      check_provision (store, n_pupils, &today, phase, 0);
      check_outcome_links (store, TRUE);
    }

  if (pinned)
    g_setenv ("SENDCO_TODAY", pinned, TRUE);
  else
    g_unsetenv ("SENDCO_TODAY");
  remove_tmp_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/demo/deterministic", test_deterministic);
  g_test_add_func ("/model/demo/size-100", test_size_100);
  g_test_add_func ("/model/demo/size-420", test_size_420);
  g_test_add_func ("/model/demo/size-2000", test_size_2000);
  g_test_add_func ("/model/demo/size-20000", test_size_20000);
  g_test_add_func ("/model/demo/phase-option", test_phase_option);
  g_test_add_func ("/model/demo/awkward-days", test_awkward_days);
  g_test_add_func ("/model/demo/out-of-range", test_out_of_range);
  g_test_add_func ("/model/demo/not-empty", test_not_empty);
  g_test_add_func ("/model/demo/future-day", test_future_day);
  g_test_add_func ("/model/demo/library-size", test_library_size);
  g_test_add_func ("/model/demo/benchmark-school", test_benchmark_school);
  g_test_add_func ("/model/demo/library-out-of-range", test_library_out_of_range);
  g_test_add_func ("/model/demo/many-seeds", test_many_seeds);

  return g_test_run ();
}
