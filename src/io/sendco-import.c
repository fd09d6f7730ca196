/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The MIS import: match an export's columns to what Sendco keeps, check every
 * row, work out what would change (the plan, shown as a preview), then write
 * it all in one transaction. Nothing the SENDCO recorded is overwritten
 * silently: SEN differences are offered row by row, and pupils missing from
 * the file are archived only when asked. */
#define G_LOG_DOMAIN "sendco-io"

#include "config.h"

#include "sendco-import.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-census.h"
#include "sendco-dates.h"
#include "sendco-upn.h"

struct _SendcoImportRow
{
  GObject              parent_instance;

  SendcoImportPlan    *plan;          /* not owned: the plan owns its rows */
  SendcoImportRowKind  kind;          /* as built; see sendco_import_row_get_kind() */
  guint                line;
  char                *upn;           /* as written in the file, trimmed */
  SendcoPupil         *file;          /* the values the file gives */
  SendcoPupil         *pupil;         /* the pupil as the import leaves them */
  SendcoPupil         *existing;      /* the pupil as Sendco has them, or NULL */
  gint64               existing_id;
  char                *column;
  char                *reason;
  char                *changes;
  gboolean             rejoins;
  gboolean             sen_conflict;
  char                *sen_difference;
  gboolean             take_file_sen;
};

struct _SendcoImportPlan
{
  GObject              parent_instance;

  SendcoImportMapping  mapping;
  char                *source_name;
  char                *today_iso;
  GListStore          *rows;
  GListStore          *by_kind[SENDCO_IMPORT_ROW_REJECTED + 1];
  GListStore          *conflicts;
  GListStore          *missing;
  gboolean             archive_missing;
  gboolean             applied;
};

