/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Census SEN provision codes, need types and areas, year groups, the census
 * consistency rules and census days (DOMAIN.md). */
#include "config.h"

#include "rules-test-util.h"

#include <string.h>

#include <glib.h>

#include "sendco-census.h"

/* SEN status as MIS exports write it */

typedef struct
{
  const char      *text;
  SendcoSenStatus  status;
} StatusCase;

static const StatusCase status_cases[] = {
  { "K", SENDCO_SEN_K },
  { "E", SENDCO_SEN_E },
  { "N", SENDCO_SEN_N },
  { "k", SENDCO_SEN_K },
  { "e", SENDCO_SEN_E },
  { "n", SENDCO_SEN_N },
  { "  k ", SENDCO_SEN_K },
  { " K ", SENDCO_SEN_K }, /* as in the primary sample */
  { "", SENDCO_SEN_N },    /* blank: no SEN */
  { "   ", SENDCO_SEN_N },
  { "\t", SENDCO_SEN_N },
  { NULL, SENDCO_SEN_N },
  { "SEN Support", SENDCO_SEN_K },
  { "sen support", SENDCO_SEN_K },
  { "SEN support", SENDCO_SEN_K },
  { "K - SEN Support", SENDCO_SEN_K },
  { "EHC Plan", SENDCO_SEN_E },
  { "EHCP", SENDCO_SEN_E },
  { "ehcp", SENDCO_SEN_E },
  { "E - EHC Plan", SENDCO_SEN_E },
  { "Education, Health and Care Plan", SENDCO_SEN_E },
  { "No SEN", SENDCO_SEN_N },
  { "None", SENDCO_SEN_N },
  /* Rubbish, and codes the census dropped in 2014 (School Action "A", School
   * Action Plus "P", Statement "S"), are not guessed at. */
  { "X", SENDCO_SEN_INVALID },
  { "KE", SENDCO_SEN_INVALID },
  { "A", SENDCO_SEN_INVALID },
  { "P", SENDCO_SEN_INVALID },
  { "S", SENDCO_SEN_INVALID },
  { "Statement", SENDCO_SEN_INVALID },
  { "SEN", SENDCO_SEN_INVALID },
  { "Yes", SENDCO_SEN_INVALID },
  { "K1", SENDCO_SEN_INVALID },
  { "SPLD", SENDCO_SEN_INVALID },
  /* Punctuation alone is not a blank cell */
  { "?", SENDCO_SEN_INVALID },
  { "-", SENDCO_SEN_INVALID },
  { "...", SENDCO_SEN_INVALID },
};

static void
test_status_parse (gconstpointer data)
{
  const StatusCase *c = data;

  g_assert_cmpint (sendco_sen_status_parse (c->text), ==, c->status);
}

