// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#pragma once

#include <optional>
#include <string_view>

#include <QByteArray>
#include <QCommandLineOption>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include "reluexplorer/state.h"

class QCommandLineParser;

namespace cli {

inline constexpr int exitOk = 0;
inline constexpr int exitBadInput = 2;
inline constexpr int exitNoDisplay = 1;
inline constexpr int exitIoError = 1; ///< A read or write failed (disk full, stdin a folder).

/// What parsing a command line gave: a request to run, or, without one, text to print with exit 0
/// (--help, --version) or a one-line error for exit 2 (without the "relu-explorer COMMAND: " prefix).
/// Parsing needs no QCoreApplication, reads no file and prints nothing.
template <class Request> struct Parsed
{
    std::optional<Request> request;
    QString text;
    QString error;

    static Parsed failure(const QString &message) { return Parsed{std::nullopt, {}, message}; }
};

/// The end of parsing without a request (see Parsed).
struct ParseStop
{
    QString text;
    QString error;

    template <class Request> operator Parsed<Request>() const
    {
        return Parsed<Request>{std::nullopt, text, error};
    }
};

/// Adds options (and --help, --version) to parser and parses arguments (program name first).
/// Returns nullopt to go on, or where parsing stops: --help, --version, or an error naming the
/// valid options.
std::optional<ParseStop> parseOptions(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                      const QStringList &arguments, const QString &command);

/// "--NAME given more than once" for the first option in options given twice, or "". --x and --param
/// are lists (a parameter given twice is refused where --param is read).
QString repeatedOption(const QCommandLineParser &parser, const QList<QCommandLineOption> &options);

/// Prints a Parsed's text or error and returns its exit code; -1 when there is a request to run.
int finishParse(const QString &text, const QString &error, bool hasRequest, const QString &command);
template <class Request> int finishParse(const Parsed<Request> &parsed, const QString &command)
{
    return finishParse(parsed.text, parsed.error, parsed.request.has_value(), command);
}

/// Prints "relu-explorer COMMAND: message" as one line on stderr and returns exitBadInput. Control
/// characters in message are escaped and any quoted run over 100 characters is cut, so the line
/// stays one short line whatever input it quotes.
int fail(const QString &command, const QString &message);
/// The line fail() prints, without its line break.
QString errorLine(const QString &command, const QString &message);

/// The command line's arguments as strings (program name first). Bytes that are not UTF-8 become
/// U+DC80..U+DCFF (as Python's surrogateescape), so a file name keeps its exact bytes (pathBytes).
QStringList argumentsFrom(int argc, char **argv);
QString argumentFrom(const QByteArray &bytes);

/// Input quoted for a one-line message: in single quotes, control characters, line breaks and bytes
/// that are not UTF-8 escaped (\n, \x01, \xff), cut after about 80 characters with "...".
QString quoted(const QString &text);
QString quoted(std::string_view text);

/// argc/argv for a QCoreApplication (or QGuiApplication, QApplication) that must not see the user's
/// options: the program name only. Lives as long as the application.
class AppArguments
{
public:
    explicit AppArguments(const QString &program);
    AppArguments(const AppArguments &) = delete;
    AppArguments &operator=(const AppArguments &) = delete;

    int &argc() { return m_argc; }
    char **argv() { return m_argv; }

private:
    QByteArray m_program;
    int m_argc = 1;
    char *m_argv[2] = {nullptr, nullptr};
};

/// For the tests that read pictures: "plot-geometry x X0 X1 y Y0 Y1 px PX0 PX1 py PY0 PY1", the view's
/// ranges and the pixels where (xMin, yMin) and (xMax, yMax) are.
void printPlotGeometry(const rx::ViewRange &view, QPointF low, QPointF high);

/// Writes text to stdout as UTF-8 (see writeOut).
void print(const QString &text);

} // namespace cli
