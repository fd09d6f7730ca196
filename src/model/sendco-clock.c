/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Today's date. SENDCO_TODAY=YYYY-MM-DD pins it, so that tests, screenshots and
 * benchmarks give the same answers on any day. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include "sendco-clock.h"
#include "sendco-dates.h"

void
sendco_today (GDate *date)
{
  const char *pinned = g_getenv ("SENDCO_TODAY");

  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  if (pinned && sendco_date_from_iso (pinned, date))
    return;
  g_date_set_time_t (date, time (NULL));
}

char *
sendco_today_iso (void)
{
  GDate today;

  sendco_today (&today);
  return sendco_date_to_iso (&today);
}