static void
test_status_codes (void)
{
  static const struct { SendcoSenStatus status; const char *code, *name; } codes[] = {
    { SENDCO_SEN_N, "N", "No SEN" },
    { SENDCO_SEN_K, "K", "SEN support" },
    { SENDCO_SEN_E, "E", "EHC plan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_assert_cmpstr (sendco_sen_status_code (codes[i].status), ==, codes[i].code);
      g_assert_cmpstr (sendco_sen_status_name (codes[i].status), ==, codes[i].name);
      g_assert_cmpint (sendco_sen_status_from_code (codes[i].code), ==, codes[i].status);
      g_assert_cmpint (sendco_sen_status_parse (sendco_sen_status_name (codes[i].status)), ==,
                       codes[i].status);
    }

  g_assert_null (sendco_sen_status_code (SENDCO_SEN_INVALID));
  g_assert_null (sendco_sen_status_name (SENDCO_SEN_INVALID));
  /* from_code is strict: exactly what the file stores */
  g_assert_cmpint (sendco_sen_status_from_code ("k"), ==, SENDCO_SEN_INVALID);
  g_assert_cmpint (sendco_sen_status_from_code (" K"), ==, SENDCO_SEN_INVALID);
  g_assert_cmpint (sendco_sen_status_from_code (""), ==, SENDCO_SEN_INVALID);
  g_assert_cmpint (sendco_sen_status_from_code (NULL), ==, SENDCO_SEN_INVALID);
  g_assert_cmpint (sendco_sen_status_from_code ("EHCP"), ==, SENDCO_SEN_INVALID);
}

/* Need types and the four broad areas (DOMAIN.md's table) */

static const struct
{
  const char *code;
  SendcoArea  area;
} domain_needs[] = {
  { "SLCN", SENDCO_AREA_COMMUNICATION },
  { "ASD", SENDCO_AREA_COMMUNICATION },
  { "SPLD", SENDCO_AREA_COGNITION },
  { "MLD", SENDCO_AREA_COGNITION },
  { "SLD", SENDCO_AREA_COGNITION },
  { "PMLD", SENDCO_AREA_COGNITION },
  { "SEMH", SENDCO_AREA_SEMH },
  { "HI", SENDCO_AREA_SENSORY_PHYSICAL },
  { "VI", SENDCO_AREA_SENSORY_PHYSICAL },
  { "MSI", SENDCO_AREA_SENSORY_PHYSICAL },
  { "PD", SENDCO_AREA_SENSORY_PHYSICAL },
  { "OTH", SENDCO_AREA_OTHER },
  { "NSA", SENDCO_AREA_OTHER },
};

static void
test_need_lookup (void)
{
  guint n_types = 0;
  const SendcoNeedType *types = sendco_need_types (&n_types);

  g_assert_cmpuint (n_types, ==, G_N_ELEMENTS (domain_needs));
  g_assert_nonnull (sendco_need_types (NULL));

  for (guint i = 0; i < G_N_ELEMENTS (domain_needs); i++)
    {
      const SendcoNeedType *type = sendco_need_type_lookup (domain_needs[i].code);
      g_autofree char *lower = g_ascii_strdown (domain_needs[i].code, -1);
      gboolean listed = FALSE;

      g_assert_nonnull (type);
      g_assert_cmpstr (type->code, ==, domain_needs[i].code);
      g_assert_cmpint (type->area, ==, domain_needs[i].area);
      g_assert_nonnull (type->name);
      g_assert_cmpuint (strlen (type->name), >, 3);

      /* case does not matter, and the canonical code comes back */
      g_assert_true (sendco_need_type_lookup (lower) == type);

      for (guint j = 0; j < n_types; j++)
        if (&types[j] == type)
          listed = TRUE;
      g_assert_true (listed);
    }

  /* codes are unique */
  for (guint i = 0; i < n_types; i++)
    for (guint j = i + 1; j < n_types; j++)
      g_assert_cmpstr (types[i].code, !=, types[j].code);

  g_assert_cmpstr (sendco_need_type_lookup ("Spld")->code, ==, "SPLD");
  g_assert_cmpstr (sendco_need_type_lookup ("SPLD")->name, ==, "Specific learning difficulty");
  g_assert_cmpstr (sendco_need_type_lookup ("ASD")->name, ==, "Autistic spectrum disorder");
  g_assert_null (sendco_need_type_lookup ("DYSLEXIA"));
  g_assert_null (sendco_need_type_lookup ("SpLD "));
  g_assert_null (sendco_need_type_lookup ("SP"));
  g_assert_null (sendco_need_type_lookup ("SPLDX"));
  g_assert_null (sendco_need_type_lookup (""));
  g_assert_null (sendco_need_type_lookup (NULL));
}

static void
test_need_allowed (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (domain_needs); i++)
    {
      const char *code = domain_needs[i].code;
      gboolean nsa = g_str_equal (code, "NSA");
      g_autofree char *lower = g_ascii_strdown (code, -1);

      /* N: none; K: all 13 including NSA; E: all but NSA */
      g_assert_false (sendco_need_allowed (SENDCO_SEN_N, code));
      g_assert_true (sendco_need_allowed (SENDCO_SEN_K, code));
      g_assert_cmpint (sendco_need_allowed (SENDCO_SEN_E, code), ==, !nsa);
      g_assert_false (sendco_need_allowed (SENDCO_SEN_INVALID, code));

      g_assert_false (sendco_need_allowed (SENDCO_SEN_N, lower));
      g_assert_true (sendco_need_allowed (SENDCO_SEN_K, lower));
      g_assert_cmpint (sendco_need_allowed (SENDCO_SEN_E, lower), ==, !nsa);
    }

  for (SendcoSenStatus s = SENDCO_SEN_N; s <= SENDCO_SEN_E; s++)
    {
      g_assert_false (sendco_need_allowed (s, "DYSLEXIA"));
      g_assert_false (sendco_need_allowed (s, ""));
      g_assert_false (sendco_need_allowed (s, NULL));
    }
}

