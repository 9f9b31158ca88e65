// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "reluexplorer/json.h"

// Why not nlohmann-json (Debian's nlohmann-json3-dev 3.11.2, header-only, standard C++): measured with a
// prototype that reads through its SAX interface (json_sax) and enforces the rules there (duplicate
// keys with a set per open object, depth 32 with a counter, size before parsing).
// - It refuses every document of the malformed-input table in tests/core/test_json.cpp, and its syntax
//   errors carry line and column. But SAX callbacks get no position: a duplicate key or a 33rd level
//   has no line:column unless a custom input adapter counts lines itself; "1e999" comes as
//   out_of_range.406 without a position; a newline in a string is reported at "column 0". Its
//   messages ("[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while
//   parsing value - unexpected number literal; expected end of input") would need rewriting into the
//   few words the session dialogs show ("a number must not start with 0").
// - Its writer's numbers are the same shortest round-trip text but for -0, which it writes as -0.0.
// - Cost: 24,000 lines of headers; one file that parses and writes with it took 6.1 s of CPU to compile
//   (g++ 12, -O2) and 75 KB of code, against 2.7 s and 34 KB for this file.
// The handler, a counting adapter, message rewriting and conversion to json::Value would still be
// (estimated) 200 of this file's 490 lines, for twice the build time and blunter messages; so the
// core keeps its own reader and writer.

#include <charconv>
#include <cmath>

#include "reluexplorer/numbers.h"
#include "quotedtext.h"

namespace rx::json {
namespace {

class Parser
{
public:
    Parser(std::string_view text, const Limits &limits) : m_text(text), m_limits(limits) {}

    ParseResult run()
    {
        ParseResult result;
        if (m_text.size() > m_limits.maxBytes) {
            result.error = "the file is larger than " + std::to_string(m_limits.maxBytes) + " bytes";
            return result;
        }
        skipSpace();
        if (!parseValue(result.value, 0))
            result.error = m_error;
        else if (skipSpace(); m_pos != m_text.size())
            result.error = where() + "unexpected text after the end of the document";
        return result;
    }

private:
    std::string_view m_text;
    Limits m_limits;
    std::size_t m_pos = 0;
    std::string m_error;

    std::string where() const
    {
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
    }

    bool fail(const std::string &message)
    {
        if (m_error.empty())
            m_error = where() + message;
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return fail("expected a value");
        m_pos += word.size();
        return true;
    }

    bool parseValue(Value &out, std::size_t depth)
    {
        if (atEnd())
            return fail("unexpected end of the document (truncated?)");
        switch (m_text[m_pos]) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            std::string s;
            if (!parseString(s))
                return false;
            out.data = std::move(s);
            return true;
        }
        case 't':
            out.data = true;
            return literal("true");
        case 'f':
            out.data = false;
            return literal("false");
        case 'n':
            out.data = nullptr;
            return literal("null");
        default:
            return parseNumber(out);
        }
    }

