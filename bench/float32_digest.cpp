// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors

// Not a timing: a digest of every float32 result of a kernel, over all 2^32 inputs, for checking that
// a change made for speed kept every bit. Build it before and after the change and compare the lines:
//
//   float32_digest silu/y elu/dydx softplus/dydbeta:2,20   (parameters after ':', default otherwise)
//
// prints "silu/y 280eecb1fe133cd9" and so on (FNV-1a over the results' bits, in input order; a NaN
// input gives itself back, so its bits count too). RX_KERNEL_ISA picks the kernels as for the tests.
// About 10 s per case for the smooth functions on one core.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"

namespace {

struct Case
{
    const rx::Activation *f = nullptr;
    rx::Quantity q;
    std::vector<double> params;
};

/// "id/quantity[:p1,p2,...]" as a case, or a message naming what is wrong.
std::string parseCase(std::string_view spec, Case &c)
{
    const std::size_t slash = spec.find('/');
    if (slash == std::string_view::npos)
        return "expected id/quantity[:parameters]";
    c.f = rx::findActivation(spec.substr(0, slash));
    if (!c.f)
        return "no function " + std::string(spec.substr(0, slash));
    const std::size_t colon = spec.find(':', slash);
    const std::string_view quantity =
        spec.substr(slash + 1, colon == std::string_view::npos ? colon : colon - slash - 1);
    bool found = false;
    for (std::size_t i = 0; i < c.f->quantityCount(); ++i) {
        if (rx::quantityName(*c.f, rx::Quantity{i}) == quantity) {
            c.q = rx::Quantity{i};
            found = true;
        }
    }
    if (!found)
        return "no quantity " + std::string(quantity);
    c.params = c.f->defaultParameters();
    if (colon != std::string_view::npos) {
        c.params.clear();
        const std::string_view rest = spec.substr(colon + 1);
        std::size_t start = 0;
        while (start <= rest.size()) {
            const std::size_t comma = std::min(rest.find(',', start), rest.size());
            const std::optional<double> value = rx::parseNumber<double>(rest.substr(start, comma - start));
            if (!value)
                return "not a number in " + std::string(rest);
            c.params.push_back(*value);
            start = comma + 1;
        }
    }
    if (c.params.size() != c.f->parameters.size())
        return "wrong number of parameters";
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: float32_digest id/quantity[:parameters]...\n");
        return 2;
    }
    constexpr std::size_t chunk = std::size_t{1} << 22;
    std::vector<float> x(chunk);
    std::vector<float> y(chunk);
    for (int a = 1; a < argc; ++a) {
        Case c;
        if (const std::string problem = parseCase(argv[a], c); !problem.empty()) {
            std::fprintf(stderr, "float32_digest: %s: %s\n", argv[a], problem.c_str());
            return 2;
        }
        std::uint64_t hash = 14695981039346656037ull;
        for (std::uint64_t base = 0; base < (std::uint64_t{1} << 32); base += chunk) {
            for (std::size_t i = 0; i < chunk; ++i) {
                const auto bits = static_cast<std::uint32_t>(base + i);
                std::memcpy(&x[i], &bits, sizeof bits);
            }
            rx::evaluate(*c.f, c.q, std::span<const float>(x), c.params, std::span<float>(y));
            for (std::size_t i = 0; i < chunk; ++i) {
                std::uint32_t bits = 0;
                std::memcpy(&bits, &y[i], sizeof bits);
                hash = (hash ^ bits) * 1099511628211ull;
            }
        }
        std::printf("%s %016llx\n", argv[a], static_cast<unsigned long long>(hash));
        std::fflush(stdout);
    }
    return 0;
}
