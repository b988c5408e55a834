#!/usr/bin/env bash
# Regenerates the Unshipped public API files of src/FinSentiment from the code: every public member not already shipped.
# It empties the Unshipped files, builds each target framework with RS0016 ("not part of the declared public API") as a
# warning, and writes the symbols those warnings name, sorted: members common to both frameworks go to
# src/FinSentiment/PublicAPI.Unshipped.txt, the rest (the System.Text.Json source generator of .NET 8 annotates
# nullability, that of .NET 10 does not) to src/FinSentiment/PublicAPI/<tfm>/PublicAPI.Unshipped.txt.
# This covers source-generated members, which `dotnet format`'s code fix skips. Review the diff: it is your API change.
set -euo pipefail
cd "$(dirname "$0")/../.."
project=src/FinSentiment/FinSentiment.csproj
dir=src/FinSentiment
tfms=(net8.0 net10.0)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header='#nullable enable'
printf '%s\n' "$header" > "$dir/PublicAPI.Unshipped.txt"
for tfm in "${tfms[@]}"; do
  mkdir -p "$dir/PublicAPI/$tfm"
  printf '%s\n' "$header" > "$dir/PublicAPI/$tfm/PublicAPI.Unshipped.txt"
  [ -f "$dir/PublicAPI/$tfm/PublicAPI.Shipped.txt" ] || printf '%s\n' "$header" > "$dir/PublicAPI/$tfm/PublicAPI.Shipped.txt"
done
for tfm in "${tfms[@]}"; do
  dotnet build "$project" -f "$tfm" --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -v q -clp:NoSummary > "$work/$tfm.log" 2>&1 || true
  grep -o "warning RS0016: Symbol '.*' is not part of the declared public API" "$work/$tfm.log" \
    | sed -e "s/^warning RS0016: Symbol '//" -e "s/' is not part of the declared public API\$//" \
    | LC_ALL=C sort -u > "$work/$tfm.txt"
done
LC_ALL=C comm -12 "$work/${tfms[0]}.txt" "$work/${tfms[1]}.txt" > "$work/common.txt"
{ printf '%s\n' "$header"; cat "$work/common.txt"; } > "$dir/PublicAPI.Unshipped.txt"
for tfm in "${tfms[@]}"; do
  { printf '%s\n' "$header"; LC_ALL=C comm -23 "$work/$tfm.txt" "$work/common.txt"; } > "$dir/PublicAPI/$tfm/PublicAPI.Unshipped.txt"
done
echo "public API: $(wc -l < "$work/common.txt") shared entries; per framework: $(for t in "${tfms[@]}"; do printf '%s %s ' "$t" "$(($(wc -l < "$dir/PublicAPI/$t/PublicAPI.Unshipped.txt") - 1))"; done)"
