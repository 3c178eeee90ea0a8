# Sourced by .ci/windows.sh (which sets `root`, `work` and `exe`): the checks of lotrinh.exe under
# Wine, each against the Linux binary built from the same tree.

failures=0
fail() {
  echo "WINDOWS CHECK FAILED: $*" >&2
  failures=$((failures + 1))
}

# A Wine prefix of our own (kept in target/windows), with the test-only ProcessPrng stand-in.
prepare_wine() {
  export WINEPREFIX=$work/wine WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    wineboot --init >/dev/null 2>&1
    wineserver --wait
  fi
  local shim=$work/shim/bcryptprimitives.dll source=$root/.ci/wine/bcryptprimitives.c
  if [ ! -f "$shim" ] || [ "$source" -nt "$shim" ]; then
    mkdir -p "$work/shim"
    x86_64-w64-mingw32-gcc -O2 -shared -o "$shim" "$source" "${source%.c}.def" -ladvapi32
  fi
  cp "$shim" "$WINEPREFIX/drive_c/windows/system32/"
  local holder=$work/shim/hold.exe
  if [ ! -f "$holder" ] || [ "$root/.ci/wine/hold.c" -nt "$holder" ]; then
    x86_64-w64-mingw32-gcc -O2 -municode -o "$holder" "$root/.ci/wine/hold.c"
  fi
}

win() { wine "$exe" "$@"; }

