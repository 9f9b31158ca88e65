// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "exportcommand.h"

#include <QApplication>

#include "fileio.h"
#include "reluexplorer/sampling.h"
#include "reluexplorer/session.h"
#include "figureexport.h"
#include "sessioncontroller.h"
#include "corestring.h"

namespace cli {

namespace {

const QString command = QStringLiteral("export");

// Qt's note that XDG_RUNTIME_DIR is unset says nothing about the figure; other messages pass.
QtMessageHandler defaultHandler = nullptr;
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
}

} // namespace

std::optional<rx::ExplorerState> exportState(const ExportRequest &request, QString &error)
{
    rx::ExplorerState plot = rx::defaultState();
    if (!request.sessionPath.isEmpty()) {
        QString problem;
        const auto text = readRegularFile(request.sessionPath, maxSessionFileBytes, problem);
        if (!text) {
            error = QStringLiteral("--session: ") + problem;
            return std::nullopt;
        }
        const rx::StateReadResult read =
            rx::sessionFromJson(std::string_view(text->constData(), static_cast<std::size_t>(text->size())));
        if (!read.ok()) {
            error = QStringLiteral("--session %1: ").arg(quoted(request.sessionPath)) + q(read.error);
            return std::nullopt;
        }
        plot = read.state;
    }
    if (request.tokenState)
        plot = *request.tokenState;
    if (const QString problem = applyStateOptions(request.stateOptions, plot); !problem.isEmpty()) {
        error = problem;
        return std::nullopt;
    }
    if (request.derivatives)
        plot.showDerivatives = true;
    if (request.layout)
        plot.layout = *request.layout;
    if (request.columns)
        plot.columns = *request.columns;
    if (request.xRange) {
        plot.view.xMin = request.xRange->first;
        plot.view.xMax = request.xRange->second;
        if (!request.yRange)
            std::tie(plot.view.yMin, plot.view.yMax) = rx::fittedYRange(plot);
    }
    if (request.yRange) {
        plot.view.yMin = request.yRange->first;
        plot.view.yMax = request.yRange->second;
    }
    return plot;
}

int runExportCommand(const QStringList &arguments)
{
    const Parsed<ExportRequest> parsed = parseExportRequest(arguments);
    if (const int code = finishParse(parsed, command); code >= 0)
        return code;
    const ExportRequest &request = *parsed.request;

    QString error;
    const std::optional<rx::ExplorerState> plot = exportState(request, error);
    if (!plot)
        return fail(command, error);
    if (!request.toStdout())
        if (const QString problem = outputProblem(request.outputPath); !problem.isEmpty())
            return fail(command, problem);

    // Rendering needs widgets but no screen: the offscreen platform, whatever the caller's display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    defaultHandler = qInstallMessageHandler(quietMessages);
    AppArguments appArguments(arguments.constFirst());
    QApplication app(appArguments.argc(), appArguments.argv());
    const RenderedFigure rendered = renderFigure(*plot, request.figure);
    if (!rendered.error.isEmpty())
        return fail(command, rendered.error);

    if (request.toStdout()) {
        writeOut(
            std::string_view(rendered.bytes.constData(), static_cast<std::size_t>(rendered.bytes.size())));
    } else if (const QString problem = cli::replaceFileAtomically(request.outputPath, rendered.bytes);
               !problem.isEmpty()) {
        fail(command, problem);
        return exitIoError;
    }
    if (request.reportPlotGeometry) // for the tests: x and y ranges, then the pixels they span
        printPlotGeometry(rendered.view, rendered.plotArea.bottomLeft(), rendered.plotArea.topRight());
    return exitOk;
}

} // namespace cli
