// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/session.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <tuple>

#include "reluexplorer/json.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "reluexplorer/view.h"
#include "labelsession.h"
#include "quotedtext.h"
#include "signalsession.h"

namespace rx {
namespace {

json::Value number(double v)
{
    return json::Value{v};
}

// A token carries only the members that differ from the default family.
json::Value familyToValue(const FamilyView &f, bool compact)
{
    const FamilyView d;
    json::Object family;
    if (!compact || f.enabled != d.enabled)
        family.emplace_back("enabled", json::Value{f.enabled});
    if (!compact || f.function != d.function)
        family.emplace_back("function", json::Value{f.function});
    if (!compact || f.parameter != d.parameter)
        family.emplace_back("parameter", json::Value{f.parameter});
    if (!compact || f.from != d.from)
        family.emplace_back("from", number(f.from));
    if (!compact || f.to != d.to)
        family.emplace_back("to", number(f.to));
    if (!compact || f.count != d.count)
        family.emplace_back("count", number(static_cast<double>(f.count)));
    return json::Value{std::move(family)};
}

// Only the ranges the user chose, by function and parameter in catalogue order: {"prelu": {"weight": [0,
// 3]}}.
json::Value rangesToValue(const ExplorerState &state)
{
    json::Object ranges;
    for (const Activation &f : catalogue()) {
        json::Object named;
        for (std::size_t i = 0; i < f.parameters.size(); ++i)
            if (state.sliderRanges.count(f.id + "." + f.parameters[i].name)) {
                const SliderRange range = sliderRangeOf(state, f, i);
                named.emplace_back(f.parameters[i].name,
                                   json::Value{json::Array{number(range.min), number(range.max)}});
            }
        if (!named.empty())
            ranges.emplace_back(f.id, json::Value{std::move(named)});
    }
    return json::Value{std::move(ranges)};
}

// The whole state for a file; for a token (compact) only what differs from the default state,
// with the version carried by the token's prefix.
json::Value stateToValue(const ExplorerState &state, bool compact)
{
    const ExplorerState defaults = defaultState();
    json::Object root;
    root.reserve(12);
    if (!compact) {
        root.emplace_back("format", json::Value{std::string(sessionFormatName)});
        root.emplace_back("version", number(sessionFormatVersion));
    }
    if (!compact || state.shown != defaults.shown) {
        json::Array functions;
        for (const std::string &id : state.shown)
            functions.push_back(json::Value{id});
        root.emplace_back("functions", json::Value{std::move(functions)});
    }
    json::Object parameters;
    for (const Activation &f : catalogue()) {
        const std::vector<double> values = parametersOf(state, f);
        json::Object named;
        for (std::size_t i = 0; i < f.parameters.size(); ++i) {
            const Parameter &p = f.parameters[i];
            if (values[i] == p.defaultValue && (compact || !hasChangedParameters(state, f)))
                continue;
            if (p.isChoice())
                named.emplace_back(p.name, json::Value{p.choices.at(static_cast<std::size_t>(values[i]))});
            else
                named.emplace_back(p.name, number(values[i]));
        }
        if (!named.empty())
            parameters.emplace_back(f.id, json::Value{std::move(named)});
    }
    if (!compact || !parameters.empty())
        root.emplace_back("parameters", json::Value{std::move(parameters)});
    if (!compact || !(state.view == defaults.view)) {
        json::Object view;
        view.reserve(2);
        view.emplace_back("x", json::Value{json::Array{number(state.view.xMin), number(state.view.xMax)}});
        view.emplace_back("y", json::Value{json::Array{number(state.view.yMin), number(state.view.yMax)}});
        root.emplace_back("view", json::Value{std::move(view)});
    }
    if (!compact || state.sampleCount != defaults.sampleCount)
        root.emplace_back("samples", number(static_cast<double>(state.sampleCount)));
    for (const auto &[key, value, defaultValue] :
         {std::tuple{"derivatives", state.showDerivatives, defaults.showDerivatives},
          std::tuple{"ghost", state.showDefaultGhost, defaults.showDefaultGhost},
          std::tuple{"zeroGradient", state.shadeZeroGradient, defaults.shadeZeroGradient}})
        if (!compact || value != defaultValue)
            root.emplace_back(key, json::Value{value});
    if (!compact || state.selected != defaults.selected)
        root.emplace_back("selected", json::Value{state.selected});
    if (!compact || !(state.family == defaults.family))
        root.emplace_back("family", familyToValue(state.family, compact));
    if (!compact || state.layout != defaults.layout)
        root.emplace_back("layout",
                          json::Value{std::string(state.layout == PlotLayout::Grid ? "grid" : "overlay")});
    if (!compact || state.columns != defaults.columns)
        root.emplace_back("columns", number(static_cast<double>(state.columns)));
    if (!(state.signal == defaults.signal)) // optional: only when it is not the default
        root.emplace_back("signal", detail::signalToValue(state.signal));
    if (!state.labels.empty()) // optional: only when some are pinned
        root.emplace_back("labels", detail::labelsToValue(state.labels));
    if (!state.sliderRanges.empty()) // optional: only when the user chose a range
        root.emplace_back("ranges", rangesToValue(state));
    return json::Value{std::move(root)};
}

// Reads one document into a state; each check names the key it refuses.
class Reader
{
public:
    explicit Reader(bool requireFormat) : m_requireFormat(requireFormat) {}

