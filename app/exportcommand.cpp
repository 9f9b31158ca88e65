// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>
#include <optional>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

#include "cliutil.h"
#include "commands.h"
#include "reluexplorer/figure.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/sampling.h"
#include "reluexplorer/session.h"
#include "reluexplorer/view.h"
#include "startupoptions.h"
#include "ui/figureexport.h"

namespace {

const QString command = QStringLiteral("export");

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString presetNames()
{
    QStringList names;
    for (const rx::FigurePreset &p : rx::figurePresets())
        names << QLatin1Char('"') + q(p.name) + QLatin1Char('"');
    return names.join(QStringLiteral(", "));
}

// A:B as two finite numbers with A < B and a plottable width, or an error.
std::optional<std::pair<double, double>> parseRange(const QString &option, const QString &text,
                                                    QString &error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2) {
        error = QStringLiteral("--%1 '%2' is not A:B (e.g. -5:5)").arg(option, text);
        return std::nullopt;
    }
    const auto lo = rx::parseNumber<double>(parts[0].toStdString());
    const auto hi = rx::parseNumber<double>(parts[1].toStdString());
    if (!lo || !hi) {
        error =
            QStringLiteral("--%1 '%2': '%3' is not a number").arg(option, text, !lo ? parts[0] : parts[1]);
        return std::nullopt;
    }
    if (*lo > *hi) {
        error = QStringLiteral("--%1 %2 is reversed; give A:B with A < B").arg(option, text);
        return std::nullopt;
    }
    if (const std::string problem = rx::rangeProblem(*lo, *hi); !problem.empty()) {
        error = QStringLiteral("--%1 %2: ").arg(option, text) + q(problem);
        return std::nullopt;
    }
    return std::pair{*lo, *hi};
}

std::optional<int> parsePixels(const QString &option, const QString &text, QString &error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > rx::maxFigurePixels) {
        error = QStringLiteral("--%1 '%2' must be a whole number of pixels from 1 to %3")
                    .arg(option, text)
                    .arg(rx::maxFigurePixels);
        return std::nullopt;
    }
    return value;
}

std::optional<double> parsePositive(const QString &option, const QString &text, double max, QString &error)
{
    const auto value = rx::parseNumber<double>(text.toStdString());
    if (!value || !std::isfinite(*value) || *value <= 0 || *value > max) {
        error =
            QStringLiteral("--%1 '%2' must be a number above 0 and at most %3").arg(option, text).arg(max);
        return std::nullopt;
    }
    return *value;
}

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