static void
test_area_names (void)
{
  static const struct { SendcoArea area; const char *name, *short_name; } areas[] = {
    { SENDCO_AREA_COMMUNICATION, "Communication and interaction", "C&I" },
    { SENDCO_AREA_COGNITION, "Cognition and learning", "C&L" },
    { SENDCO_AREA_SEMH, "Social, emotional and mental health", "SEMH" },
    { SENDCO_AREA_SENSORY_PHYSICAL, "Sensory and/or physical", "S&P" },
    { SENDCO_AREA_OTHER, "Other", "Other" },
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (areas) == SENDCO_N_AREAS);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_assert_cmpstr (sendco_area_name (areas[i].area), ==, areas[i].name);
      g_assert_cmpstr (sendco_area_short_name (areas[i].area), ==, areas[i].short_name);
    }
}

/* Year groups */

typedef struct
{
  const char *text;
  gboolean    ok;
  int         year_group;
} YearCase;

static const YearCase year_cases[] = {
  { "R", TRUE, SENDCO_YEAR_RECEPTION },
  { "r", TRUE, SENDCO_YEAR_RECEPTION },
  { "Reception", TRUE, SENDCO_YEAR_RECEPTION },
  { " Reception ", TRUE, SENDCO_YEAR_RECEPTION },
  { "rec", TRUE, SENDCO_YEAR_RECEPTION },
  { "YR", TRUE, SENDCO_YEAR_RECEPTION },
  { "Year R", TRUE, SENDCO_YEAR_RECEPTION },
  { "N1", TRUE, SENDCO_YEAR_NURSERY },
  { "N2", TRUE, SENDCO_YEAR_NURSERY },
  { "Nursery", TRUE, SENDCO_YEAR_NURSERY },
  { "1", TRUE, 1 },
  { " 2 ", TRUE, 2 },
  { "7", TRUE, 7 },
  { "07", TRUE, 7 },
  { "Y7", TRUE, 7 },
  { "y7", TRUE, 7 },
  { "Yr 7", TRUE, 7 },
  { "Yr7", TRUE, 7 },
  { "Year 7", TRUE, 7 },
  { "YEAR 7", TRUE, 7 },
  { "Year7", TRUE, 7 },
  { "year 11", TRUE, 11 },
  { " Year 5 ", TRUE, 5 },
  { "Year 6", TRUE, 6 },
  { "13", TRUE, 13 },
  { "14", TRUE, 14 },
  { "Y14", TRUE, 14 },
  /* not year groups */
  { "15", FALSE, 0 },
  { "Year 15", FALSE, 0 },
  { "100", FALSE, 0 },
  { "007", FALSE, 0 },
  { "0.5", FALSE, 0 },
  { "5.0", FALSE, 0 },
  { "1.1", FALSE, 0 },
  { "1 1", FALSE, 0 },
  { "Year", FALSE, 0 },
  { "", FALSE, 0 },
  { "   ", FALSE, 0 },
  { NULL, FALSE, 0 },
  { "Y", FALSE, 0 },
  { "-1", FALSE, 0 },
  { "-7", FALSE, 0 },
  { "+7", FALSE, 0 },
  { "7a", FALSE, 0 },
  { "7A", FALSE, 0 },
  { "a7", FALSE, 0 },
  { "Year 7B", FALSE, 0 },
  { "Sixth form", FALSE, 0 },
  { "Year -3", FALSE, 0 },
};

