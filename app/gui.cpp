// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "gui.h"

#include <QApplication>
#include <QCommandLineParser>

#include "cliutil.h"
#include "display.h"
#include "ui/mainwindow.h"

int runGui(int &argc, char **argv, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Explore the ReLU family of activation functions.\n\n"
                       "Without a command, opens the explorer window. Commands (no display needed):\n"
                       "  eval     evaluate a function and its derivatives as CSV\n"
                       "  list     list the functions and their parameters\n"
                       "See 'relu-explorer COMMAND --help'."));
    if (const int code = cli::parseOrExit(parser, {}, arguments, {}); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return cli::fail({}, QStringLiteral("unknown command '%1'; commands: eval, list")
                                 .arg(parser.positionalArguments().constFirst()));
    if (const QString problem = displayProblem(); !problem.isEmpty()) {
        cli::fail({}, problem + QStringLiteral(": cannot open the window; use 'relu-explorer export' or "
                                               "'relu-explorer eval', which need no display"));
        return cli::exitNoDisplay;
    }
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return QApplication::exec();
}
