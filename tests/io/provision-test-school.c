/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The hand-costed school of the provision map export tests. */
#include "config.h"

#include "provision-test-school.h"

#include "sendco-store-provision.h"
#include "sendco-upn.h"

static gint64
add_pupil (SendcoStore *store, guint serial, const char *surname, int year, const char *status,
           const char *need)
{
  g_autoptr (SendcoPupil) pupil = sendco_pupil_new ();
  g_autofree char *upn = sendco_upn_build (931, 2102, 18, serial);
  g_autoptr (GError) error = NULL;

  sendco_pupil_set_text (pupil, SENDCO_PUPIL_UPN, upn);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_SURNAME, surname);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_LEGAL_FORENAME, "Sam");
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH, "2018-01-10");
  sendco_pupil_set_year_group (pupil, year);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_STATUS, status);
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED, need);
  g_assert_true (sendco_store_insert_pupil (store, pupil, "2025-09-01", "test", &error));
  g_assert_no_error (error);
  return sendco_pupil_get_id (pupil);
}

gint64
provision_test_add_staff (SendcoStore *store, const char *name, const char *role, gint64 hourly)
{
  g_autoptr (SendcoStaff) staff = sendco_staff_new ();
  g_autoptr (GError) error = NULL;

  g_free (staff->name);
  staff->name = g_strdup (name);
  g_free (staff->role);
  staff->role = g_strdup (role);
  staff->hourly_cost = hourly;
  g_assert_true (sendco_store_save_staff (store, staff, &error));
  g_assert_no_error (error);
  return staff->id;
}

gint64
provision_test_add_provision (SendcoStore *store, const char *name, const char *area, int wave,
                              gint64 staff, int group, int sessions, int minutes, gint64 resources)
{
  g_autoptr (SendcoProvision) p = sendco_provision_new ();
  g_autoptr (GError) error = NULL;

  g_free (p->name);
  p->name = g_strdup (name);
  g_free (p->area);
  p->area = g_strdup (area);
  p->wave = wave;
  p->staff_id = staff;
  p->group_size = group;
  p->sessions_per_week = sessions;
  p->minutes_per_session = minutes;
  g_free (p->start_date);
  p->start_date = g_strdup ("2026-09-01");
  p->resources_per_year = resources;
  g_assert_true (sendco_store_save_provision (store, p, &error));
  g_assert_no_error (error);
  return p->id;
}

void
provision_test_enrol (SendcoStore *store, gint64 provision, gint64 pupil, const char *start)
{
  g_autoptr (SendcoEnrolment) e = sendco_enrolment_new ();
  g_autoptr (GError) error = NULL;

  e->provision_id = provision;
  e->pupil_id = pupil;
  g_free (e->start_date);
  e->start_date = g_strdup (start);
  g_assert_true (sendco_store_save_enrolment (store, e, &error));
  g_assert_no_error (error);
}

void
provision_test_school_fill (SendcoStore *store, gboolean over_threshold)
{
  g_autoptr (SendcoSchool) school = sendco_school_new ("Riverside Primary", "Exampleshire",
                                                       "primary");
  g_autoptr (GError) error = NULL;

  g_assert_true (sendco_store_set_school (store, school, &error));
  g_assert_no_error (error);
  provision_test_school_add (store, over_threshold, NULL);
}

void
provision_test_school_add (SendcoStore *store, gboolean over_threshold, ProvisionTestIds *ids)
{
  g_autoptr (GError) error = NULL;
  ProvisionTestIds local;

  if (ids == NULL)
    ids = &local;
  ids->adams = add_pupil (store, 1, "Adams", 0, "K", "SLCN");
  ids->brown = add_pupil (store, 2, "Brown", 0, "K", "SLCN");
  ids->chen = add_pupil (store, 3, "Chen", 3, "E", "ASD");
  ids->davies = add_pupil (store, 4, "Davies", 3, "K", "SPLD");
  ids->evans = add_pupil (store, 5, "Evans", 6, "K", "SEMH");
  ids->ta = provision_test_add_staff (store, "Jo Taylor", "ta", 1850);
  ids->hlta = provision_test_add_staff (store, "Priya Shah", "hlta", 2237);

  /* 925 a session × 3 a week × 39 weeks + £150 of resources = 123,225 */
  ids->talk = provision_test_add_provision (store, "Talk Boost", "communication", 2, ids->ta, 6, 3,
                                            30, 15000);
  provision_test_enrol (store, ids->talk, ids->adams, "2026-09-01");
  provision_test_enrol (store, ids->talk, ids->brown, "2026-09-01");
  provision_test_enrol (store, ids->talk, ids->chen, "2026-09-01");
  /* 932 a session, two one-to-one groups, 39 weeks = 72,696 */
  ids->reading = provision_test_add_provision (store, "Reading one-to-one", "cognition", 3,
                                               ids->hlta, 1, 1, 25, 0);
  provision_test_enrol (store, ids->reading, ids->davies, "2026-09-01");
  provision_test_enrol (store, ids->reading, ids->evans, "2027-01-04");

  if (over_threshold)
    {
      /* 9,250 a day × 5 days × 39 weeks = 1,803,750 */
      gint64 one = provision_test_add_provision (store, "One-to-one support", "communication", 3,
                                                 ids->ta, 1, 5, 300, 0);

      provision_test_enrol (store, one, ids->chen, "2026-09-01");
    }

  g_assert_true (sendco_store_set_sen_budget (store, PROVISION_TEST_BUDGET, &error));
  g_assert_no_error (error);
}

/* The map of @store for @period, with no other filter. */
SendcoProvisionMap *
provision_test_build_map (SendcoStore *store, SendcoPeriod period)
{
  g_autoptr (GError) error = NULL;
  SendcoMapFilter filter;
  SendcoProvisionMap *map;

  sendco_map_filter_init (&filter);
  filter.period = period;
  map = sendco_store_build_provision_map (store, &filter, NULL, &error);
  g_assert_no_error (error);
  return map;
}