G_DEFINE_FINAL_TYPE (SendcoImportRow, sendco_import_row, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (SendcoImportPlan, sendco_import_plan, G_TYPE_OBJECT)
G_DEFINE_QUARK (sendco-import-error-quark, sendco_import_error)

enum {
  ROW_PROP_0,
  ROW_PROP_KIND,
  ROW_PROP_LINE,
  ROW_PROP_UPN,
  ROW_PROP_PUPIL,
  ROW_PROP_COLUMN,
  ROW_PROP_REASON,
  ROW_PROP_CHANGES,
  ROW_PROP_REJOINS,
  ROW_PROP_SEN_CONFLICT,
  ROW_PROP_SEN_DIFFERENCE,
  ROW_PROP_TAKE_FILE_SEN,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

enum {
  PLAN_PROP_0,
  PLAN_PROP_ARCHIVE_MISSING,
  PLAN_PROP_SOURCE_NAME,
  PLAN_N_PROPS
};

static GParamSpec *plan_properties[PLAN_N_PROPS];

static void plan_row_kind_changed (SendcoImportPlan *self,
                                   SendcoImportRow  *row,
                                   SendcoImportRowKind old_kind);

/* Fields */

typedef struct
{
  const char *key;
  const char *label;
  gboolean    required;
  /* Headers that mean this field, normalised (lower case, letters and digits). */
  const char *synonyms[16];
} FieldInfo;

static const FieldInfo fields[SENDCO_IMPORT_N_FIELDS] = {
  [SENDCO_IMPORT_FIELD_UPN] = {
    "upn", N_("UPN"), TRUE,
    { "upn", "uniquepupilnumber", "pupilupn", "studentupn", "upnnumber", "upnno" } },
  [SENDCO_IMPORT_FIELD_SURNAME] = {
    "surname", N_("Surname"), TRUE,
    { "legalsurname", "surname", "lastname", "familyname", "legallastname", "pupilsurname",
      "studentsurname", "legalfamilyname" } },
  [SENDCO_IMPORT_FIELD_FORENAME] = {
    "forename", N_("Forename"), TRUE,
    { "legalforename", "forename", "firstname", "givenname", "legalfirstname", "forenames",
      "pupilforename", "studentforename", "legalgivenname" } },
  [SENDCO_IMPORT_FIELD_PREFERRED_SURNAME] = {
    "preferred-surname", N_("Preferred surname"), FALSE,
    { "preferredsurname", "preferredlastname", "preferredfamilyname", "knownassurname",
      "chosensurname" } },
  [SENDCO_IMPORT_FIELD_PREFERRED_FORENAME] = {
    "preferred-forename", N_("Preferred forename"), FALSE,
    { "preferredforename", "preferredfirstname", "preferredgivenname", "preferredname",
      "knownas", "chosenname", "chosenforename" } },
  [SENDCO_IMPORT_FIELD_DATE_OF_BIRTH] = {
    "date-of-birth", N_("Date of birth"), TRUE,
    { "dateofbirth", "dob", "birthdate", "dateofbirthddmmyyyy", "birthday" } },
  [SENDCO_IMPORT_FIELD_GENDER] = {
    "gender", N_("Gender"), FALSE,
    { "gender", "sex", "legalsex", "genderlegalsex" } },
  [SENDCO_IMPORT_FIELD_YEAR_GROUP] = {
    "year-group", N_("Year group"), TRUE,
    { "year", "yeargroup", "ncyear", "nccyear", "ncyearactual", "curriculumyear",
      "nationalcurriculumyear", "yr", "yeargrp", "yeartaughtin" } },
  [SENDCO_IMPORT_FIELD_FORM] = {
    "form", N_("Form"), FALSE,
    { "reg", "regform", "registrationform", "registrationgroup", "reggroup", "form",
      "formgroup", "formclass", "tutorgroup", "class", "regclass", "registrationclass",
      "house" } },
  [SENDCO_IMPORT_FIELD_SEN_STATUS] = {
    "sen-status", N_("SEN status"), FALSE,
    { "senstatus", "senprovision", "sen", "senprovisiontype", "sencode", "sendstatus",
      "senstage", "senprovisioncode", "sendprovision", "senprovisionstatus" } },
  [SENDCO_IMPORT_FIELD_PRIMARY_NEED] = {
    "primary-need", N_("Primary need"), FALSE,
    { "senneedtype1", "primarysenneed", "primaryneed", "senprimaryneed", "primarysenneedtype",
      "senneed1", "needtype1", "primaryneedtype", "senneedtype", "senprimaryneedtype",
      "primarysentype", "senneed", "senneedrank1" } },
  [SENDCO_IMPORT_FIELD_SECONDARY_NEED] = {
    "secondary-need", N_("Secondary need"), FALSE,
    { "senneedtype2", "secondarysenneed", "secondaryneed", "sensecondaryneed",
      "secondarysenneedtype", "senneed2", "needtype2", "secondaryneedtype",
      "sensecondaryneedtype", "secondarysentype", "senneedrank2" } },
  [SENDCO_IMPORT_FIELD_FSM] = {
    "fsm", N_("FSM"), FALSE,
    { "fsm", "fsmeligible", "eligibleforfreeschoolmeals", "freeschoolmeals",
      "fsmeligibility", "eligibleforfsm", "fsmstatus", "fsmflag", "freeschoolmealseligible",
      "freeschoolmealseligibility", "fsmindicator" } },
  [SENDCO_IMPORT_FIELD_EAL] = {
    "eal", N_("EAL"), FALSE,
    { "eal", "englishasanadditionallanguage", "ealstatus", "ealflag", "englishadditionallanguage",
      "firstlanguagenotenglish", "ealindicator" } },
  [SENDCO_IMPORT_FIELD_LAC] = {
    "lac", N_("LAC"), FALSE,
    { "incare", "lac", "lookedafter", "lookedafterchild", "cla", "childlookedafter",
      "lookedafterchildren", "incarestatus", "lacstatus", "childlookedafterstatus",
      "lookedafterbyla" } },
};

/* Lower-cased letters and digits only: "Legal Surname" -> "legalsurname".
 * Letters outside ASCII are kept as they are. */
static char *
normalise_header (const char *text)
{
  GString *out = g_string_sized_new (32);

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if ((guchar) *p >= 0x80)
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
header_means (const char *normalised, SendcoImportField field)
{
  g_autofree char *label = NULL;

  if (normalised[0] == '\0')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fields[field].synonyms) && fields[field].synonyms[i]; i++)
    if (g_str_equal (normalised, fields[field].synonyms[i]))
      return TRUE;

  /* The register export writes the labels; in a translation, they are translated. */
  label = normalise_header (_(fields[field].label));
  return g_str_equal (normalised, label);
}

const char *
sendco_import_field_label (SendcoImportField field)
{
  g_return_val_if_fail (field < SENDCO_IMPORT_N_FIELDS, NULL);
  return _(fields[field].label);
}

/* The name used on the command line: --map date-of-birth=DOB */
const char *
sendco_import_field_key (SendcoImportField field)
{
  g_return_val_if_fail (field < SENDCO_IMPORT_N_FIELDS, NULL);
  return fields[field].key;
}

gboolean
sendco_import_field_is_required (SendcoImportField field)
{
  g_return_val_if_fail (field < SENDCO_IMPORT_N_FIELDS, FALSE);
  return fields[field].required;
}

gboolean
sendco_import_field_from_key (const char *key, SendcoImportField *field)
{
  g_return_val_if_fail (key != NULL, FALSE);

  for (guint i = 0; i < SENDCO_IMPORT_N_FIELDS; i++)
    if (g_ascii_strcasecmp (key, fields[i].key) == 0)
      {
        if (field)
          *field = (SendcoImportField) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * sendco_import_mapping_guess:
 *
 * Matches each field to the first column whose header means it (SIMS and
 * Arbor headers and their synonyms, case, spaces and punctuation ignored).
 * Fields with no such column are -1.
 */
void
sendco_import_mapping_guess (SendcoImportMapping *mapping, SendcoCsvTable *table)
{
  g_return_if_fail (mapping != NULL);
  g_return_if_fail (table != NULL);

  for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS; f++)
    mapping->column[f] = -1;

  for (guint c = 0; c < sendco_csv_table_n_columns (table); c++)
    {
      g_autofree char *header = normalise_header (sendco_csv_table_header (table, c));

      for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS; f++)
        if (mapping->column[f] < 0 && header_means (header, (SendcoImportField) f))
          {
            mapping->column[f] = (int) c;
            break;
          }
    }
}

static char *
join_headers (SendcoCsvTable *table)
{
  g_autoptr (GString) list = g_string_new (NULL);

  for (guint c = 0; c < sendco_csv_table_n_columns (table); c++)
    {
      if (c > 0)
        g_string_append (list, ", ");
      g_string_append_printf (list, "“%s”", sendco_csv_table_header (table, c));
    }
  return g_strdup (list->str);
}

/**
 * sendco_import_mapping_check:
 *
 * Whether @mapping is usable with @table: every required field has a column,
 * no column is used twice, and need columns come with a SEN status column.
 */
gboolean
sendco_import_mapping_check (const SendcoImportMapping *mapping, SendcoCsvTable *table,
                             GError **error)
{
  g_autoptr (GString) missing = g_string_new (NULL);
  guint n_columns;

  g_return_val_if_fail (mapping != NULL, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);

  n_columns = sendco_csv_table_n_columns (table);
  for (guint f = 0; f < SENDCO_IMPORT_N_FIELDS; f++)
    {
      int column = mapping->column[f];

      if (column >= (int) n_columns || column < -1)
        {
          g_set_error (error, SENDCO_IMPORT_ERROR, SENDCO_IMPORT_ERROR_UNMAPPED,
                       _("%s is matched to column %d, but the file has only %u columns."),
                       sendco_import_field_label (f), column + 1, n_columns);
          return FALSE;
        }
      if (column < 0 && fields[f].required)
        {
          if (missing->len > 0)
            g_string_append (missing, ", ");
          g_string_append (missing, sendco_import_field_label (f));
        }
      for (guint g = 0; g < f && column >= 0; g++)
        if (mapping->column[g] == column)
          {
            g_set_error (error, SENDCO_IMPORT_ERROR, SENDCO_IMPORT_ERROR_UNMAPPED,
                         _("The column “%s” is matched to both %s and %s. Choose one "
                           "column for each."),
                         sendco_csv_table_header (table, (guint) column),
                         sendco_import_field_label (g), sendco_import_field_label (f));
            return FALSE;
          }
    }

  if (missing->len > 0)
    {
      g_autofree char *headers = join_headers (table);

      g_set_error (error, SENDCO_IMPORT_ERROR, SENDCO_IMPORT_ERROR_UNMAPPED,
                   _("No column in the file was matched to: %s. The file's columns are: %s."),
                   missing->str, headers);
      return FALSE;
    }

  if (mapping->column[SENDCO_IMPORT_FIELD_SEN_STATUS] < 0
      && (mapping->column[SENDCO_IMPORT_FIELD_PRIMARY_NEED] >= 0
          || mapping->column[SENDCO_IMPORT_FIELD_SECONDARY_NEED] >= 0))
    {
      g_set_error (error, SENDCO_IMPORT_ERROR, SENDCO_IMPORT_ERROR_UNMAPPED,
                   _("A need column is matched but no SEN status column. Match the SEN "
                     "status column too, or neither."));
      return FALSE;
    }

  return TRUE;
}

/* Parsing one row's values */

static gboolean
mapped (const SendcoImportMapping *mapping, SendcoImportField field)
{
  return mapping->column[field] >= 0;
}

static const char *
cell (SendcoCsvTable *table, const SendcoImportMapping *mapping, guint row,
      SendcoImportField field)
{
  if (mapping->column[field] < 0)
    return "";
  return sendco_csv_table_field (table, row, (guint) mapping->column[field]);
}

/* Runs of spaces, tabs and line breaks become one space: a name that a
 * spreadsheet wrapped over two lines is one name. */
static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* Y/N/Yes/No/True/False/1/0, blank for no. */
static gboolean
parse_flag (const char *text, gboolean *value)
{
  static const char *const yes[] = { "y", "yes", "true", "1" };
  static const char *const no[] = { "", "n", "no", "false", "0" };
  g_autofree char *key = g_ascii_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (key, yes[i]))
      {
        *value = TRUE;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (key, no[i]))
      {
        *value = FALSE;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_gender (const char *text, const char **gender)
{
  static const struct { const char *word; const char *code; } words[] = {
    { "m", "M" }, { "male", "M" }, { "f", "F" }, { "female", "F" }, { "x", "X" },
    { "", "" }, { "u", "" }, { "unknown", "" },
  };
  g_autofree char *key = g_ascii_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (key, words[i].word))
      {
        *gender = words[i].code;
        return TRUE;
      }
  return FALSE;
}

static gboolean
get_flag (SendcoPupil *pupil, SendcoImportField field)
{
  switch (field)
    {
    case SENDCO_IMPORT_FIELD_FSM: return sendco_pupil_get_fsm (pupil);
    case SENDCO_IMPORT_FIELD_EAL: return sendco_pupil_get_eal (pupil);
    case SENDCO_IMPORT_FIELD_LAC: return sendco_pupil_get_lac (pupil);
    default: g_return_val_if_reached (FALSE);
    }
}

static void
set_flag (SendcoPupil *pupil, SendcoImportField field, gboolean value)
{
  switch (field)
    {
    case SENDCO_IMPORT_FIELD_FSM: sendco_pupil_set_fsm (pupil, value); break;
    case SENDCO_IMPORT_FIELD_EAL: sendco_pupil_set_eal (pupil, value); break;
    case SENDCO_IMPORT_FIELD_LAC: sendco_pupil_set_lac (pupil, value); break;
    default: g_return_if_reached ();
    }
}

/* A row's first fault: where, and why in plain words. */
typedef struct
{
  SendcoImportField  field;   /* SENDCO_IMPORT_N_FIELDS for the whole row */
  char              *reason;
} Fault;

static gboolean
fault (Fault *out, SendcoImportField field, char *reason)
{
  out->field = field;
  out->reason = reason;
  return FALSE;
}

static const char *
flag_name (SendcoImportField field)
{
  switch (field)
    {
    case SENDCO_IMPORT_FIELD_FSM: return _("FSM");
    case SENDCO_IMPORT_FIELD_EAL: return _("EAL");
    case SENDCO_IMPORT_FIELD_LAC: return _("LAC");
    default: g_return_val_if_reached (NULL);
    }
}

/* Checks one row in the order the import reports faults, and fills @pupil
 * with what it says. @seen maps each UPN read so far to its line. */
static gboolean
read_row (SendcoCsvTable *table, const SendcoImportMapping *mapping, guint row,
          const GDate *today, GHashTable *seen, SendcoPupil *pupil, Fault *out)
{
  static const SendcoImportField flag_fields[] = {
    SENDCO_IMPORT_FIELD_FSM, SENDCO_IMPORT_FIELD_EAL, SENDCO_IMPORT_FIELD_LAC,
  };
  guint n_fields = sendco_csv_table_row_n_fields (table, row);
  guint n_columns = sendco_csv_table_n_columns (table);
  g_autofree char *upn = NULL;
  const char *text, *primary, *secondary, *gender = "";
  const SendcoNeedType *primary_type = NULL, *secondary_type = NULL;
  SendcoSenStatus status = SENDCO_SEN_N;
  gpointer first_line;
  char expected = '\0';
  SendcoUpnResult upn_result;
  GDate dob;
  int year_group;

  /* Field count */
  if (n_fields != n_columns)
    return fault (out, SENDCO_IMPORT_N_FIELDS,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "row has %u field; the header has %u",
                                                "row has %u fields; the header has %u",
                                                n_fields),
                                   n_fields, n_columns));

  /* UPN */
  upn = g_ascii_strup (cell (table, mapping, row, SENDCO_IMPORT_FIELD_UPN), -1);
  upn_result = sendco_upn_validate (upn, &expected);
  switch (upn_result)
    {
    case SENDCO_UPN_VALID:
    case SENDCO_UPN_VALID_TEMPORARY:
      break;
    case SENDCO_UPN_EMPTY:
      return fault (out, SENDCO_IMPORT_FIELD_UPN, g_strdup (_("missing UPN")));
    case SENDCO_UPN_WRONG_LENGTH:
      return fault (out, SENDCO_IMPORT_FIELD_UPN,
                    g_strdup_printf (_("UPN wrong length (%ld characters; a UPN has %d)"),
                                     g_utf8_strlen (upn, -1), SENDCO_UPN_LENGTH));
    case SENDCO_UPN_BAD_CHECK_LETTER:
      return fault (out, SENDCO_IMPORT_FIELD_UPN,
                    g_strdup_printf (_("bad UPN check letter (should be %c)"), expected));
    case SENDCO_UPN_BAD_CHARACTER:
    default:
      return fault (out, SENDCO_IMPORT_FIELD_UPN,
                    g_strdup (_("UPN has a character that cannot be in a UPN")));
    }

  /* Duplicate: the first occurrence stands, later ones are rejected. */
  if (g_hash_table_lookup_extended (seen, upn, NULL, &first_line))
    return fault (out, SENDCO_IMPORT_FIELD_UPN,
                  g_strdup_printf (_("duplicate UPN in file (first on line %u)"),
                                   GPOINTER_TO_UINT (first_line)));
  g_hash_table_insert (seen, g_strdup (upn),
                       GUINT_TO_POINTER (sendco_csv_table_row_line (table, row)));
  sendco_pupil_set_text (pupil, SENDCO_PUPIL_UPN, upn);

  /* Surname */
  text = cell (table, mapping, row, SENDCO_IMPORT_FIELD_SURNAME);
  if (text[0] == '\0')
    return fault (out, SENDCO_IMPORT_FIELD_SURNAME, g_strdup (_("missing surname")));

  /* Date of birth */
  text = cell (table, mapping, row, SENDCO_IMPORT_FIELD_DATE_OF_BIRTH);
  g_date_clear (&dob, 1);
  if (text[0] == '\0')
    return fault (out, SENDCO_IMPORT_FIELD_DATE_OF_BIRTH, g_strdup (_("missing date of birth")));
  if (!sendco_date_parse (text, &dob))
    return fault (out, SENDCO_IMPORT_FIELD_DATE_OF_BIRTH,
                  g_strdup_printf (_("impossible date of birth (%s)"), text));
  if (g_date_compare (&dob, today) > 0)
    return fault (out, SENDCO_IMPORT_FIELD_DATE_OF_BIRTH,
                  g_strdup_printf (_("impossible date of birth (%s is in the future)"), text));

  /* Year group */
  text = cell (table, mapping, row, SENDCO_IMPORT_FIELD_YEAR_GROUP);
  if (text[0] == '\0')
    return fault (out, SENDCO_IMPORT_FIELD_YEAR_GROUP, g_strdup (_("missing year group")));
  if (!sendco_year_group_parse (text, &year_group))
    return fault (out, SENDCO_IMPORT_FIELD_YEAR_GROUP,
                  g_strdup_printf (_("unknown year group (%s)"), text));

  /* Need codes: an unknown code first, then whether they fit the status. */
  primary = cell (table, mapping, row, SENDCO_IMPORT_FIELD_PRIMARY_NEED);
  secondary = cell (table, mapping, row, SENDCO_IMPORT_FIELD_SECONDARY_NEED);
  if (primary[0] && (primary_type = sendco_need_type_lookup (primary)) == NULL)
    return fault (out, SENDCO_IMPORT_FIELD_PRIMARY_NEED,
                  g_strdup_printf (_("unknown need code (%s)"), primary));
  if (secondary[0] && (secondary_type = sendco_need_type_lookup (secondary)) == NULL)
    return fault (out, SENDCO_IMPORT_FIELD_SECONDARY_NEED,
                  g_strdup_printf (_("unknown need code (%s)"), secondary));

  /* SEN status */
  if (mapped (mapping, SENDCO_IMPORT_FIELD_SEN_STATUS))
    {
      text = cell (table, mapping, row, SENDCO_IMPORT_FIELD_SEN_STATUS);
      status = sendco_sen_status_parse (text);
      if (status == SENDCO_SEN_INVALID)
        return fault (out, SENDCO_IMPORT_FIELD_SEN_STATUS,
                      g_strdup_printf (_("unknown SEN status (%s)"), text));
    }

  /* Consistency */
  if (status == SENDCO_SEN_N && (primary_type || secondary_type))
    return fault (out, primary_type ? SENDCO_IMPORT_FIELD_PRIMARY_NEED
                                    : SENDCO_IMPORT_FIELD_SECONDARY_NEED,
                  g_strdup (_("need given with no SEN")));
  if ((primary_type && !sendco_need_allowed (status, primary_type->code))
      || (secondary_type && !sendco_need_allowed (status, secondary_type->code)))
    return fault (out, primary_type && !sendco_need_allowed (status, primary_type->code)
                         ? SENDCO_IMPORT_FIELD_PRIMARY_NEED
                         : SENDCO_IMPORT_FIELD_SECONDARY_NEED,
                  g_strdup (_("NSA is only for SEN support (K)")));
  if (secondary_type && !primary_type)
    return fault (out, SENDCO_IMPORT_FIELD_SECONDARY_NEED,
                  g_strdup (_("secondary need given with no primary need")));
  if (secondary_type && secondary_type == primary_type)
    return fault (out, SENDCO_IMPORT_FIELD_SECONDARY_NEED,
                  g_strdup_printf (_("secondary need is the same as the primary need (%s)"),
                                   secondary_type->code));

  /* Flags */
  for (guint i = 0; i < G_N_ELEMENTS (flag_fields); i++)
    {
      gboolean value = FALSE;

      text = cell (table, mapping, row, flag_fields[i]);
      if (!parse_flag (text, &value))
        return fault (out, flag_fields[i],
                      g_strdup_printf (_("unknown %s value (%s): use Y or N"),
                                       flag_name (flag_fields[i]), text));
      set_flag (pupil, flag_fields[i], value);
    }

  /* Gender */
  text = cell (table, mapping, row, SENDCO_IMPORT_FIELD_GENDER);
  if (!parse_gender (text, &gender))
    return fault (out, SENDCO_IMPORT_FIELD_GENDER,
                  g_strdup_printf (_("unknown gender (%s): use F, M or X"), text));

  /* All good: the rest of the record. */
  {
    static const struct { SendcoImportField field; SendcoPupilField pupil_field; } names[] = {
      { SENDCO_IMPORT_FIELD_SURNAME, SENDCO_PUPIL_LEGAL_SURNAME },
      { SENDCO_IMPORT_FIELD_FORENAME, SENDCO_PUPIL_LEGAL_FORENAME },
      { SENDCO_IMPORT_FIELD_PREFERRED_SURNAME, SENDCO_PUPIL_PREFERRED_SURNAME },
      { SENDCO_IMPORT_FIELD_PREFERRED_FORENAME, SENDCO_PUPIL_PREFERRED_FORENAME },
      { SENDCO_IMPORT_FIELD_FORM, SENDCO_PUPIL_FORM },
    };
    g_autofree char *iso = sendco_date_to_iso (&dob);

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *value = collapse_spaces (cell (table, mapping, row, names[i].field));

        sendco_pupil_set_text (pupil, names[i].pupil_field, value);
      }
    sendco_pupil_set_text (pupil, SENDCO_PUPIL_DATE_OF_BIRTH, iso);
    sendco_pupil_set_text (pupil, SENDCO_PUPIL_GENDER, gender);
    sendco_pupil_set_year_group (pupil, year_group);
    sendco_pupil_set_text (pupil, SENDCO_PUPIL_SEN_STATUS, sendco_sen_status_code (status));
    sendco_pupil_set_text (pupil, SENDCO_PUPIL_PRIMARY_NEED,
                           primary_type ? primary_type->code : "");
    sendco_pupil_set_text (pupil, SENDCO_PUPIL_SECONDARY_NEED,
                           secondary_type ? secondary_type->code : "");
  }

  return TRUE;
}

