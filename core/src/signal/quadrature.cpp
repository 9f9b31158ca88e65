// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <queue>
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

class Integrator
{
public:
    Integrator(const Activation &f, std::span<const double> params, double mean, double std)
        : m_f(f), m_params(params), m_mean(mean), m_std(std)
    {
        m_shift = evaluateAt<double>(f, Quantity::value(), mean, params);
    }

    double shift() const { return m_shift; }

    Panel integrate(double a, double b)
    {
        const double centre = 0.5 * (a + b);
        const double half = 0.5 * (b - a);
        std::array<double, 21> z{};
        for (std::size_t i = 0; i < 10; ++i) {
            z[i] = centre - half * kronrodNodes[i];
            z[20 - i] = centre + half * kronrodNodes[i];
        }
        z[10] = centre;
        std::array<double, 21> x{}, y{}, dy{};
        for (std::size_t i = 0; i < 21; ++i)
            x[i] = m_mean + m_std * z[i];
        evaluate(m_f, Quantity::value(), std::span<const double>(x), m_params, std::span<double>(y));
        evaluate(m_f, Quantity::dydx(), std::span<const double>(x), m_params, std::span<double>(dy));
        Panel p{a, b, {}, {}, {}, 0};
        std::array<double, integrands> gauss{};
        for (std::size_t i = 0; i < 21; ++i) {
            const double w = gauss::pdf(z[i]);
            const double d = y[i] - m_shift;
            const std::array<double, integrands> g = {d * w, d * d * w, dy[i] * w, dy[i] * dy[i] * w};
            const std::size_t k = i <= 10 ? i : 20 - i;
            for (std::size_t j = 0; j < integrands; ++j) {
                p.value[j] += kronrodWeights[k] * g[j];
                p.absValue[j] += kronrodWeights[k] * std::fabs(g[j]);
                if (k % 2 == 1)
                    gauss[j] += gaussWeights[k / 2] * g[j];
            }
        }
        for (std::size_t j = 0; j < integrands; ++j) {
            p.value[j] *= half;
            p.absValue[j] *= half;
            // QUADPACK's estimate: |Kronrod − Gauss| overstates the Kronrod error once both converge.
            const double raw = std::fabs(p.value[j] - half * gauss[j]);
            p.error[j] = p.absValue[j] > 0
                             ? p.absValue[j] * std::min(1.0, std::pow(200 * raw / p.absValue[j], 1.5))
                             : raw;
        }
        return p;
    }

private:
    const Activation &m_f;
    std::span<const double> m_params;
    double m_mean;
    double m_std;
    double m_shift = 0;
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
    // Breakpoints in z: f's kinks, 0 (where every function of the family bends) and fixed cuts that
    // put the Gaussian's bulk and its tails in separate panels.
    std::vector<double> kinks = f.kinks ? f.kinks(params) : std::vector<double>{};
    kinks.push_back(0);
    // Beyond |z| = 37.5, φ < 3e-306; for a plot's tolerance what lies beyond |z| = 10 does not count.
    const bool exact = relativeTolerance < 1e-11;
    const double reach = exact ? 37.5 : 10;
    std::vector<double> cuts = exact ? std::vector<double>{-reach, -6, -2.5, 2.5, 6, reach}
                                     : std::vector<double>{-reach, -3, 3, reach};
    for (double k : kinks) {
        const double z = (k - mean) / std;
        if (z > -reach && z < reach)
            cuts.push_back(z);
        // Cuts at x = k ± 1/8 ... 64 where they are narrow in z: a feature of f of width ~1 in x
        // would otherwise fall between the nodes of a wide panel, unseen by its error estimate.
        for (double d : {0.125, 1.0, 8.0, 64.0})
            for (double side : {-d, d})
                if (const double c = (k + side - mean) / std;
                    std::fabs(c - z) < 0.1 && c > -reach && c < reach)
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
    for (double to : kinks) {
        if (deadBetween(f, params, from, to))
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
