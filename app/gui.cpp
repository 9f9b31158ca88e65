// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "gui.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

#include "cliutil.h"
#include "display.h"
#include "reluexplorer/session.h"
#include "reluexplorer/state.h"
#include "startupoptions.h"
#include "ui/appsettings.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/plotview.h"
#include "ui/presentationmode.h"
#include "ui/sessioncontroller.h"

namespace {

// For the end-to-end test: after each replot, where the plot's axes are on the screen.
void reportPlotGeometry(const PlotView *plot)
{
    const rx::ViewRange v = plot->viewRange();
    const QPointF low = plot->pixelFor(v.xMin, v.yMin);
    const QPointF high = plot->pixelFor(v.xMax, v.yMax);
    const QPoint origin = plot->mapToGlobal(QPoint(0, 0));
    cli::printPlotGeometry(v, low + origin, high + origin);
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
                       "  export   render the plot to PNG, JPEG, PDF, SVG or CSV\n"
                       "See 'relu-explorer COMMAND --help'.\n\n"
                       "relu-explorer FILE.reluexp opens a saved session; --functions and --param apply on "
                       "top of it (or of the state remembered from the last run)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A session file (.reluexp) to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption token(
        QStringLiteral("state"), QStringLiteral("Open on a share token (Edit > Copy state), e.g. relu1:..."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption presentation(
        QStringLiteral("presentation"),
        QStringLiteral("Start in presentation mode (full screen, large; Esc leaves)."));
    const QString languages = language::available().join(QStringLiteral(", "));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QStringLiteral("The window's language for this run, one of: %1 (otherwise as chosen in View > "
                       "Language, or the system's).")
            .arg(languages),
        QStringLiteral("LANGUAGE"));
    QList<QCommandLineOption> options = stateOptions();
    options << token << presentation << lang;
    QCommandLineOption reportGeometry(QStringLiteral("report-plot-geometry"),
                                      QStringLiteral("Print where the plot's axes are after each replot."));
    reportGeometry.setFlags(QCommandLineOption::HiddenFromHelp);
    options << reportGeometry;
    if (const int code = cli::parseOrExit(parser, options, arguments, {}); code >= 0)
        return code;
    if (parser.isSet(lang) && !language::available().contains(parser.value(lang)))
        return cli::fail(
            {},
            QStringLiteral("--lang: unknown language '%1'; one of: %2").arg(parser.value(lang), languages));
    const QStringList positional = parser.positionalArguments();
    const QString suffix = QLatin1Char('.') + QString::fromStdString(std::string(rx::sessionFileSuffix));
    if (positional.size() > 1)
        return cli::fail({}, QStringLiteral("give one session file, not %1").arg(positional.size()));
    // A word that is neither a session file nor an existing file is a mistyped command.
    const QString sessionPath = positional.value(0);
    if (!sessionPath.isEmpty() && !sessionPath.endsWith(suffix, Qt::CaseInsensitive) &&
        !QFileInfo(sessionPath).isFile())
        return cli::fail(
            {}, QStringLiteral("unknown command '%1'; commands: eval, list, export (or give a %2 file)")
                    .arg(sessionPath, suffix));
    if (!sessionPath.isEmpty() && parser.isSet(token))
        return cli::fail({}, QStringLiteral("give a session file or --state, not both"));

    // The state the window opens on, checked before any window: a file, a token, or what the last run
    // left, then --functions and --param on top.
    rx::ExplorerState state = rx::defaultState();
    if (!sessionPath.isEmpty()) {
        const rx::StateReadResult read = readSessionFile(sessionPath);
        if (!read.ok())
            return cli::fail({}, QString::fromStdString(read.error));
        state = read.state;
    } else if (parser.isSet(token)) {
        const rx::StateReadResult read = rx::stateFromToken(parser.value(token).toStdString());
        if (!read.ok())
            return cli::fail({}, QStringLiteral("--state: ") + QString::fromStdString(read.error));
        state = read.state;
    } else {
        QSettings settings;
        state = AppSettings::read(settings).state.value_or(rx::defaultState());
    }
    const bool optionsGiven =
        parser.isSet(QStringLiteral("functions")) || parser.isSet(QStringLiteral("param"));
    if (const QString problem = applyStateOptions(parser, state); !problem.isEmpty())
        return cli::fail({}, problem);
    if (const QString problem = displayProblem(); !problem.isEmpty()) {
        cli::fail({}, problem + QStringLiteral(": cannot open the window; use 'relu-explorer export' or "
                                               "'relu-explorer eval', which need no display"));
        return cli::exitNoDisplay;
    }
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relu-explorer.svg")));
    // Wayland shells find the desktop entry, hence the icon, by this id (RELU_APP_ID: resources/).
    QGuiApplication::setDesktopFileName(QStringLiteral(RELU_APP_ID));
    {
        QSettings settings;
        language::install(parser.isSet(lang) ? parser.value(lang)
                                             : language::resolve(AppSettings::read(settings).language));
    }
    MainWindow window;
    if (!sessionPath.isEmpty())
        window.session()->openPath(sessionPath); // the open document: title, Save
    if (!sessionPath.isEmpty() || parser.isSet(token) || optionsGiven)
        window.setState(state);
    if (parser.isSet(reportGeometry))
        QObject::connect(window.plotView(), &PlotView::replotted, window.plotView(),
                         [plot = window.plotView()] { reportPlotGeometry(plot); });
    window.show();
    if (parser.isSet(presentation))
        window.presentation()->setActive(true);
    return QApplication::exec();
}
