// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cmath>
#include <deque>
#include <functional>
#include <limits>
#include <queue>
#include <unordered_map>
#include <vector>

#include "signal/closedform.h"
#include "signal/gaussian.h"

namespace rx::signal {
namespace {

using gauss::gaussWeights;
using gauss::kronrodNodes;
using gauss::kronrodWeights;

constexpr std::size_t integrands = 4; // f − c, (f − c)², f', f'²
constexpr std::size_t maxPanels = 600;

struct Panel
{
    double a;
    double b;
    std::array<double, integrands> value;
    std::array<double, integrands> absValue;
    std::array<double, integrands> error;
    double priority = 0;
    bool operator<(const Panel &o) const { return priority < o.priority; }
};

// f and f' at a panel's 21 Kronrod nodes, kept from call to call: panels lie on a grid that depends
// on the spread only through its power of two, so a drag of a slider, and the layers of a depth curve,
// meet the same panels again. A cached value is the same number the catalogue returns, so results do
// not depend on what is cached.
struct NodeValues
{
    std::array<double, 21> y;
    std::array<double, 21> dy;
};

struct PairHash
{
    std::size_t operator()(const std::pair<double, double> &p) const noexcept
    {
        const std::hash<double> h;
        return h(p.first) * 0x9E3779B97F4A7C15ULL ^ h(p.second);
    }
};

struct FunctionCache
{
    const Activation *f = nullptr;
    std::vector<double> params;
    std::unordered_map<std::pair<double, double>, NodeValues, PairHash> panels;
    std::unordered_map<std::pair<double, double>, bool, PairHash> dead;
};

class EvaluationCache
{
public:
    FunctionCache &entryFor(const Activation &f, std::span<const double> params)
    {
        for (FunctionCache &e : m_entries)
            if (e.f == &f && std::equal(e.params.begin(), e.params.end(), params.begin(), params.end(),
                                        [](double l, double r) {
                                            return std::bit_cast<std::uint64_t>(l) ==
                                                   std::bit_cast<std::uint64_t>(r);
                                        })) {
                if (e.panels.size() >= maxPanelsKept)
                    e.panels.clear();
                return e;
            }
        std::size_t total = 0;
        for (const FunctionCache &e : m_entries)
            total += e.panels.size();
        if (m_entries.size() >= maxFunctions || total >= maxPanelsKept)
            m_entries.clear();
        m_entries.push_back({&f, std::vector<double>(params.begin(), params.end()), {}, {}});
        return m_entries.back();
    }

private:
    static constexpr std::size_t maxFunctions = 24;
    static constexpr std::size_t maxPanelsKept = 6000;
    // A deque keeps references valid while entries are added.
    std::deque<FunctionCache> m_entries;
};

FunctionCache &cacheFor(const Activation &f, std::span<const double> params)
{
    thread_local EvaluationCache cache;
    return cache.entryFor(f, params);
}

class Integrator
{
public:
    Integrator(const Activation &f, std::span<const double> params, double mean, double std)
        : m_f(f), m_params(params), m_mean(mean), m_std(std), m_cache(cacheFor(f, params))
    {
        m_shift = evaluateAt<double>(f, Quantity::value(), mean, params);
    }

    double shift() const { return m_shift; }

