/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Census codes, areas of need and the census consistency rules (DOMAIN.md). */
#define G_LOG_DOMAIN "sendco-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-census.h"

static const SendcoNeedType need_types[] = {
  { "SLCN", SENDCO_AREA_COMMUNICATION, N_("Speech, language and communication needs") },
  { "ASD", SENDCO_AREA_COMMUNICATION, N_("Autistic spectrum disorder") },
  { "SPLD", SENDCO_AREA_COGNITION, N_("Specific learning difficulty") },
  { "MLD", SENDCO_AREA_COGNITION, N_("Moderate learning difficulty") },
  { "SLD", SENDCO_AREA_COGNITION, N_("Severe learning difficulty") },
  { "PMLD", SENDCO_AREA_COGNITION, N_("Profound and multiple learning difficulty") },
  { "SEMH", SENDCO_AREA_SEMH, N_("Social, emotional and mental health") },
  { "HI", SENDCO_AREA_SENSORY_PHYSICAL, N_("Hearing impairment") },
  { "VI", SENDCO_AREA_SENSORY_PHYSICAL, N_("Vision impairment") },
  { "MSI", SENDCO_AREA_SENSORY_PHYSICAL, N_("Multi-sensory impairment") },
  { "PD", SENDCO_AREA_SENSORY_PHYSICAL, N_("Physical disability") },
  { "OTH", SENDCO_AREA_OTHER, N_("Other difficulty or disability") },
  { "NSA", SENDCO_AREA_OTHER, N_("SEN support but no specialist assessment of type of need") },
};

const char *
sendco_sen_status_code (SendcoSenStatus status)
{
  switch (status)
    {
    case SENDCO_SEN_N: return "N";
    case SENDCO_SEN_K: return "K";
    case SENDCO_SEN_E: return "E";
    case SENDCO_SEN_INVALID:
    default:
      return NULL;
    }
}

const char *
sendco_sen_status_name (SendcoSenStatus status)
{
  switch (status)
    {
    case SENDCO_SEN_N: return _("No SEN");
    case SENDCO_SEN_K: return _("SEN support");
    case SENDCO_SEN_E: return _("EHC plan");
    case SENDCO_SEN_INVALID:
    default:
      return NULL;
    }
}

SendcoSenStatus
sendco_sen_status_from_code (const char *code)
{
  if (code == NULL)
    return SENDCO_SEN_INVALID;
  if (g_str_equal (code, "N"))
    return SENDCO_SEN_N;
  if (g_str_equal (code, "K"))
    return SENDCO_SEN_K;
  if (g_str_equal (code, "E"))
    return SENDCO_SEN_E;
  return SENDCO_SEN_INVALID;
}

/* Keeps letters and digits only, lower-cased: "SEN Support" -> "sensupport". */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

/**
 * sendco_sen_status_parse:
 * @text: what an MIS export wrote: K, E, N, blank, "SEN Support", "EHCP", ...
 *
 * Returns: the status, or %SENDCO_SEN_INVALID when @text means none of them.
 */
SendcoSenStatus
sendco_sen_status_parse (const char *text)
{
  static const struct { const char *word; SendcoSenStatus status; } words[] = {
    { "", SENDCO_SEN_N }, { "n", SENDCO_SEN_N }, { "nosen", SENDCO_SEN_N },
    { "none", SENDCO_SEN_N }, { "nosend", SENDCO_SEN_N }, { "notsen", SENDCO_SEN_N },
    { "k", SENDCO_SEN_K }, { "sensupport", SENDCO_SEN_K }, { "support", SENDCO_SEN_K },
    { "sendsupport", SENDCO_SEN_K }, { "ksensupport", SENDCO_SEN_K },
    { "e", SENDCO_SEN_E }, { "ehcp", SENDCO_SEN_E }, { "ehcplan", SENDCO_SEN_E },
    { "ehc", SENDCO_SEN_E }, { "educationhealthandcareplan", SENDCO_SEN_E },
    { "educationhealthcareplan", SENDCO_SEN_E }, { "eehcplan", SENDCO_SEN_E },
  };
  g_autofree char *key = NULL;

  if (text == NULL)
    return SENDCO_SEN_N;

  key = squash (text);
  /* Only a blank cell means N: punctuation alone ("?", "-") is not a code. */
  if (key[0] == '\0')
    {
      for (const char *p = text; *p; p++)
        if (!g_ascii_isspace (*p))
          return SENDCO_SEN_INVALID;
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (key, words[i].word))
      return words[i].status;

  return SENDCO_SEN_INVALID;
}