/* Comparing with what Sendco holds */

static char *
show_text (const char *text)
{
  return g_strdup (text[0] ? text : _("(blank)"));
}

static char *
show_date (const char *iso)
{
  char *uk = sendco_iso_to_uk (iso);

  if (uk[0] == '\0')
    {
      g_free (uk);
      return show_text (iso);
    }
  return uk;
}

static char *
show_flag (gboolean value)
{
  return g_strdup (value ? _("yes") : _("no"));
}

static void
note_change (GString *changes, const char *what, char *before, char *after)
{
  if (changes->len > 0)
    g_string_append (changes, "; ");
  /* Translators: a change an import makes, e.g. "year group 5 → 6" */
  g_string_append_printf (changes, _("%s %s → %s"), what, before, after);
  g_free (before);
  g_free (after);
}

typedef enum
{
  VALUE_TEXT,
  VALUE_DATE,
  VALUE_YEAR,
  VALUE_FLAG,
} ValueKind;

/* What an import compares, in the order a change list names them. */
static const struct
{
  SendcoImportField field;
  ValueKind         kind;
  SendcoPupilField  text;   /* for VALUE_TEXT and VALUE_DATE */
  const char       *what;
} compared[] = {
  { SENDCO_IMPORT_FIELD_SURNAME, VALUE_TEXT, SENDCO_PUPIL_LEGAL_SURNAME, N_("surname") },
  { SENDCO_IMPORT_FIELD_FORENAME, VALUE_TEXT, SENDCO_PUPIL_LEGAL_FORENAME, N_("forename") },
  { SENDCO_IMPORT_FIELD_PREFERRED_SURNAME, VALUE_TEXT, SENDCO_PUPIL_PREFERRED_SURNAME,
    N_("preferred surname") },
  { SENDCO_IMPORT_FIELD_PREFERRED_FORENAME, VALUE_TEXT, SENDCO_PUPIL_PREFERRED_FORENAME,
    N_("preferred forename") },
  { SENDCO_IMPORT_FIELD_DATE_OF_BIRTH, VALUE_DATE, SENDCO_PUPIL_DATE_OF_BIRTH,
    N_("date of birth") },
  { SENDCO_IMPORT_FIELD_GENDER, VALUE_TEXT, SENDCO_PUPIL_GENDER, N_("gender") },
  { SENDCO_IMPORT_FIELD_YEAR_GROUP, VALUE_YEAR, 0, N_("year group") },
  { SENDCO_IMPORT_FIELD_FORM, VALUE_TEXT, SENDCO_PUPIL_FORM, N_("form") },
  { SENDCO_IMPORT_FIELD_FSM, VALUE_FLAG, 0, N_("FSM") },
  { SENDCO_IMPORT_FIELD_EAL, VALUE_FLAG, 0, N_("EAL") },
  { SENDCO_IMPORT_FIELD_LAC, VALUE_FLAG, 0, N_("LAC") },
};

