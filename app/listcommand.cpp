// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QCommandLineParser>

#include "cliutil.h"
#include "commands.h"
#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"

namespace {

QString parameterText(const rx::Parameter &p)
{
    if (p.isChoice()) {
        QStringList choices;
        for (const std::string &c : p.choices)
            choices << QString::fromStdString(c);
        return QStringLiteral("%1=%2 (one of %3)")
            .arg(QString::fromStdString(p.name),
                 QString::fromStdString(p.choices.at(static_cast<std::size_t>(p.defaultValue))),
                 choices.join(QLatin1Char('|')));
    }
    return QString::fromStdString(p.name) + QLatin1Char('=') +
           QString::fromStdString(rx::formatNumber(p.defaultValue));
}

} // namespace

int runListCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("list");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the activation functions, grouped, with their parameters and PyTorch defaults."));
    if (const int code = cli::parseOrExit(parser, {}, arguments, command); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return cli::fail(command, QStringLiteral("unexpected argument '%1'; list takes none")
                                      .arg(parser.positionalArguments().constFirst()));

    QString out;
    std::optional<rx::Group> group;
    for (const rx::Activation &f : rx::catalogue()) {
        if (group != f.group) {
            group = f.group;
            if (!out.isEmpty())
                out += QLatin1Char('\n');
            out += QString::fromUtf8(rx::groupName(f.group).data()) + QStringLiteral(":\n");
        }
        QStringList params;
        for (const rx::Parameter &p : f.parameters)
            params << parameterText(p);
        out += QStringLiteral("  %1 %2 %3\n")
                   .arg(QString::fromStdString(f.id), -12)
                   .arg(QString::fromStdString(f.displayName), -11)
                   .arg(params.isEmpty() ? QStringLiteral("(no parameters)") : params.join(QLatin1Char(' ')));
    }
    cli::print(out);
    return cli::exitOk;
}
