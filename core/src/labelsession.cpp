// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "labelsession.h"

#include <algorithm>
#include <utility>

#include "reluexplorer/labels.h"
#include "quotedtext.h"

namespace rx::detail {

json::Value labelsToValue(const std::vector<PinnedLabel> &labels)
{
    json::Array list;
    for (const PinnedLabel &label : labels) {
        json::Object object;
        object.emplace_back("function", json::Value{label.function});
        object.emplace_back("x", json::Value{label.x});
        if (label.member)
            object.emplace_back("member", json::Value{*label.member});
        list.push_back(json::Value{std::move(object)});
    }
    return json::Value{std::move(list)};
}

std::string readLabels(const json::Value &value, std::vector<PinnedLabel> &labels)
{
    if (!value.isArray())
        return "must be a list of labels ({\"function\": name, \"x\": number})";
    if (value.asArray().size() > maxPinnedLabels)
        return "has " + std::to_string(value.asArray().size()) + " labels; at most " +
               std::to_string(maxPinnedLabels) + " can be pinned";
    std::vector<PinnedLabel> read;
    for (std::size_t i = 0; i < value.asArray().size(); ++i) {
        const json::Value &item = value.asArray()[i];
        const std::string at = "label " + std::to_string(i + 1);
        if (!item.isObject())
            return at + " must be an object with \"function\" and \"x\"";
        for (const auto &[key, member] : item.asObject())
            if (key != "function" && key != "x" && key != "member")
                return at + ": unknown key " + quotedText(key);
        PinnedLabel label;
        const json::Value *function = item.find("function");
        if (!function || !function->isString())
            return at + ": \"function\" must be a function name";
        label.function = function->asString();
        const json::Value *x = item.find("x");
        if (!x || !x->isNumber())
            return at + ": \"x\" must be a number";
        label.x = x->asNumber();
        if (const json::Value *member = item.find("member")) {
            if (!member->isNumber())
                return at + ": \"member\" must be a number";
            label.member = member->asNumber();
        }
        if (const std::string problem = labelProblem(label); !problem.empty())
            return at + ": " + problem;
        if (std::find(read.begin(), read.end(), label) != read.end())
            return at + " is pinned twice";
        read.push_back(std::move(label));
    }
    labels = std::move(read);
    return {};
}

} // namespace rx::detail
