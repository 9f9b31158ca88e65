// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "evalcommand.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <span>
#include <string>

#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "fileio.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/parameters.h"
#include "corestring.h"

namespace cli {

namespace {

const QString command = QStringLiteral("eval");
constexpr std::size_t chunkSize = 1 << 14;
// START:STOP:COUNT, or an error message.
std::optional<EvalRequest::Range> parseRange(const QString &text, QString &error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3) {
        error = QStringLiteral("--range %1 is not START:STOP:COUNT (e.g. -100:100:1000)").arg(quoted(text));
        return std::nullopt;
    }
    const auto start = rx::parseNumber<double>(parts[0].toStdString());
    const auto stop = rx::parseNumber<double>(parts[1].toStdString());
    for (const auto &[value, name] : {std::pair{start, parts[0]}, std::pair{stop, parts[1]}}) {
        if (!value || !std::isfinite(*value)) {
            error = QStringLiteral("--range: %1 is not a finite number").arg(quoted(name));
            return std::nullopt;
        }
    }
    const std::optional<std::size_t> read = rx::parseWholeNumber(parts[2].toStdString(), 1, maxEvalInputs);
    if (!read) {
        error = QStringLiteral("--range: COUNT %1 must be a whole number from 1 to %2")
                    .arg(quoted(parts[2]), QString::number(maxEvalInputs));
        return std::nullopt;
    }
    const std::size_t count = *read;
    if (!(*start < *stop) && !(count == 1 && *start == *stop)) {
        error = QStringLiteral("--range %1: %2 START:STOP must have START < STOP")
                    .arg(text,
                         *start > *stop ? QStringLiteral("reversed range;") : QStringLiteral("empty range;"));
        return std::nullopt;
    }
    if (const std::string problem = rx::linspaceProblem(*start, *stop, count); !problem.empty()) {
        error = QStringLiteral("--range: %1").arg(QString::fromStdString(problem));
        return std::nullopt;
    }
    return EvalRequest::Range{*start, *stop, count};
}

template <class T> std::optional<double> parseInput(const std::string &token)
{
    const std::optional<T> value = rx::parseNumber<T>(token);
    return value ? std::optional<double>(static_cast<double>(*value)) : std::nullopt;
}

std::optional<double> parseInput(const std::string &token, bool float64)
{
    return float64 ? parseInput<double>(token) : parseInput<float>(token);
}

// Longer than any number anyone writes (the exact decimal of the smallest double has 1,077 characters).
constexpr std::size_t maxWordLength = 4096;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// The whitespace-separated numbers on stdin, read in bounded chunks, appended to xs. Returns the exit
// code on an error (after its line), or -1.
int readStdin(bool float64, std::vector<double> &xs)
{
    std::string word;
    std::size_t n = 0;
    const auto take = [&]() {
        ++n;
        const auto value = parseInput(word, float64);
        if (!value)
            return fail(command,
                        QStringLiteral("stdin: %1 (input %2) is not a number").arg(quoted(word)).arg(n));
        word.clear();
        if (xs.size() >= maxEvalInputs)
            return fail(command, QStringLiteral("stdin: more than %1 inputs").arg(maxEvalInputs));
        xs.push_back(*value);
        return -1;
    };
    std::vector<char> buffer(1 << 16);
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            fail(command,
                 QStringLiteral("cannot read stdin: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return exitIoError;
        }
        if (got == 0)
            break;
        for (ssize_t i = 0; i < got; ++i) {
            const char c = buffer[static_cast<std::size_t>(i)];
            if (!isSpace(c)) {
                word += c;
                if (word.size() > maxWordLength)
                    return fail(command,
                                QStringLiteral("stdin: input %1 starts %2 and is longer than any number "
                                               "(over %3 characters)")
                                    .arg(n + 1)
                                    .arg(quoted(word))
                                    .arg(maxWordLength));
            } else if (!word.empty()) {
                if (const int code = take(); code >= 0)
                    return code;
            }
        }
    }
    if (!word.empty())
        return take();
    return -1;
}

// One chunk's inputs, results and text, kept from chunk to chunk. Buffers of this size allocated
// per chunk come from mmap, and their pages were faulted in again at every chunk: 10^7 float64 rows
// took 1.8 s instead of 1.1 s (docs/PERFORMANCE.md).
template <class T> struct Chunk
{
    std::vector<T> xs;
    std::vector<std::vector<T>> columns;
    std::string out;
};

template <class T> void writeRows(const EvalRequest &request, std::span<const double> xsIn, Chunk<T> &chunk)
{
    const rx::Activation &f = *request.function;
    const std::size_t quantities = f.quantityCount();
    chunk.xs.resize(xsIn.size());
    for (std::size_t i = 0; i < xsIn.size(); ++i)
        chunk.xs[i] = static_cast<T>(xsIn[i]);
    const std::span<const T> xs(chunk.xs);
    chunk.columns.resize(quantities);
    for (std::size_t qi = 0; qi < quantities; ++qi) {
        chunk.columns[qi].resize(xs.size());
        rx::evaluate(f, rx::Quantity{qi}, xs, request.params, std::span<T>(chunk.columns[qi]));
    }
    std::string &out = chunk.out;
    out.clear();
    for (std::size_t i = 0; i < xs.size(); ++i) {
        rx::appendNumber(out, xs[i]);
        for (std::size_t qi = 0; qi < quantities; ++qi) {
            out += ',';
            rx::appendNumber(out, chunk.columns[qi][i]);
        }
        out += '\n';
    }
    writeOut(out);
}

template <class T> void writeAll(const EvalRequest &request, const std::vector<double> &xs)
{
    Chunk<T> chunk;
    chunk.out.reserve(chunkSize * (request.function->quantityCount() + 1) * 16);
    if (!request.range) {
        for (std::size_t at = 0; at < xs.size() && !outFailed(); at += chunkSize) {
            writeRows<T>(request,
                         std::span<const double>(xs).subspan(at, std::min(chunkSize, xs.size() - at)), chunk);
        }
        return;
    }
    const EvalRequest::Range &r = *request.range;
    for (std::size_t at = 0; at < r.count && !outFailed(); at += chunkSize)
        writeRows<T>(request, rx::linspace(r.start, r.stop, r.count, at, std::min(r.count - at, chunkSize)),
                     chunk);
}

} // namespace

