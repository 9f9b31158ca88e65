// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "signalsession.h"

#include "quotedtext.h"

#include <cmath>
#include <set>
#include <utility>

namespace rx::detail {

json::Value signalToValue(const SignalView &signal)
{
    json::Object object;
    object.emplace_back("visible", json::Value{signal.visible});
    object.emplace_back("mean", json::Value{signal.inputMean});
    object.emplace_back("std", json::Value{signal.inputStd});
    object.emplace_back("weightVariance", json::Value{signal.weightVariance});
    object.emplace_back("biasVariance", json::Value{signal.biasVariance});
    object.emplace_back("layers", json::Value{static_cast<double>(signal.layers)});
    return json::Value{std::move(object)};
}

std::string readSignal(const json::Value &value, SignalView &signal)
{
    if (!value.isObject())
        return "must be an object";
    SignalView read;
    for (const auto &[key, item] : value.asObject()) {
        if (key == "visible") {
            if (!item.isBool())
                return "\"visible\" must be true or false";
            read.visible = item.asBool();
            continue;
        }
        if (!item.isNumber())
            return detail::quotedText(key) + " must be a number";
        const double v = item.asNumber();
        if (key == "mean")
            read.inputMean = v;
        else if (key == "std")
            read.inputStd = v;
        else if (key == "weightVariance")
            read.weightVariance = v;
        else if (key == "biasVariance")
            read.biasVariance = v;
        else if (key == "layers") {
            if (v != std::floor(v) || v < 1 || v > double(maxSignalLayers))
                return "\"layers\" must be a whole number from 1 to 10000";
            read.layers = static_cast<std::size_t>(v);
        } else
            return "unknown key " + detail::quotedText(key);
    }
    if (std::string problem = signalViewProblem(read); !problem.empty())
        return problem;
    signal = read;
    return {};
}

} // namespace rx::detail
