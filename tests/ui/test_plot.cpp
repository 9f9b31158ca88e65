// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <algorithm>
#include <cmath>
#include <limits>

#include <QSignalSpy>

#include <qcustomplot.h>

#include "reluexplorer/numbers.h"
#include "tracepanel.h"
#include "uitest.h"

namespace {

bool contains(const std::vector<double> &values, double x)
{
    return std::find(values.begin(), values.end(), x) != values.end();
}

} // namespace

TEST_CASE("curves: one sample per pixel over the view, kinks as exact points", "[ui][plot]")
{
    Window w;
    const auto [xs, ys] = w.plot()->curveData("relu", PlotView::Curve::Value);
    const rx::ViewRange view = w.plot()->viewRange();
    CHECK(view == rx::ViewRange{});
    REQUIRE(!xs.empty());
    CHECK(xs.front() == view.xMin);
    CHECK(xs.back() == view.xMax);
    CHECK(std::abs(static_cast<int>(xs.size()) - w.plot()->sampleWidth()) <= 3);
    CHECK(contains(xs, 0.0));
    CHECK(w.yAt("relu", 0) == 0);
    CHECK(w.yAt("prelu", -5) == -1.25);
    CHECK(w.plot()->title() == QStringLiteral("ReLU, PReLU"));
    CHECK(w.plot()->yAxisLabel() == QStringLiteral("f(x)"));
    CHECK(w.plot()->legendEntries() == QStringList{QStringLiteral("ReLU"), QStringLiteral("PReLU")});
    CHECK(w.plot()->curvePen("relu", PlotView::Curve::Value).color() !=
          w.plot()->curvePen("prelu", PlotView::Curve::Value).color());

    rx::ExplorerState state = w.window.state();
    state.shown = {"relu6"};
    state.view = {-2, 8, -1, 7};
    w.window.setState(state);
    CHECK(contains(w.xs("relu6"), 0.0));
    CHECK(contains(w.xs("relu6"), 6.0));
    CHECK(w.yAt("relu6", 6) == 6);
    CHECK(w.plot()->yAxisLabel() == QStringLiteral("ReLU6(x)")); // the name the window shows
    CHECK(w.plot()->kinkMarkers("relu6") == std::vector<QPointF>{{0, 0}, {6, 6}});
}

TEST_CASE("derivatives: dashed, same colour, broken at the kink, PyTorch's value marked", "[ui][plot]")
{
    Window w;
    CHECK_FALSE(w.plot()->isCurveVisible("relu", PlotView::Curve::Derivative));
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    CHECK(w.window.state().showDerivatives);
    REQUIRE(w.plot()->isCurveVisible("relu", PlotView::Curve::Derivative));
    const QPen pen = w.plot()->curvePen("prelu", PlotView::Curve::Derivative);
    CHECK(pen.style() != Qt::SolidLine);
    CHECK(pen.color() == w.plot()->curvePen("prelu", PlotView::Curve::Value).color());
    const auto [xs, ys] = w.plot()->curveData("prelu", PlotView::Curve::Derivative);
    const auto kink = std::find(xs.begin(), xs.end(), 0.0) - xs.begin();
    REQUIRE(kink + 2 < static_cast<long>(xs.size()));
    CHECK(ys[static_cast<std::size_t>(kink)] == 0.25);
    CHECK(std::isnan(ys[static_cast<std::size_t>(kink) + 1]));
    CHECK(ys[static_cast<std::size_t>(kink) + 2] == 1);
    CHECK(w.plot()->kinkMarkers("prelu") == std::vector<QPointF>{{0, 0.25}});
    CHECK(w.plot()->kinkMarkers("relu") == std::vector<QPointF>{{0, 0}});
    CHECK(w.plot()->legendEntries() == QStringList({QStringLiteral("ReLU"), QStringLiteral("ReLU′"),
                                                    QStringLiteral("PReLU"), QStringLiteral("PReLU′")}));
    CHECK(w.plot()->yAxisLabel() == QStringLiteral("f(x), f′(x)"));
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    CHECK_FALSE(w.plot()->isCurveVisible("relu", PlotView::Curve::Derivative));
}

