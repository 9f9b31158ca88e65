// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "listcommand.h"

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "reluexplorer/activation.h"
#include "reluexplorer/numbers.h"
#include "corestring.h"

namespace cli {

namespace {

const QString command = QStringLiteral("list");

QString parameterText(const rx::Parameter &p)
{
    if (p.isChoice()) {
        QStringList choices;
        for (const std::string &c : p.choices)
            choices << q(c);
        return QStringLiteral("%1=%2 (one of %3)")
            .arg(q(p.name), q(p.choices.at(static_cast<std::size_t>(p.defaultValue))),
                 choices.join(QLatin1Char('|')));
    }
    return q(p.name) + QLatin1Char('=') + q(rx::formatNumber(p.defaultValue));
}

QString listing()
{
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
                   .arg(q(f.id), -12)
                   .arg(q(f.displayName), -11)
                   .arg(params.isEmpty() ? QStringLiteral("(no parameters)") : params.join(QLatin1Char(' ')));
    }
    return out;
}

} // namespace

Parsed<ListRequest> parseListRequest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the activation functions, grouped, with their parameters and PyTorch defaults."));
    if (const auto stop = parseOptions(parser, {}, arguments, command))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return Parsed<ListRequest>::failure(QStringLiteral("unexpected argument %1; list takes none")
                                                .arg(quoted(parser.positionalArguments().constFirst())));
    return Parsed<ListRequest>{ListRequest{}, {}, {}};
}

int runListCommand(const QStringList &arguments)
{
    const Parsed<ListRequest> parsed = parseListRequest(arguments);
    if (const int code = finishParse(parsed, command); code >= 0)
        return code;
    AppArguments appArguments(arguments.constFirst());
    const QCoreApplication app(appArguments.argc(), appArguments.argv());
    print(listing());
    return exitOk;
}

} // namespace cli
