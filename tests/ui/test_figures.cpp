// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
// Figures measured rather than trusted: jumps stay gaps at every scale, text has the size its medium
// asks for and stays inside the figure, the legend keeps to its share, the grid is arranged as asked.
#include <algorithm>
#include <cmath>

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUndoStack>

#include "reluexplorer/activation.h"
#include "reluexplorer/figure.h"
#include "reluexplorer/sampling.h"
#include "figureexport.h"
#include "statehistory.h"
#include "uitest.h"

namespace {

bool sameColour(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <
           tolerance;
}

struct TextBox
{
    QString word;
    QRectF box; ///< Points, y down.
};

struct PdfText
{
    QSizeF page;
    std::vector<TextBox> words;
};

// The words of a PDF and their boxes, as poppler's pdftotext -bbox reads them.
PdfText pdfText(const QByteArray &pdf)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("f.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), file.fileName(), QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    PdfText text;
    const QRegularExpression page(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
    const auto pageMatch = page.match(html);
    REQUIRE(pageMatch.hasMatch());
    text.page = QSizeF(pageMatch.captured(1).toDouble(), pageMatch.captured(2).toDouble());
    const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" "
                                                 "xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\">([^<]*)</word>"));
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        text.words.push_back(
            {m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                   QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return text;
}

bool isNumber(const QString &word)
{
    bool ok = false;
    QString(word).replace(QChar(0x2212), QLatin1Char('-')).toDouble(&ok);
    return ok;
}

rx::ExplorerState sixWithDerivatives()
{
    rx::ExplorerState s = rx::defaultState();
    s.shown = {"relu", "relu6", "leaky_relu", "elu", "selu", "prelu"};
    s.showDerivatives = true;
    return s;
}

rx::FigureOptions presetOptions(const char *name, rx::FigureFormat format)
{
    const rx::FigurePreset *p = rx::findFigurePreset(name);
    REQUIRE(p);
    rx::FigureOptions o = p->options;
    o.format = format;
    return o;
}

// A PDF rasterised by pdftoppm at dpi, as a reader's viewer shows it; null if pdftoppm fails.
QImage rasterisedPdf(const QByteArray &pdf, int dpi)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("f.pdf")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(pdf);
    file.close();
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
             QStringLiteral("-singlefile"), file.fileName(), dir.filePath(QStringLiteral("f"))});
    if (!p.waitForFinished(60000))
        return {};
    return QImage(dir.filePath(QStringLiteral("f.png")));
}

// The window's legend, put in the upper left corner.
QRectF upperLeftLegend(Window &w)
{
    w.find<QAction>(QStringLiteral("action.legend.upper-left"))->trigger();
    w.settle();
    const QRectF legend = w.plot()->legendRect();
    REQUIRE(!legend.isEmpty());
    return legend;
}

} // namespace