# Every example: `summary --json` byte for byte, in both languages; the 12-commune collection.
check_summaries() {
  local plan
  for plan in examples/*.ron examples/tong-hop-12-xa/xa-*.ron; do
    for lang in vi en; do
      cmp -s <("$linux" summary --json --lang "$lang" "$plan") \
        <(win summary --json --lang "$lang" "$plan") || fail "summary --json --lang $lang $plan"
    done
  done
  # The members' paths are written the system's way (`\` on Windows), the one
  # justified difference: it is read as `/` before comparing, on "path" lines only.
  cmp -s <("$linux" consolidate --json examples/tong-hop-12-xa/tong-hop.ron) \
    <(win consolidate --json examples/tong-hop-12-xa/tong-hop.ron |
      sed '/^ *"path": /s/\\\\/\//g') || fail "consolidate --json"
  echo "summaries: $(ls examples/*.ron examples/tong-hop-12-xa/xa-*.ron | wc -l) plans × 2 languages, and the collection"
}

# A folder and a file name with Vietnamese letters and spaces, and a plan with `\r\n` line ends.
check_paths_and_line_ends() {
  local dir="$scratch/Kế hoạch xã Hòa Bình"
  mkdir -p "$dir"
  sed 's/$/\r/' examples/xa-demo.ron >"$dir/Kế hoạch 2026 (CRLF).ron"
  cmp -s <("$linux" summary --json examples/xa-demo.ron) \
    <(win summary --json "$dir/Kế hoạch 2026 (CRLF).ron") || fail "a CRLF plan in a Vietnamese path"
  win check "$dir/Kế hoạch 2026 (CRLF).ron" >/dev/null || fail "check on a CRLF plan"
  echo "paths and line ends: Vietnamese folder and file names with spaces, CRLF plan"
}

# The documents' text: PDF through pdftotext, Word and Excel through their XML, CSV byte for byte.
check_exports() {
  local lang
  for lang in vi en; do
    mkdir -p "$scratch/linux-$lang" "$scratch/windows-$lang"
    "$linux" export examples/xa-demo.ron --lang "$lang" --pdf "$scratch/linux-$lang/r.pdf" \
      --docx "$scratch/linux-$lang/r.docx" --xlsx "$scratch/linux-$lang/r.xlsx" \
      --csv "$scratch/linux-$lang/r.csv" >/dev/null
    win export examples/xa-demo.ron --lang "$lang" --pdf "$scratch/windows-$lang/r.pdf" \
      --docx "$scratch/windows-$lang/r.docx" --xlsx "$scratch/windows-$lang/r.xlsx" \
      --csv "$scratch/windows-$lang/r.csv" >/dev/null || fail "export --lang $lang"
    cmp -s <(pdftotext -layout "$scratch/linux-$lang/r.pdf" -) \
      <(pdftotext -layout "$scratch/windows-$lang/r.pdf" -) || fail "PDF text ($lang)"
    cmp -s <(unzip -p "$scratch/linux-$lang/r.docx" word/document.xml) \
      <(unzip -p "$scratch/windows-$lang/r.docx" word/document.xml) || fail "Word text ($lang)"
    cmp -s <(unzip -p "$scratch/linux-$lang/r.xlsx" xl/sharedStrings.xml 'xl/worksheets/*.xml') \
      <(unzip -p "$scratch/windows-$lang/r.xlsx" xl/sharedStrings.xml 'xl/worksheets/*.xml') \
      || fail "Excel cells ($lang)"
    cmp -s "$scratch/linux-$lang/r.csv" "$scratch/windows-$lang/r.csv" || fail "CSV ($lang)"
  done
  echo "exports: PDF, Word, Excel and CSV text equal Linux's, in both languages"
}

# A plan held open by another program (no sharing, as an office suite holds its files) cannot be
# replaced: the save is refused with words, and the plan and its backup are as they were.
check_locked_save() {
  local plan=$scratch/dang-mo.ron
  cp examples/xa-demo.ron "$plan"
  printf 'Mã chỉ tiêu,Ngày,Giá trị\ncommunity_digital_teams_count,31/12/2025,15\n' >"$scratch/so-lieu.csv"
  wine "$work/shim/hold.exe" "$plan" 20 &
  local holder=$!
  sleep 3
  local output status=0
  output=$(win import "$plan" --from "$scratch/so-lieu.csv" 2>&1) || status=$?
  kill "$holder" 2>/dev/null
  wait "$holder" 2>/dev/null || true
  [ "$status" -ne 0 ] || fail "saving over a file held open succeeded or said nothing"
  grep -q "chương trình khác" <<<"$output" || fail "no words for a file held open: $output"
  cmp -s "$plan" examples/xa-demo.ron || fail "the held plan changed"
  [ ! -e "$plan.tmp" ] || fail "a temporary file was left beside the held plan"
  echo "a plan held open by another program: refused with words, nothing changed"
}

# The window: 30 frames; then the dashboard seen, values typed in the period grid, saved, reopened.
check_window() {
  win --smoke 30 examples/xa-demo.ron || fail "--smoke 30"
  openbox >/dev/null 2>&1 &
  local wm=$!
  local plan=$scratch/xa-demo.ron
  cp examples/xa-demo.ron "$plan"
  win "$plan" &
  local app=$!
  local window=""
  for _ in $(seq 60); do
    window=$(xdotool search --onlyvisible --name "Lộ Trình" 2>/dev/null | head -n 1) && [ -n "$window" ] && break
    sleep 1
  done
  [ -n "$window" ] || fail "no window under Wine"
  sleep 3
  xdotool windowactivate --sync "$window" 2>/dev/null || true
  import -window root "$work/wine-dashboard.png"
  xdotool key --window "$window" ctrl+e && sleep 1
  xdotool type --delay 60 "14" && xdotool key Return && xdotool type --delay 60 "99"
  xdotool key ctrl+Return && sleep 1
  import -window root "$work/wine-period-grid.png"
  # Unsaved work: its recovery copy is in %APPDATA% within the 30-second interval.
  local copies=()
  for _ in $(seq 40); do
    mapfile -t copies < <(find "$WINEPREFIX"/drive_c/users/*/AppData/Roaming/"Lo Trinh"/lotrinh/data \
      -name "recovery-*.ron" -newer "$plan" 2>/dev/null)
    [ "${#copies[@]}" -gt 0 ] && break
    sleep 1
  done
  [ "${#copies[@]}" -gt 0 ] || fail "no recovery copy in %APPDATA%\\Lo Trinh\\lotrinh\\data"
  xdotool key ctrl+s && sleep 2
  xdotool key ctrl+q && sleep 2
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  kill "$wm" 2>/dev/null || true
  local latest
  latest=$(win summary --json "$plan" | python3 -c 'import json, sys
d = json.load(sys.stdin)
print(d["as_of"], d["indicators"][0]["latest"]["value"], d["indicators"][1]["latest"]["value"])')
  [ "$latest" = "2025-12-31 14.0 99.0" ] || fail "typed values not saved and reloaded: $latest"
  win --smoke 5 "$plan" >/dev/null || fail "the saved plan does not reopen"
  echo "window: 30 frames; dashboard and period grid shot to target/windows/wine-*.png; recovery copy in %APPDATA% (${copies[0]##*/drive_c/}); typed values saved and reloaded"
}

run_windows_checks() {
  prepare_wine
  cargo build --locked --bin lotrinh
  linux=$root/target/debug/lotrinh
  scratch=$(mktemp -d)
  check_summaries
  check_paths_and_line_ends
  check_exports
  check_locked_save
  check_window
  rm -rf "$scratch"
  if [ "$failures" -gt 0 ]; then
    echo "$failures Windows check(s) failed" >&2
    return 1
  fi
  echo "Windows checks passed"
}