TEST_CASE("ghost under a changed function and zero-gradient shading follow their toggles", "[ui][plot]")
{
    Window w;
    CHECK_FALSE(w.plot()->isCurveVisible("prelu", PlotView::Curve::Ghost));
    rx::ExplorerState state = w.window.state();
    rx::setParameter(state, *rx::findActivation("prelu"), 0, 0.5);
    w.window.setState(state);
    REQUIRE(w.plot()->isCurveVisible("prelu", PlotView::Curve::Ghost));
    CHECK(w.yAt("prelu", -5, PlotView::Curve::Ghost) == -1.25);
    CHECK(w.yAt("prelu", -5) == -2.5);
    // Fainter and wider than the curve (tests/ui/test_contrast.cpp: still 3:1 on the ground).
    CHECK(w.plot()->curvePen("prelu", PlotView::Curve::Ghost).color().alpha() < 255);
    CHECK(w.plot()->curvePen("prelu", PlotView::Curve::Ghost).widthF() >
          w.plot()->curvePen("prelu", PlotView::Curve::Value).widthF());
    QTest::keyClick(&w.window, Qt::Key_G, Qt::ControlModifier);
    CHECK_FALSE(w.plot()->isCurveVisible("prelu", PlotView::Curve::Ghost));

    CHECK(w.plot()->shadedIntervals("relu").empty());
    QTest::keyClick(&w.window, Qt::Key_H, Qt::ControlModifier);
    using Intervals = std::vector<std::pair<double, double>>;
    CHECK(w.plot()->shadedIntervals("relu") == Intervals{{-5, 0}});
    CHECK(w.plot()->shadedIntervals("prelu").empty());
    state = w.window.state();
    state.shown = {"relu6"};
    state.view = {-2, 8, -1, 7};
    w.window.setState(state);
    CHECK(w.plot()->shadedIntervals("relu6") == Intervals{{-2, 0}, {6, 8}});
}

TEST_CASE("presets: default, tutorial with 1000 samples, negative side", "[ui][plot][view]")
{
    Window w;
    QTest::keyClick(&w.window, Qt::Key_2, Qt::ControlModifier);
    CHECK(w.plot()->viewRange().xMin == -100);
    CHECK(w.plot()->viewRange().xMax == 100);
    CHECK(w.xs("relu").size() == 1001); // linspace(-100, 100, 1000) and the kink
    CHECK(w.window.state().sampleCount == 1000);
    QTest::keyClick(&w.window, Qt::Key_3, Qt::ControlModifier);
    const rx::ViewRange negative = w.plot()->viewRange();
    CHECK(negative.xMax <= 5);
    CHECK(negative.yMin <= 0.25 * negative.xMin); // y fitted: PReLU's -25 at x = -100 is in view
    CHECK(negative.yMin > 0.3 * negative.xMin);
    QTest::keyClick(&w.window, Qt::Key_0, Qt::ControlModifier);
    CHECK(w.plot()->viewRange() == rx::ViewRange{});
}

