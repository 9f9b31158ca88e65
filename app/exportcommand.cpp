// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "exportcommand.h"

#include <cmath>

#include <QApplication>
#include <QCommandLineParser>

#include "fileio.h"
#include "reluexplorer/numbers.h"
#include "reluexplorer/sampling.h"
#include "reluexplorer/session.h"
#include "reluexplorer/view.h"
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
        error = QStringLiteral("--%1 %2 is not A:B (e.g. -5:5)").arg(option, quoted(text));
        return std::nullopt;
    }
    const auto lo = rx::parseNumber<double>(parts[0].toStdString());
    const auto hi = rx::parseNumber<double>(parts[1].toStdString());
    if (!lo || !hi) {
        error = QStringLiteral("--%1 %2: %3 is not a number")
                    .arg(option, quoted(text), quoted(!lo ? parts[0] : parts[1]));
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
    const std::optional<std::size_t> value =
        rx::parseWholeNumber(text.toStdString(), 1, static_cast<std::size_t>(rx::maxFigurePixels));
    if (!value) {
        error = QStringLiteral("--%1 %2 must be a whole number of pixels from 1 to %3")
                    .arg(option, quoted(text), QString::number(rx::maxFigurePixels));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<double> parsePositive(const QString &option, const QString &text, double max, QString &error)
{
    const auto value = rx::parseNumber<double>(text.toStdString());
    if (!value || !std::isfinite(*value) || *value <= 0 || *value > max) {
        error = QStringLiteral("--%1 %2 must be a number above 0 and at most %3")
                    .arg(option, quoted(text), QString::number(max));
        return std::nullopt;
    }
    return *value;
}

// The options, in the order --help lists them.
struct Options
{
    QCommandLineOption output{QStringLiteral("output"), QStringLiteral("The file to write (required)."),
                              QStringLiteral("FILE")};
    QCommandLineOption format{QStringLiteral("format"),
                              QStringLiteral("png, jpg, pdf, svg or csv (default: from FILE's extension)."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption width{QStringLiteral("width"), QStringLiteral("Width in logical pixels."),
                             QStringLiteral("PX")};
    QCommandLineOption height{QStringLiteral("height"), QStringLiteral("Height in logical pixels."),
                              QStringLiteral("PX")};
    QCommandLineOption scale{QStringLiteral("scale"), QStringLiteral("Pixels per logical pixel (e.g. 2)."),
                             QStringLiteral("S")};
    QCommandLineOption dpi{QStringLiteral("dpi"),
                           QStringLiteral("Dots per inch; the same as --scale DPI/96."), QStringLiteral("D")};
    QCommandLineOption preset{QStringLiteral("preset"),
                              QStringLiteral("A named size: %1.").arg(presetNames()), QStringLiteral("NAME")};
    QCommandLineOption session{
        QStringLiteral("session"),
        QStringLiteral("Start from a saved session file (.%1).").arg(q(std::string(rx::sessionFileSuffix))),
        QStringLiteral("FILE")};
    QCommandLineOption state{QStringLiteral("state"),
                             QStringLiteral("Start from a share token (Edit > Copy state)."),
                             QStringLiteral("TOKEN")};
    QCommandLineOption reportGeometry{QStringLiteral("report-plot-geometry"),
                                      QStringLiteral("Print where the axes are in the image.")};
    QCommandLineOption xRange{QStringLiteral("x-range"), QStringLiteral("Visible x range, e.g. -5:5."),
                              QStringLiteral("A:B")};
    QCommandLineOption yRange{QStringLiteral("y-range"),
                              QStringLiteral("Visible y range (default: the window's, or fitted to the "
                                             "curves when --x-range is given)."),
                              QStringLiteral("A:B")};
    QCommandLineOption derivatives{QStringLiteral("derivatives"), QStringLiteral("Draw dy/dx dashed.")};
    QCommandLineOption theme{QStringLiteral("theme"), QStringLiteral("light (default) or dark."),
                             QStringLiteral("THEME")};
    QCommandLineOption transparent{QStringLiteral("transparent"),
                                   QStringLiteral("Leave the background transparent (PNG, SVG).")};
    QCommandLineOption title{QStringLiteral("title"), QStringLiteral("Plot title instead of the names."),
                             QStringLiteral("TEXT")};
    QCommandLineOption caption{QStringLiteral("caption"), QStringLiteral("A caption line under the plot."),
                               QStringLiteral("TEXT")};
    QCommandLineOption fontSize{
        QStringLiteral("font-size"),
        QStringLiteral("Tick labels and legend in points of the figure's size "
                       "(width/96 in); labels 1.1x, title 1.2x. Overrides the preset."),
        QStringLiteral("PT")};
    QCommandLineOption lineWidth{
        QStringLiteral("line-width"),
        QStringLiteral("Curve width in points; axes and markers follow. Overrides the "
                       "preset."),
        QStringLiteral("PT")};
    QCommandLineOption legend{
        QStringLiteral("legend"),
        QStringLiteral("best (default: inside where it hides no curve, else outside), "
                       "outside, none, upper-left, upper-right, lower-left or lower-right."),
        QStringLiteral("WHERE")};
    QCommandLineOption layout{QStringLiteral("layout"),
                              QStringLiteral("overlay (all in one plot) or grid (one panel per function)."),
                              QStringLiteral("LAYOUT")};
    QCommandLineOption columns{
        QStringLiteral("columns"),
        QStringLiteral("Columns of a grid (default: 3 for 5-6 functions, else as square "
                       "as fits)."),
        QStringLiteral("N")};

    Options() { reportGeometry.setFlags(QCommandLineOption::HiddenFromHelp); }

    QList<QCommandLineOption> all() const
    {
        return QList<QCommandLineOption>{output, format, width,   height, scale,
                                         dpi,    preset, session, state,  reportGeometry} +
               stateOptions() +
               QList<QCommandLineOption>{xRange,      yRange,   derivatives, layout, columns, theme,
                                         transparent, fontSize, lineWidth,   legend, title,   caption};
    }
};

// The figure's size and look: a preset, then explicit sizes; the preset's format, if it sets one.
QString readFigure(const QCommandLineParser &parser, const Options &o, rx::FigureOptions &figure,
                   std::optional<rx::FigureFormat> &presetFormat)
{
    QString error;
    if (parser.isSet(o.preset)) {
        const QString name = parser.value(o.preset);
        const rx::FigurePreset *p = rx::findFigurePreset(name.toStdString());
        if (!p) {
            const std::vector<const rx::FigurePreset *> matches = rx::figurePresetMatches(name.toStdString());
            if (matches.size() > 1) {
                QStringList candidates;
                for (const rx::FigurePreset *m : matches)
                    candidates << QLatin1Char('"') + q(m->name) + QLatin1Char('"');
                return QStringLiteral("ambiguous preset %1: it could be %2")
                    .arg(quoted(name), candidates.join(QStringLiteral(" or ")));
            }
            return QStringLiteral("unknown preset %1; choose one of: %2").arg(quoted(name), presetNames());
        }
        p->applyTo(figure);
        if (p->setsFormat)
            presetFormat = p->options.format;
    }
    if (parser.isSet(o.width)) {
        const auto v = parsePixels(QStringLiteral("width"), parser.value(o.width), error);
        if (!v)
            return error;
        figure.width = *v;
    }
    if (parser.isSet(o.height)) {
        const auto v = parsePixels(QStringLiteral("height"), parser.value(o.height), error);
        if (!v)
            return error;
        figure.height = *v;
    }
    if (parser.isSet(o.scale) && parser.isSet(o.dpi))
        return QStringLiteral("give --scale or --dpi, not both (--dpi D is --scale D/96)");
    if (parser.isSet(o.scale)) {
        const auto v = parsePositive(QStringLiteral("scale"), parser.value(o.scale), 20, error);
        if (!v)
            return error;
        figure.scale = *v;
    }
    if (parser.isSet(o.dpi)) {
        const auto v = parsePositive(QStringLiteral("dpi"), parser.value(o.dpi), 20 * rx::logicalDpi, error);
        if (!v)
            return error;
        figure.scale = *v / rx::logicalDpi;
    }
    if (parser.isSet(o.transparent))
        figure.transparent = true;
    if (parser.isSet(o.theme)) {
        const QString t = parser.value(o.theme);
        if (t != QLatin1String("light") && t != QLatin1String("dark"))
            return QStringLiteral("unknown theme %1; choose light or dark").arg(quoted(t));
        figure.theme = t == QLatin1String("dark") ? rx::FigureTheme::Dark : rx::FigureTheme::Light;
    }
    for (const auto &[option, target] :
         {std::pair{&o.fontSize, &figure.fontSize}, std::pair{&o.lineWidth, &figure.lineWidth}}) {
        if (!parser.isSet(*option))
            continue;
        const auto v =
            parsePositive(option->names().constFirst(), parser.value(*option), rx::maxFigurePoints, error);
        if (!v)
            return error;
        *target = *v;
    }
    if (parser.isSet(o.legend)) {
        const auto placement = rx::legendPlacementFromName(parser.value(o.legend).toStdString());
        if (!placement)
            return QStringLiteral("unknown legend place %1; choose best, outside, none, upper-left, "
                                  "upper-right, lower-left or lower-right")
                .arg(quoted(parser.value(o.legend)));
        figure.legend = *placement;
    }
    figure.title = parser.value(o.title).toStdString();
    figure.caption = parser.value(o.caption).toStdString();
    return {};
}

} // namespace

Parsed<ExportRequest> parseExportRequest(const QStringList &arguments)
{
    using Result = Parsed<ExportRequest>;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Render the plot the window would show to a file, without a display.\n"
            "Sizes are in logical pixels (96 per inch); the file has WIDTH*SCALE x HEIGHT*SCALE pixels, "
            "so --scale 2 (or --dpi 192) is the same figure, twice as sharp. Defaults: the window's "
            "functions (relu, prelu), view and look, 1200x800 at scale 1.\nPresets: %1.")
            .arg(presetNames()));
    const Options o;
    const QList<QCommandLineOption> options = o.all();
    if (const auto stop = parseOptions(parser, options, arguments, command))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return Result::failure(QStringLiteral("unexpected argument %1; options take the form --output FILE")
                                   .arg(quoted(parser.positionalArguments().constFirst())));
    if (const QString problem = repeatedOption(parser, options); !problem.isEmpty())
        return Result::failure(problem);

    // The plot: a session or token, then --functions/--param, ranges and toggles on top.
    ExportRequest request;
    if (parser.isSet(o.session) && parser.isSet(o.state))
        return Result::failure(QStringLiteral("give --session or --state, not both"));
    request.sessionPath = parser.value(o.session);
    if (parser.isSet(o.state)) {
        const rx::StateReadResult read = rx::stateFromToken(parser.value(o.state).toStdString());
        if (!read.ok())
            return Result::failure(QStringLiteral("--state: ") + q(read.error));
        request.tokenState = read.state;
    }
    if (const QString problem = readStateOptions(parser, request.stateOptions); !problem.isEmpty())
        return Result::failure(problem);
    QString error;
    if (parser.isSet(o.xRange) &&
        !(request.xRange = parseRange(QStringLiteral("x-range"), parser.value(o.xRange), error)))
        return Result::failure(error);
    if (parser.isSet(o.yRange) &&
        !(request.yRange = parseRange(QStringLiteral("y-range"), parser.value(o.yRange), error)))
        return Result::failure(error);
    request.derivatives = parser.isSet(o.derivatives);
    if (parser.isSet(o.layout)) {
        const QString layout = parser.value(o.layout);
        if (layout != QLatin1String("overlay") && layout != QLatin1String("grid"))
            return Result::failure(
                QStringLiteral("unknown layout %1; choose overlay or grid").arg(quoted(layout)));
        request.layout = layout == QLatin1String("grid") ? rx::PlotLayout::Grid : rx::PlotLayout::Overlay;
    }
    if (parser.isSet(o.columns)) {
        const std::optional<std::size_t> n =
            rx::parseWholeNumber(parser.value(o.columns).toStdString(), 1, rx::maxGridColumns);
        if (!n)
            return Result::failure(
                QStringLiteral("--columns %1 must be a whole number from 1 to %2")
                    .arg(quoted(parser.value(o.columns)), QString::number(rx::maxGridColumns)));
        request.columns = *n;
    }
    request.reportPlotGeometry = parser.isSet(o.reportGeometry);

    std::optional<rx::FigureFormat> presetFormat;
    if (const QString problem = readFigure(parser, o, request.figure, presetFormat); !problem.isEmpty())
        return Result::failure(problem);
    if (!parser.isSet(o.output))
        return Result::failure(QStringLiteral("missing --output FILE"));
    request.outputPath = parser.value(o.output);
    if (request.toStdout() && !parser.isSet(o.format))
        return Result::failure(QStringLiteral("--output - writes to stdout; say what to write with --format "
                                              "png, jpg, pdf, svg or csv"));
    if (request.toStdout() && request.reportPlotGeometry)
        return Result::failure(
            QStringLiteral("--report-plot-geometry prints to stdout; it cannot go with --output -"));
    if (parser.isSet(o.format)) {
        const auto f = rx::figureFormatFromName(parser.value(o.format).toStdString());
        if (!f)
            return Result::failure(QStringLiteral("unknown format %1; choose one of: png, jpg, pdf, svg, csv")
                                       .arg(quoted(parser.value(o.format))));
        request.figure.format = *f;
    } else if (const auto f = rx::figureFormatFromPath(request.outputPath.toStdString())) {
        request.figure.format = *f;
    } else if (presetFormat) {
        request.figure.format = *presetFormat;
    } else {
        return Result::failure(QStringLiteral("cannot tell the format of %1 from its extension; add --format "
                                              "png, jpg, pdf, svg or csv")
                                   .arg(quoted(request.outputPath)));
    }
    if (const std::string problem = rx::figureProblem(request.figure); !problem.empty())
        return Result::failure(q(problem));
    return Result{request, {}, {}};
}

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
