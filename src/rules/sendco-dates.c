/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates as SENDCOs and MIS exports write them; school years. */
#define G_LOG_DOMAIN "sendco-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-dates.h"

/* Reads up to @max digits at *p; at least @min. */
static gboolean
read_number (const char **p, guint min, guint max, guint *value)
{
  guint n = 0, v = 0;

  while (n < max && g_ascii_isdigit ((*p)[n]))
    {
      v = v * 10 + (guint) ((*p)[n] - '0');
      n++;
    }
  if (n < min || g_ascii_isdigit ((*p)[n]))
    return FALSE;

  *p += n;
  *value = v;
  return TRUE;
}

static gboolean
set_dmy (GDate *date, guint day, guint month, guint year)
{
  if (year < 1800 || year > 2999)
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/**
 * sendco_date_from_iso:
 * @iso: exactly YYYY-MM-DD
 *
 * Returns: %FALSE, leaving @date alone, when @iso is not a real date.
 */
gboolean
sendco_date_from_iso (const char *iso, GDate *date)
{
  const char *p = iso;
  guint y, m, d;

  if (iso == NULL || strlen (iso) != 10)
    return FALSE;
  if (!read_number (&p, 4, 4, &y) || *p++ != '-' || !read_number (&p, 2, 2, &m)
      || *p++ != '-' || !read_number (&p, 2, 2, &d) || *p != '\0')
    return FALSE;

  return set_dmy (date, d, m, y);
}

/**
 * sendco_date_parse:
 * @text: an ISO date (2024-03-01), or a UK one: day, month, four-digit year
 *   separated by '/', '-', '.' or spaces (01/03/2024, 1/3/2024, 1.3.2024)
 *
 * Surrounding spaces are ignored; two-digit years are refused as ambiguous.
 *
 * Returns: %FALSE, leaving @date alone, when @text is not a real date.
 */
gboolean
sendco_date_parse (const char *text, GDate *date)
{
  g_autofree char *trimmed = NULL;
  const char *p;
  guint a, b, c;
  char sep;

  g_return_val_if_fail (date != NULL, FALSE);
  if (text == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (text));
  p = trimmed;

  if (!read_number (&p, 1, 4, &a))
    return FALSE;
  if (p - trimmed == 4)
    {
      /* ISO, also written with slashes: 2024/03/01 */
      sep = *p++;
      if ((sep != '-' && sep != '/') || !read_number (&p, 1, 2, &b) || *p++ != sep
          || !read_number (&p, 1, 2, &c) || *p != '\0')
        return FALSE;
      return set_dmy (date, c, b, a);
    }

  /* UK order: a day of one or two digits ("001/03/2024" is not a date) */
  if (p - trimmed > 2)
    return FALSE;
  sep = *p++;
  if (sep != '/' && sep != '-' && sep != '.' && sep != ' ')
    return FALSE;
  if (!read_number (&p, 1, 2, &b) || *p++ != sep || !read_number (&p, 4, 4, &c) || *p != '\0')
    return FALSE;

  return set_dmy (date, a, b, c);
}

char *
sendco_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
sendco_date_format_uk (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/* "3 March 2025" */
char *
sendco_date_format_long (const GDate *date)
{
  static const char *months[] = {
    NULL, N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%u %s %u", g_date_get_day (date),
                          _(months[g_date_get_month (date)]), g_date_get_year (date));
}

/* Reformats a stored ISO date for display; "" for NULL or a bad date. */
char *
sendco_iso_to_uk (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!sendco_date_from_iso (iso, &date))
    return g_strdup ("");
  return sendco_date_format_uk (&date);
}

char *
sendco_iso_to_long (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!sendco_date_from_iso (iso, &date))
    return g_strdup ("");
  return sendco_date_format_long (&date);
}

/* "N weeks after D" is D + 7N days. */
void
sendco_date_add_weeks (GDate *date, int weeks)
{
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (weeks >= 0)
    g_date_add_days (date, (guint) weeks * 7);
  else
    g_date_subtract_days (date, (guint) -weeks * 7);
}

/**
 * sendco_school_year_of:
 *
 * Returns: the calendar year in which the school year holding @date began
 *   (school years run 1 September to 31 August).
 */
int
sendco_school_year_of (const GDate *date)
{
  int year;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  year = g_date_get_year (date);
  return g_date_get_month (date) >= G_DATE_SEPTEMBER ? year : year - 1;
}

/**
 * sendco_dob_range_for_year:
 * @year_group: -1 nursery, 0 reception, 1..14
 * @school_year: the year the school year began
 *
 * The dates of birth of pupils in their normal year group: reception in the
 * school year beginning September S holds children born 1 September S-5 to
 * 31 August S-4.
 */
void
sendco_dob_range_for_year (int year_group, int school_year, GDate *earliest, GDate *latest)
{
  int start = school_year - 5 - year_group;

  g_date_set_dmy (earliest, 1, G_DATE_SEPTEMBER, (GDateYear) start);
  g_date_set_dmy (latest, 31, G_DATE_AUGUST, (GDateYear) (start + 1));
}

/* The year group a child born on @dob is normally in during @school_year. */
int
sendco_year_group_for_dob (const GDate *dob, int school_year)
{
  return school_year - 5 - sendco_school_year_of (dob);
}