TEST_CASE("wheel zooms about the pointer and re-samples, drag pans, Shift+drag zooms to a box",
          "[ui][plot][view]")
{
    Window w;
    QWidget *surface = w.plotSurface();
    const QPointF at = surface->mapFrom(w.plot(), w.plot()->pixelFor(2, 1).toPoint());
    const double anchor = w.plot()->coordAt(surface->mapTo(w.plot(), at)).x();
    wheel(surface, at, 120);
    w.settle();
    rx::ViewRange view = w.plot()->viewRange();
    CHECK(view.xMax - view.xMin < 10);
    CHECK((anchor - view.xMin) / (view.xMax - view.xMin) == Approx((anchor + 5) / 10).margin(1e-9));
    CHECK(w.window.state().view == view);
    CHECK(w.xs("relu").front() == view.xMin);
    CHECK(w.xs("relu").back() == view.xMax);

    const QPoint from = surface->mapFrom(w.plot(), w.plot()->pixelFor(0, 0).toPoint());
    QTest::mousePress(surface, Qt::LeftButton, {}, from);
    QTest::mouseMove(surface, from + QPoint(100, 0));
    QTest::mouseRelease(surface, Qt::LeftButton, {}, from + QPoint(100, 0));
    w.settle();
    const rx::ViewRange panned = w.plot()->viewRange();
    CHECK(panned.xMin < view.xMin);
    CHECK(panned.xMax - panned.xMin == Approx(view.xMax - view.xMin));
    CHECK(w.xs("relu").front() == panned.xMin);

    QTest::keyClick(&w.window, Qt::Key_0, Qt::ControlModifier);
    const QPoint a = surface->mapFrom(w.plot(), w.plot()->pixelFor(1, 3).toPoint());
    const QPoint b = surface->mapFrom(w.plot(), w.plot()->pixelFor(3, 1).toPoint());
    QTest::mousePress(surface, Qt::LeftButton, Qt::ShiftModifier, a);
    QTest::mouseMove(surface, b);
    QTest::mouseRelease(surface, Qt::LeftButton, Qt::ShiftModifier, b);
    w.settle();
    const rx::ViewRange box = w.plot()->viewRange();
    CHECK(box.xMin == Approx(1).margin(0.05));
    CHECK(box.xMax == Approx(3).margin(0.05));
    CHECK(box.yMin == Approx(1).margin(0.05));
    CHECK(box.yMax == Approx(3).margin(0.05));
}

TEST_CASE("degenerate views are refused and never hang the plot", "[ui][plot][view]")
{
    Window w;
    QSignalSpy refused(w.plot(), &PlotView::viewRefused);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const rx::ViewRange bad : {rx::ViewRange{1, 1, 0, 1}, rx::ViewRange{nan, 1, 0, 1},
                                    rx::ViewRange{0, 1, 0, inf}, rx::ViewRange{-1e300, 1e300, 0, 1},
                                    rx::ViewRange{2, 1, 0, 1}, rx::ViewRange{1e6, 1e6 + 1e-7, 0, 1}}) {
        CHECK_FALSE(w.plot()->requestView(bad));
        CHECK(w.window.state().view == rx::ViewRange{});
    }
    CHECK(refused.count() == 6);

    // Zooming in or out without end stops at the limits.
    QWidget *surface = w.plotSurface();
    const QPointF centre = surface->mapFrom(w.plot(), w.plot()->pixelFor(0.5, 0.5).toPoint());
    for (int i = 0; i < 400; ++i)
        wheel(surface, centre, 120);
    w.settle();
    rx::ViewRange view = w.plot()->viewRange();
    CHECK(rx::isValidView(view));
    CHECK(view.xMax - view.xMin > 0);
    CHECK(w.xs("relu").size() > 100);
    for (int i = 0; i < 800; ++i)
        wheel(surface, centre, -120);
    w.settle();
    view = w.plot()->viewRange();
    CHECK(rx::isValidView(view));
    CHECK(view.xMax <= rx::viewBoundLimit);
    CHECK(w.window.state().view == view);
}

