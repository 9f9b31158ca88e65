// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "golden.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace rxtest {
namespace {

struct Reader
{
    const std::string &path;
    int line = 0;

    [[noreturn]] void fail(const std::string &message) const
    {
        throw std::runtime_error(path + ":" + std::to_string(line) + ": " + message);
    }

    // A float32 column must hold float values: strtof and strtod agree on them.
    double number(const std::string &token, bool asFloat) const
    {
        char *end = nullptr;
        const double value = std::strtod(token.c_str(), &end);
        if (token.empty() || end != token.c_str() + token.size())
            fail("not a number: '" + token + "'");
        if (!asFloat)
            return value;
        const float single = std::strtof(token.c_str(), nullptr);
        if (double(single) != value && !std::isnan(value))
            fail("not a float32 value: '" + token + "'");
        return single;
    }

    std::uint64_t count(const std::string &token) const
    {
        char *end = nullptr;
        const unsigned long long value = std::strtoull(token.c_str(), &end, 10);
        if (token.empty() || token[0] == '-' || end != token.c_str() + token.size())
            fail("not a count of ulp: '" + token + "'");
        return value;
    }

    double parameter(const rx::Parameter &p, const std::string &token) const
    {
        if (!p.isChoice())
            return number(token, false);
        const auto at = std::find(p.choices.begin(), p.choices.end(), token);
        if (at == p.choices.end())
            fail("'" + token + "' is not a choice of " + p.name);
        return double(at - p.choices.begin());
    }
};

std::vector<std::string> split(const std::string &text)
{
    std::istringstream in(text);
    std::vector<std::string> tokens;
    for (std::string token; in >> token;)
        tokens.push_back(token);
    return tokens;
}

} // namespace

std::string goldenPath(const rx::Activation &f, rx::DType dtype)
{
    const char *fromEnvironment = std::getenv("RX_GOLDEN_DIR");
    const std::string dir = fromEnvironment && *fromEnvironment ? fromEnvironment : RX_GOLDEN_DIR;
    return dir + "/" + f.id + (dtype == rx::DType::Float32 ? "_float32" : "_float64") + ".txt";
}

GoldenTable readGoldenTable(const rx::Activation &f, rx::DType dtype)
{
    GoldenTable table;
    table.path = goldenPath(f, dtype);
    Reader reader{table.path};
    std::ifstream in(table.path);
    if (!in)
        reader.fail("cannot open (run tools/golden/generate_golden.py)");
    const bool asFloat = dtype == rx::DType::Float32;
    const std::size_t paramCount = f.parameters.size();
    const std::size_t quantityCount = f.quantityCount();
    const std::size_t columns = 1 + paramCount + 2 * quantityCount + 1;
    bool haveHeader = false;
    for (std::string text; std::getline(in, text);) {
        ++reader.line;
        if (text.empty() || text[0] == '#')
            continue;
        const std::vector<std::string> tokens = split(text);
        if (!haveHeader) {
            // x, the parameters, exact:<quantity>..., torch:<quantity>..., torch_ulp
            if (tokens.size() != columns || tokens[0] != "x" || tokens.back() != "torch_ulp")
                reader.fail("header does not match " + f.id + "'s parameters: " + text);
            table.parameterNames.assign(tokens.begin() + 1, tokens.begin() + 1 + long(paramCount));
            for (std::size_t q = 0; q < quantityCount; ++q) {
                const std::string &exact = tokens[1 + paramCount + q];
                const std::string &torch = tokens[1 + paramCount + quantityCount + q];
                if (exact.rfind("exact:", 0) != 0 || torch != "torch:" + exact.substr(6))
                    reader.fail("bad quantity columns '" + exact + "', '" + torch + "'");
                table.quantityNames.push_back(exact.substr(6));
            }
            haveHeader = true;
            continue;
        }
        if (tokens.size() != columns)
            reader.fail("expected " + std::to_string(columns) + " columns");
        GoldenCase c;
        c.x = reader.number(tokens[0], asFloat);
        for (std::size_t i = 0; i < paramCount; ++i)
            c.params.push_back(reader.parameter(f.parameters[i], tokens[1 + i]));
        for (std::size_t q = 0; q < quantityCount; ++q) {
            c.exact.push_back(reader.number(tokens[1 + paramCount + q], asFloat));
            const std::string &torch = tokens[1 + paramCount + quantityCount + q];
            c.torch.push_back(torch == "-" ? std::nullopt
                                           : std::optional<double>(reader.number(torch, asFloat)));
        }
        if (tokens.back() != "-")
            c.torchUlp = reader.count(tokens.back());
        table.cases.push_back(std::move(c));
    }
    if (!haveHeader)
        reader.fail("no header line");
    return table;
}

} // namespace rxtest