    // The panel [a, b] in x.
    Panel integrate(double a, double b)
    {
        const double centre = 0.5 * (a + b);
        const double half = 0.5 * (b - a);
        const NodeValues &v = values(a, b);
        Panel p{a, b, {}, {}, {}, 0};
        std::array<double, integrands> gauss{};
        for (std::size_t i = 0; i < 21; ++i) {
            const double offset = i < 10 ? -half * kronrodNodes[i] : i > 10 ? half * kronrodNodes[20 - i] : 0;
            const double w = gauss::pdf((centre + offset - m_mean) / m_std);
            const double d = v.y[i] - m_shift;
            const std::array<double, integrands> g = {d * w, d * d * w, v.dy[i] * w, v.dy[i] * v.dy[i] * w};
            const std::size_t k = i <= 10 ? i : 20 - i;
            for (std::size_t j = 0; j < integrands; ++j) {
                p.value[j] += kronrodWeights[k] * g[j];
                p.absValue[j] += kronrodWeights[k] * std::fabs(g[j]);
                if (k % 2 == 1)
                    gauss[j] += gaussWeights[k / 2] * g[j];
            }
        }
        const double scale = half / m_std;
        for (std::size_t j = 0; j < integrands; ++j) {
            p.value[j] *= scale;
            p.absValue[j] *= scale;
            // QUADPACK's estimate: |Kronrod − Gauss| overstates the Kronrod error once both converge.
            const double raw = std::fabs(p.value[j] - scale * gauss[j]);
            const double ratio = std::min(1.0, 200 * raw / p.absValue[j]);
            p.error[j] = p.absValue[j] > 0 ? p.absValue[j] * ratio * std::sqrt(ratio) : raw;
        }
        return p;
    }

private:
    const NodeValues &values(double a, double b)
    {
        const auto [it, added] = m_cache.panels.try_emplace({a, b});
        if (!added)
            return it->second;
        const double centre = 0.5 * (a + b);
        const double half = 0.5 * (b - a);
        std::array<double, 21> x{};
        for (std::size_t i = 0; i < 10; ++i) {
            x[i] = centre - half * kronrodNodes[i];
            x[20 - i] = centre + half * kronrodNodes[i];
        }
        x[10] = centre;
        evaluate(m_f, Quantity::value(), std::span<const double>(x), m_params,
                 std::span<double>(it->second.y));
        evaluate(m_f, Quantity::dydx(), std::span<const double>(x), m_params,
                 std::span<double>(it->second.dy));
        return it->second;
    }

