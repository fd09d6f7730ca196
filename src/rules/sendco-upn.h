/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SENDCO_UPN_LENGTH 13

typedef enum
{
  SENDCO_UPN_VALID,
  SENDCO_UPN_VALID_TEMPORARY,
  SENDCO_UPN_EMPTY,
  SENDCO_UPN_WRONG_LENGTH,
  SENDCO_UPN_BAD_CHARACTER,
  SENDCO_UPN_BAD_CHECK_LETTER,
} SendcoUpnResult;

char            sendco_upn_check_letter   (const char *upn);
SendcoUpnResult sendco_upn_validate       (const char *upn,
                                           char       *expected_letter);
gboolean        sendco_upn_result_is_ok   (SendcoUpnResult result);
const char     *sendco_upn_result_message (SendcoUpnResult result);
char           *sendco_upn_build          (guint la_code,
                                           guint establishment,
                                           guint year,
                                           guint serial);

G_END_DECLS
