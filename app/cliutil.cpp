// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "cliutil.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cli {

int fail(const QString &command, const QString &message)
{
    const QString prefix =
        command.isEmpty() ? QStringLiteral("relu-explorer") : QStringLiteral("relu-explorer ") + command;
    const QByteArray line = (prefix + QStringLiteral(": ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
    return exitBadInput;
}

std::optional<ParseStop> parseOptions(QCommandLineParser &parser, const QList<QCommandLineOption> &options,
                                      const QStringList &arguments, const QString &command)
{
    parser.addOptions(options);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(arguments)) {
        QString error = parser.errorText();
        if (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        error[0] = error[0].toLower();
        QStringList valid;
        for (const QCommandLineOption &option : options)
            valid << QStringLiteral("--") + option.names().constLast();
        valid << QStringLiteral("--help") << QStringLiteral("--version");
        return ParseStop{{}, error + QStringLiteral("; valid options: ") + valid.join(QStringLiteral(", "))};
    }
    if (parser.isSet(help)) {
        // Qt names the executable by its path; show the command as it is typed.
        QString text = parser.helpText();
        const qsizetype optionsAt = text.indexOf(QStringLiteral(" [options]"));
        if (text.startsWith(QStringLiteral("Usage: ")) && optionsAt > 0)
            text.replace(7, optionsAt - 7,
                         command.isEmpty() ? QStringLiteral("relu-explorer")
                                           : QStringLiteral("relu-explorer ") + command);
        return ParseStop{text, {}};
    }
    if (parser.isSet(version))
        return ParseStop{QCoreApplication::applicationName() + QLatin1Char(' ') +
                             QCoreApplication::applicationVersion() + QLatin1Char('\n'),
                         {}};
    return std::nullopt;
}

int finishParse(const QString &text, const QString &error, bool hasRequest, const QString &command)
{
    if (hasRequest)
        return -1;
    if (!error.isEmpty())
        return fail(command, error);
    print(text);
    return exitOk;
}

QStringList argumentsFrom(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

AppArguments::AppArguments(const QString &program) : m_program(program.toLocal8Bit())
{
    m_argv[0] = m_program.data();
}

void printPlotGeometry(const rx::ViewRange &view, QPointF low, QPointF high)
{
    print(QStringLiteral("plot-geometry x %1 %2 y %3 %4 px %5 %6 py %7 %8\n")
              .arg(view.xMin, 0, 'g', 17)
              .arg(view.xMax, 0, 'g', 17)
              .arg(view.yMin, 0, 'g', 17)
              .arg(view.yMax, 0, 'g', 17)
              .arg(low.x(), 0, 'g', 17)
              .arg(high.x(), 0, 'g', 17)
              .arg(low.y(), 0, 'g', 17)
              .arg(high.y(), 0, 'g', 17));
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace cli