int runExportCommand(int &argc, char **argv, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Render the plot the window would show to a file, without a display.\n"
            "Sizes are in logical pixels (96 per inch); the file has WIDTH*SCALE x HEIGHT*SCALE pixels, "
            "so --scale 2 (or --dpi 192) is the same figure, twice as sharp. Defaults: the window's "
            "functions (relu, prelu), view and look, 1200x800 at scale 1.\nPresets: %1.")
            .arg(presetNames()));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("The file to write (required)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("png, jpg, pdf, svg or csv (default: from FILE's extension)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Width in logical pixels."),
                                   QStringLiteral("PX"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Height in logical pixels."),
                                    QStringLiteral("PX"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("Pixels per logical pixel (e.g. 2)."), QStringLiteral("S"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 QStringLiteral("Dots per inch; the same as --scale DPI/96."),
                                 QStringLiteral("D"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    QStringLiteral("A named size: %1.").arg(presetNames()),
                                    QStringLiteral("NAME"));
    const QCommandLineOption xRange(QStringLiteral("x-range"), QStringLiteral("Visible x range, e.g. -5:5."),
                                    QStringLiteral("A:B"));
    const QCommandLineOption yRange(QStringLiteral("y-range"),
                                    QStringLiteral("Visible y range (default: the window's, or fitted to the "
                                                   "curves when --x-range is given)."),
                                    QStringLiteral("A:B"));
    const QCommandLineOption derivatives(QStringLiteral("derivatives"), QStringLiteral("Draw dy/dx dashed."));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light (default) or dark."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         QStringLiteral("Leave the background transparent (PNG, SVG)."));
    const QCommandLineOption title(
        QStringLiteral("title"), QStringLiteral("Plot title instead of the names."), QStringLiteral("TEXT"));
    const QCommandLineOption caption(
        QStringLiteral("caption"), QStringLiteral("A caption line under the plot."), QStringLiteral("TEXT"));
    const QCommandLineOption session(
        QStringLiteral("session"),
        QStringLiteral("Start from a saved session file (.%1).").arg(q(std::string(rx::sessionFileSuffix))),
        QStringLiteral("FILE"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Start from a share token (Edit > Copy state)."),
                                   QStringLiteral("TOKEN"));
    QCommandLineOption reportGeometry(QStringLiteral("report-plot-geometry"),
                                      QStringLiteral("Print where the axes are in the image."));
    reportGeometry.setFlags(QCommandLineOption::HiddenFromHelp);
    QList<QCommandLineOption> options{output, format, width,   height, scale,
                                      dpi,    preset, session, state,  reportGeometry};
    options << stateOptions();
    options << QList<QCommandLineOption>{xRange, yRange, derivatives, theme, transparent, title, caption};
    if (const int code = cli::parseOrExit(parser, options, arguments, command); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return cli::fail(command,
                         QStringLiteral("unexpected argument '%1'; options take the form --output FILE")
                             .arg(parser.positionalArguments().constFirst()));
    for (const QCommandLineOption &option : options)
        if (parser.values(option).size() > 1 && option.names().constFirst() != QLatin1String("param"))
            return cli::fail(command,
                             QStringLiteral("--%1 given more than once").arg(option.names().constFirst()));

    // The plot: a session or token, then --functions/--param, ranges and toggles on top.
    rx::ExplorerState plot = rx::defaultState();
    if (parser.isSet(session) && parser.isSet(state))
        return cli::fail(command, QStringLiteral("give --session or --state, not both"));
    if (parser.isSet(session)) {
        QFile file(parser.value(session));
        if (!file.open(QIODevice::ReadOnly))
            return cli::fail(
                command,
                QStringLiteral("--session: cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const QByteArray text = file.read(2 << 20);
        const rx::StateReadResult read = rx::sessionFromJson(std::string_view(text.constData(), text.size()));
        if (!read.ok())
            return cli::fail(command, QStringLiteral("--session %1: ").arg(file.fileName()) + q(read.error));
        plot = read.state;
    }
    if (parser.isSet(state)) {
        const rx::StateReadResult read = rx::stateFromToken(parser.value(state).toStdString());
        if (!read.ok())
            return cli::fail(command, QStringLiteral("--state: ") + q(read.error));
        plot = read.state;
    }
    if (const QString problem = applyStateOptions(parser, plot); !problem.isEmpty())
        return cli::fail(command, problem);
    QString error;
    std::optional<std::pair<double, double>> xs, ys;
    if (parser.isSet(xRange) && !(xs = parseRange(QStringLiteral("x-range"), parser.value(xRange), error)))
        return cli::fail(command, error);
    if (parser.isSet(yRange) && !(ys = parseRange(QStringLiteral("y-range"), parser.value(yRange), error)))
        return cli::fail(command, error);
    if (parser.isSet(derivatives))
        plot.showDerivatives = true;
    if (xs) {
        plot.view.xMin = xs->first;
        plot.view.xMax = xs->second;
        if (!ys)
            std::tie(plot.view.yMin, plot.view.yMax) = rx::fittedYRange(plot);
    }
    if (ys) {
        plot.view.yMin = ys->first;
        plot.view.yMax = ys->second;
    }

    // The figure: a preset, then explicit sizes, format and look.
    rx::FigureOptions figure;
    std::optional<rx::FigureFormat> presetFormat;
    if (parser.isSet(preset)) {
        const rx::FigurePreset *p = rx::findFigurePreset(parser.value(preset).toStdString());
        if (!p)
            return cli::fail(command, QStringLiteral("unknown preset '%1'; choose one of: %2")
                                          .arg(parser.value(preset), presetNames()));
        figure.width = p->options.width;
        figure.height = p->options.height;
        figure.scale = p->options.scale;
        figure.transparent = p->options.transparent;
        if (p->setsFormat)
            presetFormat = p->options.format;
    }
    if (parser.isSet(width)) {
        const auto v = parsePixels(QStringLiteral("width"), parser.value(width), error);
        if (!v)
            return cli::fail(command, error);
        figure.width = *v;
    }
    if (parser.isSet(height)) {
        const auto v = parsePixels(QStringLiteral("height"), parser.value(height), error);
        if (!v)
            return cli::fail(command, error);
        figure.height = *v;
    }
    if (parser.isSet(scale) && parser.isSet(dpi))
        return cli::fail(command,
                         QStringLiteral("give --scale or --dpi, not both (--dpi D is --scale D/96)"));
    if (parser.isSet(scale)) {
        const auto v = parsePositive(QStringLiteral("scale"), parser.value(scale), 20, error);
        if (!v)
            return cli::fail(command, error);
        figure.scale = *v;
    }
    if (parser.isSet(dpi)) {
        const auto v = parsePositive(QStringLiteral("dpi"), parser.value(dpi), 20 * rx::logicalDpi, error);
        if (!v)
            return cli::fail(command, error);
        figure.scale = *v / rx::logicalDpi;
    }
    if (parser.isSet(transparent))
        figure.transparent = true;
    if (parser.isSet(theme)) {
        const QString t = parser.value(theme);
        if (t != QLatin1String("light") && t != QLatin1String("dark"))
            return cli::fail(command, QStringLiteral("unknown theme '%1'; choose light or dark").arg(t));
        figure.theme = t == QLatin1String("dark") ? rx::FigureTheme::Dark : rx::FigureTheme::Light;
    }
    figure.title = parser.value(title).toStdString();
    figure.caption = parser.value(caption).toStdString();

    if (!parser.isSet(output))
        return cli::fail(command, QStringLiteral("missing --output FILE"));
    const QString path = parser.value(output);
    if (parser.isSet(format)) {
        const auto f = rx::figureFormatFromName(parser.value(format).toStdString());
        if (!f)
            return cli::fail(command,
                             QStringLiteral("unknown format '%1'; choose one of: png, jpg, pdf, svg, csv")
                                 .arg(parser.value(format)));
        figure.format = *f;
    } else if (const auto f = rx::figureFormatFromPath(path.toStdString())) {
        figure.format = *f;
    } else if (presetFormat) {
        figure.format = *presetFormat;
    } else {
        return cli::fail(command,
                         QStringLiteral("cannot tell the format of '%1' from its extension; add --format "
                                        "png, jpg, pdf, svg or csv")
                             .arg(path));
    }
    if (const std::string problem = rx::figureProblem(figure); !problem.empty())
        return cli::fail(command, q(problem));
    if (const QString problem = outputPathProblem(path); !problem.isEmpty())
        return cli::fail(command, problem);

    // Rendering needs widgets but no screen: the offscreen platform, whatever the caller's display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    defaultHandler = qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    const RenderedFigure rendered = renderFigure(plot, figure);
    if (!rendered.error.isEmpty())
        return cli::fail(command, rendered.error);
    if (const QString problem = writeFileAtomically(path, rendered.bytes); !problem.isEmpty())
        return cli::fail(command, problem);
    if (parser.isSet(reportGeometry)) // for the tests: x and y ranges, then the pixels they span
        cli::printPlotGeometry(rendered.view, rendered.plotArea.bottomLeft(), rendered.plotArea.topRight());
    return cli::exitOk;
}
