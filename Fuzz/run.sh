#!/bin/sh
# Builds the libFuzzer targets in Fuzz/ and runs each for a bounded time.
#
#   Fuzz/run.sh                      # every target, FUZZ_SECONDS (120) each
#   FUZZ_SECONDS=600 Fuzz/run.sh csv # one target for ten minutes
#   Fuzz/run.sh --build              # build only
#   Fuzz/run.sh --repro csv FILE     # run one input through a target and show what happens
#
# The targets: padlet (the Padlet text reader), csv, json (and JSON Lines), html (web pages) and
# eml (saved e-mails), each through the whole load path, and commands (command lines and filter expressions run by a shell
# session on the demo corpus). Inputs are at most FUZZ_MAX_LEN bytes (8192); slow and
# quadratic inputs need more, and are checked by hand (README, "Bad input").
#
# SwiftPM cannot link a libFuzzer executable (the fuzzer runtime brings its own
# main), so this script compiles each module the targets need with swiftc
# (-sanitize=fuzzer,address: coverage and AddressSanitizer), one object per
# module, then links each Fuzz/<Target>.swift entry against them. Everything
# it builds goes to .build-libfuzzer/, and corpora, crashes and logs to
# fuzz-out/ (both ignored by git). Exit status 1 when a target found a crash,
# a hang (-timeout, 10 s) or ran out of memory; the input is in
# fuzz-out/<target>/, named crash-*, timeout-* or oom-*.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=$ROOT/.build-libfuzzer
OUT=$ROOT/fuzz-out
SHARED=${INNSPILL_SHARED:-$ROOT/../shared}
FUZZ_SECONDS=${FUZZ_SECONDS:-120}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}
FUZZ_MAX_LEN=${FUZZ_MAX_LEN:-8192}
ALL_TARGETS="padlet csv json html eml commands"
SWIFTC=${SWIFTC:-swiftc}
CLANG=${CLANG:-$(dirname "$(command -v "$SWIFTC")")/clang}
[ -x "$CLANG" ] || CLANG=clang

SWIFT_FLAGS="-parse-as-library -swift-version 6 -O -sanitize=fuzzer,address -g"
# ZIPFoundation (Office files) is compiled from SwiftPM's checkout of it, with its zlib module map.
ZIPFOUNDATION=.build/checkouts/ZIPFoundation/Sources
INCLUDES="-I $BUILD/modules -I Sources/CStemmer -I Sources/CHunspell -I Sources/CPCRE2 -I Sources/CZstd -I Sources/CLibXML2 -I Sources/CLibEdit -I Sources/CRSVG \
  -I $ZIPFOUNDATION/CZLib -I $BUILD/include/CInnspillSignals $(pkg-config --cflags-only-I hunspell libedit | sed 's/-I/-Xcc -I/g')"
LIBS="-lstemmer -lzstd -lxml2 -lz $(pkg-config --libs hunspell libpcre2-8 libedit) -lrsvg-2 -lcairo -lgobject-2.0 -lglib-2.0"

# Modules in build order: name, source folder, modules it imports (for rebuild checks).
MODULES="InnspillText:Sources/InnspillText:
ZIPFoundation:$ZIPFOUNDATION/ZIPFoundation:
InnspillCore:Sources/InnspillCore:InnspillText ZIPFoundation
InnspillCluster:Sources/InnspillCluster:InnspillText
ChartKit:Sources/ChartKit:
BarChart:Plugins/Bar:ChartKit
StackedChart:Plugins/Stacked:ChartKit
HeatmapChart:Plugins/Heatmap:ChartKit
TimelineChart:Plugins/Timeline:ChartKit
WordCloudChart:Plugins/WordCloud:ChartKit
DendrogramChart:Plugins/Dendrogram:ChartKit
NetworkChart:Plugins/Network:ChartKit
InnspillShell:Sources/InnspillShell:InnspillCore InnspillText InnspillCluster ChartKit CInnspillSignals"

# The modules each target links (the readers need the core only; commands need the shell and plugins).
objects_for() {
    case $1 in
        padlet|csv|json|html|eml) echo "InnspillText ZIPFoundation InnspillCore" ;;
        commands) echo "$MODULES" | cut -d: -f1 | tr '\n' ' '; echo CInnspillSignals ;;
    esac
}

# stale OUTPUT INPUT...: true when OUTPUT is missing or older than any input file.
stale() {
    out=$1; shift
    [ -e "$out" ] || return 0
    [ -n "$(find "$@" -newer "$out" \( -name '*.swift' -o -name '*.c' -o -name '*.h' -o -name '*.o' \) 2>/dev/null | head -1)" ]
}

