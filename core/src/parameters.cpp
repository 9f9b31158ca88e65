// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/parameters.h"

#include <cmath>

#include "reluexplorer/numbers.h"
#include "quotedtext.h"

namespace rx {
namespace {

std::string quoted(std::string_view text)
{
    return detail::quotedText(text, '\'');
}

std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

ParameterValue refused(std::string message, ValueProblem problem = ValueProblem::None, std::size_t index = 0,
                       std::string_view text = {})
{
    ParameterValue result;
    result.index = index;
    result.error = std::move(message);
    result.problem = problem;
    result.text = std::string(text);
    return result;
}

} // namespace

std::string functionIdList()
{
    std::vector<std::string> ids;
    for (const Activation &a : catalogue())
        ids.push_back(a.id);
    return joined(ids);
}

std::string parameterNameList(const Activation &f)
{
    std::vector<std::string> names;
    for (const Parameter &p : f.parameters)
        names.push_back(p.name);
    return names.empty() ? "none" : joined(names);
}

std::string unknownFunctionMessage(std::string_view id)
{
    if (id.empty())
        return "no function given; choose one of: " + functionIdList();
    return "unknown function " + quoted(id) + "; choose one of: " + functionIdList();
}

ParameterValue parseParameterValue(const Activation &f, std::size_t index, std::string_view text)
{
    const Parameter &p = f.parameters.at(index);
    const std::string what = f.id + "." + p.name;
    if (p.isChoice()) {
        for (std::size_t c = 0; c < p.choices.size(); ++c)
            if (p.choices[c] == text)
                return {index, static_cast<double>(c), {}, ValueProblem::None, {}};
        return refused(what + ": " + quoted(text) +
                           " is not a valid choice; choose one of: " + joined(p.choices),
                       ValueProblem::NotAChoice, index, text);
    }
    const std::optional<double> value = parseNumber<double>(text);
    if (!value)
        return refused(what + ": " + quoted(text) + " is not a number", ValueProblem::NotANumber, index,
                       text);
    if (!std::isfinite(*value) || std::fabs(*value) > parameterLimit)
        return refused(what + ": " + quoted(text) + " is out of range; give a finite number from " +
                           formatNumber(-parameterLimit) + " to " + formatNumber(parameterLimit),
                       ValueProblem::OutOfRange, index, text);
    return {index, *value, {}, ValueProblem::None, {}};
}

std::string parameterProblem(const Activation &f, std::span<const double> params, DType dtype)
{
    if (params.size() != f.parameters.size())
        return f.id + " takes " + std::to_string(f.parameters.size()) + " parameters (" +
               parameterNameList(f) + "), not " + std::to_string(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
        const Parameter &p = f.parameters[i];
        const double v = params[i];
        const std::string what = f.id + "." + p.name + ": ";
        if (p.isChoice()) {
            if (!(v >= 0 && v < static_cast<double>(p.choices.size()) && v == std::floor(v)))
                return what + formatNumber(v) +
                       " is not the index of a choice; choose one of: " + joined(p.choices);
        } else if (!std::isfinite(v) || std::fabs(v) > parameterLimit) {
            return what + formatNumber(v) + " is out of range; give a finite number from " +
                   formatNumber(-parameterLimit) + " to " + formatNumber(parameterLimit);
        }
    }
    return f.parameterProblem ? f.parameterProblem(params, dtype) : std::string();
}

ParameterValue parseParameterAssignment(const Activation &f, std::string_view assignment)
{
    const std::size_t eq = assignment.find('=');
    if (eq == std::string_view::npos)
        return refused(quoted(assignment) + " is not NAME=VALUE; parameters of " + f.id + ": " +
                       parameterNameList(f));
    const std::string_view name = assignment.substr(0, eq);
    const int index = f.parameterIndex(name);
    if (index < 0) {
        std::string owners;
        for (const Activation &other : catalogue())
            if (other.parameterIndex(name) >= 0)
                owners += (owners.empty() ? "" : ", ") + other.id;
        std::string message = f.id + " has no parameter " + quoted(name);
        if (!owners.empty())
            message += " (that is a parameter of " + owners + ")";
        return refused(message + "; parameters of " + f.id + ": " + parameterNameList(f));
    }
    return parseParameterValue(f, static_cast<std::size_t>(index), assignment.substr(eq + 1));
}

} // namespace rx
