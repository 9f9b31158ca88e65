// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors

// How long one live update of the Signal view takes in the core: for six shown functions, the six
// moments at the input distribution N(m, s²) (the tables) and the depth curves over 0..L layers.
// Prints the median and the slowest of many updates, with m, s and W moving as sliders would move them,
// at the view's quadrature tolerance and at the command line's.
// Usage: signal_update [layers (default 30)] [repeats (default 200)]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "reluexplorer/moments.h"

namespace {

struct Timing
{
    double median;
    double slowest;
};

template <class F> Timing timeIt(int repeats, F &&work)
{
    std::vector<double> micros;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work(i);
        const auto stop = std::chrono::steady_clock::now();
        micros.push_back(std::chrono::duration<double, std::micro>(stop - start).count());
    }
    std::sort(micros.begin(), micros.end());
    return {micros[micros.size() / 2], micros.back()};
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
    std::printf("%-36s %10s %10s\n", "part of one update", "median us", "slowest us");
    for (double t : {rx::plotTolerance, rx::exactTolerance}) {
        tolerance = t;
        const char *name = t == rx::plotTolerance ? "view's tolerance" : "command line's";
        const Timing a = timeIt(repeats, tables);
        const Timing d = timeIt(repeats, depth);
        const Timing both = timeIt(repeats, [&](int i) {
            tables(i);
            depth(i);
        });
        std::printf("%s (%g):\n", name, t);
        std::printf("  %-34s %10.1f %10.1f\n", "tables (m or s slider)", a.median, a.slowest);
        std::printf("  %-34s %10.1f %10.1f\n", "depth curves (W or B slider)", d.median, d.slowest);
        std::printf("  %-34s %10.1f %10.1f\n", "both (a parameter slider)", both.median, both.slowest);
    }
    return sink == 12345.678 ? 1 : 0;
}
