/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The provision map snapshot: freeing it, its periods, and the totals a
 * governor reads (sendco_provision_map_finish), worked out once from the
 * provisions and the pupils' shares. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sendco-dates.h"
#include "sendco-provision-map.h"

SendcoMapProvision *
sendco_map_provision_new (void)
{
  SendcoMapProvision *p = g_new0 (SendcoMapProvision, 1);

  p->name = g_strdup ("");
  p->staff_name = g_strdup ("");
  p->staff_role = g_strdup ("");
  return p;
}

void
sendco_map_provision_free (SendcoMapProvision *provision)
{
  if (provision == NULL)
    return;
  g_free (provision->name);
  g_free (provision->staff_name);
  g_free (provision->staff_role);
  g_free (provision->pupil_ids);
  g_free (provision->shares);
  g_free (provision);
}

void
sendco_map_pupil_free (SendcoMapPupil *pupil)
{
  if (pupil == NULL)
    return;
  g_free (pupil->name);
  g_free (pupil->sen_status);
  g_free (pupil->primary_need);
  g_free (pupil);
}

void
sendco_provision_map_free (SendcoProvisionMap *map)
{
  if (map == NULL)
    return;
  g_free (map->school_name);
  g_free (map->period_label);
  g_free (map->from);
  g_free (map->to);
  g_free (map->made_on);
  g_clear_pointer (&map->provisions, g_ptr_array_unref);
  g_clear_pointer (&map->rows, g_array_unref);
  g_clear_pointer (&map->pupils, g_ptr_array_unref);
  g_free (map);
}

void
sendco_map_filter_init (SendcoMapFilter *filter)
{
  g_return_if_fail (filter != NULL);

  filter->period = SENDCO_PERIOD_YEAR;
  filter->year_group = SENDCO_MAP_ALL_YEARS;
  filter->area = -1;
  filter->wave = 0;
  filter->pupil_id = 0;
}

/**
 * sendco_period_dates:
 *
 * The school year (1 September to 31 August) or the term holding @today:
 * autumn 1 September to 31 December, spring 1 January to 31 March, summer
 * 1 April to 31 August. For %SENDCO_PERIOD_ANY, the school year.
 */
void
sendco_period_dates (SendcoPeriod period, const GDate *today, GDate *from, GDate *to)
{
  int year = sendco_school_year_of (today);
  GDateMonth month = g_date_get_month (today);
  int calendar_year = g_date_get_year (today);

  g_date_clear (from, 1);
  g_date_clear (to, 1);

  if (period != SENDCO_PERIOD_TERM)
    {
      g_date_set_dmy (from, 1, G_DATE_SEPTEMBER, (GDateYear) year);
      g_date_set_dmy (to, 31, G_DATE_AUGUST, (GDateYear) (year + 1));
    }
  else if (month >= G_DATE_SEPTEMBER)
    {
      g_date_set_dmy (from, 1, G_DATE_SEPTEMBER, (GDateYear) calendar_year);
      g_date_set_dmy (to, 31, G_DATE_DECEMBER, (GDateYear) calendar_year);
    }
  else if (month <= G_DATE_MARCH)
    {
      g_date_set_dmy (from, 1, G_DATE_JANUARY, (GDateYear) calendar_year);
      g_date_set_dmy (to, 31, G_DATE_MARCH, (GDateYear) calendar_year);
    }
  else
    {
      g_date_set_dmy (from, 1, G_DATE_APRIL, (GDateYear) calendar_year);
      g_date_set_dmy (to, 31, G_DATE_AUGUST, (GDateYear) calendar_year);
    }
}

/* "Autumn term 2026", "School year 2026 to 2027", "All provisions" */
char *
sendco_period_label (SendcoPeriod period, const GDate *today)
{
  int year = sendco_school_year_of (today);
  GDateMonth month = g_date_get_month (today);

  switch (period)
    {
    case SENDCO_PERIOD_TERM:
      if (month >= G_DATE_SEPTEMBER)
        return g_strdup_printf (_("Autumn term %d"), g_date_get_year (today));
      if (month <= G_DATE_MARCH)
        return g_strdup_printf (_("Spring term %d"), g_date_get_year (today));
      return g_strdup_printf (_("Summer term %d"), g_date_get_year (today));
    case SENDCO_PERIOD_YEAR:
      return g_strdup_printf (_("School year %d to %d"), year, year + 1);
    case SENDCO_PERIOD_ANY:
    default:
      return g_strdup (_("Every provision, costed for a school year"));
    }
}

