// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "gui.h"

#include <QApplication>
#include <QCommandLineParser>

#include "cliutil.h"
#include "display.h"
#include "reluexplorer/state.h"
#include "startupoptions.h"
#include "ui/mainwindow.h"
#include "ui/plotview.h"

namespace {

// For the end-to-end test: after each replot, where the plot's axes are on the screen.
void reportPlotGeometry(const PlotView *plot)
{
    const rx::ViewRange v = plot->viewRange();
    const QPointF low = plot->pixelFor(v.xMin, v.yMin);
    const QPointF high = plot->pixelFor(v.xMax, v.yMax);
    const QPoint origin = plot->mapToGlobal(QPoint(0, 0));
    cli::print(QStringLiteral("plot-geometry x %1 %2 y %3 %4 px %5 %6 py %7 %8\n")
                   .arg(v.xMin, 0, 'g', 17)
                   .arg(v.xMax, 0, 'g', 17)
                   .arg(v.yMin, 0, 'g', 17)
                   .arg(v.yMax, 0, 'g', 17)
                   .arg(low.x() + origin.x(), 0, 'g', 17)
                   .arg(high.x() + origin.x(), 0, 'g', 17)
                   .arg(low.y() + origin.y(), 0, 'g', 17)
                   .arg(high.y() + origin.y(), 0, 'g', 17));
}

} // namespace

int runGui(int &argc, char **argv, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Explore the ReLU family of activation functions.\n\n"
                       "Without a command, opens the explorer window. Commands (no display needed):\n"
                       "  eval     evaluate a function and its derivatives as CSV\n"
                       "  list     list the functions and their parameters\n"
                       "See 'relu-explorer COMMAND --help'."));
    QList<QCommandLineOption> options = stateOptions();
    QCommandLineOption reportGeometry(QStringLiteral("report-plot-geometry"),
                                      QStringLiteral("Print where the plot's axes are after each replot."));
    reportGeometry.setFlags(QCommandLineOption::HiddenFromHelp);
    options << reportGeometry;
    if (const int code = cli::parseOrExit(parser, options, arguments, {}); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return cli::fail({}, QStringLiteral("unknown command '%1'; commands: eval, list")
                                 .arg(parser.positionalArguments().constFirst()));
    rx::ExplorerState state = rx::defaultState();
    if (const QString problem = applyStateOptions(parser, state); !problem.isEmpty())
        return cli::fail({}, problem);
    if (const QString problem = displayProblem(); !problem.isEmpty()) {
        cli::fail({}, problem + QStringLiteral(": cannot open the window; use 'relu-explorer export' or "
                                               "'relu-explorer eval', which need no display"));
        return cli::exitNoDisplay;
    }
    QApplication app(argc, argv);
    MainWindow window;
    window.setState(state);
    if (parser.isSet(reportGeometry))
        QObject::connect(window.plotView(), &PlotView::replotted, window.plotView(),
                         [plot = window.plotView()] { reportPlotGeometry(plot); });
    window.show();
    return QApplication::exec();
}
