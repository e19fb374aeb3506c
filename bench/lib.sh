# Shared by the bench/ scripts: tools, starting the application, wrk, machine facts.
# Sourced, not run. Scripts set BENCH_OUT (where temporary files go) before sourcing.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(dirname "$BENCH_DIR")"
JAR="$PROJECT_DIR/target/ketamine-reference.jar"

# Two cores: the server under test runs on one, the load generator on the other.
SERVER_CPU="${BENCH_SERVER_CPU:-0}"
CLIENT_CPU="${BENCH_CLIENT_CPU:-1}"

# The Java the image runs: the major version of the Dockerfile's RUNTIME_IMAGE (eclipse-temurin:25-jre),
# which may be newer than the JDK that builds the jar (README). BENCH_IMAGE_JAVA names its java
# binary; otherwise the java on the PATH if it is that version, else a JDK of that version in
# /usr/lib/jvm. The benchmarks measure the image's recipe with it.
IMAGE_JAVA_VERSION="$(sed -nE 's/^ARG RUNTIME_IMAGE=[^:]*:([0-9]+).*/\1/p' "$PROJECT_DIR/Dockerfile")"
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }'; }
image_java() {
	local candidate
	for candidate in ${BENCH_IMAGE_JAVA:-} "$(command -v java || true)" /usr/lib/jvm/*-"$IMAGE_JAVA_VERSION"-*/bin/java \
			/usr/lib/jvm/*-"$IMAGE_JAVA_VERSION"/bin/java; do
		if [ -x "$candidate" ] && [ "$(java_major "$candidate")" = "$IMAGE_JAVA_VERSION" ]; then
			echo "$candidate"
			return
		fi
	done
	die "the image runs Java $IMAGE_JAVA_VERSION (Dockerfile, RUNTIME_IMAGE); install a JDK $IMAGE_JAVA_VERSION (Temurin) or name its java with BENCH_IMAGE_JAVA"
}

# The JVM flags of the Docker image's ENTRYPOINT, read from the Dockerfile (its entrypoint script,
# src/main/docker/start, adds the AOT cache, as image_layout's callers do).
# MaxRAM stands in for the container's memory limit (512 MiB in deploy/kubernetes and
# compose.yaml): the JVM sizes its heap from it as it would from the cgroup limit.
CONTAINER_MEMORY="${BENCH_CONTAINER_MEMORY:-512m}"
# shellcheck disable=SC2207
IMAGE_JVM_FLAGS=($(grep '^ENTRYPOINT' "$PROJECT_DIR/Dockerfile" | grep -oE '"-[XD][^"]*"' | tr -d '"'))

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# Claims a port for this run's server: claim_port VARIABLE DEFAULT ENVIRONMENT_VARIABLE sets
# VARIABLE. With ENVIRONMENT_VARIABLE set, that port, or a clear failure when it is taken;
# otherwise the first port from DEFAULT up that nothing listens on and no other bench script has
# claimed. A claim is a lock held until this script (and the servers it starts) exit: without it,
# two runs at once would each find the port free while their servers start, and one would measure
# the other's server.
claim_port() {
	local variable=$1 default=$2 environment=$3 given=${!3:-} port lock
	for port in $(if [ -n "$given" ]; then echo "$given"; else seq "$default" $(( default + 49 )); fi); do
		exec {lock}>"${TMPDIR:-/tmp}/ketamine-reference-bench-port-$port.lock"
		if flock -n "$lock" && ! { : <>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
			[ "$port" = "${given:-$default}" ] || log "port $default is taken: using $port ($environment)"
			printf -v "$variable" '%s' "$port"
			return
		fi
		exec {lock}>&-
	done
	if [ -n "$given" ]; then
		die "port $given ($environment) is taken, by another program or another bench run; choose another or unset $environment to pick a free one"
	fi
	die "no free port from $default to $(( default + 49 )): set $environment to one"
}

# Claims the file a run writes its results to: results_file DIR NAME DATE sets REPORT to
# DIR/NAME-DATE.md, or NAME-DATE-b.md, -c, ... when a run of that day wrote one already (as
# second runs have been named by hand), so that no run overwrites another's results. Created
# here, empty, so that two runs ending together cannot take the same name.
results_file() {
	local dir=$1 name=$2 date=$3 suffix
	mkdir -p "$dir"
	for suffix in "" -b -c -d -e -f -g -h -i -j -k -l -m -n -o -p -q -r -s -t -u -v -w -x -y -z; do
		REPORT="$dir/$name-$date$suffix.md"
		if (set -o noclobber; : >"$REPORT") 2>/dev/null; then
			return
		fi
	done
	die "$dir has $name results from $date up to -z: move some away"
}

# The benchmarks need wrk and nginx-light (Debian packages) besides curl and taskset, which every
# Debian system has. .ci/run installs them in CI; elsewhere the script says what to install.
require_tools() {
	local missing=()
	command -v wrk >/dev/null || missing+=(wrk)
	command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
	command -v curl >/dev/null || missing+=(curl)
	command -v taskset >/dev/null || die "taskset (util-linux) is missing"
	[ ${#missing[@]} -eq 0 ] || die "please install: ${missing[*]} (sudo apt-get install ${missing[*]})"
	[ "$(nproc --all)" -ge 2 ] || die "needs two cores: one for the server, one for wrk"
}

# Builds the jar; with an argument "if-missing", only when there is none (--quick runs after
# ./mvnw verify in CI, which has just built it). BENCH_SKIP_BUILD (any value) uses the jar there
# is, for every script: to measure a jar already built, or while the sources are being changed.
build_jar() {
	if [ -n "${BENCH_SKIP_BUILD:-}" ]; then
		[ -f "$JAR" ] || die "BENCH_SKIP_BUILD is set but there is no ${JAR#"$PROJECT_DIR"/}"
		log "using the existing ${JAR#"$PROJECT_DIR"/} (BENCH_SKIP_BUILD)"
		return
	fi
	if [ "${1:-}" = if-missing ] && [ -f "$JAR" ]; then
		log "using the existing ${JAR#"$PROJECT_DIR"/}"
		return
	fi
	log "building the application"
	(cd "$PROJECT_DIR" && ./mvnw -q -B -ntp -Dmaven.test.skip=true package) || die "build failed"
}

# Lays the built jar out as the Docker image does (see Dockerfile): extracted, with the site
# prebuilt from the project's content and the two AOT caches trained as the image's build trains
# them (src/main/docker/aot-training): application.aot for a start that reads the prebuilt site,
# rendering.aot for one that renders the content.
# image_layout DIR sets APP_JAVA (the image's Java, which start_app runs), IMAGE_JAVA_ARGS (the
# java arguments from the cache to the jar, for the prebuilt start), RENDERING_JAVA_ARGS (the
# same with the rendering cache, for a start with other content) and IMAGE_APP_ARGS (the
# application's, with the prebuilt site), for start_app.
image_layout() {
	local dir=$1 content="--reference.content-dir=$PROJECT_DIR/content"
	APP_JAVA="$(image_java)"
	# The image's malloc setting (its ENV), for every JVM started from here on.
	export MALLOC_ARENA_MAX="$(sed -nE 's/^ENV MALLOC_ARENA_MAX=([0-9]+)$/\1/p' "$PROJECT_DIR/Dockerfile")"
	[ -n "$MALLOC_ARENA_MAX" ] || unset MALLOC_ARENA_MAX
	"$APP_JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$dir" >/dev/null
	IMAGE_APP_ARGS=("$content" "--reference.prebuilt-site=$dir/site.prebuilt")
	(cd "$dir" && "$APP_JAVA" -XX:+UseSerialGC -jar ketamine-reference.jar "$content" --prebuild=site.prebuilt >"$dir/prebuild.log" 2>&1) \
		|| { cat "$dir/prebuild.log" >&2; die "the site could not be prebuilt"; }
	# A cache is only used by a start with the same class path, so both name the jar by its
	# absolute path (the image uses the same relative one for both).
	(cd "$dir" && JAVA="$APP_JAVA" sh "$PROJECT_DIR/src/main/docker/aot-training" "$dir/ketamine-reference.jar" \
		"$dir/site.prebuilt" "$content" >"$dir/training.log" 2>&1) \
		|| { tail -30 "$dir/training.log" >&2; die "the AOT caches were not written"; }
	IMAGE_JAVA_ARGS=("-XX:AOTCache=$dir/application.aot" -jar "$dir/ketamine-reference.jar")
	RENDERING_JAVA_ARGS=("-XX:AOTCache=$dir/rendering.aot" -jar "$dir/ketamine-reference.jar")
}

# Milliseconds since the epoch.
now_ms() { date +%s%3N; }

# Waits until URL answers 200; prints the milliseconds that took from START_MS. Fails after 300 s
# or when the process PID has exited. It polls the port every 5 ms with bash's own /dev/tcp and
# read -t, which start no process, and asks with curl only once the port is open: a curl every
# few milliseconds would take CPU from the start it measures.
wait_for_200() {
	local url=$1 pid=$2 start_ms=$3
	local hostport=${url#http://}
	hostport=${hostport%%/*}
	local deadline=$(( $(now_ms) + 300000 )) tick
	exec {tick}<> <(:)
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
		until { : <>"/dev/tcp/${hostport%:*}/${hostport#*:}"; } 2>/dev/null; do
			kill -0 "$pid" 2>/dev/null || { exec {tick}<&-; return 1; }
			read -r -t 0.005 -u "$tick" || true
		done
		kill -0 "$pid" 2>/dev/null && [ "$(now_ms)" -lt "$deadline" ] || { exec {tick}<&-; return 1; }
		read -r -t 0.005 -u "$tick" || true
	done
	exec {tick}<&-
	echo $(( $(now_ms) - start_ms ))
}

# Starts the application pinned to the server core, with APP_JAVA (java on the PATH if unset):
# start_app PORT LOGFILE [java args...] [-- app args...]
# Sets APP_PID, STARTUP_MS (process start to the first 200 on the landing page), STARTUP_CPU_MS
# (the CPU time the process used until then: less disturbed than wall time by other jobs on a
# shared machine) and STARTUP_JIT_CPU_MS (the part of it the JIT compilers used). Fails, with the log's end on stderr, when the application does not start.
start_app() {
	local port=$1 logfile=$2
	shift 2
	local java_args=() app_args=()
	while [ $# -gt 0 ] && [ "$1" != -- ]; do java_args+=("$1"); shift; done
	[ "${1:-}" = -- ] && shift
	app_args=("$@")
	[ ${#java_args[@]} -gt 0 ] || java_args=(-jar "$JAR")
	local start
	start=$(now_ms)
	# The management port on any free port: two benchmarks (or a benchmark and a test) must not
	# both want 8081.
	(cd "$PROJECT_DIR" && exec taskset -c "$SERVER_CPU" "${APP_JAVA:-java}" "${java_args[@]}" "--server.port=$port" \
		--management.server.port=0 "${app_args[@]}") \
		>"$logfile" 2>&1 &
	APP_PID=$!
	STARTUP_MS=$(wait_for_200 "http://127.0.0.1:$port/" "$APP_PID" "$start") \
		|| { tail -30 "$logfile" >&2; stop_pid "$APP_PID"; APP_PID=""; log "the application did not start"; return 1; }
	# A start that cannot use its AOT cache (or CDS archive) runs without it and only logs it: a
	# measurement of it would be wrong.
	if grep -qE 'Unable to use shared archive|error has occurred while processing the AOT cache|Unable to map shared spaces' "$logfile"; then
		head -3 "$logfile" >&2; stop_pid "$APP_PID"; APP_PID=""; log "the AOT cache (or CDS archive) was not used"; return 1
	fi
	STARTUP_CPU_MS=$(( $(cpu_ticks "$APP_PID") * 1000 / $(getconf CLK_TCK) ))
	STARTUP_JIT_CPU_MS=$(( $(jit_ticks "$APP_PID") * 1000 / $(getconf CLK_TCK) ))
}

# CPU time the JIT compiler threads (C1, C2) of a process have used, in clock ticks.
jit_ticks() {
	local task ticks=0
	for task in /proc/"$1"/task/*; do
		case "$(cat "$task/comm" 2>/dev/null)" in
			C1\ Compiler* | C2\ Compiler*) ticks=$(( ticks + $(awk '{ print $14 + $15 }' "$task/stat") )) ;;
		esac
	done
	echo "$ticks"
}

stop_pid() {
	local pid=$1
	kill "$pid" 2>/dev/null || return 0
	for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
	kill -9 "$pid" 2>/dev/null || true
}

# CPU time (user + system) a process has used, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Resident set size of a process now, in MiB.
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# Peak resident set size of a process so far, in MiB.
peak_rss_mib() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# wrk latency (e.g. 812.00us, 1.20ms, 2.01s) in milliseconds.
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0; unit = v; sub(/^[0-9.]+/, "", unit)
		if (unit == "us") n /= 1000; else if (unit == "s") n *= 1000; else if (unit == "m") n *= 60000
		printf "%.2f", n }'
}

# Runs wrk on the client core: measure SECONDS URL PID [header...]. Prints one line:
# "requests_per_second p50_ms p99_ms cpu_us_per_request errors", where the CPU time is that of
# process PID (the server) during the run.
measure() {
	local seconds=$1 url=$2 pid=$3
	shift 3
	local headers=()
	for h in "$@"; do headers+=(-H "$h"); done
	local before after out
	before=$(cpu_ticks "$pid")
	out=$(taskset -c "$CLIENT_CPU" wrk -t1 -c"${BENCH_CONNECTIONS:-32}" -d"${seconds}s" --latency "${headers[@]}" "$url")
	after=$(cpu_ticks "$pid")
	local requests rps p50 p99 errors
	requests=$(awk '/requests in/ { print $1 }' <<<"$out")
	rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
	p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
	p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
	errors=$(awk '/Socket errors|Non-2xx/ { sub(/^ +/, ""); printf "%s; ", $0 }' <<<"$out")
	local ticks_per_second
	ticks_per_second=$(getconf CLK_TCK)
	local cpu_us=$(( (after - before) * 1000000 / ticks_per_second / (requests > 0 ? requests : 1) ))
	echo "$rps $p50 $p99 $cpu_us ${errors:-none}"
}

# Warms a server up: warm SECONDS URL [header...]
warm() {
	local seconds=$1 url=$2
	shift 2
	local headers=()
	for h in "$@"; do headers+=(-H "$h"); done
	taskset -c "$CLIENT_CPU" wrk -t1 -c"${BENCH_CONNECTIONS:-32}" -d"${seconds}s" "${headers[@]}" "$url" >/dev/null
}

# A response header's value: header_value URL NAME [request header...]
header_value() {
	local url=$1 name=$2
	shift 2
	local args=()
	for h in "$@"; do args+=(-H "$h"); done
	curl -s -o /dev/null -D - "${args[@]}" "$url" | tr -d '\r' \
		| awk -v name="$name" 'tolower($0) ~ "^" tolower(name) ":" { sub(/^[^:]*: */, ""); print; exit }'
}

# The machine and tools, as Markdown list items.
machine_info() {
	echo "- Machine: $(nproc --all) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)," \
		"$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)"
	echo "- Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared; other jobs compete for both cores)"
	local runtime
	runtime="$(image_java 2>/dev/null)" && runtime="$("$runtime" -version 2>&1 | head -1)" || runtime="none found"
	echo "- Java: $(java -version 2>&1 | head -1) (builds the jar); the image's runtime: $runtime"
	if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then
		echo "- nginx: $( (nginx -v || /usr/sbin/nginx -v) 2>&1 | head -1)"
	fi
	echo "- wrk: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
	echo "- Commit: $(git -C "$PROJECT_DIR" rev-parse --short HEAD)$(git -C "$PROJECT_DIR" diff --quiet HEAD -- src pom.xml || echo ' (with local changes)')"
}
