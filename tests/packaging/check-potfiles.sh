#!/bin/sh
# Fails when a source file with translatable strings is missing from
# po/POTFILES.in, or when POTFILES.in names a file that does not exist.
set -eu
top=$1
cd "$top"
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$( { grep -rlE '\b(_|N_|C_|NC_)\(' src --include='*.c';
           grep -rl 'translatable="yes"' ui;
           echo data/org.example.Sendco.gschema.xml;
           echo data/org.example.Sendco.metainfo.xml;
           echo org.example.Sendco.desktop; } | sort)
status=0
for f in $found; do
  echo "$listed" | grep -qx "$f" || { echo "missing from po/POTFILES.in: $f"; status=1; }
done
for f in $listed; do
  [ -f "$f" ] || { echo "po/POTFILES.in names a file that does not exist: $f"; status=1; }
done
[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(echo "$found" | wc -l) files with strings"
exit $status
