/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The unique pupil number check letter (DOMAIN.md): characters 2..13 weighted
 * by their position 2..13, summed, mod 23, mapped onto
 * A B C D E F G H J K L M N P Q R T U V W X Y Z (no I, O or S). */
#include "config.h"

#include "rules-test-util.h"

#include <string.h>

#include <glib.h>

#include "sendco-upn.h"

/* The check letters worked out by hand (and cross-checked with a separate
 * Python script), so that the tests do not restate the code.
 *
 * K931210221877 (primary sample, row 1): digits 9 3 1 2 1 0 2 2 1 8 7 7
 *   9*2 + 3*3 + 1*4 + 2*5 + 1*6 + 0*7 + 2*8 + 2*9 + 1*10 + 8*11 + 7*12 + 7*13
 *   = 18 + 9 + 4 + 10 + 6 + 0 + 16 + 18 + 10 + 88 + 84 + 91 = 354
 *   354 = 15*23 + 9, and letter 9 (from 0) is K.
 *
 * E931210225457 (primary sample, row 2): digits 9 3 1 2 1 0 2 2 5 4 5 7
 *   18 + 9 + 4 + 10 + 6 + 0 + 16 + 18 + 50 + 44 + 60 + 91 = 326
 *   326 = 14*23 + 4, and letter 4 is E.
 *
 * B931210223890 (rejected in the sample): digits 9 3 1 2 1 0 2 2 3 8 9 0
 *   18 + 9 + 4 + 10 + 6 + 0 + 16 + 18 + 30 + 88 + 108 + 0 = 307
 *   307 = 13*23 + 8, letter 8 is J: the file's B is wrong.
 *
 * Temporary UPN ?93121022187A: the first eleven digits as K931210221877
 *   give 354 - 7*13 = 263; A counts 0, so 263 + 0*13 = 263 = 11*23 + 10 -> L.
 * Temporary UPN ?93121022187Z: Z is letter 22: 263 + 22*13 = 549
 *   = 23*23 + 20 -> X.
 * ?000000000000: sum 0 -> A.
 * ?999999999999: 9 * (2+3+...+13) = 9 * 90 = 810 = 35*23 + 5 -> F.
 */

typedef struct
{
  const char      *upn;
  SendcoUpnResult  result;
  char             expected_letter; /* '\0' when none can be worked out */
} UpnCase;

