// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "reluexplorer/activation.h"

namespace rx {

/// Parameter values must be finite with magnitude at most this (sliders, spin boxes, files, flags).
inline constexpr double parameterLimit = 1e6;

/// Why a typed parameter value was refused, for a window that words it in its own language.
enum class ValueProblem
{
    None,
    NotAChoice, ///< Not one of the parameter's choices.
    NotANumber, ///< Not a number at all.
    OutOfRange, ///< Not finite, or beyond parameterLimit.
};

/// A parsed parameter value, or a message that names the problem (valid choices included).
struct ParameterValue
{
    std::size_t index = 0;                     ///< Which parameter of the function.
    double value = 0;                          ///< The number, or the index of a choice.
    std::string error;                         ///< English, non-empty when the text was refused.
    ValueProblem problem = ValueProblem::None; ///< The same refusal as a kind ...
    std::string text;                          ///< ... and the text refused (index names the parameter).

    bool ok() const { return error.empty(); }
};

/// "NAME=VALUE" for f. Numbers must be finite and within parameterLimit; a choice takes its name.
ParameterValue parseParameterAssignment(const Activation &f, std::string_view assignment);

/// VALUE for parameter index of f, as parseParameterAssignment.
ParameterValue parseParameterValue(const Activation &f, std::size_t index, std::string_view text);

/// Why f cannot be evaluated with params, or "": a wrong count, a number that is not finite or beyond
/// parameterLimit, a choice index out of range, then f's own rule (celu's alpha != 0, hardtanh's
/// min_val < max_val, ...) for an evaluation in dtype. The message names the function and the parameters.
std::string parameterProblem(const Activation &f, std::span<const double> params,
                             DType dtype = DType::Float32);

/// "relu, relu6, leaky_relu, ..." in catalogue order.
std::string functionIdList();

/// "negative_slope" or "alpha, scale" or "none".
std::string parameterNameList(const Activation &f);

/// "Unknown function 'x'; choose one of: ..." (and the same for a missing one when id is empty).
std::string unknownFunctionMessage(std::string_view id);

} // namespace rx
