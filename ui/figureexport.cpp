// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include "figureexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "reluexplorer/sampling.h"
#include "reluexplorer/text.h"
#include "plotupdate.h"
#include "plotview.h"
#include "pngwriter.h"

namespace {

// Samples per logical pixel: enough that curves stay smooth at the file's resolution.
double samplesPerPixel(double scale)
{
    return std::min(std::max(scale, 1.0), 4.0);
}

PlotTheme themeFor(const rx::FigureOptions &options, const PlotTheme &current)
{
    switch (options.theme) {
    case rx::FigureTheme::Light:
        return PlotTheme::light();
    case rx::FigureTheme::Dark:
        return PlotTheme::dark();
    case rx::FigureTheme::Current:
        break;
    }
    return current;
}

} // namespace

void prepareFigure(PlotView &view, const rx::ExplorerState &state, const rx::FigureOptions &options,
                   const PlotTheme &current)
{
    PlotTheme theme = themeFor(options, current);
    theme.scale = 1; // the figure's scale is applied when rendering, not to the theme
    view.setTheme(theme.withTypography(options.fontSize.value_or(0), options.lineWidth.value_or(0)));
    view.setLegendPlacement(options.legend);
    view.setLegendMayLeave(true);
    view.resize(options.width, options.height);
    view.setState(state);
    // Drawn text ends up in SVG <text> too: no control characters.
    view.setTitleOverride(QString::fromStdString(rx::metadataText(options.title)));
    view.setCaption(QString::fromStdString(rx::metadataText(options.caption)));
    view.layOut(); // the panels' widths give the sample count
    showOnPlot(view, state, shownIds(state), samplesPerPixel(options.scale));
    view.layOut(); // the legend's best place depends on the curves
}

namespace {

QString software()
{
    return QStringLiteral("ReLU Explorer %1").arg(QCoreApplication::applicationVersion());
}

// Title and description as every file's metadata holds them (rx::metadataText: parses as XML).
QString titleOf(const PlotView &view, const rx::FigureOptions &options)
{
    return QString::fromStdString(
        rx::metadataText(options.title.empty() ? view.title().toStdString() : options.title));
}

QString descriptionOf(const rx::ExplorerState &state)
{
    return QString::fromStdString(rx::metadataText(rx::describeState(state)));
}

QByteArray encodeImage(const QImage &image, const char *format, const rx::ExplorerState &state,
                       const PlotView &view, const rx::FigureOptions &options, QString &error)
{
    const QList<QPair<QString, QString>> text = {
        {QStringLiteral("Title"), titleOf(view, options)},
        {QStringLiteral("Description"), descriptionOf(state)},
        {QStringLiteral("Software"), software()},
    };
    if (qstrcmp(format, "png") == 0)
        return encodePng(image, text, rx::figureDpi(options.scale), error);
    QImage tagged = image;
    const int dotsPerMetre = qRound(rx::figureDpi(options.scale) / 0.0254);
    tagged.setDotsPerMeterX(dotsPerMetre);
    tagged.setDotsPerMeterY(dotsPerMetre);
    for (const auto &[key, value] : text) // JPEG writes these as comments
        tagged.setText(key, value);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(95); // line drawings: JPEG artefacts show at lower quality
    if (!writer.write(tagged))
        error = writer.errorString();
    return bytes;
}

QByteArray encodePdf(PlotView &view, const rx::ExplorerState &state, const rx::FigureOptions &options,
                     QString &error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(titleOf(view, options));
    writer.setCreator(software());
    // Logical pixels at 96 per inch, as the PNG is drawn: a point of text or line width is then the
    // same fraction of the page in both (at another resolution Qt would size fonts by the PDF's
    // resolution and then scale them again with the painter's window).
    writer.setResolution(qRound(rx::logicalDpi));
    // The page is the figure.
    const QSizeF points(options.width * 72.0 / rx::logicalDpi, options.height * 72.0 / rx::logicalDpi);
    writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF()));
    const QString description = descriptionOf(state).toHtmlEscaped();
    writer.setDocumentXmpMetadata(
        QStringLiteral("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                       "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                       "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                       "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>"
                       "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt>"
                       "</dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
            .arg(titleOf(view, options).toHtmlEscaped(), description)
            .toUtf8());
    if (!view.renderTo(&writer, QSize(options.width, options.height), false))
        error = QCoreApplication::translate("figure", "could not draw the PDF");
    return bytes;
}