    StateReadResult read(const json::Value &root)
    {
        StateReadResult result;
        result.state = defaultState();
        if (!root.isObject())
            return refuse("the document is not a JSON object");
        static const std::set<std::string> known = {"format",       "version",  "functions",   "parameters",
                                                    "view",         "samples",  "derivatives", "ghost",
                                                    "zeroGradient", "selected", "family",      "layout",
                                                    "columns",      "signal",   "ranges",      "labels"};
        for (const auto &[key, value] : root.asObject())
            if (!known.count(key))
                return refuse("unknown key " + detail::quotedText(key));
        if (!m_requireFormat)
            for (const char *key : {"format", "version"})
                if (root.find(key))
                    return refuse(std::string("unknown key \"") + key + "\" in a token");
        const json::Value *format = root.find("format");
        if (format && (!format->isString() || format->asString() != sessionFormatName))
            return refuse("\"format\" must be \"" + std::string(sessionFormatName) + "\"");
        if (!format && m_requireFormat)
            return refuse("not a ReLU Explorer session (no \"format\": \"" + std::string(sessionFormatName) +
                          "\")");
        const json::Value tokenVersion{double(sessionFormatVersion)};
        const json::Value *version = m_requireFormat ? root.find("version") : &tokenVersion;
        if (!version)
            return refuse("\"version\" is missing");
        if (!version->isNumber() || version->asNumber() != std::floor(version->asNumber()))
            return refuse("\"version\" must be a whole number");
        if (version->asNumber() < oldestSessionFormatVersion || version->asNumber() > sessionFormatVersion)
            return refuse("version " + formatNumber(version->asNumber()) +
                          " is not supported (this build reads versions " +
                          std::to_string(oldestSessionFormatVersion) + " to " +
                          std::to_string(sessionFormatVersion) + ")");
        if (version->asNumber() < 2 && root.find("signal"))
            return refuse("\"signal\" needs version 2");

        ExplorerState &state = result.state;
        if (const json::Value *functions = root.find("functions")) {
            if (!functions->isArray())
                return refuse("\"functions\" must be a list of function names");
            state.shown.clear();
            for (const json::Value &item : functions->asArray()) {
                if (!item.isString())
                    return refuse("\"functions\" must be a list of function names");
                if (!findActivation(item.asString()))
                    return refuse("\"functions\": " + unknownFunctionMessage(item.asString()));
                if (isShown(state, item.asString()))
                    return refuse("\"functions\": " + detail::quotedText(item.asString()) +
                                  " is listed twice");
                state.shown.push_back(item.asString());
            }
        }
        if (const json::Value *parameters = root.find("parameters")) {
            if (!parameters->isObject())
                return refuse("\"parameters\" must be an object of functions");
            for (const auto &[id, values] : parameters->asObject()) {
                const Activation *f = findActivation(id);
                if (!f)
                    return refuse("\"parameters\": " + unknownFunctionMessage(id));
                if (!values.isObject())
                    return refuse("\"parameters\"." + detail::quotedText(id) +
                                  " must be an object of parameter values");
                for (const auto &[name, value] : values.asObject()) {
                    const int index = f->parameterIndex(name);
                    if (index < 0)
                        return refuse("\"parameters\": " + id + " has no parameter " +
                                      detail::quotedText(name) +
                                      "; its parameters: " + parameterNameList(*f));
                    const Parameter &p = f->parameters[static_cast<std::size_t>(index)];
                    std::string text;
                    if (p.isChoice() && value.isString())
                        text = value.asString();
                    else if (!p.isChoice() && value.isNumber())
                        text = formatNumber(value.asNumber());
                    else
                        return refuse("\"parameters\": " + id + "." + name + " must be " +
                                      (p.isChoice() ? "one of its choices, in quotes" : "a number"));
                    const ParameterValue parsed =
                        parseParameterValue(*f, static_cast<std::size_t>(index), text);
                    if (!parsed.ok())
                        return refuse("\"parameters\": " + parsed.error);
                    setParameter(state, *f, parsed.index, parsed.value);
                }
                if (const std::string problem = parameterProblem(*f, parametersOf(state, *f));
                    !problem.empty())
                    return refuse("\"parameters\": " + problem);
            }
        }
        if (const json::Value *view = root.find("view")) {
            if (!view->isObject())
                return refuse("\"view\" must be an object with \"x\" and \"y\"");
            for (const auto &[key, value] : view->asObject())
                if (key != "x" && key != "y")
                    return refuse("\"view\": unknown key " + detail::quotedText(key));
            for (const char *axis : {"x", "y"}) {
                const json::Value *range = view->find(axis);
                if (!range)
                    return refuse(std::string("\"view\".\"") + axis + "\" is missing");
                if (!range->isArray() || range->asArray().size() != 2 || !range->asArray()[0].isNumber() ||
                    !range->asArray()[1].isNumber())
                    return refuse(std::string("\"view\".\"") + axis + "\" must be [low, high]");
                const double lo = range->asArray()[0].asNumber();
                const double hi = range->asArray()[1].asNumber();
                if (const std::string problem = rangeProblem(lo, hi); !problem.empty())
                    return refuse(std::string("\"view\".\"") + axis + "\": " + problem);
                (axis[0] == 'x' ? state.view.xMin : state.view.yMin) = lo;
                (axis[0] == 'x' ? state.view.xMax : state.view.yMax) = hi;
            }
        }
        if (const json::Value *samples = root.find("samples")) {
            const double n = samples->isNumber() ? samples->asNumber() : -1;
            if (n != std::floor(n) || n < 0 || n == 1 || n > double(maxSampleCount))
                return refuse("\"samples\" must be 0 (one per pixel) or a whole number from 2 to " +
                              std::to_string(maxSampleCount));
            state.sampleCount = static_cast<std::size_t>(n);
        }
        for (const auto &[key, target] :
             {std::pair{"derivatives", &state.showDerivatives}, std::pair{"ghost", &state.showDefaultGhost},
              std::pair{"zeroGradient", &state.shadeZeroGradient}}) {
            if (const json::Value *flag = root.find(key)) {
                if (!flag->isBool())
                    return refuse(std::string("\"") + key + "\" must be true or false");
                *target = flag->asBool();
            }
        }
        if (const json::Value *selected = root.find("selected")) {
            if (!selected->isString() ||
                (!selected->asString().empty() && !findActivation(selected->asString())))
                return refuse("\"selected\" must be \"\" or a function name");
            state.selected = selected->asString();
        }
        if (const json::Value *family = root.find("family")) {
            if (std::string problem = readFamily(*family, state); !problem.empty())
                return refuse("\"family\": " + problem);
        }
        if (const json::Value *layout = root.find("layout")) {
            if (!layout->isString() || (layout->asString() != "overlay" && layout->asString() != "grid"))
                return refuse("\"layout\" must be \"overlay\" or \"grid\"");
            state.layout = layout->asString() == "grid" ? PlotLayout::Grid : PlotLayout::Overlay;
        }
        if (const json::Value *columns = root.find("columns")) {
            const double n = columns->isNumber() ? columns->asNumber() : -1;
            if (n != std::floor(n) || n < 0 || n > double(maxGridColumns))
                return refuse("\"columns\" must be 0 (automatic) or a whole number from 1 to " +
                              std::to_string(maxGridColumns));
            state.columns = static_cast<std::size_t>(n);
        }
        if (const json::Value *signal = root.find("signal")) {
            if (std::string problem = detail::readSignal(*signal, state.signal); !problem.empty())
                return refuse("\"signal\": " + problem);
        }
        if (const json::Value *labels = root.find("labels")) {
            if (std::string problem = detail::readLabels(*labels, state.labels); !problem.empty())
                return refuse("\"labels\": " + problem);
        }
        if (const json::Value *ranges = root.find("ranges")) {
            if (std::string problem = readRanges(*ranges, state); !problem.empty())
                return refuse("\"ranges\": " + problem);
        }
        return result;
    }

private:
    bool m_requireFormat;

