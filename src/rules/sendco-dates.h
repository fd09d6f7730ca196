/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  sendco_date_parse          (const char  *text,
                                      GDate       *date);
gboolean  sendco_date_from_iso       (const char  *iso,
                                      GDate       *date);
char     *sendco_date_to_iso         (const GDate *date);
char     *sendco_date_format_uk      (const GDate *date);
char     *sendco_date_format_long    (const GDate *date);
char     *sendco_iso_to_uk           (const char  *iso);
char     *sendco_iso_to_long         (const char  *iso);
void      sendco_date_add_weeks      (GDate       *date,
                                      int          weeks);
int       sendco_school_year_of      (const GDate *date);
void      sendco_dob_range_for_year  (int          year_group,
                                      int          school_year,
                                      GDate       *earliest,
                                      GDate       *latest);
int       sendco_year_group_for_dob  (const GDate *dob,
                                      int          school_year);

G_END_DECLS