    const Activation &m_f;
    std::span<const double> m_params;
    double m_mean;
    double m_std;
    double m_shift = 0;
    FunctionCache &m_cache;
};

// True when f' is exactly 0 at every probe in the x interval (a, b): near its finite ends, where
// exponentials have not underflowed, so a tail that only rounds to 0 is not taken for dead.
bool deadBetween(const Activation &f, std::span<const double> params, double a, double b)
{
    std::vector<double> x;
    const std::array<double, 4> steps = {0x1p-10, 0.125, 1, 8};
    if (std::isfinite(a) && std::isfinite(b)) {
        for (double t : {0.03, 0.25, 0.5, 0.75, 0.97})
            x.push_back(a + t * (b - a));
    } else {
        for (double d : steps)
            x.push_back(std::isfinite(a) ? a + d : std::isfinite(b) ? b - d : (d - 4));
    }
    std::vector<double> dy(x.size());
    evaluate(f, Quantity::dydx(), std::span<const double>(x), params, std::span<double>(dy));
    return std::all_of(dy.begin(), dy.end(), [](double d) { return d == 0; });
}

} // namespace

Moments quadratureMoments(const Activation &f, std::span<const double> params, double mean, double std,
                          double relativeTolerance)
{
    // Breakpoints in x: f's kinks, 0 (where every function of the family bends) and fixed cuts that
    // put the Gaussian's bulk and its tails in separate panels. A fixed cut lies at mean ± a power of
    // two near z·std (the outermost beyond reach·std), moved to a grid of step std/16 to std/8, so
    // that nearby spreads and means, as a slider drags or the layers of a depth curve settle, meet the
    // same panels again.
    std::vector<double> kinks = f.kinks ? f.kinks(params) : std::vector<double>{};
    kinks.push_back(0);
    // Beyond |z| = 37.5, φ < 3e-306; for a plot's tolerance what lies beyond |z| = 10 does not count.
    const bool exact = relativeTolerance < 1e-11;
    const double reach = exact ? 37.5 : 10;
    const double step = std::ldexp(1.0, std::ilogb(std) - 3);
    // outer: away from the mean, never nearer than z·std.
    auto cut = [&](double z, bool outer) {
        const double d = std::fabs(z) * std;
        const double power = std::exp2(outer ? std::ceil(std::log2(d)) : std::nearbyint(std::log2(d)));
        const double x = mean + std::copysign(std::isfinite(power) && power > 0 ? power : d, z);
        const double units = x / step;
        const double onGrid = (!outer  ? std::nearbyint(units)
                               : z < 0 ? std::floor(units)
                                       : std::ceil(units)) *
                              step;
        return std::isfinite(onGrid) ? onGrid : x;
    };
    const double lowest = cut(-reach, true), highest = cut(reach, true);
    std::vector<double> cuts = {lowest, highest};
    for (double z : exact ? std::vector<double>{-6, -2.5, 2.5, 6} : std::vector<double>{-3, 3})
        cuts.push_back(cut(z, false));
    for (double k : kinks) {
        if (k > lowest && k < highest)
            cuts.push_back(k);
        // Cuts at x = k ± 1/8 ... 64 where they are narrow in z: a feature of f of width ~1 in x
        // would otherwise fall between the nodes of a wide panel, unseen by its error estimate.
        for (double d : {0.125, 1.0, 8.0, 64.0})
            for (double side : {-d, d})
                if (const double c = k + side; std::fabs(side) < 0.1 * std && c > lowest && c < highest)
                    cuts.push_back(c);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    Integrator integrator(f, params, mean, std);
    std::priority_queue<Panel> panels;
    std::array<double, integrands> total{}, totalAbs{}, totalError{};
    auto add = [&](const Panel &p, double sign) {
        for (std::size_t j = 0; j < integrands; ++j) {
            total[j] += sign * p.value[j];
            totalAbs[j] += sign * p.absValue[j];
            totalError[j] += sign * p.error[j];
        }
    };
    std::vector<Panel> fresh;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
        if (cuts[i] < cuts[i + 1])
            fresh.push_back(integrator.integrate(cuts[i], cuts[i + 1]));
    std::size_t count = 0;
    while (true) {
        for (const Panel &p : fresh)
            add(p, 1);
        std::array<double, integrands> tolerance{};
        for (std::size_t j = 0; j < integrands; ++j)
            tolerance[j] = relativeTolerance * totalAbs[j] + 1e-300;
        for (Panel &p : fresh) {
            p.priority = 0;
            for (std::size_t j = 0; j < integrands; ++j)
                p.priority = std::max(p.priority, p.error[j] / tolerance[j]);
            panels.push(p);
            ++count;
        }
        fresh.clear();
        bool done = true;
        for (std::size_t j = 0; j < integrands; ++j)
            done = done && !(totalError[j] > tolerance[j]);
        if (done || count >= maxPanels || panels.empty())
            break;
        const Panel worst = panels.top();
        panels.pop();
        add(worst, -1);
        const double middle = 0.5 * (worst.a + worst.b);
        if (!(worst.a < middle && middle < worst.b))
            break; // cannot split further in double
        fresh.push_back(integrator.integrate(worst.a, middle));
        fresh.push_back(integrator.integrate(middle, worst.b));
    }
    // Sum again from scratch: the running totals carry the rounding of every add and remove.
    std::array<double, integrands> sum{};
    std::vector<Panel> all;
    while (!panels.empty()) {
        all.push_back(panels.top());
        panels.pop();
    }
    std::sort(all.begin(), all.end(), [](const Panel &l, const Panel &r) { return l.a < r.a; });
    for (const Panel &p : all)
        for (std::size_t j = 0; j < integrands; ++j)
            sum[j] += p.value[j];

    std::sort(kinks.begin(), kinks.end());
    kinks.erase(std::unique(kinks.begin(), kinks.end()), kinks.end());
    kinks.push_back(std::numeric_limits<double>::infinity());
    double dead = 0;
    double from = -std::numeric_limits<double>::infinity();
    FunctionCache &cache = cacheFor(f, params);
    for (double to : kinks) {
        const auto [known, added] = cache.dead.try_emplace({from, to});
        if (added)
            known->second = deadBetween(f, params, from, to);
        if (known->second)
            dead += gauss::probabilityBetween((from - mean) / std, (to - mean) / std);
        from = to;
    }

    const double c = integrator.shift();
    Moments r;
    r.mean = c + sum[0];
    r.variance = std::max(0.0, sum[1] - sum[0] * sum[0]);
    r.secondMoment = r.variance + r.mean * r.mean;
    r.meanGradient = sum[2];
    r.meanSquaredGradient = sum[3];
    r.zeroGradientProbability = std::min(1.0, dead);
    return r;
}

} // namespace rx::signal