    static std::string readRanges(const json::Value &value, ExplorerState &state)
    {
        if (!value.isObject())
            return "must be an object of functions";
        for (const auto &[id, named] : value.asObject()) {
            const Activation *f = findActivation(id);
            if (!f)
                return unknownFunctionMessage(id);
            if (!named.isObject())
                return detail::quotedText(id) + " must be an object of parameter ranges";
            for (const auto &[name, range] : named.asObject()) {
                const int index = f->parameterIndex(name);
                if (index < 0)
                    return id + " has no parameter " + detail::quotedText(name) +
                           "; its parameters: " + parameterNameList(*f);
                const auto i = static_cast<std::size_t>(index);
                if (!range.isArray() || range.asArray().size() != 2 || !range.asArray()[0].isNumber() ||
                    !range.asArray()[1].isNumber())
                    return id + "." + name + " must be [min, max]";
                const SliderRange read{range.asArray()[0].asNumber(), range.asArray()[1].asNumber()};
                if (std::string problem = sliderRangeProblem(*f, i, read); !problem.empty())
                    return problem;
                setSliderRange(state, *f, i, read);
            }
        }
        return {};
    }

    // A file needs every key (a family is only meaningful whole); a token leaves out default ones.
    std::string readFamily(const json::Value &value, ExplorerState &state) const
    {
        if (!value.isObject())
            return "must be an object";
        static const std::set<std::string> known = {"enabled", "function", "parameter",
                                                    "from",    "to",       "count"};
        for (const auto &[key, item] : value.asObject())
            if (!known.count(key))
                return "unknown key " + detail::quotedText(key);
        if (m_requireFormat)
            for (const std::string &key : known)
                if (!value.find(key))
                    return "\"" + key + "\" is missing";
        FamilyView family;
        json::Object filled = value.asObject();
        const json::Value defaults = familyToValue(FamilyView{}, false);
        for (const auto &[key, item] : defaults.asObject())
            if (!value.find(key))
                filled.emplace_back(key, item);
        const json::Value whole{std::move(filled)};
        return readWholeFamily(whole, family, state);
    }

