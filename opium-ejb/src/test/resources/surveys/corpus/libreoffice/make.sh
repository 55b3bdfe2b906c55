#!/bin/bash
# Regenerates the LibreOffice part of the survey corpus: CorpusSources writes the workbooks with POI,
# LibreOffice (Debian's libreoffice-calc-nogui) opens each one and saves it as .xlsx and .xls, so
# the files committed here are LibreOffice's own writing. Run from opium-ejb after `mvn test-compile`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" pl.opium.surveys.CorpusSources "$work/src"
soffice --headless --norestore --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$here" "$work"/src/*.xlsx
soffice --headless --norestore --convert-to 'xls:MS Excel 97' --outdir "$here" "$work"/src/*.xlsx
rm -rf "$work"