const SendcoNeedType *
sendco_need_types (guint *n_types)
{
  if (n_types)
    *n_types = G_N_ELEMENTS (need_types);
  return need_types;
}

const SendcoNeedType *
sendco_need_type_lookup (const char *code)
{
  if (code == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (need_types); i++)
    if (g_ascii_strcasecmp (code, need_types[i].code) == 0)
      return &need_types[i];
  return NULL;
}

/**
 * sendco_need_allowed:
 *
 * Whether the census lets a pupil at @status have the need type @code: none
 * for N, any for K, any but NSA for E.
 */
gboolean
sendco_need_allowed (SendcoSenStatus status, const char *code)
{
  const SendcoNeedType *type = sendco_need_type_lookup (code);

  if (type == NULL)
    return FALSE;
  switch (status)
    {
    case SENDCO_SEN_K:
      return TRUE;
    case SENDCO_SEN_E:
      return !g_str_equal (type->code, "NSA");
    case SENDCO_SEN_N:
    case SENDCO_SEN_INVALID:
    default:
      return FALSE;
    }
}

const char *
sendco_area_name (SendcoArea area)
{
  switch (area)
    {
    case SENDCO_AREA_COMMUNICATION: return _("Communication and interaction");
    case SENDCO_AREA_COGNITION: return _("Cognition and learning");
    case SENDCO_AREA_SEMH: return _("Social, emotional and mental health");
    case SENDCO_AREA_SENSORY_PHYSICAL: return _("Sensory and/or physical");
    case SENDCO_AREA_OTHER: return _("Other");
    case SENDCO_N_AREAS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sendco_area_short_name (SendcoArea area)
{
  switch (area)
    {
    case SENDCO_AREA_COMMUNICATION: return _("C&I");
    case SENDCO_AREA_COGNITION: return _("C&L");
    case SENDCO_AREA_SEMH: return _("SEMH");
    case SENDCO_AREA_SENSORY_PHYSICAL: return _("S&P");
    case SENDCO_AREA_OTHER: return _("Other");
    case SENDCO_N_AREAS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Letters, spaces and one run of digits only: squashing must not turn "0.5"
 * into 5, "-1" into 1 or "1 1" into 11. */
static gboolean
is_plain_year_text (const char *text)
{
  gboolean in_digits = FALSE, seen_digits = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (seen_digits && !in_digits)
            return FALSE;
          in_digits = seen_digits = TRUE;
        }
      else if (g_ascii_isalpha (*p) || g_ascii_isspace (*p))
        in_digits = FALSE;
      else
        return FALSE;
    }
  return TRUE;
}

/* The stable key an area is stored under. */
const char *
sendco_area_key (SendcoArea area)
{
  static const char *keys[SENDCO_N_AREAS] = {
    "communication", "cognition", "semh", "sensory", "other",
  };

  g_return_val_if_fail (area < SENDCO_N_AREAS, NULL);
  return keys[area];
}

/**
 * sendco_area_from_key:
 * @area: (out) (optional): the area
 *
 * Returns: whether @key names an area of need
 */
gboolean
sendco_area_from_key (const char *key, SendcoArea *area)
{
  for (SendcoArea a = 0; a < SENDCO_N_AREAS; a++)
    if (g_strcmp0 (key, sendco_area_key (a)) == 0)
      {
        if (area)
          *area = a;
        return TRUE;
      }
  return FALSE;
}

/**
 * sendco_year_group_parse:
 * @text: "R", "Reception", "7", "Y7", "Yr 7", "Year 7", "N1", "Nursery", ...
 * @year_group: (out): -1 for nursery, 0 for reception, 1..14
 */
gboolean
sendco_year_group_parse (const char *text, int *year_group)
{
  g_autofree char *key = NULL;
  const char *digits;
  char *end = NULL;
  guint64 value;

  g_return_val_if_fail (year_group != NULL, FALSE);
  if (text == NULL || !is_plain_year_text (text))
    return FALSE;

  key = squash (text);
  if (g_str_equal (key, "r") || g_str_equal (key, "rec") || g_str_equal (key, "reception")
      || g_str_equal (key, "yr") || g_str_equal (key, "yearr") || g_str_equal (key, "year0")
      || g_str_equal (key, "0") || g_str_equal (key, "y0"))
    {
      *year_group = SENDCO_YEAR_RECEPTION;
      return TRUE;
    }
  if (g_str_equal (key, "n") || g_str_equal (key, "n1") || g_str_equal (key, "n2")
      || g_str_equal (key, "nursery") || g_str_equal (key, "nur"))
    {
      *year_group = SENDCO_YEAR_NURSERY;
      return TRUE;
    }

  if (g_str_has_prefix (key, "year"))
    digits = key + 4;
  else if (g_str_has_prefix (key, "yr"))
    digits = key + 2;
  else if (g_str_has_prefix (key, "y"))
    digits = key + 1;
  else
    digits = key;

  if (digits[0] == '\0' || strlen (digits) > 2 || !g_ascii_isdigit (digits[0]))
    return FALSE;
  value = g_ascii_strtoull (digits, &end, 10);
  if (*end != '\0' || value < 1 || value > SENDCO_YEAR_MAX)
    return FALSE;

  *year_group = (int) value;
  return TRUE;
}

/* "Nursery", "Reception", "Year 7" */
char *
sendco_year_group_label (int year_group)
{
  if (year_group == SENDCO_YEAR_NURSERY)
    return g_strdup (_("Nursery"));
  if (year_group == SENDCO_YEAR_RECEPTION)
    return g_strdup (_("Reception"));
  return g_strdup_printf (_("Year %d"), year_group);
}

/* "N", "R", "7": what a register column shows */
char *
sendco_year_group_short_label (int year_group)
{
  if (year_group == SENDCO_YEAR_NURSERY)
    return g_strdup (C_("year group", "N"));
  if (year_group == SENDCO_YEAR_RECEPTION)
    return g_strdup (C_("year group", "R"));
  return g_strdup_printf ("%d", year_group);
}

static gboolean
is_blank (const char *s)
{
  return s == NULL || s[0] == '\0';
}

/**
 * sendco_census_check:
 *
 * The consistency a SENDCO must keep before each census (DOMAIN.md).
 *
 * Returns: every rule @record breaks, or %SENDCO_CENSUS_OK
 */
SendcoCensusProblems
sendco_census_check (const SendcoCensusRecord *record)
{
  SendcoCensusProblems problems = SENDCO_CENSUS_OK;
  gboolean has_primary, has_secondary;

  g_return_val_if_fail (record != NULL, SENDCO_CENSUS_OK);

  has_primary = !is_blank (record->primary_need);
  has_secondary = !is_blank (record->secondary_need);

  if ((has_primary && sendco_need_type_lookup (record->primary_need) == NULL)
      || (has_secondary && sendco_need_type_lookup (record->secondary_need) == NULL))
    problems |= SENDCO_CENSUS_UNKNOWN_NEED;

  if (record->open_periods != 1)
    problems |= SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD;

  switch (record->status)
    {
    case SENDCO_SEN_N:
      if (has_primary || has_secondary)
        problems |= SENDCO_CENSUS_NEED_WITHOUT_SEN;
      break;

    case SENDCO_SEN_E:
      if (!record->has_ehc_plan)
        problems |= SENDCO_CENSUS_EHC_WITHOUT_PLAN;
      if ((has_primary && g_ascii_strcasecmp (record->primary_need, "NSA") == 0)
          || (has_secondary && g_ascii_strcasecmp (record->secondary_need, "NSA") == 0))
        problems |= SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT;
      G_GNUC_FALLTHROUGH;

    case SENDCO_SEN_K:
      if (!has_primary)
        problems |= has_secondary ? SENDCO_CENSUS_SECONDARY_NO_PRIMARY
                                  : SENDCO_CENSUS_NO_PRIMARY_NEED;
      if (has_primary && has_secondary
          && g_ascii_strcasecmp (record->primary_need, record->secondary_need) == 0)
        problems |= SENDCO_CENSUS_SECONDARY_SAME;
      break;

    case SENDCO_SEN_INVALID:
    default:
      break;
    }

  return problems;
}

/**
 * sendco_census_problem_messages:
 *
 * Returns: (transfer full) (element-type utf8): one plain sentence per problem
 */
GPtrArray *
sendco_census_problem_messages (SendcoCensusProblems problems)
{
  GPtrArray *messages = g_ptr_array_new_with_free_func (g_free);

  if (problems & SENDCO_CENSUS_NO_PRIMARY_NEED)
    g_ptr_array_add (messages, g_strdup (_("Has SEN but no primary need is recorded")));
  if (problems & SENDCO_CENSUS_SECONDARY_NO_PRIMARY)
    g_ptr_array_add (messages, g_strdup (_("Has a secondary need but no primary need")));
  if (problems & SENDCO_CENSUS_SECONDARY_SAME)
    g_ptr_array_add (messages, g_strdup (_("The secondary need is the same as the primary need")));
  if (problems & SENDCO_CENSUS_NSA_NOT_SEN_SUPPORT)
    g_ptr_array_add (messages, g_strdup (_("NSA is only for pupils at SEN support")));
  if (problems & SENDCO_CENSUS_EHC_WITHOUT_PLAN)
    g_ptr_array_add (messages, g_strdup (_("Recorded as E but has no EHC plan record")));
  if (problems & SENDCO_CENSUS_NEED_WITHOUT_SEN)
    g_ptr_array_add (messages, g_strdup (_("Has a need type but is recorded as no SEN")));
  if (problems & SENDCO_CENSUS_NOT_ONE_OPEN_PERIOD)
    g_ptr_array_add (messages, g_strdup (_("Does not have exactly one current SEN status")));
  if (problems & SENDCO_CENSUS_UNKNOWN_NEED)
    g_ptr_array_add (messages, g_strdup (_("Has a need code the census does not use")));

  return messages;
}

static GDate *
nth_thursday (int year, GDateMonth month, int n)
{
  GDate *date = g_date_new_dmy (1, month, (GDateYear) year);

  while (g_date_get_weekday (date) != G_DATE_THURSDAY)
    g_date_add_days (date, 1);
  g_date_add_days (date, 7 * (n - 1));

  return date;
}

/**
 * sendco_census_day:
 * @year: the calendar year the census falls in
 * @term: 0 spring (third Thursday of January), 1 summer (third Thursday of
 *   May), 2 autumn (first Thursday of October)
 */
GDate *
sendco_census_day (int year, int term)
{
  g_return_val_if_fail (g_date_valid_year ((GDateYear) year), NULL);

  switch (term)
    {
    case 0: return nth_thursday (year, G_DATE_JANUARY, 3);
    case 1: return nth_thursday (year, G_DATE_MAY, 3);
    case 2: return nth_thursday (year, G_DATE_OCTOBER, 1);
    default:
      g_return_val_if_reached (NULL);
    }
}