    static std::string readWholeFamily(const json::Value &value, FamilyView &family, ExplorerState &state)
    {
        const json::Value &enabled = *value.find("enabled");
        if (!enabled.isBool())
            return "\"enabled\" must be true or false";
        family.enabled = enabled.asBool();
        const json::Value &function = *value.find("function");
        const Activation *f = function.isString() ? findActivation(function.asString()) : nullptr;
        if (!f)
            return "\"function\" must be a function name";
        family.function = f->id;
        const json::Value &parameter = *value.find("parameter");
        const int index = parameter.isString() ? f->parameterIndex(parameter.asString()) : -1;
        if (index < 0 || f->parameters[static_cast<std::size_t>(index)].isChoice())
            return "\"parameter\" must name a numeric parameter of " + f->id + " (" + parameterNameList(*f) +
                   ")";
        family.parameter = parameter.asString();
        for (const auto &[key, target] : {std::pair{"from", &family.from}, std::pair{"to", &family.to}}) {
            const json::Value &bound = *value.find(key);
            if (!bound.isNumber())
                return std::string("\"") + key + "\" must be a number";
            const ParameterValue parsed =
                parseParameterValue(*f, static_cast<std::size_t>(index), formatNumber(bound.asNumber()));
            if (!parsed.ok())
                return std::string("\"") + key + "\": " + parsed.error;
            *target = parsed.value;
        }
        const json::Value &count = *value.find("count");
        const double n = count.isNumber() ? count.asNumber() : -1;
        if (n != std::floor(n) || n < 2 || n > double(maxFamilyCount))
            return "\"count\" must be a whole number from 2 to " + std::to_string(maxFamilyCount);
        family.count = static_cast<std::size_t>(n);
        if (family.enabled && !isShown(state, family.function))
            return "\"" + family.function + "\" must be one of the shown \"functions\"";
        state.family = family;
        return {};
    }

    static StateReadResult refuse(std::string message)
    {
        StateReadResult result;
        result.state = defaultState();
        result.error = std::move(message);
        return result;
    }
};

StateReadResult readDocument(std::string_view text, bool requireFormat)
{
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok()) {
        StateReadResult result;
        result.state = defaultState();
        result.error = "not valid JSON: " + parsed.error;
        return result;
    }
    return Reader(requireFormat).read(parsed.value);
}

constexpr char base64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

} // namespace