TEST_CASE("a derivative's jump is never drawn as a line, at any scale", "[ui][figures]")
{
    // One function at a time, so that no other curve hides the one looked at.
    const std::string function = GENERATE("relu", "relu6", "hardtanh");
    rx::ExplorerState state = rx::defaultState();
    state.shown = {function};
    state.showDerivatives = true;
    state.view = {-8, 8, -0.5, 1.5};
    const double scale = GENERATE(1.0, 2.0, 3.0, 4.0);
    const bool pdf = GENERATE(false, true);
    INFO(function << " at scale " << scale << (pdf ? " via PDF" : " PNG"));
    rx::FigureOptions options;
    options.width = 640;
    options.height = 400;
    options.scale = scale;
    options.legend = rx::LegendPlacement::None;
    QImage image;
    rx::ViewRange view;
    QRectF area;
    if (!pdf) {
        const RenderedFigure figure = renderFigure(state, options);
        REQUIRE(figure.error.isEmpty());
        image = QImage::fromData(figure.bytes, "PNG");
        view = figure.view;
        area = figure.plotArea;
    } else {
        // The vector picture rasterised at the same resolution (as a reader's viewer would).
        options.format = rx::FigureFormat::Pdf;
        const RenderedFigure figure = renderFigure(state, options);
        REQUIRE(figure.error.isEmpty());
        image = rasterisedPdf(figure.bytes, static_cast<int>(rx::figureDpi(scale)));
        view = figure.view;
        area = figure.plotArea;
    }
    REQUIRE(!image.isNull());
    REQUIRE(image.width() == rx::figurePixels(options.width, scale));
    const auto px = [&](double x) {
        return area.left() + (x - view.xMin) / (view.xMax - view.xMin) * area.width();
    };
    const auto py = [&](double y) {
        return area.bottom() - (y - view.yMin) / (view.yMax - view.yMin) * area.height();
    };
    // Every jump goes from dy/dx = 0 to 1 (or back): the column between 0.2 and 0.8 must hold none of
    // the function's colour.
    const PlotTheme theme = PlotTheme::light();
    for (const auto &[id, kink] : {std::pair{"relu", 0.0}, std::pair{"relu6", 0.0}, std::pair{"relu6", 6.0},
                                   std::pair{"hardtanh", -1.0}, std::pair{"hardtanh", 1.0}}) {
        if (id != function)
            continue;
        INFO(id << "' at " << kink);
        const QColor colour = theme.colourFor(rx::catalogueIndex(id));
        const int column = static_cast<int>(std::lround(px(kink)));
        int hits = 0;
        for (int y = static_cast<int>(py(0.8)); y <= static_cast<int>(py(0.2)); ++y)
            for (int dx = -1; dx <= 1; ++dx)
                hits += sameColour(image.pixelColor(column + dx, y), colour, 60);
        CHECK(hits == 0);
        // ...while the curve is there on either side of the jump (the test sees the colour at all).
        const int side = static_cast<int>(std::lround(px(kink + 0.5)));
        const double rightLimit =
            rx::kinkPoints(*rx::findActivation(id), rx::findActivation(id)->defaultParameters(), kink, kink)
                .front()
                .rightLimit;
        bool seen = false;
        for (int dy = -3 * static_cast<int>(scale); dy <= 3 * scale && !seen; ++dy)
            seen = sameColour(image.pixelColor(side, static_cast<int>(py(rightLimit)) + dy), colour, 60);
        CHECK(seen);
    }
}

