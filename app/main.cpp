// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QCoreApplication>
#include <QStringList>

#include "commands.h"
#include "gui.h"

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("relu-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELU_EXPLORER_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Subcommands need no display: they run before any application object exists.
    if (arguments.size() > 1) {
        const QString command = arguments[1];
        QStringList rest = arguments;
        rest.removeAt(1);
        rest[0] += QLatin1Char(' ') + command;
        if (command == QLatin1String("export"))
            return runExportCommand(argc, argv, rest);
        const QCoreApplication app(argc, argv);
        if (command == QLatin1String("eval"))
            return runEvalCommand(rest);
        if (command == QLatin1String("list"))
            return runListCommand(rest);
    }
    return runGui(argc, argv, arguments);
}
