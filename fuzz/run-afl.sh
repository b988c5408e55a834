#!/usr/bin/env bash
# Fuzzes the tokenizer and the analyzer with AFL++ through SharpFuzz. See fuzz/README.md.
#   prerequisites (once): apt-get install afl++ ; dotnet tool install --global SharpFuzz.CommandLine
#   usage: fuzz/run-afl.sh [SECONDS]      (default 600; 0 = until Ctrl-C)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
out=fuzz/bin
export PATH="$PATH:$HOME/.dotnet/tools"
dotnet publish fuzz/FinSentiment.Fuzz -c Release -o "$out" -v quiet
sharpfuzz "$out/FinSentiment.dll"            # instrument the library only, not the harness
mkdir -p fuzz/findings
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# -t: per-input timeout (ms); a hang is anything slower. -V: stop after SECONDS.
args=(-i fuzz/corpus -o fuzz/findings/afl -t 10000 -m none)
if [ "$seconds" != 0 ]; then args+=(-V "$seconds"); fi
exec afl-fuzz "${args[@]}" -- "$out/FinSentiment.Fuzz"