Parsed<EvalRequest> parseEvalRequest(const QStringList &arguments)
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
    const QList<QCommandLineOption> options{paramOption, dtypeOption, xOption, rangeOption};
    if (const auto stop = parseOptions(parser, options, arguments, command))
        return *stop;
    using Result = Parsed<EvalRequest>;
    if (const QString problem = repeatedOption(parser, options); !problem.isEmpty())
        return Result::failure(problem);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return Result::failure(q(rx::unknownFunctionMessage({})));
    if (positional.size() > 1)
        return Result::failure(
            QStringLiteral("unexpected argument %1; give one FUNCTION").arg(quoted(positional[1])));

    EvalRequest request;
    request.function = rx::findActivation(positional[0].toStdString());
    if (!request.function)
        return Result::failure(q(rx::unknownFunctionMessage(positional[0].toStdString())));
    const rx::Activation &f = *request.function;

    const QString dtype = parser.value(dtypeOption);
    if (parser.values(dtypeOption).size() > 1)
        return Result::failure(QStringLiteral("--dtype given more than once"));
    if (dtype != QLatin1String("float32") && dtype != QLatin1String("float64"))
        return Result::failure(
            QStringLiteral("unknown dtype %1; choose float32 or float64").arg(quoted(dtype)));
    request.float64 = dtype == QLatin1String("float64");

    request.params = f.defaultParameters();
    std::vector<bool> seen(f.parameters.size(), false);
    for (const QString &assignment : parser.values(paramOption)) {
        const rx::ParameterValue p = rx::parseParameterAssignment(f, assignment.toStdString());
        if (!p.ok())
            return Result::failure(QStringLiteral("--param ") + q(p.error));
        if (seen[p.index])
            return Result::failure(
                QStringLiteral("--param %1 given more than once").arg(q(f.parameters[p.index].name)));
        seen[p.index] = true;
        request.params[p.index] = p.value;
    }
    const rx::DType evalType = request.float64 ? rx::DType::Float64 : rx::DType::Float32;
    if (const std::string problem = rx::parameterProblem(f, request.params, evalType); !problem.empty())
        return Result::failure(QStringLiteral("--param ") + q(problem));

    const QStringList xTexts = parser.values(xOption);
    const QStringList ranges = parser.values(rangeOption);
    if (!xTexts.isEmpty() && !ranges.isEmpty())
        return Result::failure(QStringLiteral("give inputs with --x or with --range, not both"));
    if (ranges.size() > 1)
        return Result::failure(QStringLiteral("--range given more than once"));
    if (!ranges.isEmpty()) {
        QString error;
        request.range = parseRange(ranges[0], error);
        if (!request.range)
            return Result::failure(error);
    }
    for (const QString &text : xTexts) {
        const auto value = parseInput(text.toStdString(), request.float64);
        if (!value)
            return Result::failure(QStringLiteral("--x %1 is not a number").arg(quoted(text)));
        request.xs.push_back(*value);
    }
    return Result{request, {}, {}};
}

int runEvalCommand(const QStringList &arguments)
{
    const Parsed<EvalRequest> parsed = parseEvalRequest(arguments);
    if (const int code = finishParse(parsed, command); code >= 0)
        return code;
    const EvalRequest &request = *parsed.request;
    AppArguments appArguments(arguments.constFirst());
    const QCoreApplication app(appArguments.argc(), appArguments.argv());

    std::vector<double> xs = request.xs;
    if (request.readsStdin())
        if (const int code = readStdin(request.float64, xs); code >= 0)
            return code;

    const rx::Activation &f = *request.function;
    std::string header = "x";
    for (std::size_t qi = 0; qi < f.quantityCount(); ++qi)
        header += "," + rx::quantityName(f, rx::Quantity{qi});
    header += '\n';
    writeOut(header);
    if (request.float64)
        writeAll<double>(request, xs);
    else
        writeAll<float>(request, xs);
    return exitOk;
}

} // namespace cli
