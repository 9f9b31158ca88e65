// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <QCommandLineParser>

#include "cliutil.h"
#include "commands.h"
#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"

namespace {

const QString command = QStringLiteral("eval");
constexpr std::size_t maxCount = 100'000'000;
constexpr std::size_t chunkSize = 1 << 14;

struct Range
{
    double start = 0;
    double stop = 0;
    std::size_t count = 0;
};

struct Request
{
    const rx::Activation *function = nullptr;
    std::vector<double> params;
    std::vector<double> xs; // from --x or stdin, already rounded to the dtype
    std::optional<Range> range;
};

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// START:STOP:COUNT, or an error message.
std::optional<Range> parseRange(const QString &text, QString &error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3) {
        error = QStringLiteral("--range '%1' is not START:STOP:COUNT (e.g. -100:100:1000)").arg(text);
        return std::nullopt;
    }
    const auto start = rx::parseNumber<double>(parts[0].toStdString());
    const auto stop = rx::parseNumber<double>(parts[1].toStdString());
    for (const auto &[value, name] : {std::pair{start, parts[0]}, std::pair{stop, parts[1]}}) {
        if (!value || !std::isfinite(*value)) {
            error = QStringLiteral("--range: '%1' is not a finite number").arg(name);
            return std::nullopt;
        }
    }
    bool countOk = false;
    const qulonglong count = parts[2].toULongLong(&countOk);
    if (!countOk || count == 0 || count > maxCount) {
        error =
            QStringLiteral("--range: COUNT '%1' must be a whole number from 1 to 100000000").arg(parts[2]);
        return std::nullopt;
    }
    if (!(*start < *stop) && !(count == 1 && *start == *stop)) {
        error = QStringLiteral("--range %1: %2 START:STOP must have START < STOP")
                    .arg(text,
                         *start > *stop ? QStringLiteral("reversed range;") : QStringLiteral("empty range;"));
        return std::nullopt;
    }
    return Range{*start, *stop, static_cast<std::size_t>(count)};
}

template <class T> std::optional<double> parseInput(const std::string &token)
{
    const std::optional<T> value = rx::parseNumber<T>(token);
    return value ? std::optional<double>(static_cast<double>(*value)) : std::nullopt;
}

template <class T> void writeRows(const Request &request, const std::vector<double> &xsIn)
{
    const rx::Activation &f = *request.function;
    const std::size_t quantities = f.quantityCount();
    std::vector<T> xs(xsIn.size());
    for (std::size_t i = 0; i < xs.size(); ++i)
        xs[i] = static_cast<T>(xsIn[i]);
    std::vector<std::vector<T>> columns(quantities, std::vector<T>(xs.size()));
    for (std::size_t qi = 0; qi < quantities; ++qi)
        rx::evaluate(f, rx::Quantity{qi}, std::span<const T>(xs), request.params, std::span<T>(columns[qi]));
    std::string out;
    out.reserve(xs.size() * (quantities + 1) * 14);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        out += rx::formatNumber(xs[i]);
        for (std::size_t qi = 0; qi < quantities; ++qi) {
            out += ',';
            out += rx::formatNumber(columns[qi][i]);
        }
        out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
}

template <class T> void writeAll(const Request &request)
{
    if (!request.range) {
        for (std::size_t at = 0; at < request.xs.size(); at += chunkSize) {
            const std::size_t end = std::min(request.xs.size(), at + chunkSize);
            writeRows<T>(request, std::vector<double>(request.xs.begin() + at, request.xs.begin() + end));
        }
        return;
    }
    // numpy.linspace, chunk by chunk: x_i = i * step + start, the last point exactly stop.
    const Range &r = *request.range;
    const double step = r.count > 1 ? (r.stop - r.start) / static_cast<double>(r.count - 1) : 0.0;
    std::vector<double> chunk;
    for (std::size_t at = 0; at < r.count; at += chunkSize) {
        const std::size_t end = std::min(r.count, at + chunkSize);
        chunk.resize(end - at);
        for (std::size_t i = at; i < end; ++i)
            chunk[i - at] =
                (r.count > 1 && i == r.count - 1) ? r.stop : static_cast<double>(i) * step + r.start;
        writeRows<T>(request, chunk);
    }
}

} // namespace

int runEvalCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Evaluate an activation function and its derivatives, printing CSV:\n"
                       "x,y,dydx and one dyd<NAME> column per numeric parameter (a choice, such as\n"
                       "gelu's approximate=none|tanh, has none).\n"
                       "Inputs come from --x, --range or, without either, whitespace-separated numbers on "
                       "stdin.\nFunctions: ") +
        q(rx::functionIdList()));
    parser.addPositionalArgument(QStringLiteral("FUNCTION"), QStringLiteral("PyTorch name, e.g. leaky_relu."),
                                 QStringLiteral("FUNCTION"));
    const QCommandLineOption paramOption(
        QStringLiteral("param"),
        QStringLiteral("Set a parameter (repeatable), e.g. negative_slope=0.2 or "
                       "approximate=tanh."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption dtypeOption(QStringLiteral("dtype"),
                                         QStringLiteral("float32 (default) or float64."),
                                         QStringLiteral("TYPE"), QStringLiteral("float32"));
    const QCommandLineOption xOption(QStringLiteral("x"), QStringLiteral("An input value (repeatable)."),
                                     QStringLiteral("VALUE"));
    const QCommandLineOption rangeOption(
        QStringLiteral("range"),
        QStringLiteral("COUNT evenly spaced inputs from START to STOP, both included."),
        QStringLiteral("START:STOP:COUNT"));
    if (const int code =
            cli::parseOrExit(parser, {paramOption, dtypeOption, xOption, rangeOption}, arguments, command);
        code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cli::fail(command, q(rx::unknownFunctionMessage({})));
    if (positional.size() > 1)
        return cli::fail(command,
                         QStringLiteral("unexpected argument '%1'; give one FUNCTION").arg(positional[1]));

    Request request;
    request.function = rx::findActivation(positional[0].toStdString());
    if (!request.function)
        return cli::fail(command, q(rx::unknownFunctionMessage(positional[0].toStdString())));
    const rx::Activation &f = *request.function;

    const QString dtype = parser.value(dtypeOption);
    if (parser.values(dtypeOption).size() > 1)
        return cli::fail(command, QStringLiteral("--dtype given more than once"));
    if (dtype != QLatin1String("float32") && dtype != QLatin1String("float64"))
        return cli::fail(command, QStringLiteral("unknown dtype '%1'; choose float32 or float64").arg(dtype));
    const bool isDouble = dtype == QLatin1String("float64");

    request.params = f.defaultParameters();
    std::vector<bool> seen(f.parameters.size(), false);
    for (const QString &assignment : parser.values(paramOption)) {
        const rx::ParameterValue p = rx::parseParameterAssignment(f, assignment.toStdString());
        if (!p.ok())
            return cli::fail(command, QStringLiteral("--param ") + q(p.error));
        if (seen[p.index])
            return cli::fail(
                command,
                QStringLiteral("--param %1 given more than once").arg(q(f.parameters[p.index].name)));
        seen[p.index] = true;
        request.params[p.index] = p.value;
    }
    const rx::DType evalType = isDouble ? rx::DType::Float64 : rx::DType::Float32;
    if (const std::string problem = rx::parameterProblem(f, request.params, evalType); !problem.empty())
        return cli::fail(command, QStringLiteral("--param ") + q(problem));

    const auto parseToken = [isDouble](const std::string &token) {
        return isDouble ? parseInput<double>(token) : parseInput<float>(token);
    };
    const QStringList xTexts = parser.values(xOption);
    const QStringList ranges = parser.values(rangeOption);
    if (!xTexts.isEmpty() && !ranges.isEmpty())
        return cli::fail(command, QStringLiteral("give inputs with --x or with --range, not both"));
    if (ranges.size() > 1)
        return cli::fail(command, QStringLiteral("--range given more than once"));
    if (!ranges.isEmpty()) {
        QString error;
        request.range = parseRange(ranges[0], error);
        if (!request.range)
            return cli::fail(command, error);
    } else if (!xTexts.isEmpty()) {
        for (const QString &text : xTexts) {
            const auto value = parseToken(text.toStdString());
            if (!value)
                return cli::fail(command, QStringLiteral("--x '%1' is not a number").arg(text));
            request.xs.push_back(*value);
        }
    } else {
        std::string token;
        std::size_t n = 0;
        while (std::cin >> token) {
            ++n;
            const auto value = parseToken(token);
            if (!value)
                return cli::fail(
                    command, QStringLiteral("stdin: '%1' (input %2) is not a number").arg(q(token)).arg(n));
            if (request.xs.size() >= maxCount)
                return cli::fail(command, QStringLiteral("stdin: more than 100000000 inputs"));
            request.xs.push_back(*value);
        }
    }

    std::string header = "x";
    for (std::size_t qi = 0; qi < f.quantityCount(); ++qi)
        header += "," + rx::quantityName(f, rx::Quantity{qi});
    header += '\n';
    std::fwrite(header.data(), 1, header.size(), stdout);
    if (isDouble)
        writeAll<double>(request);
    else
        writeAll<float>(request);
    std::fflush(stdout);
    return cli::exitOk;
}