static void
test_year_group_parse (gconstpointer data)
{
  const YearCase *c = data;
  int year_group = 99;

  g_assert_cmpint (sendco_year_group_parse (c->text, &year_group), ==, c->ok);
  if (c->ok)
    g_assert_cmpint (year_group, ==, c->year_group);
  else
    g_assert_cmpint (year_group, ==, 99); /* left alone */
}

static void
test_year_group_labels (void)
{
  static const struct { int year; const char *label, *short_label; } labels[] = {
    { SENDCO_YEAR_NURSERY, "Nursery", "N" },
    { SENDCO_YEAR_RECEPTION, "Reception", "R" },
    { 1, "Year 1", "1" },
    { 7, "Year 7", "7" },
    { 11, "Year 11", "11" },
    { 14, "Year 14", "14" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *label = sendco_year_group_label (labels[i].year);
      g_autofree char *short_label = sendco_year_group_short_label (labels[i].year);

      g_assert_cmpstr (label, ==, labels[i].label);
      g_assert_cmpstr (short_label, ==, labels[i].short_label);
    }

  /* what Sendco writes, it reads back */
  for (int year = SENDCO_YEAR_NURSERY; year <= SENDCO_YEAR_MAX; year++)
    {
      g_autofree char *label = sendco_year_group_label (year);
      g_autofree char *short_label = sendco_year_group_short_label (year);
      int parsed = 99;

      g_assert_true (sendco_year_group_parse (label, &parsed));
      g_assert_cmpint (parsed, ==, year);
      parsed = 99;
      g_assert_true (sendco_year_group_parse (short_label, &parsed));
      g_assert_cmpint (parsed, ==, year);
    }
}

/* The census consistency check */

typedef struct
{
  const char           *name;
  SendcoCensusRecord    record;
  SendcoCensusProblems  problems;
} CheckCase;

static const CheckCase check_cases[] = {
  /* Fine */
  { "n-clean", { SENDCO_SEN_N, NULL, NULL, FALSE, 1 }, SENDCO_CENSUS_OK },
  { "n-empty-strings", { SENDCO_SEN_N, "", "", FALSE, 1 }, SENDCO_CENSUS_OK },
  { "k-primary", { SENDCO_SEN_K, "SPLD", NULL, FALSE, 1 }, SENDCO_CENSUS_OK },
  { "k-primary-secondary", { SENDCO_SEN_K, "SLCN", "SEMH", FALSE, 1 }, SENDCO_CENSUS_OK },
  { "k-nsa", { SENDCO_SEN_K, "NSA", NULL, FALSE, 1 }, SENDCO_CENSUS_OK },
  { "e-plan", { SENDCO_SEN_E, "ASD", NULL, TRUE, 1 }, SENDCO_CENSUS_OK },
  { "e-plan-two-needs", { SENDCO_SEN_E, "ASD", "SLCN", TRUE, 1 }, SENDCO_CENSUS_OK },
  { "k-lower-case", { SENDCO_SEN_K, "mld", "pd", FALSE, 1 }, SENDCO_CENSUS_OK },

  /* One rule each */
  { "k-no-primary", { SENDCO_SEN_K, NULL, NULL, FALSE, 1 }, SENDCO_CENSUS_NO_PRIMARY_NEED },
  { "k-blank-primary", { SENDCO_SEN_K, "", "", FALSE, 1 }, SENDCO_CENSUS_NO_PRIMARY_NEED },
  { "e-no-primary", { SENDCO_SEN_E, NULL, NULL, TRUE, 1 }, SENDCO_CENSUS_NO_PRIMARY_NEED },
  { "e-nsa", { SENDCO_SEN_E, "NSA", NULL, TRUE, 1 }, SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT },
  { "e-nsa-secondary", { SENDCO_SEN_E, "ASD", "NSA", TRUE, 1 },
    SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT },
  { "e-nsa-lower", { SENDCO_SEN_E, "nsa", NULL, TRUE, 1 }, SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT },
  { "e-without-plan", { SENDCO_SEN_E, "ASD", NULL, FALSE, 1 }, SENDCO_CENSUS_EHC_WITHOUT_PLAN },
  { "n-with-primary", { SENDCO_SEN_N, "SPLD", NULL, FALSE, 1 }, SENDCO_CENSUS_NEED_WITHOUT_SEN },
  { "n-with-secondary", { SENDCO_SEN_N, NULL, "SPLD", FALSE, 1 },
    SENDCO_CENSUS_NEED_WITHOUT_SEN },
  { "k-no-open-period", { SENDCO_SEN_K, "MLD", NULL, FALSE, 0 },
    SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD },
  { "k-two-open-periods", { SENDCO_SEN_K, "MLD", NULL, FALSE, 2 },
    SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD },
  { "n-two-open-periods", { SENDCO_SEN_N, NULL, NULL, FALSE, 2 },
    SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD },
  { "k-secondary-no-primary", { SENDCO_SEN_K, NULL, "HI", FALSE, 1 },
    SENDCO_CENSUS_SECONDARY_NO_PRIMARY },
  { "k-secondary-same", { SENDCO_SEN_K, "HI", "HI", FALSE, 1 }, SENDCO_CENSUS_SECONDARY_SAME },
  { "k-secondary-same-case", { SENDCO_SEN_K, "HI", "hi", FALSE, 1 },
    SENDCO_CENSUS_SECONDARY_SAME },
  { "k-unknown-primary", { SENDCO_SEN_K, "DYSLEXIA", NULL, FALSE, 1 },
    SENDCO_CENSUS_UNKNOWN_NEED },
  { "k-unknown-secondary", { SENDCO_SEN_K, "SPLD", "ADHD", FALSE, 1 },
    SENDCO_CENSUS_UNKNOWN_NEED },

  /* Combinations */
  { "e-nsa-no-plan-two-open",
    { SENDCO_SEN_E, "NSA", NULL, FALSE, 2 },
    SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT | SENDCO_CENSUS_EHC_WITHOUT_PLAN
      | SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD },
  { "e-no-needs-no-plan", { SENDCO_SEN_E, NULL, NULL, FALSE, 1 },
    SENDCO_CENSUS_NO_PRIMARY_NEED | SENDCO_CENSUS_EHC_WITHOUT_PLAN },
  { "e-secondary-only-no-plan", { SENDCO_SEN_E, "", "VI", FALSE, 1 },
    SENDCO_CENSUS_SECONDARY_NO_PRIMARY | SENDCO_CENSUS_EHC_WITHOUT_PLAN },
  { "n-unknown-need", { SENDCO_SEN_N, "DYSLEXIA", NULL, FALSE, 1 },
    SENDCO_CENSUS_NEED_WITHOUT_SEN | SENDCO_CENSUS_UNKNOWN_NEED },
  { "n-need-no-period", { SENDCO_SEN_N, "SEMH", "OTH", FALSE, 0 },
    SENDCO_CENSUS_NEED_WITHOUT_SEN | SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD },
  { "k-unknown-same", { SENDCO_SEN_K, "ADHD", "ADHD", FALSE, 1 },
    SENDCO_CENSUS_UNKNOWN_NEED | SENDCO_CENSUS_SECONDARY_SAME },
  { "e-nsa-twice", { SENDCO_SEN_E, "NSA", "NSA", TRUE, 1 },
    SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT | SENDCO_CENSUS_SECONDARY_SAME },
  /* A K pupil's plan record is not a census problem */
  { "k-with-plan", { SENDCO_SEN_K, "SPLD", NULL, TRUE, 1 }, SENDCO_CENSUS_OK },
};

static void
test_census_check (gconstpointer data)
{
  const CheckCase *c = data;
  SendcoCensusProblems problems = sendco_census_check (&c->record);
  g_autoptr (GPtrArray) messages = sendco_census_problem_messages (problems);

  g_assert_cmphex (problems, ==, c->problems);
  /* one sentence per problem */
  g_assert_cmpuint (messages->len, ==, (guint) __builtin_popcount ((unsigned) c->problems));
}

static void
test_census_messages (void)
{
  static const struct { SendcoCensusProblems problem; const char *words; } expect[] = {
    { SENDCO_CENSUS_NO_PRIMARY_NEED, "no primary need" },
    { SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT, "NSA" },
    { SENDCO_CENSUS_EHC_WITHOUT_PLAN, "EHC plan" },
    { SENDCO_CENSUS_NEED_WITHOUT_SEN, "no SEN" },
    { SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD, "exactly one" },
    { SENDCO_CENSUS_SECONDARY_NO_PRIMARY, "secondary need" },
    { SENDCO_CENSUS_SECONDARY_SAME, "same as the primary" },
    { SENDCO_CENSUS_UNKNOWN_NEED, "census does not use" },
  };
  g_autoptr (GPtrArray) none = sendco_census_problem_messages (SENDCO_CENSUS_OK);
  g_autoptr (GPtrArray) all = NULL;
  SendcoCensusProblems every = 0;

  g_assert_cmpuint (none->len, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      g_autoptr (GPtrArray) one = sendco_census_problem_messages (expect[i].problem);

      g_assert_cmpuint (one->len, ==, 1);
      g_assert_nonnull (strstr (g_ptr_array_index (one, 0), expect[i].words));
      every |= expect[i].problem;
    }

  all = sendco_census_problem_messages (every);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (expect));
  for (guint i = 0; i < all->len; i++)
    for (guint j = i + 1; j < all->len; j++)
      g_assert_cmpstr (g_ptr_array_index (all, i), !=, g_ptr_array_index (all, j));
}

