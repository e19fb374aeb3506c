-- wrk script for scripts/load-test: cycles through the site's pages (given after "--"), asks for
-- gzip as browsers do, and prints a machine-readable summary at the end.
local paths = {}
local next_path = 0

function init(args)
	for _, path in ipairs(args) do
		table.insert(paths, path)
	end
end

function request()
	next_path = (next_path % #paths) + 1
	return wrk.format("GET", paths[next_path], { ["Accept-Encoding"] = "gzip" })
end

function done(summary, latency, requests)
	local errors = summary.errors
	io.write(string.format("result requests=%d duration_s=%.1f rps=%.0f connect_errors=%d read_errors=%d "
		.. "write_errors=%d timeouts=%d non_2xx_3xx=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
		summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		errors.connect, errors.read, errors.write, errors.timeout, errors.status,
		latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