/* Copies into @target what the file gives (only the columns it has), and
 * describes each difference in @changes, e.g. "year group 5 → 6; form 5A →
 * 6A". SEN is compared apart. */
static void
merge_file_values (SendcoPupil *target, SendcoPupil *file, const SendcoImportMapping *mapping,
                   GString *changes)
{
  for (guint i = 0; i < G_N_ELEMENTS (compared); i++)
    {
      char *before = NULL, *after = NULL;

      if (!mapped (mapping, compared[i].field))
        continue;

      switch (compared[i].kind)
        {
        case VALUE_TEXT:
        case VALUE_DATE:
          {
            const char *was = sendco_pupil_get_text (target, compared[i].text);
            const char *now = sendco_pupil_get_text (file, compared[i].text);

            if (g_str_equal (was, now))
              continue;
            if (changes)
              {
                before = compared[i].kind == VALUE_DATE ? show_date (was) : show_text (was);
                after = compared[i].kind == VALUE_DATE ? show_date (now) : show_text (now);
              }
            sendco_pupil_set_text (target, compared[i].text, now);
          }
          break;

        case VALUE_YEAR:
          {
            int was = sendco_pupil_get_year_group (target);
            int now = sendco_pupil_get_year_group (file);

            if (was == now)
              continue;
            if (changes)
              {
                before = sendco_year_group_short_label (was);
                after = sendco_year_group_short_label (now);
              }
            sendco_pupil_set_year_group (target, now);
          }
          break;

        case VALUE_FLAG:
        default:
          {
            gboolean was = get_flag (target, compared[i].field);
            gboolean now = get_flag (file, compared[i].field);

            if (was == now)
              continue;
            if (changes)
              {
                before = show_flag (was);
                after = show_flag (now);
              }
            set_flag (target, compared[i].field, now);
          }
          break;
        }

      if (changes)
        note_change (changes, _(compared[i].what), before, after);
    }
}