static const UpnCase upn_cases[] = {
  /* Valid, from tests/fixtures/mis/sample-sims-export-primary.csv */
  { "K931210221877", SENDCO_UPN_VALID, 'K' },
  { "E931210225457", SENDCO_UPN_VALID, 'E' },
  { "A931210223161", SENDCO_UPN_VALID, 'A' },
  { "J931210224451", SENDCO_UPN_VALID, 'J' },
  /* ... and from sample-sims-export-secondary.csv */
  { "R931210218541", SENDCO_UPN_VALID, 'R' },
  { "C931210214233", SENDCO_UPN_VALID, 'C' },
  { "J931210215076", SENDCO_UPN_VALID, 'J' },
  { "V931210218433", SENDCO_UPN_VALID, 'V' },
  /* Edge sums */
  { "A000000000000", SENDCO_UPN_VALID, 'A' },
  { "F999999999999", SENDCO_UPN_VALID, 'F' },

  /* The sample's bad check letter: should be J */
  { "B931210223890", SENDCO_UPN_BAD_CHECK_LETTER, 'J' },
  /* Right digits, every other letter */
  { "L931210221877", SENDCO_UPN_BAD_CHECK_LETTER, 'K' },
  { "A931210225457", SENDCO_UPN_BAD_CHECK_LETTER, 'E' },
  { "Z000000000000", SENDCO_UPN_BAD_CHECK_LETTER, 'A' },

  /* Temporary UPNs: a letter in position 13 */
  { "L93121022187A", SENDCO_UPN_VALID_TEMPORARY, 'L' },
  { "X93121022187Z", SENDCO_UPN_VALID_TEMPORARY, 'X' },
  { "K93121022187A", SENDCO_UPN_BAD_CHECK_LETTER, 'L' },
  /* I, O and S are not in the table, so cannot stand in position 13 either */
  { "L93121022187I", SENDCO_UPN_BAD_CHARACTER, '\0' },
  { "L93121022187O", SENDCO_UPN_BAD_CHARACTER, '\0' },
  { "L93121022187S", SENDCO_UPN_BAD_CHARACTER, '\0' },
  /* ... nor a letter anywhere else among the digits */
  { "K9312102218A7", SENDCO_UPN_BAD_CHARACTER, '\0' },
  { "KA31210221877", SENDCO_UPN_BAD_CHARACTER, '\0' },

  /* I, O and S are never check letters */
  { "I931210221877", SENDCO_UPN_BAD_CHARACTER, '\0' },
  { "O931210221877", SENDCO_UPN_BAD_CHARACTER, '\0' },
  { "S931210221877", SENDCO_UPN_BAD_CHARACTER, '\0' },
  /* A digit where the check letter goes */
  { "9931210221877", SENDCO_UPN_BAD_CHARACTER, '\0' },

  /* Lengths: the sample's 12-character one, 14 characters, empty */
  { "M93121022550", SENDCO_UPN_WRONG_LENGTH, '\0' },
  { "K9312102218770", SENDCO_UPN_WRONG_LENGTH, '\0' },
  { "K", SENDCO_UPN_WRONG_LENGTH, '\0' },
  { "", SENDCO_UPN_EMPTY, '\0' },
  { NULL, SENDCO_UPN_EMPTY, '\0' },

  /* Not a digit in the middle */
  { "K93121-221877", SENDCO_UPN_BAD_CHARACTER, '\0' },
  { "K9312102 1877", SENDCO_UPN_BAD_CHARACTER, '\0' },
  { "K931210221.77", SENDCO_UPN_BAD_CHARACTER, '\0' },

  /* validate() wants its input trimmed and upper-cased already (the importer
   * does that): raw lower case or padded text is not a UPN. */
  { "k931210221877", SENDCO_UPN_BAD_CHARACTER, '\0' },
  { " K931210221877", SENDCO_UPN_WRONG_LENGTH, '\0' },
  { "K931210221877 ", SENDCO_UPN_WRONG_LENGTH, '\0' },
  /* A UTF-8 letter makes more than 13 bytes */
  { "É931210221877", SENDCO_UPN_WRONG_LENGTH, '\0' },
};

static void
test_upn_validate (gconstpointer data)
{
  const UpnCase *c = data;
  char expected = 'x';
  SendcoUpnResult result = sendco_upn_validate (c->upn, &expected);

  g_assert_cmpint (result, ==, c->result);
  g_assert_cmpint (expected, ==, c->expected_letter);
  g_assert_cmpint (sendco_upn_result_is_ok (result), ==,
                   c->result == SENDCO_UPN_VALID || c->result == SENDCO_UPN_VALID_TEMPORARY);

  /* The out argument is optional */
  g_assert_cmpint (sendco_upn_validate (c->upn, NULL), ==, c->result);
}

static void
test_upn_check_letter (void)
{
  /* Only characters 2..13 count: the first is ignored */
  g_assert_cmpint (sendco_upn_check_letter ("K931210221877"), ==, 'K');
  g_assert_cmpint (sendco_upn_check_letter ("?931210221877"), ==, 'K');
  g_assert_cmpint (sendco_upn_check_letter ("B931210223890"), ==, 'J');
  g_assert_cmpint (sendco_upn_check_letter ("?93121022187A"), ==, 'L');
  g_assert_cmpint (sendco_upn_check_letter ("?93121022187Z"), ==, 'X');
  g_assert_cmpint (sendco_upn_check_letter ("?999999999999"), ==, 'F');
  /* Too short, or a character that cannot stand where it is */
  g_assert_cmpint (sendco_upn_check_letter ("?93121022187"), ==, '\0');
  g_assert_cmpint (sendco_upn_check_letter (""), ==, '\0');
  g_assert_cmpint (sendco_upn_check_letter ("?93121022187S"), ==, '\0');
  g_assert_cmpint (sendco_upn_check_letter ("?93121022187a"), ==, '\0');
  g_assert_cmpint (sendco_upn_check_letter ("?9312102218A7"), ==, '\0');
}