/* Census days, checked against a calendar (Python's datetime):
 * spring = third Thursday of January, summer = third Thursday of May,
 * autumn = first Thursday of October. */

typedef struct
{
  int         year;
  int         term;
  const char *iso;
} DayCase;

static const DayCase day_cases[] = {
  { 2023, 0, "2023-01-19" }, { 2023, 1, "2023-05-18" }, { 2023, 2, "2023-10-05" },
  { 2024, 0, "2024-01-18" }, { 2024, 1, "2024-05-16" }, { 2024, 2, "2024-10-03" },
  { 2025, 0, "2025-01-16" }, { 2025, 1, "2025-05-15" }, { 2025, 2, "2025-10-02" },
  /* 1 January 2026 is a Thursday: 1, 8, 15 January; 7, 14, 21 May; 1 October */
  { 2026, 0, "2026-01-15" }, { 2026, 1, "2026-05-21" }, { 2026, 2, "2026-10-01" },
  { 2027, 0, "2027-01-21" }, { 2027, 1, "2027-05-20" }, { 2027, 2, "2027-10-07" },
  { 2028, 0, "2028-01-20" }, { 2028, 1, "2028-05-18" }, { 2028, 2, "2028-10-05" },
};

static void
test_census_day (gconstpointer data)
{
  const DayCase *c = data;
  GDate *date = sendco_census_day (c->year, c->term);
  char iso[16];

  g_assert_nonnull (date);
  g_snprintf (iso, sizeof iso, "%04d-%02d-%02d", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  g_assert_cmpstr (iso, ==, c->iso);
  g_assert_cmpint (g_date_get_weekday (date), ==, G_DATE_THURSDAY);
  if (c->term == 2)
    g_assert_cmpint (g_date_get_day (date), <=, 7);
  else
    g_assert_cmpint (g_date_get_day (date), >=, 15);

  g_date_free (date);
}

static void
test_census_day_bad_term (void)
{
  GDate *date;

  g_test_expect_message ("sendco-rules", G_LOG_LEVEL_CRITICAL, "*");
  date = sendco_census_day (2026, 3);
  g_test_assert_expected_messages ();
  g_assert_null (date);
}


typedef struct
{
  const char *file;
  guint       rows, n, k, e;
} SampleCase;

/* The sample exports: every SEN status and year group reads, and the census
 * check finds exactly the one row with a need but no SEN status
 * (Y931210221395, "DYSLEXIA"). Counts from the files (the secondary one
 * matches its .expected.json, where every row is accepted). */
static const SampleCase sample_cases[] = {
  { "sample-sims-export-primary.csv", 421, 350, 61, 10 },
  { "sample-sims-export-secondary.csv", 1100, 922, 145, 33 },
};

static void
test_census_sample (gconstpointer data)
{
  const SampleCase *c = data;
  g_autoptr (GPtrArray) rows = rules_test_read_sample_rows (c->file);
  guint counts[3] = { 0, 0, 0 };
  guint problems_found = 0;

  g_assert_cmpuint (rows->len, ==, c->rows);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      g_autofree char *primary = g_strstrip (g_strdup (row[8]));
      g_autofree char *secondary = g_strstrip (g_strdup (row[9]));
      SendcoSenStatus status = sendco_sen_status_parse (row[7]);
      SendcoCensusRecord record = { status, primary, secondary, status == SENDCO_SEN_E, 1 };
      SendcoCensusProblems problems;
      int year_group;

      g_assert_cmpint (status, !=, SENDCO_SEN_INVALID);
      counts[status]++;
      g_assert_true (sendco_year_group_parse (row[5], &year_group));
      g_assert_cmpint (year_group, >=, SENDCO_YEAR_RECEPTION);
      g_assert_cmpint (year_group, <=, 13);

      problems = sendco_census_check (&record);
      if (problems != SENDCO_CENSUS_OK)
        {
          g_assert_cmpstr (row[0], ==, "Y931210221395");
          g_assert_cmphex (problems, ==,
                           SENDCO_CENSUS_NEED_WITHOUT_SEN | SENDCO_CENSUS_UNKNOWN_NEED);
          problems_found++;
        }
    }
  g_assert_cmpuint (counts[SENDCO_SEN_N], ==, c->n);
  g_assert_cmpuint (counts[SENDCO_SEN_K], ==, c->k);
  g_assert_cmpuint (counts[SENDCO_SEN_E], ==, c->e);
  g_assert_cmpuint (problems_found, ==, g_str_has_suffix (c->file, "primary.csv") ? 1 : 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (status_cases); i++)
    {
      g_autofree char *text = g_strdup (status_cases[i].text ? status_cases[i].text : "NULL");
      g_autofree char *path = NULL;

      g_strcanon (text, G_CSET_a_2_z G_CSET_A_2_Z G_CSET_DIGITS "-.", '_');
      path = g_strdup_printf ("/rules/census/status-parse/%02u-%s", i, text);

      g_test_add_data_func (path, &status_cases[i], test_status_parse);
    }
  g_test_add_func ("/rules/census/status-codes", test_status_codes);
  g_test_add_func ("/rules/census/need-lookup", test_need_lookup);
  g_test_add_func ("/rules/census/need-allowed", test_need_allowed);
  g_test_add_func ("/rules/census/area-names", test_area_names);
  for (guint i = 0; i < G_N_ELEMENTS (year_cases); i++)
    {
      g_autofree char *text = g_strdup (year_cases[i].text ? year_cases[i].text : "NULL");
      g_autofree char *path = NULL;

      g_strcanon (text, G_CSET_a_2_z G_CSET_A_2_Z G_CSET_DIGITS "-.", '_');
      path = g_strdup_printf ("/rules/census/year-group-parse/%02u-%s", i, text);

      g_test_add_data_func (path, &year_cases[i], test_year_group_parse);
    }
  g_test_add_func ("/rules/census/year-group-labels", test_year_group_labels);
  for (guint i = 0; i < G_N_ELEMENTS (check_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/census/check/%s", check_cases[i].name);

      g_test_add_data_func (path, &check_cases[i], test_census_check);
    }
  g_test_add_func ("/rules/census/messages", test_census_messages);
  for (guint i = 0; i < G_N_ELEMENTS (day_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/census/day/%s", day_cases[i].iso);

      g_test_add_data_func (path, &day_cases[i], test_census_day);
    }
  g_test_add_func ("/rules/census/day-bad-term", test_census_day_bad_term);
  g_test_add_data_func ("/rules/census/sample/primary", &sample_cases[0], test_census_sample);
  g_test_add_data_func ("/rules/census/sample/secondary", &sample_cases[1], test_census_sample);

  return g_test_run ();
}