static gboolean
same_sen (SendcoPupil *a, SendcoPupil *b)
{
  return g_str_equal (sendco_pupil_get_sen_status (a), sendco_pupil_get_sen_status (b))
         && g_str_equal (sendco_pupil_get_text (a, SENDCO_PUPIL_PRIMARY_NEED),
                         sendco_pupil_get_text (b, SENDCO_PUPIL_PRIMARY_NEED))
         && g_str_equal (sendco_pupil_get_text (a, SENDCO_PUPIL_SECONDARY_NEED),
                         sendco_pupil_get_text (b, SENDCO_PUPIL_SECONDARY_NEED));
}

static void
copy_sen (SendcoPupil *target, SendcoPupil *source)
{
  static const SendcoPupilField sen_fields[] = {
    SENDCO_PUPIL_SEN_STATUS, SENDCO_PUPIL_PRIMARY_NEED, SENDCO_PUPIL_SECONDARY_NEED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (sen_fields); i++)
    sendco_pupil_set_text (target, sen_fields[i], sendco_pupil_get_text (source, sen_fields[i]));
}

/* "K SPLD", "E ASD, SLCN", "N" */
static void
describe_sen (GString *out, SendcoPupil *pupil)
{
  const char *primary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_PRIMARY_NEED);
  const char *secondary = sendco_pupil_get_text (pupil, SENDCO_PUPIL_SECONDARY_NEED);

  g_string_append (out, sendco_pupil_get_sen_status (pupil));
  if (primary[0])
    g_string_append_printf (out, " %s", primary);
  if (secondary[0])
    g_string_append_printf (out, ", %s", secondary);
}

static char *
describe_sen_difference (SendcoPupil *file, SendcoPupil *existing)
{
  g_autoptr (GString) in_file = g_string_new (NULL);
  g_autoptr (GString) in_sendco = g_string_new (NULL);

  describe_sen (in_file, file);
  describe_sen (in_sendco, existing);
  /* Translators: SEN status and needs from the import file and from Sendco,
   * e.g. "file: K SPLD; Sendco: E ASD" */
  return g_strdup_printf (_("file: %s; Sendco: %s"), in_file->str, in_sendco->str);
}

/* SendcoImportRow */

static void
sendco_import_row_finalize (GObject *object)
{
  SendcoImportRow *self = SENDCO_IMPORT_ROW (object);

  g_free (self->upn);
  g_clear_object (&self->file);
  g_clear_object (&self->pupil);
  g_clear_object (&self->existing);
  g_free (self->column);
  g_free (self->reason);
  g_free (self->changes);
  g_free (self->sen_difference);

  G_OBJECT_CLASS (sendco_import_row_parent_class)->finalize (object);
}

static void
sendco_import_row_get_property (GObject *object, guint prop_id, GValue *value,
                                GParamSpec *pspec)
{
  SendcoImportRow *self = SENDCO_IMPORT_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_KIND:
      g_value_set_int (value, sendco_import_row_get_kind (self));
      break;
    case ROW_PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case ROW_PROP_UPN:
      g_value_set_string (value, self->upn);
      break;
    case ROW_PROP_PUPIL:
      g_value_set_object (value, self->pupil);
      break;
    case ROW_PROP_COLUMN:
      g_value_set_string (value, self->column);
      break;
    case ROW_PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case ROW_PROP_CHANGES:
      g_value_set_string (value, self->changes);
      break;
    case ROW_PROP_REJOINS:
      g_value_set_boolean (value, self->rejoins);
      break;
    case ROW_PROP_SEN_CONFLICT:
      g_value_set_boolean (value, self->sen_conflict);
      break;
    case ROW_PROP_SEN_DIFFERENCE:
      g_value_set_string (value, self->sen_difference);
      break;
    case ROW_PROP_TAKE_FILE_SEN:
      g_value_set_boolean (value, self->take_file_sen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_import_row_set_property (GObject *object, guint prop_id, const GValue *value,
                                GParamSpec *pspec)
{
  SendcoImportRow *self = SENDCO_IMPORT_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_TAKE_FILE_SEN:
      sendco_import_row_set_take_file_sen (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_import_row_class_init (SendcoImportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = sendco_import_row_finalize;
  object_class->get_property = sendco_import_row_get_property;
  object_class->set_property = sendco_import_row_set_property;

  row_properties[ROW_PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, SENDCO_IMPORT_ROW_NEW, SENDCO_IMPORT_ROW_REJECTED,
                      SENDCO_IMPORT_ROW_NEW, ro);
  row_properties[ROW_PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, ro);
  row_properties[ROW_PROP_UPN] = g_param_spec_string ("upn", NULL, NULL, NULL, ro);
  row_properties[ROW_PROP_PUPIL] =
    g_param_spec_object ("pupil", NULL, NULL, SENDCO_TYPE_PUPIL, ro);
  row_properties[ROW_PROP_COLUMN] = g_param_spec_string ("column", NULL, NULL, NULL, ro);
  row_properties[ROW_PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, ro);
  row_properties[ROW_PROP_CHANGES] = g_param_spec_string ("changes", NULL, NULL, NULL, ro);
  row_properties[ROW_PROP_REJOINS] =
    g_param_spec_boolean ("rejoins", NULL, NULL, FALSE, ro);
  row_properties[ROW_PROP_SEN_CONFLICT] =
    g_param_spec_boolean ("sen-conflict", NULL, NULL, FALSE, ro);
  row_properties[ROW_PROP_SEN_DIFFERENCE] =
    g_param_spec_string ("sen-difference", NULL, NULL, NULL, ro);
  row_properties[ROW_PROP_TAKE_FILE_SEN] =
    g_param_spec_boolean ("take-file-sen", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
sendco_import_row_init (SendcoImportRow *self)
{
}

/**
 * sendco_import_row_get_kind:
 *
 * Returns: what the import does with the row. A row whose only difference is
 *   its SEN status counts as unchanged while Sendco's SEN is kept, and as
 *   updated once the file's is taken.
 */
SendcoImportRowKind
sendco_import_row_get_kind (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), SENDCO_IMPORT_ROW_REJECTED);

  if (self->kind == SENDCO_IMPORT_ROW_UNCHANGED && self->sen_conflict && self->take_file_sen)
    return SENDCO_IMPORT_ROW_UPDATED;
  return self->kind;
}

guint
sendco_import_row_get_line (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), 0);
  return self->line;
}

/* The UPN as the file wrote it (trimmed); "" when the cell is blank. */
const char *
sendco_import_row_get_upn (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), NULL);
  return self->upn;
}

