// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors

// How long one live update of the Signal view takes in the core: for six shown functions, the six
// moments at the input distribution N(m, s²) (the tables) and the depth curves over 0..L layers.
// Prints the median and the slowest of many updates (wall clock) and the median processor time, with m,
// s, W and a parameter moving as sliders would move them, at the view's quadrature tolerance and at the
// command line's.
// Usage: signal_update [layers (default 30)] [repeats (default 200)]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "reluexplorer/moments.h"

namespace {

struct Timing
{
    double median;
    double slowest;
    double cpuMedian;
};

// This thread's processor time in microseconds: on a loaded machine the wall clock also counts
// the time other processes had the processor.
double cpuMicros()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
}

template <class F> Timing timeIt(int repeats, F &&work)
{
    std::vector<double> micros, cpu;
    for (int i = 0; i < repeats; ++i) {
        const double cpuStart = cpuMicros();
        const auto start = std::chrono::steady_clock::now();
        work(i);
        const auto stop = std::chrono::steady_clock::now();
        cpu.push_back(cpuMicros() - cpuStart);
        micros.push_back(std::chrono::duration<double, std::micro>(stop - start).count());
    }
    std::sort(micros.begin(), micros.end());
    std::sort(cpu.begin(), cpu.end());
    return {micros[micros.size() / 2], micros.back(), cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char **argv)
{
    const std::size_t layers = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 30;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 200;
    const std::vector<std::string> ids = {"relu", "leaky_relu", "elu", "selu", "gelu", "silu"};
    std::vector<const rx::Activation *> shown;
    for (const std::string &id : ids)
        shown.push_back(rx::findActivation(id));
    double sink = 0;
    double tolerance = rx::plotTolerance; // what the view asks for
    auto tables = [&](int i) {
        const double m = -1 + 0.01 * (i % 200), s = 0.2 + 0.01 * (i % 150);
        for (const rx::Activation *f : shown)
            sink += rx::gaussianMoments(*f, f->defaultParameters(), m, s, rx::MomentMethod::Best, tolerance)
                        .variance;
    };
    auto depth = [&](int i) {
        const double w = 1 + 0.005 * (i % 200);
        for (const rx::Activation *f : shown)
            sink +=
                rx::propagateSignal(*f, f->defaultParameters(), 1, w, 0, layers, tolerance).back().variance;
    };
    std::printf("six functions (relu, leaky_relu, elu, selu, gelu, silu), %zu layers, %d updates\n", layers,
                repeats);
    // A parameter slider (ELU's alpha, new at every update) recomputes the tables and depth curves of
    // all six, its own function from scratch.
    const rx::Activation *elu = rx::findActivation("elu");
    auto parameterDrag = [&](int i) {
        for (const rx::Activation *f : shown) {
            std::vector<double> params = f->defaultParameters();
            if (f == elu)
                params[0] = 0.5 + 0.001 * i;
            sink += rx::gaussianMoments(*f, params, 0, 1, rx::MomentMethod::Best, tolerance).variance;
            sink += rx::propagateSignal(*f, params, 1, 1.5, 0, layers, tolerance).back().variance;
        }
    };
    std::printf("%-36s %10s %10s %10s\n", "part of one update", "median us", "slowest us", "median cpu");
    for (double t : {rx::plotTolerance, rx::exactTolerance}) {
        tolerance = t;
        const char *name = t == rx::plotTolerance ? "view's tolerance" : "command line's";
        const Timing a = timeIt(repeats, tables);
        const Timing d = timeIt(repeats, depth);
        const Timing both = timeIt(repeats, [&](int i) {
            tables(i);
            depth(i);
        });
        const Timing p = timeIt(repeats, parameterDrag);
        std::printf("%s (%g):\n", name, t);
        auto row = [](const char *what, const Timing &timing) {
            std::printf("  %-34s %10.1f %10.1f %10.1f\n", what, timing.median, timing.slowest,
                        timing.cpuMedian);
        };
        row("tables (m or s slider)", a);
        row("depth curves (W or B slider)", d);
        row("both (m, s and W together)", both);
        row("tables and depth, ELU's alpha drag", p);
    }
    return sink == 12345.678 ? 1 : 0;
}
