// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reluexplorer/activation.h"

namespace rxtest {

/// One line of a golden table (tools/golden/generate_golden.py): an input, the parameters and, per
/// quantity (rx::Quantity index order), the correctly rounded exact value and PyTorch's value.
struct GoldenCase
{
    double x = 0;               ///< Representable in the table's dtype.
    std::vector<double> params; ///< As given to rx::evaluate (double; a choice as its index).
    std::vector<double> exact;
    std::vector<std::optional<double>> torch; ///< nullopt where PyTorch has no gradient.
    /// How far (ulp) the app may be from PyTorch's values on this line; nullopt where PyTorch is not
    /// trusted. Functions whose contract is PyTorch's bits ignore it.
    std::optional<std::uint64_t> torchUlp;
};

struct GoldenTable
{
    std::string path;
    std::vector<std::string> parameterNames;
    std::vector<std::string> quantityNames;
    std::vector<GoldenCase> cases;
};

/// "<dir>/<id>_float32.txt" or "..._float64.txt": dir is RX_GOLDEN_DIR from the environment (a
/// stress run's tables) or, without it, the committed tables.
std::string goldenPath(const rx::Activation &f, rx::DType dtype);

/// Reads the table of f. Numbers are hex floats read with strtof (float32 columns) or strtod; a
/// choice parameter is a choice name of f. Throws std::runtime_error naming the file and line.
GoldenTable readGoldenTable(const rx::Activation &f, rx::DType dtype);

} // namespace rxtest