std::string sessionToJson(const ExplorerState &state)
{
    return json::write(stateToValue(state, false), 2);
}

StateReadResult sessionFromJson(std::string_view text)
{
    // Editors on Windows start UTF-8 files with a byte order mark; JSON readers may skip it (RFC 8259).
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        StateReadResult result;
        result.state = defaultState();
        result.error = "the file is UTF-16 text (it starts with a UTF-16 byte order mark); a session file is "
                       "UTF-8: save it as UTF-8";
        return result;
    }
    return readDocument(text, true);
}

std::string stateProblem(const ExplorerState &state)
{
    const StateReadResult back = sessionFromJson(sessionToJson(state));
    if (!back.ok())
        return back.error;
    if (!(back.state == state))
        return "the state does not read back as itself from its session file";
    return {};
}

std::string stateToToken(const ExplorerState &state)
{
    return std::string(stateTokenPrefix) + base64UrlEncode(json::write(stateToValue(state, true)));
}

StateReadResult stateFromToken(std::string_view token)
{
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.front())))
        token.remove_prefix(1);
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back())))
        token.remove_suffix(1);
    StateReadResult result;
    result.state = defaultState();
    if (token.substr(0, stateTokenPrefix.size()) != stateTokenPrefix) {
        result.error = "not a ReLU Explorer state token (it should start with \"" +
                       std::string(stateTokenPrefix) + "\")";
        return result;
    }
    token.remove_prefix(stateTokenPrefix.size());
    if (token.size() > 1 << 16) {
        result.error = "the state token is too long";
        return result;
    }
    // Standard base64 tools pad to a multiple of 4 with '='; the content is the same, so accept it.
    if (token.size() % 4 == 0) {
        std::string_view unpadded = token;
        for (int i = 0; i < 2 && unpadded.ends_with('='); ++i)
            unpadded.remove_suffix(1);
        if (unpadded.find('=') == std::string_view::npos)
            token = unpadded;
    }
    if (token.empty()) {
        result.error = "the state token is empty after \"" + std::string(stateTokenPrefix) + "\"";
        return result;
    }
    if (const std::string problem = base64UrlProblem(token); !problem.empty()) {
        result.error = "the state token is damaged: " + problem;
        return result;
    }
    const std::optional<std::string> text = base64UrlDecode(token);
    result = readDocument(*text, false);
    if (!result.ok())
        result.error = "the state token is damaged: " + result.error;
    return result;
}

std::string base64UrlEncode(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v =
            (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 | (unsigned char)bytes[i + 2];
        for (int s = 18; s >= 0; s -= 6)
            out += base64Alphabet[(v >> s) & 63];
    }
    if (i + 1 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16;
        out += base64Alphabet[(v >> 18) & 63];
        out += base64Alphabet[(v >> 12) & 63];
    } else if (i + 2 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8;
        out += base64Alphabet[(v >> 18) & 63];
        out += base64Alphabet[(v >> 12) & 63];
        out += base64Alphabet[(v >> 6) & 63];
    }
    return out;
}

std::string base64UrlProblem(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (std::char_traits<char>::find(base64Alphabet, 64, c))
            continue;
        const std::string at =
            " at character " + std::to_string(i + 1) + " of " + std::to_string(text.size());
        if (c == '=')
            return "misplaced '=' padding" + at + " (padding may only end the token)";
        if (c == '+' || c == '/')
            return std::string("'") + c + "'" + at +
                   " is standard base64, not base64url (which has '-' and '_')";
        char code[8];
        std::snprintf(code, sizeof code, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
        const bool printable = c > 0x20 && c < 0x7F;
        return (printable ? std::string("'") + c + "' (" + code + ")" : std::string("byte ") + code) + at +
               " is not a base64url character (A-Z, a-z, 0-9, '-', '_')";
    }
    if (text.size() % 4 == 1)
        return "it has " + std::to_string(text.size()) +
               " characters, a length base64url never has: a character is missing or extra";
    if (!base64UrlDecode(text))
        return "its last character does not fit: the end of the token was cut or changed";
    return {};
}

std::optional<std::string> base64UrlDecode(std::string_view text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : text) {
        const char *at = std::char_traits<char>::find(base64Alphabet, 64, c);
        if (!at)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<unsigned>(at - base64Alphabet);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    // Leftover bits must be zero, or the text was not produced by an encoder.
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace rx
