/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo school generator: deterministic, the right size and shape, and
 * every record one the census and the store would accept. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sendco-census.h"
#include "sendco-dates.h"
#include "sendco-demo.h"
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
generate (SendcoStore *store, guint n_pupils, guint32 seed, const char *phase,
          const GDate *today, GError **error)
{
  SendcoDemoOptions options = { .n_pupils = n_pupils, .seed = seed, .phase = phase };

  return sendco_demo_generate (store, &options, today, error);
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
      record.has_ehc_plan = TRUE;   /* plans are a later part of the demo */
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
}

static void
check_nothing_written (SendcoStore *store)
{
  g_autoptr (GListModel) pupils = list_all (store);

  g_assert_false (sendco_store_has_school (store));
  g_assert_cmpuint (g_list_model_get_n_items (pupils), ==, 0);
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
  GDate today;

  set_today (&today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_true (generate (a, 420, 7, NULL, &today, &error));
  g_assert_no_error (error);
  g_assert_true (generate (b, 420, 7, NULL, &today, &error));
  g_assert_no_error (error);
  g_assert_true (generate (c, 420, 8, NULL, &today, &error));
  g_assert_no_error (error);

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
  GDate days[4];

  set_today (&days[0], 1, G_DATE_SEPTEMBER, 2026);
  set_today (&days[1], 20, G_DATE_AUGUST, 2027);
  set_today (&days[2], 29, G_DATE_FEBRUARY, 2028);
  set_today (&days[3], 2, G_DATE_SEPTEMBER, 2030);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *name = g_strdup_printf ("day%u.sendco", i);
      g_autoptr (SendcoStore) store = open_store (dir, name);
      g_autoptr (GError) error = NULL;
      const char *phase = i % 2 ? "all-through" : "primary";

      g_assert_true (generate (store, 700, 11 + i, phase, &days[i], &error));
      g_assert_no_error (error);
      check_school (store, 700, &days[i], phase);
    }

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

  return g_test_run ();
}