const char *
sendco_wave_name (int wave)
{
  switch (wave)
    {
    case 1: return _("Wave 1: universal");
    case 2: return _("Wave 2: targeted");
    case 3: return _("Wave 3: specialist");
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
compare_provisions (gconstpointer a, gconstpointer b)
{
  const SendcoMapProvision *p = *(SendcoMapProvision **) a, *q = *(SendcoMapProvision **) b;

  if (p->area != q->area)
    return (int) p->area - (int) q->area;
  if (p->wave != q->wave)
    return p->wave - q->wave;
  return g_utf8_collate (p->name, q->name);
}

static int
compare_pupils (gconstpointer a, gconstpointer b)
{
  const SendcoMapPupil *p = *(SendcoMapPupil **) a, *q = *(SendcoMapPupil **) b;

  return g_utf8_collate (p->name, q->name);
}

static gboolean
pupil_shown (const SendcoMapFilter *filter, const SendcoMapPupil *pupil)
{
  return (filter->year_group == SENDCO_MAP_ALL_YEARS || filter->year_group == pupil->year_group)
         && (filter->pupil_id == 0 || filter->pupil_id == pupil->id);
}

/**
 * sendco_provision_map_finish:
 * @map: provisions with their pupils and shares, and the pupils (every pupil
 *   any provision names must be in @map->pupils)
 * @filter: what to show
 *
 * Drops what @filter hides, sorts, and works out the bands, the totals by
 * year group, area and wave, each pupil's total, and who is above the
 * £6,000 a school meets from its notional SEN budget.
 */
void
sendco_provision_map_finish (SendcoProvisionMap *map, const SendcoMapFilter *filter)
{
  g_autoptr (GHashTable) pupils = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean year_present[SENDCO_MAP_N_YEARS] = { FALSE };
  GPtrArray *kept;

  g_return_if_fail (map != NULL && filter != NULL);

  for (guint i = 0; i < map->pupils->len; i++)
    {
      SendcoMapPupil *pupil = g_ptr_array_index (map->pupils, i);

      pupil->total = 0;
      pupil->n_provisions = 0;
      pupil->minutes_per_week = 0;
      pupil->over_threshold = pupil->year_total > SENDCO_NOTIONAL_SEN_THRESHOLD;
      g_hash_table_insert (pupils, &pupil->id, pupil);
    }

  /* Provisions the filters show, with their pupils in the year groups shown. */
  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) sendco_map_provision_free);
  for (guint i = 0; i < map->provisions->len; i++)
    {
      SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);
      gboolean any = FALSE;

      g_ptr_array_index (map->provisions, i) = NULL;
      memset (p->pupils_by_year, 0, sizeof p->pupils_by_year);
      memset (p->cost_by_year, 0, sizeof p->cost_by_year);
      p->shown_cost = 0;

      if ((filter->area >= 0 && (int) p->area != filter->area) || (filter->wave && p->wave != filter->wave))
        {
          sendco_map_provision_free (p);
          continue;
        }

      for (guint j = 0; j < p->n_pupils; j++)
        {
          SendcoMapPupil *pupil = g_hash_table_lookup (pupils, &p->pupil_ids[j]);
          int y;

          if (pupil == NULL || !pupil_shown (filter, pupil))
            continue;
          y = SENDCO_MAP_YEAR_INDEX (pupil->year_group);
          p->pupils_by_year[y]++;
          p->cost_by_year[y] += p->shares[j];
          p->shown_cost += p->shares[j];
          pupil->total += p->shares[j];
          pupil->n_provisions++;
          pupil->minutes_per_week += (double) p->sessions_per_week * p->minutes_per_session;
          any = TRUE;
        }

      if (any)
        g_ptr_array_add (kept, p);
      else
        sendco_map_provision_free (p);
    }
  g_ptr_array_unref (map->provisions);
  map->provisions = kept;
  g_ptr_array_sort (map->provisions, compare_provisions);

  /* Pupils who receive something shown. */
  for (guint i = map->pupils->len; i-- > 0;)
    {
      SendcoMapPupil *pupil = g_ptr_array_index (map->pupils, i);

      if (pupil->n_provisions == 0)
        g_ptr_array_remove_index (map->pupils, i);
    }
  g_ptr_array_sort (map->pupils, compare_pupils);

  /* Bands, and the totals by year group, area and wave. */
  g_array_set_size (map->rows, 0);
  memset (map->pupils_by_year, 0, sizeof map->pupils_by_year);
  memset (map->cost_by_year, 0, sizeof map->cost_by_year);
  memset (map->by_area, 0, sizeof map->by_area);
  memset (map->by_wave, 0, sizeof map->by_wave);
  map->total = 0;
  map->over_threshold = 0;

  for (guint i = 0; i < map->provisions->len; i++)
    {
      SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);
      SendcoMapRow *row;

      if (map->rows->len == 0
          || g_array_index (map->rows, SendcoMapRow, map->rows->len - 1).area != p->area
          || g_array_index (map->rows, SendcoMapRow, map->rows->len - 1).wave != p->wave)
        {
          SendcoMapRow fresh = { 0 };

          fresh.area = p->area;
          fresh.wave = p->wave;
          fresh.first = i;
          g_array_append_val (map->rows, fresh);
        }
      row = &g_array_index (map->rows, SendcoMapRow, map->rows->len - 1);
      row->n++;
      row->cost += p->shown_cost;
      for (guint y = 0; y < SENDCO_MAP_N_YEARS; y++)
        {
          row->cost_by_year[y] += p->cost_by_year[y];
          map->cost_by_year[y] += p->cost_by_year[y];
          if (p->pupils_by_year[y])
            year_present[y] = TRUE;
        }
      map->by_area[p->area] += p->shown_cost;
      map->by_wave[CLAMP (p->wave, 1, 3) - 1] += p->shown_cost;
      map->total += p->shown_cost;
    }

  /* Different pupils per band and per year group: a pupil in two provisions
   * of a band counts once. */
  for (guint r = 0; r < map->rows->len; r++)
    {
      SendcoMapRow *row = &g_array_index (map->rows, SendcoMapRow, r);
      g_autoptr (GHashTable) band = g_hash_table_new (g_int64_hash, g_int64_equal);

      for (guint i = row->first; i < row->first + row->n; i++)
        {
          SendcoMapProvision *p = g_ptr_array_index (map->provisions, i);

          for (guint j = 0; j < p->n_pupils; j++)
            {
              SendcoMapPupil *pupil = g_hash_table_lookup (pupils, &p->pupil_ids[j]);

              if (pupil == NULL || !pupil_shown (filter, pupil)
                  || g_hash_table_contains (band, &pupil->id))
                continue;
              g_hash_table_add (band, &pupil->id);
              row->pupils++;
              row->pupils_by_year[SENDCO_MAP_YEAR_INDEX (pupil->year_group)]++;
            }
        }
    }

  for (guint i = 0; i < map->pupils->len; i++)
    {
      SendcoMapPupil *pupil = g_ptr_array_index (map->pupils, i);

      map->pupils_by_year[SENDCO_MAP_YEAR_INDEX (pupil->year_group)]++;
      map->over_threshold += pupil->over_threshold;
      year_present[SENDCO_MAP_YEAR_INDEX (pupil->year_group)] = TRUE;
    }
  map->pupils_total = map->pupils->len;

  map->n_years = 0;
  for (int year = -1; year < SENDCO_MAP_N_YEARS - 1; year++)
    if (year_present[SENDCO_MAP_YEAR_INDEX (year)])
      map->years[map->n_years++] = year;
}