TEST_CASE("the tracer reads x, f(x) and f'(x) at the pointer and follows the keyboard", "[ui][trace]")
{
    Window w;
    auto *trace = w.find<TracePanel>(QStringLiteral("tracePanel"));
    QWidget *surface = w.plotSurface();
    QTest::mouseMove(surface, surface->mapFrom(w.plot(), w.plot()->pixelFor(2, 2).toPoint()));
    const double x = w.plot()->traceX();
    REQUIRE(std::isfinite(x));
    CHECK(x == Approx(2).margin(0.02));
    CHECK(contains(w.xs("relu"), x)); // snapped to a sample
    const QString number = QString::fromStdString(rx::formatNumber(x));
    CHECK(trace->text().contains(QStringLiteral("x = ") + number));
    CHECK(trace->text().contains(QStringLiteral("ReLU: f = %1, f′ = 1").arg(number)));
    CHECK(trace->text().contains(QStringLiteral("PReLU: f = %1, f′ = 1").arg(number)));

    // The keyboard walks the samples; at the kink the readout gives PyTorch's derivative.
    surface->setFocus();
    QTest::mouseMove(surface, surface->mapFrom(w.plot(), w.plot()->pixelFor(0.05, 0).toPoint()));
    const double near = w.plot()->traceX();
    const auto xs = w.xs("relu");
    const auto index = std::find(xs.begin(), xs.end(), near) - xs.begin();
    const auto zero = std::find(xs.begin(), xs.end(), 0.0) - xs.begin();
    for (auto i = index; i > zero; --i)
        QTest::keyClick(surface, Qt::Key_Left);
    CHECK(w.plot()->traceX() == 0);
    CHECK(trace->text().contains(QStringLiteral("x = 0\n")));
    CHECK(trace->text().contains(QStringLiteral("ReLU: f = 0, f′ = 0")));
    CHECK(trace->text().contains(QStringLiteral("PReLU: f = 0, f′ = 0.25")));
    QTest::keyClick(surface, Qt::Key_Left, Qt::ShiftModifier);
    CHECK(w.plot()->traceX() == xs[static_cast<std::size_t>(zero - 10)]);

    // Values follow a parameter change at the same x.
    rx::ExplorerState state = w.window.state();
    rx::setParameter(state, *rx::findActivation("prelu"), 0, 0.5);
    w.window.setState(state);
    const double tx = w.plot()->traceX();
    CHECK(trace->text().contains(
        QStringLiteral("PReLU: f = %1").arg(QString::fromStdString(rx::formatNumber(0.5 * tx)))));
}

TEST_CASE("resizing the plot several times in one pass redraws it once, at its last size", "[ui][plot]")
{
    Window w;
    QWidget *canvas = nullptr; // QCustomPlot, the widget PlotView draws in
    for (QWidget *child : w.plot()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (QString::fromLatin1(child->metaObject()->className()) == QStringLiteral("QCustomPlot"))
            canvas = child;
    REQUIRE(canvas);
    QSignalSpy replots(w.plot(), &PlotView::replotted);
    const QSize before = canvas->size();
    // What a window being laid out does before its first paint.
    for (const int shrink : {40, 80, 120})
        canvas->resize(before - QSize(shrink, shrink / 2));
    CHECK(replots.count() == 0); // nothing drawn yet at the sizes in between
    w.settle();
    CHECK(replots.count() == 1);
    const QRectF axes = w.plot()->panelRects().front();
    CHECK(axes.right() <= canvas->width());
    CHECK(axes.right() > canvas->width() - 80); // laid out for the last size, not the first
}

TEST_CASE("a new window draws its plot once, laid out for its size, before its first paint", "[ui][plot]")
{
    MainWindow window;
    QSignalSpy replots(window.plotView(), &PlotView::replotted);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    CHECK(replots.count() == 1);
    CHECK(window.plotView()->panelRects().front().right() > window.plotView()->width() - 80);
}

TEST_CASE("a new window's plot draws into one paint buffer, and a dragged function gets its own layer",
          "[ui][plot]")
{
    Window w;
    auto *canvas = w.plot()->findChild<QCustomPlot *>();
    REQUIRE(canvas);
    // Every buffered layer adds window-sized images to allocate and clear before the first paint.
    auto bufferedLayers = [canvas] {
        QStringList names;
        for (int i = 0; i < canvas->layerCount(); ++i)
            if (canvas->layer(i)->mode() == QCPLayer::lmBuffered)
                names << canvas->layer(i)->name();
        return names;
    };
    CHECK(bufferedLayers().isEmpty());
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    for (int i = 0; i < 2; ++i) {
        slider->setValue(slider->value() + 1);
        w.settle();
    }
    CHECK(bufferedLayers() == QStringList{QStringLiteral("active")});
    CHECK(w.plot()->lastReplotPartial());
    CHECK(w.yAt("prelu", -5) == Approx(-5 * w.parameter("prelu", 0)));
}
