#!/usr/bin/env bash
# Whole-process speed against the JavaScript peer, and bulk import (issue 3):
#   1. `passerelle verify FILES` vs `node ../shared/oracle/verify.mjs FILES` on the same
#      eddsa-rdfc-2022 credentials (goal: ours at least 30x faster);
#   2. importing 1,000 baked PNG badges into a new wallet (goal: under 3 s).
# Usage: bench/verify-and-import.sh [N credentials, default 1000]
# Needs ../shared/oracle with its npm packages (npm ci there) for part 1.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
oracle="${ORACLE_DIR:-../shared/oracle}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build -q --release -p passerelle-cli
bin=target/release/passerelle
now() { date +%s.%N; }

if [ -f "$oracle/verify.mjs" ] && [ -d "$oracle/node_modules" ]; then
  echo "== issuing $n credentials with the oracle"
  (cd "$oracle" && node issue.mjs --out "$work/issued" --count "$n" >/dev/null)
  files=("$work"/issued/valid-[0-9]*.json)
  echo "   ${#files[@]} eddsa-rdfc-2022 credentials"
  # Three runs each, the median counts (the machine's noise is a few per cent).
  median3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
  js=(); rs=()
  for _ in 1 2 3; do
    t0=$(now); node "$oracle/verify.mjs" --quiet "${files[@]}" >/dev/null; t1=$(now)
    "$bin" --wallet "$work/w-verify" verify "${files[@]}" >/dev/null; t2=$(now)
    js+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
    rs+=("$(awk -v a="$t1" -v b="$t2" 'BEGIN { print b - a }')")
  done
  awk -v js="$(median3 "${js[@]}")" -v rs="$(median3 "${rs[@]}")" -v n="${#files[@]}" 'BEGIN {
    printf "   JS peer (node verify.mjs):  %.3f s (%.2f ms per credential, median of 3)\n", js, 1000 * js / n;
    printf "   passerelle verify:          %.3f s (%.2f ms per credential, median of 3)\n", rs, 1000 * rs / n;
    printf "   ratio: passerelle is %.1fx faster (goal: 30x)\n", js / rs }'
else
  echo "== skipping the JS comparison: $oracle/node_modules is missing (run npm ci there)"
fi

echo "== importing 1000 baked PNG badges"
# Bake each issued credential into the oracle's plain badge image (an iTXt chunk
# "openbadgecredential" before IEND), cycling when fewer than 1000 were issued
# (the repeats are then duplicates, which the import must detect too).
mkdir -p "$work/png"
python3 - "$work" <<'PY'
import glob, os, struct, sys, zlib
work = sys.argv[1]
creds = sorted(glob.glob(os.path.join(work, "issued", "valid-[0-9]*.json")))
if not creds:
    creds = ["tests/fixtures/oracle/valid-01.json", "tests/fixtures/oracle/valid-03.json"]
base_path = os.path.join(work, "issued", "badge-unbaked.png")
base = open(base_path if os.path.exists(base_path) else "tests/fixtures/oracle/valid-01.png", "rb").read()
iend = base.rindex(b"IEND") - 4
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
for i in range(1000):
    text = open(creds[i % len(creds)], "rb").read()
    itxt = chunk(b"iTXt", b"openbadgecredential\0\0\0\0\0" + text)
    open(os.path.join(work, "png", f"badge-{i:04}.png"), "wb").write(base[:iend] + itxt + base[iend:])
print(f"   {min(len(creds), 1000)} distinct credentials baked into 1000 PNG files")
PY
t0=$(now); "$bin" --wallet "$work/w-import" import "$work"/png/*.png >/dev/null || true; t1=$(now)
count=$("$bin" --wallet "$work/w-import" --json list | grep -c '"id"' || true)
awk -v a="$t0" -v b="$t1" -v c="$count" 'BEGIN {
  printf "   imported in %.3f s, %d badges in the wallet (goal: < 3 s)\n", b - a, c }'