    bool parseNumber(Value &out)
    {
        const std::size_t start = m_pos;
        auto digits = [&] {
            const std::size_t from = m_pos;
            while (!atEnd() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (!atEnd() && m_text[m_pos] == '-')
            ++m_pos;
        const std::size_t intStart = m_pos;
        const std::size_t intDigits = digits();
        if (intDigits == 0)
            return fail("expected a value");
        if (intDigits > 1 && m_text[intStart] == '0')
            return fail("a number must not start with 0");
        if (!atEnd() && m_text[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail("expected digits after '.'");
        }
        if (!atEnd() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (!atEnd() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return fail("expected digits in the exponent");
        }
        double value = 0;
        const auto [end, error] = std::from_chars(m_text.data() + start, m_text.data() + m_pos, value);
        if (error == std::errc::result_out_of_range) {
            // Underflow to 0 is harmless; overflow is a number JSON cannot hold as a double.
            const auto parsed = rx::parseNumber<double>(m_text.substr(start, m_pos - start));
            if (!parsed || std::isinf(*parsed)) {
                m_pos = start;
                return fail("number out of range");
            }
            value = *parsed;
        } else if (error != std::errc() || end != m_text.data() + m_pos) {
            m_pos = start;
            return fail("malformed number");
        }
        out.data = value;
        return true;
    }

    bool hex4(unsigned &code)
    {
        if (m_pos + 4 > m_text.size())
            return fail("truncated \\u escape");
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            code <<= 4;
            if (c >= '0' && c <= '9')
                code |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                code |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                code |= unsigned(c - 'A' + 10);
            else
                return fail("bad \\u escape");
        }
        return true;
    }

    static void appendUtf8(std::string &s, unsigned code)
    {
        if (code < 0x80) {
            s += char(code);
        } else if (code < 0x800) {
            s += char(0xC0 | (code >> 6));
            s += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            s += char(0xE0 | (code >> 12));
            s += char(0x80 | ((code >> 6) & 0x3F));
            s += char(0x80 | (code & 0x3F));
        } else {
            s += char(0xF0 | (code >> 18));
            s += char(0x80 | ((code >> 12) & 0x3F));
            s += char(0x80 | ((code >> 6) & 0x3F));
            s += char(0x80 | (code & 0x3F));
        }
    }

    // One UTF-8 sequence starting at m_pos, validated (no overlongs, no surrogates).
    bool copyUtf8(std::string &s)
    {
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(m_text[i]); };
        const unsigned char lead = byte(m_pos);
        std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
        if (length == 0 || m_pos + length > m_text.size())
            return fail("invalid UTF-8");
        unsigned code = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t i = 1; i < length; ++i) {
            if ((byte(m_pos + i) & 0xC0) != 0x80)
                return fail("invalid UTF-8");
            code = (code << 6) | (byte(m_pos + i) & 0x3F);
        }
        static constexpr unsigned minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < minimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return fail("invalid UTF-8");
        s.append(m_text.substr(m_pos, length));
        m_pos += length;
        return true;
    }

    bool parseString(std::string &s)
    {
        ++m_pos; // opening quote
        while (true) {
            if (atEnd())
                return fail("unterminated string (truncated?)");
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in a string");
            if (c != '\\') {
                if (!copyUtf8(s))
                    return false;
                continue;
            }
            ++m_pos;
            if (atEnd())
                return fail("unterminated string (truncated?)");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                s += '"';
                break;
            case '\\':
                s += '\\';
                break;
            case '/':
                s += '/';
                break;
            case 'b':
                s += '\b';
                break;
            case 'f':
                s += '\f';
                break;
            case 'n':
                s += '\n';
                break;
            case 'r':
                s += '\r';
                break;
            case 't':
                s += '\t';
                break;
            case 'u': {
                unsigned code = 0;
                if (!hex4(code))
                    return false;
                if (code >= 0xD800 && code <= 0xDBFF) {
                    unsigned low = 0;
                    if (m_text.substr(m_pos, 2) != "\\u")
                        return fail("unpaired surrogate in \\u escape");
                    m_pos += 2;
                    if (!hex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail("unpaired surrogate in \\u escape");
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xDC00 && code <= 0xDFFF) {
                    return fail("unpaired surrogate in \\u escape");
                }
                appendUtf8(s, code);
                break;
            }
            default:
                --m_pos;
                return fail("bad escape in a string");
            }
        }
    }

    bool parseArray(Value &out, std::size_t depth)
    {
        if (depth > m_limits.maxDepth)
            return fail("nested deeper than " + std::to_string(m_limits.maxDepth) + " levels");
        ++m_pos;
        Array items;
        skipSpace();
        if (!atEnd() && m_text[m_pos] == ']') {
            ++m_pos;
            out.data = std::move(items);
            return true;
        }
        while (true) {
            skipSpace();
            Value item;
            if (!parseValue(item, depth))
                return false;
            items.push_back(std::move(item));
            skipSpace();
            if (atEnd())
                return fail("unexpected end of the document (truncated?)");
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == ']') {
                ++m_pos;
                out.data = std::move(items);
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    bool parseObject(Value &out, std::size_t depth)
    {
        if (depth > m_limits.maxDepth)
            return fail("nested deeper than " + std::to_string(m_limits.maxDepth) + " levels");
        ++m_pos;
        Object members;
        skipSpace();
        if (!atEnd() && m_text[m_pos] == '}') {
            ++m_pos;
            out.data = std::move(members);
            return true;
        }
        while (true) {
            skipSpace();
            if (atEnd())
                return fail("unexpected end of the document (truncated?)");
            if (m_text[m_pos] != '"')
                return fail("expected a key in quotes");
            std::string key;
            if (!parseString(key))
                return false;
            for (const auto &member : members)
                if (member.first == key)
                    return fail("duplicate key " + detail::quotedText(key));
            skipSpace();
            if (atEnd() || m_text[m_pos] != ':')
                return fail(atEnd() ? "unexpected end of the document (truncated?)" : "expected ':'");
            ++m_pos;
            skipSpace();
            Value value;
            if (!parseValue(value, depth))
                return false;
            members.emplace_back(std::move(key), std::move(value));
            skipSpace();
            if (atEnd())
                return fail("unexpected end of the document (truncated?)");
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == '}') {
                ++m_pos;
                out.data = std::move(members);
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }
};

void writeString(std::string &out, const std::string &s)
{
    out += '"';
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char digits[] = "0123456789abcdef";
                out += "\\u00";
                out += digits[(c >> 4) & 0xF];
                out += digits[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeValue(std::string &out, const Value &value, int indent, int level)
{
    const auto newline = [&](int l) {
        if (indent >= 0) {
            out += '\n';
            out.append(static_cast<std::size_t>(indent * l), ' ');
        }
    };
    if (value.isNull()) {
        out += "null";
    } else if (value.isBool()) {
        out += value.asBool() ? "true" : "false";
    } else if (value.isNumber()) {
        out += std::isfinite(value.asNumber()) ? rx::formatNumber(value.asNumber()) : "null";
    } else if (value.isString()) {
        writeString(out, value.asString());
    } else if (value.isArray()) {
        const Array &items = value.asArray();
        // Short arrays of numbers stay on one line: [-5, 5].
        bool flat = items.size() <= 4;
        for (const Value &item : items)
            flat = flat && !item.isArray() && !item.isObject();
        out += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += (flat && indent >= 0) ? ", " : ",";
            if (!flat)
                newline(level + 1);
            writeValue(out, items[i], indent, level + 1);
        }
        if (!flat && !items.empty())
            newline(level);
        out += ']';
    } else {
        const Object &members = value.asObject();
        out += '{';
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i > 0)
                out += ',';
            newline(level + 1);
            writeString(out, members[i].first);
            out += indent >= 0 ? ": " : ":";
            writeValue(out, members[i].second, indent, level + 1);
        }
        if (!members.empty())
            newline(level);
        out += '}';
    }
}

} // namespace

const Value *Value::find(std::string_view key) const
{
    if (!isObject())
        return nullptr;
    for (const auto &member : asObject())
        if (member.first == key)
            return &member.second;
    return nullptr;
}

ParseResult parse(std::string_view text, const Limits &limits)
{
    return Parser(text, limits).run();
}

std::string write(const Value &value, int indent)
{
    std::string out;
    writeValue(out, value, indent, 0);
    if (indent >= 0)
        out += '\n';
    return out;
}

} // namespace rx::json