TEST_CASE("paper figures have journal-size text inside the page, PNG and PDF alike", "[ui][figures]")
{
    const char *preset = GENERATE("Paper, one column", "Paper, two columns");
    INFO(preset);
    const rx::FigureOptions options = presetOptions(preset, rx::FigureFormat::Pdf);
    const RenderedFigure figure = renderFigure(sixWithDerivatives(), options);
    REQUIRE(figure.error.isEmpty());
    const PdfText text = pdfText(figure.bytes);
    CHECK(text.page.width() == Approx(options.width * 72.0 / 96).margin(0.5));
    REQUIRE(text.words.size() > 10);
    // DejaVu's box is 1.164 em high (ascent 0.928 + descent 0.236): the font size is height / 1.164.
    // The y axis' label is turned on its side: its box is as wide as its text is high.
    for (const TextBox &w : text.words) {
        INFO(w.word.toStdString() << " at " << w.box.x() << "," << w.box.y() << " " << w.box.width() << "x"
                                  << w.box.height());
        const bool sideways = w.word.contains(QStringLiteral("(x)")) && w.box.height() > w.box.width();
        const double points = (sideways ? w.box.width() : w.box.height()) / 1.164;
        CHECK(points >= 7 - 0.2);
        CHECK(points <= 10 + 0.2);
        if (isNumber(w.word)) // tick labels
            CHECK(points <= 9 + 0.2);
        CHECK(w.box.left() >= 0);
        CHECK(w.box.top() >= 0);
        CHECK(w.box.right() <= text.page.width());
        CHECK(w.box.bottom() <= text.page.height());
    }
    for (std::size_t i = 0; i < text.words.size(); ++i)
        for (std::size_t j = i + 1; j < text.words.size(); ++j) {
            const QRectF overlap = text.words[i].box.intersected(text.words[j].box);
            INFO(text.words[i].word.toStdString() << " and " << text.words[j].word.toStdString());
            CHECK((overlap.isEmpty() || overlap.width() * overlap.height() < 0.5));
        }

    // The PNG of the preset is the same picture: the PDF rasterised at 300 dpi differs little.
    rx::FigureOptions png = options;
    png.format = rx::FigureFormat::Png;
    const QImage fromPng = QImage::fromData(renderFigure(sixWithDerivatives(), png).bytes, "PNG");
    const QImage fromPdf = rasterisedPdf(figure.bytes, 300);
    REQUIRE(!fromPdf.isNull());
    REQUIRE(std::abs(fromPdf.width() - fromPng.width()) <= 1);
    REQUIRE(std::abs(fromPdf.height() - fromPng.height()) <= 1);
    // Compared in blocks of 1/8 in, so that anti-aliasing and hinting do not count.
    const QSize blocks(fromPng.width() / 38, fromPng.height() / 38);
    const QImage a = fromPng.scaled(blocks, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage b = fromPdf.scaled(blocks, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    double difference = 0;
    for (int y = 0; y < blocks.height(); ++y)
        for (int x = 0; x < blocks.width(); ++x) {
            const QColor ca = a.pixelColor(x, y), cb = b.pixelColor(x, y);
            difference += std::abs(ca.red() - cb.red()) + std::abs(ca.green() - cb.green()) +
                          std::abs(ca.blue() - cb.blue());
        }
    CHECK(difference / (blocks.width() * blocks.height() * 3) < 6);
}

TEST_CASE("slide text is at least 3.5 % of the slide's height", "[ui][figures]")
{
    const rx::FigureOptions options = presetOptions("Slide 16:9", rx::FigureFormat::Pdf);
    rx::ExplorerState state = rx::defaultState();
    state.showDerivatives = true;
    const PdfText text = pdfText(renderFigure(state, options).bytes);
    int ticks = 0;
    for (const TextBox &w : text.words) {
        INFO(w.word.toStdString());
        CHECK(w.box.height() / 1.164 >= 0.035 * text.page.height());
        CHECK(QRectF(QPointF(0, 0), text.page).contains(w.box));
        ticks += isNumber(w.word);
    }
    CHECK(ticks >= 6);
}

TEST_CASE("font size and line width set the figure's text and curves in points", "[ui][figures]")
{
    rx::FigureOptions options;
    options.format = rx::FigureFormat::Pdf;
    options.width = 480;
    options.height = 320;
    options.fontSize = 12;
    options.lineWidth = 3;
    const PdfText text = pdfText(renderFigure(rx::defaultState(), options).bytes);
    for (const TextBox &w : text.words)
        if (isNumber(w.word))
            CHECK(w.box.height() / 1.164 == Approx(12).margin(0.3));
    PlotView view;
    prepareFigure(view, rx::defaultState(), options);
    CHECK(view.curvePen("relu", PlotView::Curve::Value).widthF() == Approx(3 * 96 / 72.0));
    // Unset: the window's look.
    PlotView plain;
    prepareFigure(plain, rx::defaultState(), rx::FigureOptions{});
    CHECK(plain.curvePen("relu", PlotView::Curve::Value).widthF() == Approx(PlotTheme::light().curveWidth));
}

TEST_CASE("six functions with derivatives: the legend keeps to a quarter of a one-column figure",
          "[ui][figures]")
{
    const rx::FigureOptions options = presetOptions("Paper, one column", rx::FigureFormat::Png);
    PlotView view;
    prepareFigure(view, sixWithDerivatives(), options);
    const QRectF legend = view.legendRect();
    REQUIRE(!legend.isEmpty());
    CHECK(legend.width() * legend.height() <= 0.25 * options.width * options.height);
    CHECK(QRectF(0, 0, options.width, options.height).contains(legend));
    CHECK(view.legendEntries().size() == 12);
}

TEST_CASE("a 20-curve family's legend stays inside every paper figure, under the axes or on them",
          "[ui][figures][family]")
{
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"elu"};
    state.showDerivatives = true;
    state.family = {true, "elu", "alpha", 0.1, 2, 20};
    for (const char *preset : {"Paper, one column", "Paper, two columns", "Slide 16:9"})
        for (const auto format : {rx::FigureFormat::Png, rx::FigureFormat::Pdf}) {
            INFO(preset << (format == rx::FigureFormat::Pdf ? " PDF" : " PNG"));
            const rx::FigureOptions options = presetOptions(preset, format);
            PlotView view;
            prepareFigure(view, state, options);
            REQUIRE(view.legendEntries().size() == 20);
            const QRectF legend = view.legendRect();
            INFO("legend " << legend.x() << "," << legend.y() << " " << legend.width() << "x"
                           << legend.height() << " in " << options.width << "x" << options.height);
            CHECK(QRectF(0, 0, options.width, options.height).contains(legend));
        }
}

TEST_CASE("every function with derivatives in every paper figure: title, axes and legend within the page",
          "[ui][figures]")
{
    rx::ExplorerState state = rx::defaultState();
    state.shown.clear();
    for (const rx::Activation &f : rx::catalogue())
        state.shown.push_back(f.id);
    state.showDerivatives = true;
    for (const char *preset : {"Paper, one column", "Paper, two columns", "Slide 16:9"}) {
        INFO(preset);
        const rx::FigureOptions options = presetOptions(preset, rx::FigureFormat::Png);
        PlotView view;
        prepareFigure(view, state, options);
        const QRectF page(0, 0, options.width, options.height);
        // Laid out at the page's size, not at the width of the names in one line.
        CHECK(view.panelRects().front().width() < options.width);
        CHECK(page.contains(view.legendRect()));
        const QRectF axes = view.panelRects().front();
        const QRectF legend = view.legendRect();
        // 17 entries at 3.5 in: beside the axes rather than below, which left them 15% of the height.
        CHECK(axes.height() >= 0.4 * options.height);
        CHECK(axes.width() >= 0.15 * options.width);
        if (!axes.contains(legend))
            CHECK_FALSE(axes.intersects(legend));
        // A legend below the axes taller than a third of the page names the functions only.
        if (legend.top() >= axes.bottom() && legend.height() * 3 > options.height)
            CHECK(view.legendEntries().size() == static_cast<qsizetype>(state.shown.size()));
        if (QByteArray(preset) == "Slide 16:9")
            CHECK(axes.height() >= 0.6 * options.height);
        CHECK(page.contains(axes));
        // A title wrapped to more than two lines is the number of functions instead.
        const QString title = view.drawnTitle();
        CHECK(title.count(QLatin1Char('\n')) <= 1);
        if (!title.startsWith(QStringLiteral("ReLU, ")))
            CHECK(title == QStringLiteral("%1 functions").arg(state.shown.size()));
    }
}

TEST_CASE("best hides no curve on a one-column paper figure: inside if a spot is free, else outside",
          "[ui][figures]")
{
    for (const bool crowded : {false, true}) {
        INFO((crowded ? "six functions with derivatives" : "the default functions"));
        for (const auto format : {rx::FigureFormat::Png, rx::FigureFormat::Pdf}) {
            const rx::FigureOptions options = presetOptions("Paper, one column", format);
            const rx::ExplorerState state = crowded ? sixWithDerivatives() : rx::defaultState();
            PlotView view;
            prepareFigure(view, state, options);
            const QRectF legend = view.legendRect();
            REQUIRE(!legend.isEmpty());
            CHECK(QRectF(0, 0, options.width, options.height).contains(legend));
            const QRectF plot = view.panelRects().front();
            for (const std::string &id : state.shown)
                for (const auto curve : {PlotView::Curve::Value, PlotView::Curve::Derivative}) {
                    const auto [xs, ys] = view.curveData(id, curve);
                    for (std::size_t i = 0; i < xs.size(); ++i) {
                        const QPointF p = view.pixelFor(xs[i], ys[i]);
                        if (std::isfinite(ys[i]) && plot.contains(p) && legend.contains(p)) {
                            FAIL_CHECK(id << " at x = " << xs[i] << " lies under the legend");
                            break;
                        }
                    }
                }
        }
    }
}

TEST_CASE("the legend goes where it is asked, and best hides no curve here", "[ui][figures]")
{
    rx::FigureOptions options;
    options.width = 600;
    options.height = 400;
    const rx::ExplorerState state = rx::defaultState(); // relu and prelu: the upper left is empty
    PlotView view;
    options.legend = rx::LegendPlacement::Best;
    prepareFigure(view, state, options);
    const QRectF plot = view.panelRects().front();
    QRectF legend = view.legendRect();
    CHECK(plot.contains(legend));
    CHECK(legend.center().x() < plot.center().x());
    CHECK(legend.center().y() < plot.center().y());
    for (const std::string id : {"relu", "prelu"}) {
        const auto [xs, ys] = view.curveData(id, PlotView::Curve::Value);
        for (std::size_t i = 0; i < xs.size(); i += 5)
            CHECK_FALSE(legend.contains(view.pixelFor(xs[i], ys[i])));
    }
    options.legend = rx::LegendPlacement::LowerRight;
    prepareFigure(view, state, options);
    legend = view.legendRect();
    CHECK(legend.center().x() > plot.center().x());
    CHECK(legend.center().y() > plot.center().y());
    options.legend = rx::LegendPlacement::Outside;
    prepareFigure(view, state, options);
    legend = view.legendRect();
    INFO("legend " << legend.left() << "," << legend.top() << " " << legend.width() << "x" << legend.height()
                   << " plot " << view.panelRects().front().left() << " "
                   << view.panelRects().front().right());
    CHECK(legend.left() >= view.panelRects().front().right());
    CHECK(legend.right() <= options.width);
    options.legend = rx::LegendPlacement::None;
    prepareFigure(view, state, options);
    CHECK(view.legendRect().isEmpty());
}

TEST_CASE("the tutorial's grid: one titled panel per function, three columns, one x range", "[ui][figures]")
{
    rx::ExplorerState state = sixWithDerivatives();
    state.layout = rx::PlotLayout::Grid;
    state.view = {-100, 100, -10, 110};
    state.shown = {"relu", "relu6", "leaky_relu", "elu", "selu", "prelu"};
    rx::FigureOptions options;
    options.width = 1200;
    options.height = 700;
    PlotView view;
    prepareFigure(view, state, options);
    const std::vector<QRectF> panels = view.panelRects();
    REQUIRE(panels.size() == 6);
    for (int i = 0; i < 6; ++i) {
        INFO("panel " << i);
        const QRectF &p = panels[static_cast<std::size_t>(i)];
        CHECK(p.width() > 200);
        CHECK(std::abs(p.top() - panels[static_cast<std::size_t>(i % 3)].top() -
                       (i / 3) * (panels[3].top() - panels[0].top())) < 2);
        if (i % 3 > 0)
            CHECK(p.left() > panels[static_cast<std::size_t>(i - 1)].right());
    }
    CHECK(panels[3].top() > panels[0].bottom());
    QStringList names;
    for (const std::string &id : state.shown)
        names << QString::fromStdString(rx::findActivation(id)->displayName);
    CHECK(view.panelTitles() == names);
    for (const std::string &id : state.shown) {
        INFO(id);
        CHECK(view.isCurveVisible(id, PlotView::Curve::Derivative));
        CHECK(view.curveData(id, PlotView::Curve::Value).first.front() == -100);
        CHECK(view.curveData(id, PlotView::Curve::Value).first.back() == 100);
    }
    state.columns = 2;
    prepareFigure(view, state, options);
    const std::vector<QRectF> two = view.panelRects();
    CHECK(two[2].top() > two[0].bottom());
    CHECK(two[1].left() > two[0].right());
}

TEST_CASE("each grid panel fits y to its own curve, no empty band where no title is", "[ui][figures]")
{
    rx::ExplorerState state = rx::defaultState();
    state.layout = rx::PlotLayout::Grid;
    state.shown = {"relu", "relu6", "leaky_relu", "elu", "selu", "prelu"};
    state.view = {-100, 100, -10, 110};
    rx::FigureOptions options;
    options.width = 1200;
    options.height = 700;
    PlotView view;
    prepareFigure(view, state, options);
    const QImage image = view.renderImage(QSize(options.width, options.height), 1, false);
    const std::vector<QRectF> panels = view.panelRects();
    REQUIRE(panels.size() == 6);
    for (std::size_t i = 0; i < panels.size(); ++i) {
        const std::string &id = state.shown[i];
        INFO(id);
        // Rows of the panel that hold the curve's colour: from near its top to near its bottom,
        // whatever the function's own range (ReLU6 reaches 6, ReLU 100).
        const QColor colour = view.curvePen(id, PlotView::Curve::Value).color();
        const QRect inside = panels[i].toAlignedRect().adjusted(2, 2, -2, -2);
        int top = inside.bottom(), bottom = inside.top();
        for (int y = inside.top(); y <= inside.bottom(); ++y)
            for (int x = inside.left(); x <= inside.right(); ++x)
                if (sameColour(image.pixelColor(x, y), colour, 40)) {
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
        CHECK(top - inside.top() < 0.1 * inside.height());
        CHECK(inside.bottom() - bottom < 0.1 * inside.height());
        // x stays shared.
        CHECK(view.curveData(id, PlotView::Curve::Value).first.front() == -100);
    }
    // No title, no row for it: the panels move up by the title's height.
    options.title = "Six activations";
    prepareFigure(view, state, options);
    const double titled = view.panelRects()[0].top();
    options.title.clear();
    prepareFigure(view, state, options);
    CHECK(view.panelRects()[0].top() < titled - 8);
}

TEST_CASE("View > Layout > Grid splits the window's plot and is one undo step", "[ui][figures]")
{
    Window w;
    QAction *grid = w.find<QAction>(QStringLiteral("action.layoutGrid"));
    grid->trigger();
    w.settle();
    CHECK(w.window.state().layout == rx::PlotLayout::Grid);
    const std::vector<QRectF> panels = w.plot()->panelRects();
    const std::vector<std::string> shown = w.window.state().shown;
    REQUIRE(panels.size() == shown.size());
    REQUIRE(panels.size() >= 2);
    // The pointer over any panel traces every panel: each function's dot in its own panel, drawn in its
    // colour there.
    QWidget *surface = w.plotSurface();
    for (std::size_t over = 0; over < panels.size(); ++over) {
        INFO("pointer over panel " << over);
        const QPointF at(panels[over].left() + panels[over].width() * 0.7, panels[over].center().y());
        QTest::mouseMove(surface, surface->mapFrom(w.plot(), at.toPoint()));
        w.settle();
        REQUIRE(std::isfinite(w.plot()->traceX()));
        const QImage image = w.plot()->grab().toImage();
        for (std::size_t i = 0; i < shown.size(); ++i) {
            INFO(shown[i]);
            const std::vector<QPointF> dots = w.plot()->traceDotPixels(shown[i]);
            REQUIRE(!dots.empty());
            CHECK(panels[i].adjusted(-1, -1, 1, 1).contains(dots.front()));
            const QColor colour = w.plot()->curvePen(shown[i], PlotView::Curve::Value).color();
            const double ratio = image.devicePixelRatio();
            const QPoint pixel = (dots.front() * ratio).toPoint();
            CHECK(sameColour(image.pixelColor(pixel), colour, 40));
        }
    }
    w.window.history()->stack()->undo();
    w.settle();
    CHECK(w.window.state().layout == rx::PlotLayout::Overlay);
    CHECK(w.plot()->panelRects().size() == 1);
}

TEST_CASE("the window's legend can be dragged and stays where it is dropped", "[ui][figures]")
{
    Window w;
    const QRectF before = upperLeftLegend(w);
    QWidget *surface = w.plotSurface();
    const QPoint grab = surface->mapFrom(w.plot(), before.center().toPoint());
    QTest::mousePress(surface, Qt::LeftButton, Qt::NoModifier, grab);
    QTest::mouseMove(surface, grab + QPoint(150, 120));
    QTest::mouseRelease(surface, Qt::LeftButton, Qt::NoModifier, grab + QPoint(150, 120));
    w.settle();
    const QRectF after = w.plot()->legendRect();
    INFO("before " << before.left() << "," << before.top() << " " << before.width() << "x" << before.height()
                   << " after " << after.left() << "," << after.top() << " " << after.width() << "x"
                   << after.height());
    CHECK(after.left() - before.left() == Approx(150).margin(3));
    CHECK(after.top() - before.top() == Approx(120).margin(3));
    const rx::ViewRange view = w.plot()->viewRange();
    CHECK(view == w.window.state().view); // the drag moved the legend, not the view
}

TEST_CASE("the window's legend is measured again when its font grows and shrinks", "[ui][figures]")
{
    Window w;
    const QRectF before = upperLeftLegend(w);
    QTest::keyClick(&w.window, Qt::Key_F5); // presentation: fonts twice as large
    w.settle();
    const QRectF presented = w.plot()->legendRect();
    INFO("before " << before.width() << "x" << before.height() << ", presented " << presented.width() << "x"
                   << presented.height());
    CHECK(presented.height() >= 1.6 * before.height());
    CHECK(presented.width() >= 1.6 * before.width());
    QTest::keyClick(&w.window, Qt::Key_Escape);
    w.settle();
    CHECK(w.plot()->legendRect().size() == before.size());
}

TEST_CASE("the window's legend is measured again when its entries are renamed", "[ui][figures]")
{
    Window w;
    w.find<QAction>(QStringLiteral("action.legend.upper-left"))->trigger();
    rx::ExplorerState state = w.window.state();
    state.family = {true, "prelu", "weight", 0, 0.5, 3}; // entries "w = 0", "w = 0.25", "w = 0.5"
    w.window.setState(state);
    w.settle();
    const QRectF shortNames = w.plot()->legendRect();
    REQUIRE(!shortNames.isEmpty());
    state.family = {true, "prelu", "weight", 0.123456, 0.987654, 3}; // the same curves, longer names
    w.window.setState(state);
    w.settle();
    CHECK(w.plot()->legendEntries().first().contains(QStringLiteral("0.123456")));
    const QRectF longNames = w.plot()->legendRect();
    INFO("legend widths " << shortNames.width() << " and " << longNames.width());
    CHECK(longNames.width() > shortNames.width() + 10);
}