# The Swift toolchains for Linux from swift.org carry libFuzzer; say so plainly when this one does not.
check_toolchain() {
    mkdir -p "$BUILD"
    [ -f "$BUILD/toolchain-ok" ] && return 0
    printf '@_cdecl("LLVMFuzzerTestOneInput") public func probe(_ d: UnsafePointer<UInt8>, _ n: Int) -> Int32 { 0 }\n' > "$BUILD/probe.swift"
    if ! "$SWIFTC" -parse-as-library -sanitize=fuzzer,address "$BUILD/probe.swift" -o "$BUILD/probe" > "$BUILD/probe.log" 2>&1; then
        echo "fuzz: $SWIFTC cannot build a libFuzzer target (-sanitize=fuzzer,address); see $BUILD/probe.log." >&2
        echo "fuzz: use a Swift toolchain for Linux from swift.org, which includes libFuzzer and clang." >&2
        exit 2
    fi
    touch "$BUILD/toolchain-ok"
}

build_modules() {
    [ -d "$ZIPFOUNDATION/ZIPFoundation" ] || swift package resolve
    mkdir -p "$BUILD/modules" "$BUILD/obj" "$BUILD/include/CInnspillSignals"
    # The C signal handlers: compiled with clang, given a module map like SwiftPM's.
    if stale "$BUILD/obj/CInnspillSignals.o" Sources/CInnspillSignals; then
        echo "compiling CInnspillSignals"
        "$CLANG" -c -O1 -g -fsanitize=fuzzer-no-link,address -I Sources/CInnspillSignals/include \
            Sources/CInnspillSignals/signals.c -o "$BUILD/obj/CInnspillSignals.o"
    fi
    printf 'module CInnspillSignals {\n    header "%s"\n    export *\n}\n' \
        "$ROOT/Sources/CInnspillSignals/include/innspill_signals.h" > "$BUILD/include/CInnspillSignals/module.modulemap.new"
    cmp -s "$BUILD/include/CInnspillSignals/module.modulemap.new" "$BUILD/include/CInnspillSignals/module.modulemap" \
        || mv "$BUILD/include/CInnspillSignals/module.modulemap.new" "$BUILD/include/CInnspillSignals/module.modulemap"
    rm -f "$BUILD/include/CInnspillSignals/module.modulemap.new"
    needed=$1
    echo "$MODULES" | while IFS=: read -r name folder deps; do
        case " $needed " in *" $name "*) ;; *) continue ;; esac
        depobjs=""
        for d in $deps; do depobjs="$depobjs $BUILD/obj/$d.o"; done
        # shellcheck disable=SC2086
        if stale "$BUILD/obj/$name.o" "$folder" $depobjs; then
            echo "compiling $name"
            # (ZIPFoundation is written for Swift 5's language mode and needs glibc's fopencookie, as its package says.)
            flags=$SWIFT_FLAGS
            [ "$name" = ZIPFoundation ] && flags="$(echo "$SWIFT_FLAGS" | sed 's/-swift-version 6/-swift-version 5/') -Xcc -D_GNU_SOURCE=1"
            # shellcheck disable=SC2046,SC2086
            "$SWIFTC" $flags -wmo -module-name "$name" -emit-module -emit-module-path "$BUILD/modules/$name.swiftmodule" \
                $INCLUDES -c $(find "$folder" -name '*.swift' | sort) -o "$BUILD/obj/$name.o"
        fi
    done
}