SendcoPupil *
sendco_import_row_get_pupil (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), NULL);
  return self->pupil;
}

gint64
sendco_import_row_get_existing_id (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), 0);
  return self->existing_id;
}

const char *
sendco_import_row_get_column (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), NULL);
  return self->column;
}

const char *
sendco_import_row_get_reason (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), NULL);
  return self->reason;
}

const char *
sendco_import_row_get_changes (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), NULL);
  return self->changes;
}

gboolean
sendco_import_row_get_rejoins (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), FALSE);
  return self->rejoins;
}

gboolean
sendco_import_row_has_sen_conflict (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), FALSE);
  return self->sen_conflict;
}

const char *
sendco_import_row_get_sen_difference (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), NULL);
  return self->sen_difference;
}

gboolean
sendco_import_row_get_take_file_sen (SendcoImportRow *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_ROW (self), FALSE);
  return self->take_file_sen;
}

/**
 * sendco_import_row_set_take_file_sen:
 * @take: %TRUE to take the file's SEN status and needs, %FALSE (the
 *   default) to keep what the SENDCO recorded in Sendco
 *
 * Only meaningful for a row with a SEN conflict; ignored for others.
 */
void
sendco_import_row_set_take_file_sen (SendcoImportRow *self, gboolean take)
{
  SendcoImportRowKind old_kind;

  g_return_if_fail (SENDCO_IS_IMPORT_ROW (self));

  take = !!take;
  if (!self->sen_conflict || self->take_file_sen == take)
    return;

  old_kind = sendco_import_row_get_kind (self);
  self->take_file_sen = take;
  copy_sen (self->pupil, take ? self->file : self->existing);
  g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_TAKE_FILE_SEN]);

  if (old_kind != sendco_import_row_get_kind (self))
    {
      g_object_notify_by_pspec (G_OBJECT (self), row_properties[ROW_PROP_KIND]);
      if (self->plan)
        plan_row_kind_changed (self->plan, self, old_kind);
    }
}

/* SendcoImportPlan */

static int
compare_rows_by_line (gconstpointer a, gconstpointer b, gpointer user_data)
{
  guint line_a = SENDCO_IMPORT_ROW ((gpointer) a)->line;
  guint line_b = SENDCO_IMPORT_ROW ((gpointer) b)->line;

  return line_a < line_b ? -1 : line_a > line_b;
}

/* Keeps the lists of each kind in step when a SEN choice moves a row between
 * unchanged and updated. */
static void
plan_row_kind_changed (SendcoImportPlan *self, SendcoImportRow *row,
                       SendcoImportRowKind old_kind)
{
  guint position;

  if (g_list_store_find (self->by_kind[old_kind], row, &position))
    g_list_store_remove (self->by_kind[old_kind], position);
  g_list_store_insert_sorted (self->by_kind[sendco_import_row_get_kind (row)], row,
                              compare_rows_by_line, NULL);
}

static void
sendco_import_plan_dispose (GObject *object)
{
  SendcoImportPlan *self = SENDCO_IMPORT_PLAN (object);

  if (self->rows)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SendcoImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

          row->plan = NULL;
        }
    }

  g_clear_object (&self->rows);
  for (guint i = 0; i < G_N_ELEMENTS (self->by_kind); i++)
    g_clear_object (&self->by_kind[i]);
  g_clear_object (&self->conflicts);
  g_clear_object (&self->missing);

  G_OBJECT_CLASS (sendco_import_plan_parent_class)->dispose (object);
}

static void
sendco_import_plan_finalize (GObject *object)
{
  SendcoImportPlan *self = SENDCO_IMPORT_PLAN (object);

  g_free (self->source_name);
  g_free (self->today_iso);

  G_OBJECT_CLASS (sendco_import_plan_parent_class)->finalize (object);
}

