// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace rx::json {

struct Value;
using Array = std::vector<Value>;
using Object = std::vector<std::pair<std::string, Value>>; ///< In document order; keys are unique.

/// A JSON value. Numbers are doubles (finite: JSON has no NaN or infinity).
struct Value
{
    std::variant<std::nullptr_t, bool, double, std::string, Array, Object> data;

    bool isNull() const { return std::holds_alternative<std::nullptr_t>(data); }
    bool isBool() const { return std::holds_alternative<bool>(data); }
    bool isNumber() const { return std::holds_alternative<double>(data); }
    bool isString() const { return std::holds_alternative<std::string>(data); }
    bool isArray() const { return std::holds_alternative<Array>(data); }
    bool isObject() const { return std::holds_alternative<Object>(data); }
    bool asBool() const { return std::get<bool>(data); }
    double asNumber() const { return std::get<double>(data); }
    const std::string &asString() const { return std::get<std::string>(data); }
    const Array &asArray() const { return std::get<Array>(data); }
    const Object &asObject() const { return std::get<Object>(data); }
    /// The member called key of an object, or nullptr.
    const Value *find(std::string_view key) const;
};

// Clang (14, with libstdc++ 12) settles std::pair<std::string, Value>'s traits at the first function
// that builds a Value; if that function first default-constructs an Object, it sees Value as
// incomplete and refuses it. Building one here, right after Value is complete, settles them early.
inline Value nullValue()
{
    return Value{nullptr};
}

/// Limits that keep a hostile document from exhausting the stack or memory.
struct Limits
{
    std::size_t maxBytes = 1 << 20;
    std::size_t maxDepth = 32;
};

/// The document, or the first problem ("line 3, column 7: expected ':'").
struct ParseResult
{
    Value value;
    std::string error;
    bool ok() const { return error.empty(); }
};

/// Strict RFC 8259: one value, no trailing text, no duplicate keys, no comments, UTF-8 strings.
ParseResult parse(std::string_view text, const Limits &limits = {});

/// Compact text (indent < 0) or pretty-printed with indent spaces; numbers in shortest round-trip form.
std::string write(const Value &value, int indent = -1);

} // namespace rx::json
