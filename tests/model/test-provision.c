/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Staff, the provision library, pupils' places and the costed provision map,
 * on a real school file, with every figure worked out by hand. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sendco-dates.h"
#include "sendco-store-provision.h"
#include "sendco-upn.h"

typedef struct
{
  char        *dir;
  char        *path;
  SendcoStore *store;
  gint64       pupils[6];
  gint64       ta;
  gint64       hlta;
  GDate        today;
} Fixture;

/* Six pupils: two in Reception, two in Year 3, one in Year 6, one archived. */
static gint64
add_pupil (Fixture *f, guint serial, const char *surname, int year, const char *status,
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
  g_assert_true (sendco_store_insert_pupil (f->store, pupil, "2025-09-01", "test", &error));
  g_assert_no_error (error);
  return sendco_pupil_get_id (pupil);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoSchool) school = sendco_school_new ("Riverside Primary", "Exampleshire", "primary");
  g_autoptr (SendcoStaff) ta = sendco_staff_new ();
  g_autoptr (SendcoStaff) hlta = sendco_staff_new ();

  f->dir = g_dir_make_tmp ("sendco-test-provision-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "school.sendco", NULL);
  f->store = sendco_store_open (f->path, SENDCO_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sendco_store_set_school (f->store, school, &error));

  f->pupils[0] = add_pupil (f, 1, "Adams", 0, "K", "SLCN");
  f->pupils[1] = add_pupil (f, 2, "Brown", 0, "K", "SLCN");
  f->pupils[2] = add_pupil (f, 3, "Chen", 3, "E", "ASD");
  f->pupils[3] = add_pupil (f, 4, "Davies", 3, "K", "SPLD");
  f->pupils[4] = add_pupil (f, 5, "Evans", 6, "K", "SEMH");
  f->pupils[5] = add_pupil (f, 6, "Fox", 6, "K", "MLD");
  g_assert_true (sendco_store_archive_pupil (f->store, f->pupils[5], "2026-10-01", "Moved", &error));

  g_free (ta->name);
  ta->name = g_strdup ("Jo Taylor");
  ta->hourly_cost = 1850;   /* £18.50 */
  ta->hours_per_week = 32.5;
  g_assert_true (sendco_store_save_staff (f->store, ta, &error));
  f->ta = ta->id;

  g_free (hlta->name);
  hlta->name = g_strdup ("Priya Shah");
  g_free (hlta->role);
  hlta->role = g_strdup ("hlta");
  hlta->hourly_cost = 2237; /* £22.37 */
  g_assert_true (sendco_store_save_staff (f->store, hlta, &error));
  f->hlta = hlta->id;

  g_date_clear (&f->today, 1);
  g_date_set_dmy (&f->today, 22, G_DATE_NOVEMBER, 2026);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (f->path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
add_provision (Fixture *f, const char *name, const char *area, int wave, gint64 staff, int group,
               int sessions, int minutes, const char *start, const char *end, int weeks,
               gint64 resources)
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
  p->start_date = g_strdup (start);
  g_free (p->end_date);
  p->end_date = g_strdup (end ? end : "");
  p->weeks = weeks;
  p->resources_per_year = resources;
  g_assert_true (sendco_store_save_provision (f->store, p, &error));
  g_assert_no_error (error);
  return p->id;
}

static gint64
enrol (Fixture *f, gint64 provision, gint64 pupil, const char *start, const char *end)
{
  g_autoptr (SendcoEnrolment) e = sendco_enrolment_new ();
  g_autoptr (GError) error = NULL;

  e->provision_id = provision;
  e->pupil_id = pupil;
  g_free (e->start_date);
  e->start_date = g_strdup (start);
  g_free (e->end_date);
  e->end_date = g_strdup (end ? end : "");
  g_assert_true (sendco_store_save_enrolment (f->store, e, &error));
  g_assert_no_error (error);
  return e->id;
}

static SendcoMapProvision *
find (SendcoProvisionMap *map, gint64 id)
{
  for (guint i = 0; i < map->provisions->len; i++)
    {
      SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);

      if (p->id == id)
        return p;
    }
  return NULL;
}