static void
sendco_import_plan_get_property (GObject *object, guint prop_id, GValue *value,
                                 GParamSpec *pspec)
{
  SendcoImportPlan *self = SENDCO_IMPORT_PLAN (object);

  switch (prop_id)
    {
    case PLAN_PROP_ARCHIVE_MISSING:
      g_value_set_boolean (value, self->archive_missing);
      break;
    case PLAN_PROP_SOURCE_NAME:
      g_value_set_string (value, self->source_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_import_plan_set_property (GObject *object, guint prop_id, const GValue *value,
                                 GParamSpec *pspec)
{
  SendcoImportPlan *self = SENDCO_IMPORT_PLAN (object);

  switch (prop_id)
    {
    case PLAN_PROP_ARCHIVE_MISSING:
      sendco_import_plan_set_archive_missing (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sendco_import_plan_class_init (SendcoImportPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sendco_import_plan_dispose;
  object_class->finalize = sendco_import_plan_finalize;
  object_class->get_property = sendco_import_plan_get_property;
  object_class->set_property = sendco_import_plan_set_property;

  plan_properties[PLAN_PROP_ARCHIVE_MISSING] =
    g_param_spec_boolean ("archive-missing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  plan_properties[PLAN_PROP_SOURCE_NAME] =
    g_param_spec_string ("source-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, PLAN_N_PROPS, plan_properties);
}

static void
sendco_import_plan_init (SendcoImportPlan *self)
{
  self->rows = g_list_store_new (SENDCO_TYPE_IMPORT_ROW);
  for (guint i = 0; i < G_N_ELEMENTS (self->by_kind); i++)
    self->by_kind[i] = g_list_store_new (SENDCO_TYPE_IMPORT_ROW);
  self->conflicts = g_list_store_new (SENDCO_TYPE_IMPORT_ROW);
  self->missing = g_list_store_new (SENDCO_TYPE_PUPIL);
}

static void
splice_all (GListStore *store, GPtrArray *items)
{
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
}

/* Works out what the import does with a row the file gives correctly. */
static void
compare_with_existing (SendcoImportRow *row, SendcoPupil *existing,
                       const SendcoImportMapping *mapping)
{
  g_autoptr (GString) changes = g_string_new (NULL);

  row->existing = g_object_ref (existing);
  row->existing_id = sendco_pupil_get_id (existing);
  row->pupil = sendco_pupil_copy (existing);
  merge_file_values (row->pupil, row->file, mapping, changes);

  if (sendco_pupil_is_archived (existing))
    {
      g_autofree char *left = sendco_iso_to_uk (
        sendco_pupil_get_text (existing, SENDCO_PUPIL_ARCHIVED_ON));

      row->rejoins = TRUE;
      if (changes->len > 0)
        g_string_prepend (changes, "; ");
      g_string_prepend (changes, left[0] ? left : "?");
      /* Translators: followed by the date the pupil was archived */
      g_string_prepend (changes, _("back on roll, archived on "));
    }

  if (mapped (mapping, SENDCO_IMPORT_FIELD_SEN_STATUS) && !same_sen (row->file, existing))
    {
      row->sen_conflict = TRUE;
      row->sen_difference = describe_sen_difference (row->file, existing);
    }

  row->kind = changes->len > 0 ? SENDCO_IMPORT_ROW_UPDATED : SENDCO_IMPORT_ROW_UNCHANGED;
  if (changes->len > 0)
    row->changes = g_strdup (changes->str);
}

/**
 * sendco_import_plan_build:
 * @store: (nullable): the school file, or %NULL when there is none yet (then
 *   every good row is new)
 * @source_name: the file's name, for the SEN history and archive reasons
 * @today: the date SEN periods start and archiving takes effect
 *
 * Checks every row and compares it with Sendco's pupils. Writes nothing.
 */
SendcoImportPlan *
sendco_import_plan_build (SendcoStore *store, SendcoCsvTable *table,
                          const SendcoImportMapping *mapping, const char *source_name,
                          const GDate *today, GError **error)
{
  g_autoptr (SendcoImportPlan) self = NULL;
  g_autoptr (GHashTable) existing = NULL;   /* UPN -> SendcoPupil */
  g_autoptr (GHashTable) seen = NULL;       /* UPN -> first line */
  g_autoptr (GHashTable) mentioned = NULL;  /* every UPN the file names */
  g_autoptr (GListStore) pupils = NULL;
  g_autoptr (GPtrArray) all = NULL;
  GPtrArray *of_kind[SENDCO_IMPORT_ROW_REJECTED + 1];
  g_autoptr (GPtrArray) conflicts = NULL;
  g_autoptr (GPtrArray) missing = NULL;
  guint n_rows;

  g_return_val_if_fail (store == NULL || SENDCO_IS_STORE (store), NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!sendco_import_mapping_check (mapping, table, error))
    return NULL;

  existing = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  if (store != NULL)
    {
      guint n;

      pupils = sendco_store_list_pupils (store, TRUE, error);
      if (pupils == NULL)
        return NULL;
      n = g_list_model_get_n_items (G_LIST_MODEL (pupils));
      for (guint i = 0; i < n; i++)
        {
          SendcoPupil *pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);

          g_hash_table_replace (existing, (gpointer) sendco_pupil_get_upn (pupil), pupil);
        }
    }

  self = g_object_new (SENDCO_TYPE_IMPORT_PLAN, NULL);
  self->mapping = *mapping;
  self->source_name = g_strdup (source_name);
  self->today_iso = sendco_date_to_iso (today);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  mentioned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n_rows = sendco_csv_table_n_rows (table);
  all = g_ptr_array_new_full (n_rows, g_object_unref);
  for (guint k = 0; k < G_N_ELEMENTS (of_kind); k++)
    of_kind[k] = g_ptr_array_new ();
  conflicts = g_ptr_array_new ();

  for (guint r = 0; r < n_rows; r++)
    {
      SendcoImportRow *row = g_object_new (SENDCO_TYPE_IMPORT_ROW, NULL);
      g_autoptr (SendcoPupil) file = sendco_pupil_new ();
      Fault problem = { SENDCO_IMPORT_N_FIELDS, NULL };
      const char *upn = cell (table, mapping, r, SENDCO_IMPORT_FIELD_UPN);

      g_ptr_array_add (all, row);
      row->plan = self;
      row->line = sendco_csv_table_row_line (table, r);
      row->upn = g_strdup (upn);
      if (upn[0])
        g_hash_table_add (mentioned, g_ascii_strup (upn, -1));

      if (!read_row (table, mapping, r, today, seen, file, &problem))
        {
          row->kind = SENDCO_IMPORT_ROW_REJECTED;
          row->reason = problem.reason;
          row->column = g_strdup (problem.field < SENDCO_IMPORT_N_FIELDS
                                    ? sendco_csv_table_header (
                                        table, (guint) mapping->column[problem.field])
                                    : "");
        }
      else
        {
          SendcoPupil *known = g_hash_table_lookup (existing, sendco_pupil_get_upn (file));

          row->file = g_steal_pointer (&file);
          if (known == NULL)
            {
              row->kind = SENDCO_IMPORT_ROW_NEW;
              row->pupil = g_object_ref (row->file);
            }
          else
            {
              compare_with_existing (row, known, mapping);
              if (row->sen_conflict)
                g_ptr_array_add (conflicts, row);
            }
        }
      g_ptr_array_add (of_kind[row->kind], row);
    }

  missing = g_ptr_array_new ();
  if (pupils != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (pupils));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (pupils), i);

          if (!sendco_pupil_is_archived (pupil)
              && !g_hash_table_contains (mentioned, sendco_pupil_get_upn (pupil)))
            g_ptr_array_add (missing, pupil);
        }
    }

  splice_all (self->rows, all);
  for (guint k = 0; k < G_N_ELEMENTS (of_kind); k++)
    {
      splice_all (self->by_kind[k], of_kind[k]);
      g_ptr_array_unref (of_kind[k]);
    }
  splice_all (self->conflicts, conflicts);
  splice_all (self->missing, missing);

  return g_steal_pointer (&self);
}

GListModel *
sendco_import_plan_get_rows (SendcoImportPlan *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_PLAN (self), NULL);
  return G_LIST_MODEL (self->rows);
}

GListModel *
sendco_import_plan_get_rows_of_kind (SendcoImportPlan *self, int kind)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (kind >= -1 && kind <= SENDCO_IMPORT_ROW_REJECTED, NULL);

  if (kind == -1)
    return G_LIST_MODEL (self->conflicts);
  return G_LIST_MODEL (self->by_kind[kind]);
}

GListModel *
sendco_import_plan_get_missing (SendcoImportPlan *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_PLAN (self), NULL);
  return G_LIST_MODEL (self->missing);
}

guint
sendco_import_plan_count (SendcoImportPlan *self, SendcoImportRowKind kind)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_PLAN (self), 0);
  g_return_val_if_fail (kind <= SENDCO_IMPORT_ROW_REJECTED, 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->by_kind[kind]));
}

guint
sendco_import_plan_count_conflicts (SendcoImportPlan *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_PLAN (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));
}

/**
 * sendco_import_plan_set_archive_missing:
 * @archive: %TRUE to archive the pupils on roll whom the file does not
 *   mention (a full-roll export); %FALSE, the default, leaves them alone
 */
void
sendco_import_plan_set_archive_missing (SendcoImportPlan *self, gboolean archive)
{
  g_return_if_fail (SENDCO_IS_IMPORT_PLAN (self));

  archive = !!archive;
  if (self->archive_missing == archive)
    return;
  self->archive_missing = archive;
  g_object_notify_by_pspec (G_OBJECT (self), plan_properties[PLAN_PROP_ARCHIVE_MISSING]);
}