QByteArray encodeSvg(PlotView &view, const rx::ExplorerState &state, const rx::FigureOptions &options,
                     QString &error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(options.width, options.height));
    generator.setViewBox(QRect(0, 0, options.width, options.height));
    generator.setResolution(qRound(rx::logicalDpi));
    // QSvgGenerator 6.4 writes title and description into the XML unescaped.
    generator.setTitle(titleOf(view, options).toHtmlEscaped());
    generator.setDescription(descriptionOf(state).toHtmlEscaped());
    if (!view.renderTo(&generator, QSize(options.width, options.height), options.transparent))
        error = QCoreApplication::translate("figure", "could not draw the SVG");
    return bytes;
}

} // namespace

RenderedFigure renderFigure(const rx::ExplorerState &state, const rx::FigureOptions &options,
                            const PlotTheme &current)
{
    RenderedFigure result;
    if (const std::string problem = rx::figureProblem(options); !problem.empty()) {
        result.error = QString::fromStdString(problem);
        return result;
    }
    PlotView view;
    prepareFigure(view, state, options, current);
    result.view = view.viewRange();
    result.plotArea = QRectF(view.pixelFor(result.view.xMin, result.view.yMax) * options.scale,
                             view.pixelFor(result.view.xMax, result.view.yMin) * options.scale);
    if (options.format == rx::FigureFormat::Csv) {
        const std::size_t count = rx::effectiveSampleCount(state, view.sampleWidth());
        result.bytes = QByteArray::fromStdString(rx::figureCsv(state, count));
        return result;
    }
    switch (options.format) {
    case rx::FigureFormat::Png:
    case rx::FigureFormat::Jpeg: {
        const bool png = options.format == rx::FigureFormat::Png;
        const QImage image =
            view.renderImage(QSize(options.width, options.height), options.scale, png && options.transparent);
        const bool opaque = !(png && options.transparent);
        result.bytes = encodeImage(opaque ? image.convertToFormat(QImage::Format_RGB32) : image,
                                   png ? "png" : "jpg", state, view, options, result.error);
        break;
    }
    case rx::FigureFormat::Pdf:
        result.bytes = encodePdf(view, state, options, result.error);
        break;
    case rx::FigureFormat::Svg:
        result.bytes = encodeSvg(view, state, options, result.error);
        break;
    case rx::FigureFormat::Csv:
        break;
    }
    return result;
}

QImage renderFigureImage(const rx::ExplorerState &state, const rx::FigureOptions &options,
                         const PlotTheme &current)
{
    PlotView view;
    prepareFigure(view, state, options, current);
    return view.renderImage(QSize(options.width, options.height), options.scale, options.transparent);
}

QString outputPathProblem(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return QCoreApplication::translate("figure", "no output file given");
    if (info.isDir())
        return QCoreApplication::translate("figure", "%1 is a folder").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return QCoreApplication::translate("figure", "the folder %1 does not exist").arg(info.absolutePath());
    if (!folder.isDir())
        return QCoreApplication::translate("figure", "%1 is not a folder").arg(info.absolutePath());
    if (!folder.isWritable())
        return QCoreApplication::translate("figure", "the folder %1 is not writable")
            .arg(info.absolutePath());
    if (info.exists() && !info.isWritable())
        return QCoreApplication::translate("figure", "%1 is not writable").arg(path);
    return {};
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("figure", "cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("figure", "cannot write %1: %2").arg(path, why);
    }
    if (!file.commit())
        return QCoreApplication::translate("figure", "cannot write %1: %2").arg(path, file.errorString());
    return {};
}