build_target() {
    target=$1
    case $target in
        padlet) entry=Fuzz/PadletText.swift ;;
        csv) entry=Fuzz/CSV.swift ;;
        json) entry=Fuzz/JSON.swift ;;
        html) entry=Fuzz/HTML.swift ;;
        eml) entry=Fuzz/Mail.swift ;;
        commands) entry="Fuzz/Commands.swift Sources/innspill/CompiledPlugins.swift" ;;
        *) echo "unknown target '$target'; the targets are: $ALL_TARGETS" >&2; exit 2 ;;
    esac
    check_toolchain
    mods=$(objects_for "$target")
    build_modules "$mods"
    objs=""
    for m in $mods; do objs="$objs $BUILD/obj/$m.o"; done
    # shellcheck disable=SC2086
    if stale "$BUILD/fuzz-$target" $entry Fuzz/Support $objs; then
        echo "linking fuzz-$target"
        # shellcheck disable=SC2086
        "$SWIFTC" $SWIFT_FLAGS -module-name "Fuzz_$target" $INCLUDES $entry Fuzz/Support/*.swift $objs $LIBS \
            -use-ld=lld -o "$BUILD/fuzz-$target"
    fi
}

# Seeds: the demo corpus and ../shared/corpora cut into pieces of about 4 KB at line ends (inputs
# stay under FUZZ_MAX_LEN, so each run takes milliseconds), CSV pieces with the header line in
# front, every command line of the session files, and Fuzz/seeds/.
make_seeds() {
    target=$1
    seeds=$OUT/$target/seeds
    rm -rf "$seeds"
    mkdir -p "$seeds"
    [ -d "Fuzz/seeds/$target" ] && cp Fuzz/seeds/$target/* "$seeds/"
    case $target in
        padlet)
            for f in Corpora/demo/*.txt "$SHARED"/corpora/*.txt; do
                [ -f "$f" ] || continue
                base=$(basename "$f" .txt)
                split -C 4096 "$f" "$seeds/$base-part-"
            done ;;
        csv)
            for f in Corpora/demo/*.csv "$SHARED"/corpora/*.csv; do
                [ -f "$f" ] || continue
                base=$(basename "$f" .csv)
                tail -n +2 "$f" | split -C 4096 - "$seeds/$base-part-"
                for p in "$seeds/$base"-part-*; do { head -1 "$f"; cat "$p"; } > "$p.csv" && rm "$p"; done
            done ;;
        commands)
            # Every command line of the session files, one seed each.
            n=0
            cat Sessions/*.innspill Tests/EndToEndTests/Sessions/*.innspill 2>/dev/null | grep -v '^\s*#' | grep -v '^\s*$' |
                while IFS= read -r line; do n=$((n + 1)); printf '%s\n' "$line" > "$seeds/session-$n"; done ;;
    esac
}

run_target() {
    target=$1
    mkdir -p "$OUT/$target/corpus"
    make_seeds "$target"
    dict=""
    [ -f "Fuzz/dictionaries/$target.dict" ] && dict="-dict=Fuzz/dictionaries/$target.dict"
    # The commands target prints tables and error messages; keep them out of the log.
    quiet=""
    [ "$target" = commands ] && quiet="-close_fd_mask=3"
    echo "fuzzing $target for ${FUZZ_SECONDS}s (log: fuzz-out/$target/log)"
    # The files the readers are given, written anew for every input: in memory when /dev/shm is there.
    scratch=$(mktemp -d /dev/shm/innspill-fuzz-XXXXXX 2>/dev/null || mktemp -d)
    status=0
    # shellcheck disable=SC2086
    INNSPILL_ROOT=$ROOT INNSPILL_FUZZ_SCRATCH=$scratch ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        "$BUILD/fuzz-$target" "$OUT/$target/corpus" "$OUT/$target/seeds" \
        -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" -rss_limit_mb=4096 -max_len="$FUZZ_MAX_LEN" \
        -report_slow_units=2 -print_final_stats=1 -artifact_prefix="$OUT/$target/" $dict $quiet \
        > "$OUT/$target/log" 2>&1 || status=$?
    rm -rf "$scratch"
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$OUT/$target/log" | sed "s/^/  $target: /" || true
    grep -E 'Slowest unit' "$OUT/$target/log" | tail -1 | sed "s/^/  $target: /" || true
    if [ "$status" != 0 ]; then
        echo "  $target: FOUND A PROBLEM (status $status):"
        grep -E 'ERROR: libFuzzer|ERROR: AddressSanitizer|Swift runtime failure|Fatal error|Test unit written|SUMMARY' "$OUT/$target/log" | sed 's/^/    /'
        return 1
    fi
}

case ${1:-} in
    --build)
        shift
        for t in ${*:-$ALL_TARGETS}; do build_target "$t"; done ;;
    --repro)
        build_target "$2"
        scratch=$(mktemp -d)
        status=0
        INNSPILL_ROOT=$ROOT INNSPILL_FUZZ_SCRATCH=$scratch ASAN_OPTIONS=detect_leaks=0 \
            "$BUILD/fuzz-$2" -timeout="$FUZZ_TIMEOUT" "$3" || status=$?
        rm -rf "$scratch"
        exit "$status" ;;
    *)
        failed=""
        for t in ${*:-$ALL_TARGETS}; do build_target "$t"; done
        for t in ${*:-$ALL_TARGETS}; do run_target "$t" || failed="$failed $t"; done
        if [ -n "$failed" ]; then
            echo "fuzz: problems found in:$failed (inputs in fuzz-out/<target>/; Fuzz/run.sh --repro TARGET FILE shows one)"
            exit 1
        fi
        echo "fuzz: no crash, hang or memory blow-up found" ;;
esac