/* Every letter of the table in position 13 counts as its index. */
static void
test_upn_temporary_letters (void)
{
  static const char table[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

  G_STATIC_ASSERT (sizeof table - 1 == 23);
  for (guint i = 0; i < 23; i++)
    {
      char upn[14] = "?93121022187?";
      /* 263 from the first eleven digits (see the top), plus 13 * index */
      char expected = table[(263 + 13 * i) % 23];

      upn[12] = table[i];
      g_assert_cmpint (sendco_upn_check_letter (upn), ==, expected);
      upn[0] = expected;
      g_assert_cmpint (sendco_upn_validate (upn, NULL), ==, SENDCO_UPN_VALID_TEMPORARY);
    }
}

/* What an importer does with raw text: trim and upper-case, then validate. */
static void
test_upn_normalised_input (void)
{
  static const char *raw[] = { "k931210221877", "  K931210221877\t", " e931210225457 " };

  for (guint i = 0; i < G_N_ELEMENTS (raw); i++)
    {
      g_autofree char *upn = g_ascii_strup (raw[i], -1);

      g_strstrip (upn);
      g_assert_cmpint (sendco_upn_validate (upn, NULL), ==, SENDCO_UPN_VALID);
    }
}

/* The sample's fault strings are the messages the importer shows. */
static void
test_upn_messages (void)
{
  g_assert_cmpstr (sendco_upn_result_message (SENDCO_UPN_WRONG_LENGTH), ==, "UPN wrong length");
  g_assert_cmpstr (sendco_upn_result_message (SENDCO_UPN_BAD_CHECK_LETTER), ==,
                   "bad UPN check letter");
  for (int r = SENDCO_UPN_VALID; r <= SENDCO_UPN_BAD_CHECK_LETTER; r++)
    {
      const char *message = sendco_upn_result_message (r);

      g_assert_nonnull (message);
      g_assert_cmpuint (strlen (message), >, 0);
      for (int other = SENDCO_UPN_VALID; other < r; other++)
        g_assert_cmpstr (message, !=, sendco_upn_result_message (other));
    }
  g_assert_true (sendco_upn_result_is_ok (SENDCO_UPN_VALID));
  g_assert_true (sendco_upn_result_is_ok (SENDCO_UPN_VALID_TEMPORARY));
  g_assert_false (sendco_upn_result_is_ok (SENDCO_UPN_EMPTY));
  g_assert_false (sendco_upn_result_is_ok (SENDCO_UPN_WRONG_LENGTH));
  g_assert_false (sendco_upn_result_is_ok (SENDCO_UPN_BAD_CHARACTER));
  g_assert_false (sendco_upn_result_is_ok (SENDCO_UPN_BAD_CHECK_LETTER));
}

typedef struct
{
  guint       la, establishment, year, serial;
  const char *upn;
} BuildCase;

static const BuildCase build_cases[] = {
  { 931, 2102, 21, 877, "K931210221877" },
  { 931, 2102, 25, 457, "E931210225457" },
  { 931, 2102, 23, 890, "J931210223890" },
  { 0, 0, 0, 0, "A000000000000" },
  { 999, 9999, 99, 999, "F999999999999" },
  /* Zero padding: 5 -> 005, 12 -> 0012, 7 -> 07, 42 -> 042.
   * digits 0 0 5 0 0 1 2 0 7 0 4 2:
   * 5*4 + 1*7 + 2*8 + 7*10 + 4*12 + 2*13 = 20+7+16+70+48+26 = 187
   * = 8*23 + 3 -> D */
  { 5, 12, 7, 42, "D005001207042" },
};

static void
test_upn_build (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (build_cases); i++)
    {
      const BuildCase *c = &build_cases[i];
      g_autofree char *upn = sendco_upn_build (c->la, c->establishment, c->year, c->serial);

      g_assert_cmpstr (upn, ==, c->upn);
    }
}

/* Many UPNs built and validated; and the check letter catches every single
 * changed digit and every swap of two different neighbouring digits (23 is
 * prime and larger than any weight or digit difference). */
