#!/usr/bin/env bash
# Prints every failed test in the given TRX files (default: artifacts/test-results/*.trx) with the first lines of its
# message and stack trace, so that a CI log's tail names what failed and why. Prints nothing when nothing failed.
#
#   bash scripts/trx-failures.sh [file.trx ...]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
  shopt -s nullglob
  files=(artifacts/test-results/*.trx)
fi
existing=()
for file in "${files[@]}"; do
  [[ -f $file ]] && existing+=("$file")
done
[[ ${#existing[@]} -gt 0 ]] || exit 0

# A TRX file is one XML document whose <UnitTestResult> elements carry testName and outcome as attributes and the
# failure as <Output><ErrorInfo><Message>…</Message><StackTrace>…</StackTrace>, XML-escaped and spread over lines.
awk -v message_lines=30 -v stack_lines=12 '
  function unescape(text) {
    gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text); gsub(/&quot;/, "\"", text); gsub(/&apos;/, "'"'"'", text)
    gsub(/&#xD;/, "", text); gsub(/&#xA;/, "\n", text); gsub(/&#x9;/, "\t", text); gsub(/&amp;/, "\\&", text)
    return text
  }
  function element(record, name,    start, rest, stop) {
    start = index(record, "<" name ">")
    if (start == 0) return ""
    rest = substr(record, start + length(name) + 2)
    stop = index(rest, "</" name ">")
    return stop == 0 ? rest : substr(rest, 1, stop - 1)
  }
  function attribute(record, name) {
    if (match(record, " " name "=\"[^\"]*\"")) return substr(record, RSTART + length(name) + 3, RLENGTH - length(name) - 4)
    return ""
  }
  function head(text, count,    lines, n, i, out) {
    n = split(text, lines, "\n")
    out = ""
    for (i = 1; i <= n && i <= count; i++) out = out "      " lines[i] "\n"
    if (n > count) out = out "      … (" (n - count) " more lines in the TRX file)\n"
    return out
  }
  BEGIN { RS = "<UnitTestResult " }
  FNR == 1 { next }
  {
    record = $0
    end = index(record, "</UnitTestResult>")
    if (end > 0) record = substr(record, 1, end - 1)
    opening = substr(record, 1, index(record, ">"))
    outcome = attribute(opening, "outcome")
    if (outcome != "Failed" && outcome != "Error" && outcome != "Timeout" && outcome != "Aborted") next
    failed++
    printf "FAILED %s (%s, %s)\n", unescape(attribute(opening, "testName")), outcome, attribute(opening, "duration")
    printf "%s", head(unescape(element(record, "Message")), message_lines)
    stack = unescape(element(record, "StackTrace"))
    if (stack != "") printf "    stack trace:\n%s", head(stack, stack_lines)
  }
  END { if (failed > 0) printf "%d failed test(s) above.\n", failed }
' "${existing[@]}"