gboolean
sendco_import_plan_get_archive_missing (SendcoImportPlan *self)
{
  g_return_val_if_fail (SENDCO_IS_IMPORT_PLAN (self), FALSE);
  return self->archive_missing;
}

void
sendco_import_plan_set_take_all_file_sen (SendcoImportPlan *self, gboolean take)
{
  guint n;

  g_return_if_fail (SENDCO_IS_IMPORT_PLAN (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->conflicts), i);

      sendco_import_row_set_take_file_sen (row, take);
    }
}

void
sendco_import_plan_summarise (SendcoImportPlan *self, SendcoImportResult *result)
{
  guint n;

  g_return_if_fail (SENDCO_IS_IMPORT_PLAN (self));
  g_return_if_fail (result != NULL);

  memset (result, 0, sizeof *result);
  result->imported = sendco_import_plan_count (self, SENDCO_IMPORT_ROW_NEW);
  result->updated = sendco_import_plan_count (self, SENDCO_IMPORT_ROW_UPDATED);
  result->unchanged = sendco_import_plan_count (self, SENDCO_IMPORT_ROW_UNCHANGED);
  result->rejected = sendco_import_plan_count (self, SENDCO_IMPORT_ROW_REJECTED);
  if (self->archive_missing)
    result->archived = g_list_model_get_n_items (G_LIST_MODEL (self->missing));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->conflicts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->conflicts), i);

      if (row->take_file_sen)
        result->sen_changed++;
    }
}

/* Applying */

static gboolean
apply_new (SendcoImportPlan *self, SendcoStore *store, SendcoImportRow *row, GError **error)
{
  g_autofree char *why = g_strdup_printf (_("Imported from %s"), self->source_name);
  /* "import:" is not translated: the store reads it as the source. */
  g_autofree char *reason = g_strconcat ("import:", why, NULL);
  g_autoptr (SendcoPupil) pupil = sendco_pupil_copy (row->file);

  return sendco_store_insert_pupil (store, pupil, self->today_iso, reason, error);
}

static gboolean
apply_existing (SendcoImportPlan *self, SendcoStore *store, SendcoImportRow *row,
                GError **error)
{
  g_autoptr (SendcoPupil) current = NULL;
  g_autoptr (SendcoPupil) updated = NULL;

  /* Read the pupil again: the SENDCO may have changed them since the preview. */
  current = sendco_store_get_pupil (store, row->existing_id, error);
  if (current == NULL)
    return FALSE;

  if (row->rejoins && sendco_pupil_is_archived (current)
      && !sendco_store_restore_pupil (store, row->existing_id, error))
    return FALSE;

  updated = sendco_pupil_copy (current);
  merge_file_values (updated, row->file, &self->mapping, NULL);
  if (!sendco_pupil_equal_record (updated, current)
      && !sendco_store_update_pupil (store, updated, error))
    return FALSE;

  if (row->sen_conflict && row->take_file_sen && !same_sen (row->file, current))
    {
      g_autofree char *why = g_strdup_printf (_("SEN status taken from %s"),
                                              self->source_name);
      g_autofree char *reason = g_strconcat ("import:", why, NULL);
      const char *since = sendco_pupil_get_text (current, SENDCO_PUPIL_SEN_SINCE);
      const char *effective = self->today_iso;

      /* A status recorded as starting after today cannot be closed before it began. */
      if (g_strcmp0 (since, effective) > 0)
        effective = since;
      if (!sendco_store_change_sen_status (store, row->existing_id,
                                           sendco_pupil_get_sen_status (row->file),
                                           sendco_pupil_get_text (row->file,
                                                                  SENDCO_PUPIL_PRIMARY_NEED),
                                           sendco_pupil_get_text (row->file,
                                                                  SENDCO_PUPIL_SECONDARY_NEED),
                                           effective, reason, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
apply_rows (SendcoImportPlan *self, SendcoStore *store, SendcoImportResult *done,
            GError **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SendcoImportRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      SendcoImportRowKind kind = sendco_import_row_get_kind (row);
      gboolean ok = TRUE;

      switch (kind)
        {
        case SENDCO_IMPORT_ROW_NEW:
          ok = apply_new (self, store, row, error);
          done->imported++;
          break;
        case SENDCO_IMPORT_ROW_UPDATED:
          ok = apply_existing (self, store, row, error);
          done->updated++;
          if (row->sen_conflict && row->take_file_sen)
            done->sen_changed++;
          break;
        case SENDCO_IMPORT_ROW_UNCHANGED:
          done->unchanged++;
          break;
        case SENDCO_IMPORT_ROW_REJECTED:
        default:
          done->rejected++;
          break;
        }

      if (!ok)
        {
          g_prefix_error (error, _("Line %u (UPN %s): "), row->line, row->upn);
          return FALSE;
        }
    }

  if (self->archive_missing)
    {
      g_autofree char *reason =
        g_strdup_printf (_("Not in the pupil list imported from %s"), self->source_name);

      n = g_list_model_get_n_items (G_LIST_MODEL (self->missing));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (SendcoPupil) pupil = g_list_model_get_item (G_LIST_MODEL (self->missing), i);
          g_autoptr (SendcoPupil) current = NULL;

          /* Someone may have archived them since the preview. */
          current = sendco_store_get_pupil (store, sendco_pupil_get_id (pupil), error);
          if (current != NULL && sendco_pupil_is_archived (current))
            continue;
          if (current == NULL
              || !sendco_store_archive_pupil (store, sendco_pupil_get_id (pupil),
                                              self->today_iso, reason, error))
            {
              g_prefix_error (error, _("Archiving %s (UPN %s): "),
                              sendco_pupil_get_surname (pupil), sendco_pupil_get_upn (pupil));
              return FALSE;
            }
          done->archived++;
        }
    }

  return TRUE;
}

/**
 * sendco_import_plan_apply:
 * @result: (out) (optional): what was done
 *
 * Writes the plan in one transaction: new pupils (their first SEN period
 * starting today), updates, the SEN changes chosen, rejoining and, when
 * asked, archiving. On any error nothing at all is changed. A plan that
 * changes nothing writes nothing.
 */
gboolean
sendco_import_plan_apply (SendcoImportPlan *self, SendcoStore *store, SendcoImportResult *result,
                          GError **error)
{
  SendcoImportResult planned, done = { 0 };

  g_return_val_if_fail (SENDCO_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (SENDCO_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (result)
    memset (result, 0, sizeof *result);

  if (self->applied)
    {
      g_set_error (error, SENDCO_IMPORT_ERROR, SENDCO_IMPORT_ERROR_FAILED,
                   _("This import has been done already. Nothing was changed."));
      return FALSE;
    }

  sendco_import_plan_summarise (self, &planned);
  if (planned.imported == 0 && planned.updated == 0 && planned.archived == 0)
    {
      self->applied = TRUE;
      if (result)
        *result = planned;
      return TRUE;
    }

  if (!sendco_store_begin (store, error))
    return FALSE;

  if (!apply_rows (self, store, &done, error))
    {
      sendco_store_rollback (store);
      g_prefix_error (error, _("Nothing was imported. "));
      return FALSE;
    }
  if (!sendco_store_commit (store, error))
    {
      g_prefix_error (error, _("Nothing was imported. "));
      return FALSE;
    }

  self->applied = TRUE;
  if (result)
    *result = done;
  return TRUE;
}
