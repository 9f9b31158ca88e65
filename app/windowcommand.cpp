// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "windowcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QSettings>

#include "display.h"
#include "firstpaintreport.h"
#include "fileio.h"
#include "reluexplorer/session.h"
#include "subcommand.h"
#include "afterfirstpaint.h"
#include "appsettings.h"
#include "language.h"
#include "mainwindow.h"
#include "plotview.h"
#include "presentationmode.h"
#include "sessioncontroller.h"
#include "corestring.h"

namespace cli {

namespace {

// For the end-to-end test: after each replot, where the plot's axes are on the screen.
void reportPlotGeometry(const PlotView *plot)
{
    const rx::ViewRange v = plot->viewRange();
    const QPointF low = plot->pixelFor(v.xMin, v.yMin);
    const QPointF high = plot->pixelFor(v.xMax, v.yMax);
    const QPoint origin = plot->mapToGlobal(QPoint(0, 0));
    printPlotGeometry(v, low + origin, high + origin);
}

QString description()
{
    const QString commands = subcommandHelp();
    return QStringLiteral("Explore the ReLU family of activation functions.\n\n"
                          "Without a command, opens the explorer window. Commands (no display needed):\n") +
           commands +
           QStringLiteral(
               "See 'relu-explorer COMMAND --help'.\n\n"
               "relu-explorer FILE.reluexp opens a saved session; --functions and --param apply on "
               "top of it (or of the state remembered from the last run).");
}

QString sessionSuffix()
{
    return QLatin1Char('.') + q(std::string(rx::sessionFileSuffix));
}

} // namespace

Parsed<WindowRequest> parseWindowRequest(const QStringList &arguments)
{
    using Result = Parsed<WindowRequest>;
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
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
    QCommandLineOption reportFirstPaint(
        QStringLiteral("report-first-paint"),
        QStringLiteral("Print \"first-paint\" once the window is drawn, then quit."));
    reportFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    options << reportGeometry << reportFirstPaint;
    if (const auto stop = parseOptions(parser, options, arguments, {}))
        return *stop;

    if (const QString problem = repeatedOption(parser, options); !problem.isEmpty())
        return Result::failure(problem);
    WindowRequest request;
    if (parser.isSet(lang) && !language::available().contains(parser.value(lang)))
        return Result::failure(QStringLiteral("--lang: unknown language %1; one of: %2")
                                   .arg(quoted(parser.value(lang)), languages));
    request.language = parser.value(lang);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return Result::failure(QStringLiteral("give one session file, not %1").arg(positional.size()));
    request.sessionPath = positional.value(0);
    request.tokenGiven = parser.isSet(token);
    if (parser.isSet(token)) {
        const rx::StateReadResult read = rx::stateFromToken(parser.value(token).toStdString());
        if (!read.ok())
            return Result::failure(QStringLiteral("--state: ") + q(read.error));
        request.tokenState = read.state;
    }
    if (const QString problem = readStateOptions(parser, request.stateOptions); !problem.isEmpty())
        return Result::failure(problem);
    request.presentation = parser.isSet(presentation);
    request.reportPlotGeometry = parser.isSet(reportGeometry);
    request.reportFirstPaint = parser.isSet(reportFirstPaint);
    return Result{request, {}, {}};
}

int runWindowCommand(const QStringList &arguments)
{
    const Parsed<WindowRequest> parsed = parseWindowRequest(arguments);
    if (const int code = finishParse(parsed, {}); code >= 0)
        return code;
    const WindowRequest &request = *parsed.request;

    // A word that is neither a session file nor an existing file is a mistyped command.
    const QString &sessionPath = request.sessionPath;
    if (!sessionPath.isEmpty() && !sessionPath.endsWith(sessionSuffix(), Qt::CaseInsensitive) &&
        !isRegularFile(sessionPath))
        return fail({}, QStringLiteral("unknown command %1; commands: %2 (or give a %3 file)")
                            .arg(quoted(sessionPath), subcommandNames(), sessionSuffix()));
    if (!sessionPath.isEmpty() && request.tokenGiven)
        return fail({}, QStringLiteral("give a session file or --state, not both"));

    // The state the window opens on, checked before any window: a file, a token, or what the last run
    // left, then --functions and --param on top.
    rx::ExplorerState state = rx::defaultState();
    if (!sessionPath.isEmpty()) {
        // The window keeps the name to save to, as a QString: it must be UTF-8 to name the same file.
        if (pathBytes(sessionPath) != sessionPath.toUtf8())
            return fail({}, QStringLiteral("the file name %1 is not UTF-8; the window opens only UTF-8 names "
                                           "(rename it, or use 'relu-explorer export --session')")
                                .arg(quoted(sessionPath)));
        QString problem;
        const auto text = readRegularFile(sessionPath, maxSessionFileBytes, problem);
        if (!text)
            return fail({}, problem);
        const rx::StateReadResult read =
            rx::sessionFromJson(std::string_view(text->constData(), static_cast<std::size_t>(text->size())));
        if (!read.ok())
            return fail({}, quoted(sessionPath) + QStringLiteral(": ") + q(read.error));
        state = read.state;
    } else if (request.tokenState) {
        state = *request.tokenState;
    } else {
        QSettings settings;
        state = AppSettings::read(settings).state.value_or(rx::defaultState());
    }
    if (const QString problem = applyStateOptions(request.stateOptions, state); !problem.isEmpty())
        return fail({}, problem);
    if (const QString problem = displayProblem(); !problem.isEmpty()) {
        fail({}, problem + QStringLiteral(": cannot open the window; use 'relu-explorer export' or "
                                          "'relu-explorer eval', which need no display"));
        return exitNoDisplay;
    }
    AppArguments appArguments(arguments.constFirst());
    QApplication app(appArguments.argc(), appArguments.argv());
    // Wayland shells find the desktop entry, hence the icon, by this id (RELU_APP_ID: resources/).
    QGuiApplication::setDesktopFileName(QStringLiteral(RELU_APP_ID));
    {
        QSettings settings;
        language::install(!request.language.isEmpty()
                              ? request.language
                              : language::resolve(AppSettings::read(settings).language));
    }
    MainWindow window;
    if (!sessionPath.isEmpty())
        window.session()->openPath(sessionPath); // the open document: title, Save
    if (!sessionPath.isEmpty() || request.tokenState || request.stateOptions.given())
        window.setState(state);
    if (request.reportPlotGeometry)
        QObject::connect(window.plotView(), &PlotView::replotted, window.plotView(),
                         [plot = window.plotView()] { reportPlotGeometry(plot); });
    FirstPaintReport firstPaint;
    if (request.reportFirstPaint)
        if (QWidget *plot = window.plotView()->findChild<QWidget *>(QStringLiteral("plot")))
            plot->installEventFilter(&firstPaint);
    // Rendering the SVG icon at the sizes X11 asks for is 4% of the work to the first frame: it waits.
    AfterFirstPaint::run(
        &window, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relu-explorer.svg"))); });
    window.show();
    if (request.presentation)
        window.presentation()->setActive(true);
    return QApplication::exec();
}

} // namespace cli
