package main

import (
	"cmp"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// phaseResult is what one phase measured.
type phaseResult struct {
	stats      emulator.Stats // the phase's own requests
	wall       time.Duration
	peakRSS    int64 // bytes; 0 when unknown
	processes  int
	cpu        time.Duration // the provider processes' CPU time
	cpuKnown   bool
	sampledCPU time.Duration // the part of cpu seen while sampling
	resources  int           // in the configuration
}

// apiRequests counts the API requests of the phase, token requests aside.
func (r phaseResult) apiRequests() int { return r.stats.Total - r.stats.TokenRequests }

// tooMany counts the answers 429 of the phase.
func (r phaseResult) tooMany() int { return r.stats.CountStatus(http.StatusTooManyRequests) }

// subtractStats returns the requests counted in after and not yet in before.
func subtractStats(after, before emulator.Stats) emulator.Stats {
	type key struct {
		method, route string
		status        int
	}
	earlier := map[key]int{}
	for _, r := range before.Requests {
		earlier[key{r.Method, r.Route, r.Status}] = r.Count
	}
	out := emulator.Stats{Requests: []emulator.RequestCount{}, TokenRequests: after.TokenRequests - before.TokenRequests, Tokens: []emulator.TokenCount{}}
	for _, r := range after.Requests {
		if n := r.Count - earlier[key{r.Method, r.Route, r.Status}]; n > 0 {
			r.Count = n
			out.Requests = append(out.Requests, r)
			out.Total += n
		}
	}
	byToken := map[int]int{}
	for _, t := range before.Tokens {
		byToken[t.Token] = t.Requests
	}
	for _, t := range after.Tokens {
		if n := t.Requests - byToken[t.Token]; n > 0 {
			t.Requests = n
			out.Tokens = append(out.Tokens, t)
		}
	}
	return out
}

// requestKind is the requests of one method and route template, all statuses together.
type requestKind struct {
	method, route string
	count         int
	tooMany       int // of which answered 429
}

// requestKinds groups requests by method and route, most frequent first.
func requestKinds(st emulator.Stats) []requestKind {
	var kinds []requestKind
	for _, r := range st.Requests {
		i := slices.IndexFunc(kinds, func(k requestKind) bool { return k.method == r.Method && k.route == r.Route })
		if i < 0 {
			kinds = append(kinds, requestKind{method: r.Method, route: r.Route})
			i = len(kinds) - 1
		}
		kinds[i].count += r.Count
		if r.Status == http.StatusTooManyRequests {
			kinds[i].tooMany += r.Count
		}
	}
	slices.SortFunc(kinds, func(a, b requestKind) int {
		return cmp.Or(cmp.Compare(b.count, a.count), cmp.Compare(a.route, b.route), cmp.Compare(a.method, b.method))
	})
	return kinds
}

// printer writes the report and keeps the first write error for the end, so that printing code
// reads as a sequence of lines.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// table prints rows with their tab-separated cells aligned in columns.
func (p *printer) table(rows ...[]string) {
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)
	inner := &printer{w: tw}
	for _, row := range rows {
		inner.printf("  %s\n", strings.Join(row, "\t"))
	}
	if err := tw.Flush(); inner.err == nil {
		inner.err = err
	}
	if p.err == nil {
		p.err = inner.err
	}
}

// phase prints a phase's figures, its requests per token and its requests by kind.
func (p *printer) phase(ph phase, r phaseResult) {
	p.printf("\n== %s: wall %s, %d API requests, %d token requests, %d answers 429, provider peak memory %s, provider CPU %s (%s per resource; %d processes)\n",
		ph, round(r.wall), r.apiRequests(), r.stats.TokenRequests, r.tooMany(), megabytes(r.peakRSS), cpuTime(r), perResource(r), r.processes)
	perToken := make([]string, 0, len(r.stats.Tokens))
	for _, t := range r.stats.Tokens {
		perToken = append(perToken, fmt.Sprintf("#%d %d", t.Token, t.Requests))
	}
	p.printf("  requests per token (in issue order): %s\n", strings.Join(perToken, ", "))
	rows := [][]string{{"requests", "429s", "method", "route"}}
	for _, k := range requestKinds(r.stats) {
		rows = append(rows, []string{strconv.Itoa(k.count), strconv.Itoa(k.tooMany), k.method, k.route})
	}
	p.table(rows...)
}

// summary prints one line per reported phase of the run.
func (p *printer) summary(run benchRun, results map[phase]phaseResult) {
	p.printf("\n-- summary of %s\n", run.name)
	rows := [][]string{{"phase", "API requests", "token requests", "tokens used", "429s", "wall time", "peak RSS", "CPU per resource"}}
	for _, ph := range run.phases {
		if !run.reported[ph] {
			continue
		}
		r := results[ph]
		rows = append(rows, []string{string(ph), strconv.Itoa(r.apiRequests()), strconv.Itoa(r.stats.TokenRequests),
			strconv.Itoa(len(r.stats.Tokens)), strconv.Itoa(r.tooMany()), round(r.wall).String(), megabytes(r.peakRSS), perResource(r)})
	}
	p.table(rows...)
}

// targets prints the targets and reports whether all were met.
func (p *printer) targets(targets []targetResult) bool {
	all := true
	for _, t := range targets {
		p.printf("target %s: %s\n", verdict(t), t.what)
		all = all && t.met
	}
	return all
}

func verdict(t targetResult) string {
	if t.met {
		return "met"
	}
	return "MISSED"
}

// cpuTime formats a phase's provider CPU time, or "unknown" without /proc.
func cpuTime(r phaseResult) string {
	if !r.cpuKnown {
		return "unknown"
	}
	return r.cpu.Round(10 * time.Millisecond).String()
}

// perResource formats a phase's provider CPU time per resource of its configuration.
func perResource(r phaseResult) string {
	if !r.cpuKnown || r.resources == 0 {
		return "unknown"
	}
	return fmt.Sprintf("%.2f ms", float64(cpuPerResource(r))/float64(time.Millisecond))
}

func round(d time.Duration) time.Duration { return d.Round(100 * time.Millisecond) }

// megabytes formats bytes in MiB, or "unknown" for 0 (no /proc to read).
func megabytes(b int64) string {
	if b <= 0 {
		return "unknown"
	}
	return fmt.Sprintf("%.1f MB", float64(b)/(1<<20))
}

// scenarioTargets are the judged targets of one scenario.
type scenarioTargets struct {
	scenario string
	targets  []targetResult
}

// allTargets prints every scenario's targets again, together, when there was more than one
// scenario, and reports whether one was missed.
func (p *printer) allTargets(judged []scenarioTargets) (missed bool) {
	if len(judged) > 1 {
		p.printf("\n### targets\n")
	}
	for _, s := range judged {
		for _, t := range s.targets {
			missed = missed || !t.met
			if len(judged) > 1 {
				p.printf("%s %s: %s\n", s.scenario, verdict(t), t.what)
			}
		}
	}
	return missed
}