static void
test_upn_build_round_trip (void)
{
  static const guint las[] = { 0, 201, 308, 702, 873, 931, 999 };
  guint n = 0;

  for (guint l = 0; l < G_N_ELEMENTS (las); l++)
    for (guint est = 0; est < 10000; est += 1237)
      for (guint year = 0; year < 100; year += 13)
        for (guint serial = 0; serial < 1000; serial += 111)
          {
            g_autofree char *upn = sendco_upn_build (las[l], est, year, serial);
            g_autofree char *digits = g_strdup_printf ("%03u%04u%02u%03u", las[l], est, year,
                                                       serial);

            g_assert_nonnull (upn);
            g_assert_cmpuint (strlen (upn), ==, SENDCO_UPN_LENGTH);
            g_assert_cmpstr (upn + 1, ==, digits);
            g_assert_null (strchr ("IOS", upn[0]));
            g_assert_cmpint (sendco_upn_validate (upn, NULL), ==, SENDCO_UPN_VALID);

            for (int pos = 1; pos < SENDCO_UPN_LENGTH; pos++)
              {
                char saved = upn[pos];

                upn[pos] = (char) ('0' + (saved - '0' + 1 + pos % 9) % 10);
                g_assert_cmpint (sendco_upn_validate (upn, NULL), ==,
                                 SENDCO_UPN_BAD_CHECK_LETTER);
                upn[pos] = saved;

                if (pos + 1 < SENDCO_UPN_LENGTH && upn[pos] != upn[pos + 1])
                  {
                    upn[pos] = upn[pos + 1];
                    upn[pos + 1] = saved;
                    g_assert_cmpint (sendco_upn_validate (upn, NULL), ==,
                                     SENDCO_UPN_BAD_CHECK_LETTER);
                    upn[pos + 1] = upn[pos];
                    upn[pos] = saved;
                  }
              }
            g_assert_cmpint (sendco_upn_validate (upn, NULL), ==, SENDCO_UPN_VALID);
            n++;
          }

  g_assert_cmpuint (n, ==, 7 * 9 * 8 * 10);
}

static void
test_upn_build_out_of_range (void)
{
  char *upn;

  g_test_expect_message ("sendco-rules", G_LOG_LEVEL_CRITICAL, "*la_code < 1000*");
  upn = sendco_upn_build (1000, 1, 1, 1);
  g_test_assert_expected_messages ();
  g_assert_null (upn);

  g_test_expect_message ("sendco-rules", G_LOG_LEVEL_CRITICAL, "*serial < 1000*");
  upn = sendco_upn_build (931, 2102, 21, 1000);
  g_test_assert_expected_messages ();
  g_assert_null (upn);
}


/* Every UPN in the sample exports: all valid but the two the expected
 * results reject for their UPN. */
static void
test_upn_samples (void)
{
  static const char *files[] = { "sample-sims-export-primary.csv",
                                 "sample-sims-export-secondary.csv" };
  guint n_rows = 0, n_bad = 0;

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr (GPtrArray) rows = rules_test_read_sample_rows (files[f]);

      for (guint i = 0; i < rows->len; i++)
        {
          char **row = g_ptr_array_index (rows, i);
          /* some cells are padded (" V931210226504 "): trim and upper-case
           * as the importer does */
          g_autofree char *upn = g_ascii_strup (g_strstrip (row[0]), -1);
          SendcoUpnResult result = sendco_upn_validate (upn, NULL);

          n_rows++;
          if (g_str_equal (upn, "M93121022550"))
            g_assert_cmpint (result, ==, SENDCO_UPN_WRONG_LENGTH);
          else if (g_str_equal (upn, "B931210223890"))
            g_assert_cmpint (result, ==, SENDCO_UPN_BAD_CHECK_LETTER);
          else if (result != SENDCO_UPN_VALID)
            g_error ("%s: %s", upn, sendco_upn_result_message (result));
          if (result != SENDCO_UPN_VALID)
            n_bad++;
        }
    }
  g_assert_cmpuint (n_rows, ==, 421 + 1100);
  g_assert_cmpuint (n_bad, ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (upn_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rules/upn/validate/%u-%s", i,
                                               upn_cases[i].upn && upn_cases[i].upn[0]
                                                 ? upn_cases[i].upn : "(empty)");

      g_strdelimit (path + strlen ("/rules/upn/validate/"), " /\t", '_');
      g_test_add_data_func (path, &upn_cases[i], test_upn_validate);
    }
  g_test_add_func ("/rules/upn/check-letter", test_upn_check_letter);
  g_test_add_func ("/rules/upn/temporary-letters", test_upn_temporary_letters);
  g_test_add_func ("/rules/upn/normalised-input", test_upn_normalised_input);
  g_test_add_func ("/rules/upn/messages", test_upn_messages);
  g_test_add_func ("/rules/upn/build", test_upn_build);
  g_test_add_func ("/rules/upn/build-round-trip", test_upn_build_round_trip);
  g_test_add_func ("/rules/upn/build-out-of-range", test_upn_build_out_of_range);
  g_test_add_func ("/rules/upn/samples", test_upn_samples);

  return g_test_run ();
}
