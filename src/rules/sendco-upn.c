/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The unique pupil number: a check letter then 12 characters (DOMAIN.md). */
#define G_LOG_DOMAIN "sendco-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-upn.h"

static const char check_letters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

static int
letter_index (char c)
{
  const char *p = strchr (check_letters, c);

  if (c == '\0' || p == NULL)
    return -1;
  return (int) (p - check_letters);
}

/* The value a character in positions 2..13 counts for, or -1 when it may not
 * stand there: digits everywhere, and in position 13 a letter from the table
 * (a temporary UPN). */
static int
char_value (char c, int position)
{
  if (g_ascii_isdigit (c))
    return c - '0';
  if (position == 13)
    return letter_index (c);
  return -1;
}

/**
 * sendco_upn_check_letter:
 * @upn: at least 13 characters
 *
 * Returns: the check letter that characters 2 to 13 call for, or '\0' when one
 *   of them cannot stand where it is.
 */
char
sendco_upn_check_letter (const char *upn)
{
  int sum = 0;

  g_return_val_if_fail (upn != NULL, '\0');

  if (strlen (upn) < SENDCO_UPN_LENGTH)
    return '\0';

  for (int position = 2; position <= SENDCO_UPN_LENGTH; position++)
    {
      int value = char_value (upn[position - 1], position);

      if (value < 0)
        return '\0';
      sum += value * position;
    }

  return check_letters[sum % 23];
}

/**
 * sendco_upn_validate:
 * @upn: a UPN, already trimmed and upper-cased
 * @expected_letter: (out) (optional): the check letter it should have
 */
SendcoUpnResult
sendco_upn_validate (const char *upn, char *expected_letter)
{
  char expected;

  if (expected_letter)
    *expected_letter = '\0';

  if (upn == NULL || upn[0] == '\0')
    return SENDCO_UPN_EMPTY;
  if (strlen (upn) != SENDCO_UPN_LENGTH)
    return SENDCO_UPN_WRONG_LENGTH;
  if (letter_index (upn[0]) < 0)
    return SENDCO_UPN_BAD_CHARACTER;

  expected = sendco_upn_check_letter (upn);
  if (expected == '\0')
    return SENDCO_UPN_BAD_CHARACTER;
  if (expected_letter)
    *expected_letter = expected;
  if (expected != upn[0])
    return SENDCO_UPN_BAD_CHECK_LETTER;

  return g_ascii_isdigit (upn[12]) ? SENDCO_UPN_VALID : SENDCO_UPN_VALID_TEMPORARY;
}

gboolean
sendco_upn_result_is_ok (SendcoUpnResult result)
{
  return result == SENDCO_UPN_VALID || result == SENDCO_UPN_VALID_TEMPORARY;
}

const char *
sendco_upn_result_message (SendcoUpnResult result)
{
  switch (result)
    {
    case SENDCO_UPN_VALID:
      return _("valid UPN");
    case SENDCO_UPN_VALID_TEMPORARY:
      return _("valid temporary UPN");
    case SENDCO_UPN_EMPTY:
      return _("missing UPN");
    case SENDCO_UPN_WRONG_LENGTH:
      return _("UPN wrong length");
    case SENDCO_UPN_BAD_CHARACTER:
      return _("UPN has a character that cannot be in a UPN");
    case SENDCO_UPN_BAD_CHECK_LETTER:
      return _("bad UPN check letter");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sendco_upn_build:
 *
 * Builds a permanent UPN with its check letter: 3-digit LA code, 4-digit
 * establishment number, 2-digit year of allocation and 3-digit serial.
 */
char *
sendco_upn_build (guint la_code, guint establishment, guint year, guint serial)
{
  char digits[SENDCO_UPN_LENGTH + 1];

  g_return_val_if_fail (la_code < 1000 && establishment < 10000, NULL);
  g_return_val_if_fail (year < 100 && serial < 1000, NULL);

  g_snprintf (digits, sizeof digits, "?%03u%04u%02u%03u", la_code, establishment, year, serial);
  digits[0] = sendco_upn_check_letter (digits);

  return g_strdup (digits);
}