static gint64
share_of (SendcoMapProvision *p, gint64 pupil)
{
  for (guint i = 0; i < p->n_pupils; i++)
    if (p->pupil_ids[i] == pupil)
      return p->shares[i];
  return -1;
}

static SendcoMapPupil *
pupil_in (SendcoProvisionMap *map, gint64 id)
{
  for (guint i = 0; i < map->pupils->len; i++)
    {
      SendcoMapPupil *p = g_ptr_array_index (map->pupils, i);

      if (p->id == id)
        return p;
    }
  return NULL;
}

static void
test_staff (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) staff = sendco_store_list_staff (f->store, FALSE, &error);
  g_autoptr (SendcoStaff) bad = sendco_staff_new ();

  g_assert_no_error (error);
  g_assert_cmpuint (staff->len, ==, 2);
  g_assert_cmpstr (((SendcoStaff *) g_ptr_array_index (staff, 0))->name, ==, "Jo Taylor");
  g_assert_cmpint (((SendcoStaff *) g_ptr_array_index (staff, 0))->hourly_cost, ==, 1850);
  g_assert_cmpfloat (((SendcoStaff *) g_ptr_array_index (staff, 0))->hours_per_week, ==, 32.5);

  /* blank name and unknown role refused; nothing written */
  g_assert_false (sendco_store_save_staff (f->store, bad, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_free (bad->name);
  bad->name = g_strdup ("Someone");
  g_free (bad->role);
  bad->role = g_strdup ("caretaker");
  g_assert_false (sendco_store_save_staff (f->store, bad, &error));
  g_clear_error (&error);

  /* archived staff drop out of the everyday list but are kept */
  g_assert_true (sendco_store_set_staff_archived (f->store, f->hlta, "2026-11-01", &error));
  g_clear_pointer (&staff, g_ptr_array_unref);
  staff = sendco_store_list_staff (f->store, FALSE, &error);
  g_assert_cmpuint (staff->len, ==, 1);
  g_clear_pointer (&staff, g_ptr_array_unref);
  staff = sendco_store_list_staff (f->store, TRUE, &error);
  g_assert_cmpuint (staff->len, ==, 2);
}

static void
test_provision_validation (Fixture *f, gconstpointer data)
{
  g_autoptr (SendcoProvision) p = sendco_provision_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = NULL;

  g_free (p->name);
  p->name = g_strdup ("Talk Boost");
  g_free (p->start_date);
  p->start_date = g_strdup ("2026-09-07");
  g_free (p->end_date);
  p->end_date = g_strdup ("2026-09-01");
  g_assert_false (sendco_store_save_provision (f->store, p, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_free (p->end_date);
  p->end_date = g_strdup ("");
  p->group_size = 0;
  g_assert_false (sendco_store_save_provision (f->store, p, &error));
  g_clear_error (&error);
  p->group_size = 6;
  p->wave = 4;
  g_assert_false (sendco_store_save_provision (f->store, p, &error));
  g_clear_error (&error);
  p->wave = 2;
  p->staff_id = 999;
  g_assert_false (sendco_store_save_provision (f->store, p, &error));
  g_assert_nonnull (strstr (error->message, "staff"));
  g_clear_error (&error);

  list = sendco_store_list_provisions (f->store, TRUE, &error);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_enrolment_overlap (Fixture *f, gconstpointer data)
{
  gint64 p = add_provision (f, "Toe by Toe", "cognition", 3, f->ta, 1, 5, 15,
                            "2026-09-07", NULL, 0, 0);
  g_autoptr (SendcoEnrolment) e = sendco_enrolment_new ();
  g_autoptr (GError) error = NULL;

  enrol (f, p, f->pupils[3], "2026-09-07", "2026-12-18");
  /* a second place overlapping the first is refused ... */
  e->provision_id = p;
  e->pupil_id = f->pupils[3];
  g_free (e->start_date);
  e->start_date = g_strdup ("2026-12-01");
  g_assert_false (sendco_store_save_enrolment (f->store, e, &error));
  g_assert_error (error, SENDCO_STORE_ERROR, SENDCO_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* ... one after it is fine */
  g_free (e->start_date);
  e->start_date = g_strdup ("2027-01-04");
  g_assert_true (sendco_store_save_enrolment (f->store, e, &error));
  g_assert_no_error (error);
  /* an end before the start is refused */
  g_free (e->end_date);
  e->end_date = g_strdup ("2027-01-01");
  g_assert_false (sendco_store_save_enrolment (f->store, e, &error));
  g_clear_error (&error);
  /* provisions are retired, never deleted */
  {
    sqlite3 *db = NULL;
    char *message = NULL;

    g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "DELETE FROM provision", NULL, NULL, &message), !=, SQLITE_OK);
    sqlite3_free (message);
    sqlite3_close (db);
  }
}

static void
test_map_costs (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoProvisionMap) map = NULL;
  SendcoMapFilter filter;
  SendcoMapProvision *talk, *reading;
  SendcoMapRow *row;
  gint64 talk_id, reading_id, old_id;

  /* Talk Boost: TA £18.50, 30 minutes, 3 a week, groups of 6, all year from
   * 1 September with £150 of resources; Adams, Brown (Reception), Chen
   * (Year 3) all year: 3 pupils, 1 group.
   *   staff a week 925 × 3 = 2,775; year 2,775 × 39 + 15,000 = 123,225
   *   shares 41,075 each */
  talk_id = add_provision (f, "Talk Boost", "communication", 2, f->ta, 6, 3, 30,
                           "2026-09-01", NULL, 0, 15000);
  enrol (f, talk_id, f->pupils[0], "2026-09-01", NULL);
  enrol (f, talk_id, f->pupils[1], "2026-09-01", NULL);
  enrol (f, talk_id, f->pupils[2], "2026-09-01", NULL);

  /* One-to-one reading with the HLTA: £22.37 × 25 minutes = 932 a session,
   * once a week, one-to-one for two pupils: 2 groups, 1,864 a week. Davies
   * all year (39 weeks), Evans from 4 January 2027 (240 days to 31 August:
   * 240 × 39 / 365 = 25.6 -> 26 weeks). The provision runs the whole year:
   * 1,864 × 39 = 72,696. Shares by weeks 39 : 26 of 65:
   *   Davies 72,696 × 39/65 = 43,617.6 -> 43,617 (+1 largest remainder?)
   *   remainders: 72,696×39 mod 65 = 39 ; ×26 mod 65 = 26: Davies gets the penny
   *   Davies 43,618, Evans 29,078 */
  reading_id = add_provision (f, "Reading one-to-one", "cognition", 3, f->hlta, 1, 1, 25,
                              "2026-09-01", NULL, 0, 0);
  enrol (f, reading_id, f->pupils[3], "2026-09-01", NULL);
  enrol (f, reading_id, f->pupils[4], "2027-01-04", NULL);

  /* Ended last year: not on this year's map. Fox (archived) is not counted. */
  old_id = add_provision (f, "Old group", "semh", 2, f->ta, 6, 1, 60, "2025-09-01",
                          "2026-07-20", 0, 0);
  enrol (f, old_id, f->pupils[4], "2025-09-01", "2026-07-20");
  enrol (f, talk_id, f->pupils[5], "2026-09-01", NULL);

  g_assert_true (sendco_store_set_sen_budget (f->store, 5000000, &error));

  sendco_map_filter_init (&filter);
  map = sendco_store_build_provision_map (f->store, &filter, &f->today, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (map->school_name, ==, "Riverside Primary");
  g_assert_cmpstr (map->from, ==, "2026-09-01");
  g_assert_cmpstr (map->to, ==, "2027-08-31");
  g_assert_cmpint (map->budget, ==, 5000000);
  g_assert_cmpuint (map->provisions->len, ==, 2);
  g_assert_null (find (map, old_id));

  talk = find (map, talk_id);
  g_assert_nonnull (talk);
  g_assert_cmpint (talk->weeks, ==, 39);
  g_assert_cmpint (talk->cost.groups, ==, 1);
  g_assert_cmpint (talk->cost.year, ==, 123225);
  g_assert_cmpuint (talk->n_pupils, ==, 3);
  g_assert_cmpint (share_of (talk, f->pupils[0]), ==, 41075);
  g_assert_cmpint (share_of (talk, f->pupils[5]), ==, -1);
  g_assert_cmpuint (talk->pupils_by_year[SENDCO_MAP_YEAR_INDEX (0)], ==, 2);
  g_assert_cmpint (talk->cost_by_year[SENDCO_MAP_YEAR_INDEX (0)], ==, 82150);
  g_assert_cmpint (talk->cost_by_year[SENDCO_MAP_YEAR_INDEX (3)], ==, 41075);

  reading = find (map, reading_id);
  g_assert_cmpint (reading->cost.groups, ==, 2);
  g_assert_cmpint (reading->cost.year, ==, 72696);
  g_assert_cmpint (share_of (reading, f->pupils[3]), ==, 43618);
  g_assert_cmpint (share_of (reading, f->pupils[4]), ==, 29078);

  /* totals: 123,225 + 72,696 = 195,921 */
  g_assert_cmpint (map->total, ==, 195921);
  g_assert_cmpint (map->by_area[SENDCO_AREA_COMMUNICATION], ==, 123225);
  g_assert_cmpint (map->by_area[SENDCO_AREA_COGNITION], ==, 72696);
  g_assert_cmpint (map->by_wave[1], ==, 123225);
  g_assert_cmpint (map->by_wave[2], ==, 72696);
  g_assert_cmpint (map->cost_by_year[SENDCO_MAP_YEAR_INDEX (3)], ==, 41075 + 43618);
  g_assert_cmpuint (map->pupils_by_year[SENDCO_MAP_YEAR_INDEX (3)], ==, 2);
  g_assert_cmpuint (map->pupils_total, ==, 5);

  /* columns: Reception, Year 3, Year 6; bands in area order */
  g_assert_cmpuint (map->n_years, ==, 3);
  g_assert_cmpint (map->years[0], ==, 0);
  g_assert_cmpint (map->years[2], ==, 6);
  g_assert_cmpuint (map->rows->len, ==, 2);
  row = &g_array_index (map->rows, SendcoMapRow, 0);
  g_assert_cmpint (row->area, ==, SENDCO_AREA_COMMUNICATION);
  g_assert_cmpuint (row->pupils, ==, 3);
  g_assert_cmpint (row->cost, ==, 123225);

  /* Chen's year: 41,075, well under £6,000 */
  g_assert_cmpint (pupil_in (map, f->pupils[2])->year_total, ==, 41075);
  g_assert_false (pupil_in (map, f->pupils[2])->over_threshold);
  g_assert_cmpuint (map->over_threshold, ==, 0);
}

static void
test_hourly_cost_follows (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoProvisionMap) before = NULL, after = NULL;
  g_autoptr (GPtrArray) staff = NULL;
  SendcoMapFilter filter;
  SendcoStaff *ta;
  gint64 id = add_provision (f, "Talk Boost", "communication", 2, f->ta, 6, 3, 30,
                             "2026-09-01", NULL, 0, 0);

  enrol (f, id, f->pupils[0], "2026-09-01", NULL);
  sendco_map_filter_init (&filter);
  before = sendco_store_build_provision_map (f->store, &filter, &f->today, &error);
  g_assert_cmpint (find (before, id)->cost.year, ==, 2775 * 39);

  /* £18.50 -> £20.00: 1,000 a session, 3,000 a week, 117,000 a year */
  staff = sendco_store_list_staff (f->store, FALSE, &error);
  ta = g_ptr_array_index (staff, 0);
  ta->hourly_cost = 2000;
  g_assert_true (sendco_store_save_staff (f->store, ta, &error));
  after = sendco_store_build_provision_map (f->store, &filter, &f->today, &error);
  g_assert_cmpint (find (after, id)->cost.year, ==, 117000);
}

static void
test_over_threshold_and_filters (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SendcoProvisionMap) map = NULL, term = NULL, year3 = NULL, waves = NULL, one = NULL;
  SendcoMapFilter filter;
  gint64 id;

  /* A full-time one-to-one TA for Chen: £18.50 × 300 minutes (5 hours) a
   * day, 5 days: 9,250 a day, 46,250 a week, × 39 = 1,803,750 (£18,037.50),
   * well above £6,000. */
  id = add_provision (f, "One-to-one support", "communication", 3, f->ta, 1, 5, 300,
                      "2026-09-01", NULL, 0, 0);
  enrol (f, id, f->pupils[2], "2026-09-01", NULL);
  sendco_map_filter_init (&filter);
  map = sendco_store_build_provision_map (f->store, &filter, &f->today, &error);
  g_assert_cmpint (find (map, id)->cost.year, ==, 1803750);
  g_assert_true (pupil_in (map, f->pupils[2])->over_threshold);
  g_assert_cmpuint (map->over_threshold, ==, 1);

  /* This term (autumn, 1 September to 31 December: 13 weeks): 601,250, but
   * the £6,000 still reads the year's cost. */
  filter.period = SENDCO_PERIOD_TERM;
  term = sendco_store_build_provision_map (f->store, &filter, &f->today, &error);
  g_assert_cmpstr (term->from, ==, "2026-09-01");
  g_assert_cmpstr (term->to, ==, "2026-12-31");
  g_assert_cmpint (find (term, id)->cost.year, ==, 46250 * 13);
  g_assert_true (pupil_in (term, f->pupils[2])->over_threshold);

  /* Filters: Year 3 only; wave 2 only (nothing); one pupil */
  sendco_map_filter_init (&filter);
  filter.year_group = 3;
  year3 = sendco_store_build_provision_map (f->store, &filter, &f->today, &error);
  g_assert_cmpuint (year3->n_years, ==, 1);
  g_assert_cmpint (year3->years[0], ==, 3);
  sendco_map_filter_init (&filter);
  filter.wave = 2;
  waves = sendco_store_build_provision_map (f->store, &filter, &f->today, &error);
  g_assert_cmpuint (waves->provisions->len, ==, 0);
  g_assert_cmpint (waves->total, ==, 0);
  sendco_map_filter_init (&filter);
  filter.pupil_id = f->pupils[0];
  one = sendco_store_build_provision_map (f->store, &filter, &f->today, &error);
  g_assert_cmpuint (one->pupils->len, ==, 0);
}

static void
test_migration_to_3 (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  /* Opened by this Sendco: version 3, and the budget column is there. */
  g_assert_cmpint (sendco_store_get_schema_version (f->store), ==, SENDCO_SCHEMA_VERSION);
  g_assert_cmpint (sendco_store_get_sen_budget (f->store), ==, 0);
  g_assert_false (sendco_store_set_sen_budget (f->store, -1, &error));
  g_clear_error (&error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/model/provision/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("staff", test_staff);
  ADD ("validation", test_provision_validation);
  ADD ("enrolment-overlap", test_enrolment_overlap);
  ADD ("map-costs", test_map_costs);
  ADD ("hourly-cost-follows", test_hourly_cost_follows);
  ADD ("threshold-and-filters", test_over_threshold_and_filters);
  ADD ("schema", test_migration_to_3);
#undef ADD

  return g_test_run ();
}
