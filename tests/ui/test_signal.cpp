// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <cmath>

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTableWidget>
#include <QUndoStack>

#include "reluexplorer/moments.h"
#include "depthplot.h"
#include "presentationmode.h"
#include "signaldock.h"
#include "statehistory.h"
#include "uitest.h"

namespace {

// The table's column for a function (by its display name), or -1.
int columnOf(QTableWidget *table, const QString &name)
{
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c) && table->horizontalHeaderItem(c)->text() == name)
            return c;
    return -1;
}

// Moment number `moment` (E[f], Var[f], E[f²], E[f′], E[f′²], P(f′ = 0)) of a function.
double cell(QTableWidget *table, const QString &name, int moment)
{
    const int column = columnOf(table, name);
    INFO("column " << name.toStdString());
    REQUIRE(column >= 0);
    return table->item(moment, column)->data(Qt::UserRole).toDouble();
}

void showSignal(Window &w)
{
    w.find<QAction>(QStringLiteral("action.signal"))->trigger();
    w.settle();
    REQUIRE(w.window.state().signal.visible);
}

const DepthPlot::Curve &curveOf(DepthPlot *plot, const QString &name)
{
    for (const DepthPlot::Curve &c : plot->curves())
        if (c.name == name)
            return c;
    FAIL("no depth curve for " << name.toStdString());
    return plot->curves().front();
}

} // namespace

TEST_CASE("the Signal view is off by default, its action shows it in one undo step", "[ui][signal]")
{
    Window w;
    auto *dock = w.find<SignalDock>(QStringLiteral("signalDock"));
    CHECK_FALSE(dock->isVisible());
    CHECK(w.plot()->inputDistributionData().first.empty());
    QTest::keyClick(&w.window, Qt::Key_I, Qt::ControlModifier);
    w.settle();
    CHECK(dock->isVisible());
    CHECK(w.window.state().signal.visible);
    CHECK(w.window.history()->stack()->count() == 1);
    // The input N(0, 1) is drawn under the curves, its peak at x = 0.
    const auto [xs, ys] = w.plot()->inputDistributionData();
    REQUIRE(!xs.empty());
    const auto peak = std::max_element(ys.begin(), ys.end()) - ys.begin();
    CHECK(std::fabs(xs[static_cast<std::size_t>(peak)]) < 0.05);
    w.window.history()->stack()->undo();
    w.settle();
    CHECK_FALSE(dock->isVisible());
    CHECK_FALSE(w.window.state().signal.visible);
    // The dock's close button hides it through the state too.
    showSignal(w);
    dock->close();
    w.settle();
    CHECK_FALSE(w.window.state().signal.visible);
    CHECK_FALSE(w.find<QAction>(QStringLiteral("action.signal"))->isChecked());
}

TEST_CASE("moving the input sliders updates the moments table", "[ui][signal]")
{
    Window w;
    showSignal(w);
    auto *table = w.find<QTableWidget>(QStringLiteral("signalTable"));
    CHECK(columnOf(table, "ReLU") >= 0);
    CHECK(columnOf(table, "PReLU") >= 0);
    CHECK(table->verticalHeaderItem(5)->text() == "P(f′ = 0)");
    CHECK(cell(table, "ReLU", 0) == Approx(0.3989422804014327).epsilon(1e-9));
    CHECK(cell(table, "ReLU", 5) == Approx(0.5).epsilon(1e-12));

    auto *mean = w.find<QSlider>(QStringLiteral("signalMean"));
    mean->setFocus();
    for (int i = 0; i < 50; ++i)
        QTest::keyClick(mean, Qt::Key_Right);
    auto *spread = w.find<QSlider>(QStringLiteral("signalStd"));
    spread->setFocus();
    QTest::keyClick(spread, Qt::Key_PageUp); // one page: +0.1
    w.settle();
    const rx::SignalView &s = w.window.state().signal;
    CHECK(s.inputMean == Approx(0.5));
    CHECK(s.inputStd == Approx(1.1));
    CHECK(w.find<QLabel>(QStringLiteral("signalMeanValue"))->text() == "0.5");
    const auto *prelu = rx::findActivation("prelu");
    const rx::Moments expected = rx::gaussianMoments(*prelu, std::vector{0.25}, s.inputMean, s.inputStd);
    CHECK(cell(table, "PReLU", 0) == Approx(expected.mean).epsilon(1e-9));
    CHECK(cell(table, "PReLU", 1) == Approx(expected.variance).epsilon(1e-9));
    CHECK(cell(table, "PReLU", 4) == Approx(expected.meanSquaredGradient).epsilon(1e-9));
    CHECK(cell(table, "ReLU", 5) == Approx(std::erfc(0.5 / 1.1 / std::sqrt(2.0)) / 2).epsilon(1e-12));
    // Each key press is a gesture of its own: undo takes back the last one, the spread.
    w.window.history()->stack()->undo();
    w.settle();
    CHECK(w.window.state().signal.inputStd == Approx(1));
    CHECK(w.window.state().signal.inputMean == Approx(0.5));
}

TEST_CASE("PReLU's slope slider at 0 makes it as dead as ReLU, live", "[ui][signal]")
{
    Window w;
    showSignal(w);
    auto *table = w.find<QTableWidget>(QStringLiteral("signalTable"));
    CHECK(cell(table, "PReLU", 5) == 0);
    auto *slope = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    slope->setFocus();
    while (w.parameter("prelu", 0) > 0)
        QTest::keyClick(slope, Qt::Key_Left);
    w.settle();
    REQUIRE(w.parameter("prelu", 0) == 0);
    CHECK(cell(table, "PReLU", 5) == Approx(0.5).epsilon(1e-12));
    CHECK(cell(table, "PReLU", 4) == Approx(0.5).epsilon(1e-9));
}

TEST_CASE("He keeps ReLU's variance through depth, LeCun halves it", "[ui][signal]")
{
    Window w;
    showSignal(w);
    auto *plot = w.find<DepthPlot>(QStringLiteral("signalDepthPlot"));
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("signalHe")), Qt::LeftButton);
    w.settle();
    CHECK(w.window.state().signal.weightVariance == 2);
    const DepthPlot::Curve &he = curveOf(plot, "ReLU");
    REQUIRE(he.variance.size() == w.window.state().signal.layers + 1);
    for (double q : he.variance)
        CHECK(q == Approx(1).epsilon(1e-8));
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("signalLeCun")), Qt::LeftButton);
    w.settle();
    const DepthPlot::Curve &lecun = curveOf(plot, "ReLU");
    for (std::size_t l = 0; l < 10; ++l) {
        CHECK(lecun.variance[l] == Approx(std::ldexp(1.0, -static_cast<int>(l))).epsilon(1e-8));
        CHECK(lecun.gradient[l] == Approx(std::ldexp(1.0, -static_cast<int>(l))).epsilon(1e-8));
    }
    auto *weight = w.find<QSlider>(QStringLiteral("signalWeight"));
    CHECK(weight->value() == 100);
}

TEST_CASE("deriving SELU's constants shows them and sets SELU's parameters in one undo step", "[ui][signal]")
{
    Window w;
    showSignal(w);
    const int steps = w.window.history()->stack()->count();
    // Start away from PyTorch's values, so that the derivation visibly moves SELU's sliders.
    rx::ExplorerState state = w.window.state();
    rx::setParameter(state, *rx::findActivation("selu"), 0, 1.0);
    w.window.setState(state);
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("deriveSelu")), Qt::LeftButton);
    w.settle();
    const rx::SeluConstants solved = rx::solveSeluConstants();
    CHECK(w.parameter("selu", 0) == solved.alpha);
    CHECK(w.parameter("selu", 1) == solved.scale);
    CHECK(std::fabs(solved.alpha - rx::pytorchSeluAlpha) < 1e-15);
    const QString text = w.find<QLabel>(QStringLiteral("seluConstants"))->text();
    CHECK(text.contains("1.67326324235437"));
    CHECK(text.contains("1.05070098735548"));
    CHECK(w.window.history()->stack()->count() == steps + 1);
    w.window.history()->stack()->undo();
    CHECK(w.parameter("selu", 0) == 1.0);
}

TEST_CASE("the Signal dock leaves the plot at least 40% of the window and can be made wider", "[ui][signal]")
{
    Window w;
    showSignal(w);
    w.settle();
    auto *dock = w.find<SignalDock>(QStringLiteral("signalDock"));
    INFO("dock " << dock->width() << " plot " << w.plot()->width() << " window " << w.window.width());
    CHECK(w.plot()->width() >= w.window.width() * 2 / 5 - 6);
    CHECK(dock->width() >= 300);
    // Made wider as the separator does (offscreen, QTest's mouse does not reach QMainWindow's
    // separator), it stays so through later changes of the state.
    const int before = dock->width();
    w.window.resizeDocks({dock}, {before + 100}, Qt::Horizontal);
    w.settle();
    CHECK(dock->width() == Approx(before + 100).margin(6));
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("signalHe")), Qt::LeftButton);
    w.settle();
    CHECK(dock->width() == Approx(before + 100).margin(6));
}

TEST_CASE("the depth plot's legend names each function and the two line styles", "[ui][signal]")
{
    Window w;
    showSignal(w);
    auto *plot = w.find<DepthPlot>(QStringLiteral("signalDepthPlot"));
    const QStringList entries = plot->legendEntries();
    REQUIRE(entries.size() == 2 + static_cast<int>(plot->curves().size()));
    CHECK(entries[0].contains(QStringLiteral("variance")));
    CHECK(entries[1].contains(QStringLiteral("gradient")));
    // Each function's colour appears in the legend's band under the plot's frame: the frame's bottom
    // is the lowest row drawn across the middle of the widget.
    const QImage image = plot->grab().toImage();
    const QColor background = image.pixelColor(1, 1);
    int frameBottom = image.height() - 1;
    for (; frameBottom > 0; --frameBottom) {
        int drawn = 0;
        for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x)
            drawn += image.pixelColor(x, frameBottom) != background;
        if (drawn > image.width() / 4)
            break;
    }
    REQUIRE(frameBottom > image.height() / 3);
    for (const DepthPlot::Curve &c : plot->curves()) {
        INFO(c.name.toStdString());
        CHECK(entries.contains(c.name));
        bool found = false;
        for (int y = frameBottom + 2; y < image.height() && !found; ++y)
            for (int x = 0; x < image.width() && !found; ++x)
                found = image.pixelColor(x, y) == c.colour;
        CHECK(found);
    }
}

TEST_CASE("the Signal view opened after a change of theme is drawn in that theme", "[ui][signal]")
{
    for (const ThemeChoice theme : {ThemeChoice::Dark, ThemeChoice::Light}) {
        Window w;
        w.window.setThemeChoice(theme);
        w.settle();
        showSignal(w);
        auto *plot = w.find<DepthPlot>(QStringLiteral("signalDepthPlot"));
        const QImage image = plot->grab().toImage();
        const QColor corner = image.pixelColor(2, 2);
        INFO("theme " << (theme == ThemeChoice::Dark ? "dark" : "light") << ", corner "
                      << corner.name().toStdString() << ", plot background "
                      << w.plot()->theme().background.name().toStdString());
        CHECK(corner == w.plot()->theme().background);
        CHECK((corner.lightnessF() < 0.5) == (theme == ThemeChoice::Dark));
        // Its curves in the plot's colours for the same functions.
        const DepthPlot::Curve &relu = curveOf(plot, QStringLiteral("ReLU"));
        CHECK(relu.colour == w.plot()->curvePen("relu", PlotView::Curve::Value).color());
    }
}

TEST_CASE("at 1024x600 the Signal dock is wide enough for its controls", "[ui][signal][layout]")
{
    QSettings().clear();
    Window w;
    w.window.resize(1024, 600);
    w.settle();
    showSignal(w);
    w.settle();
    auto *dock = w.find<SignalDock>(QStringLiteral("signalDock"));
    INFO("dock " << dock->width() << " plot " << w.plot()->width() << " window " << w.window.width());
    CHECK(w.window.size() == QSize(1024, 600));
    CHECK(w.plot()->width() >= w.window.width() * 2 / 5 - 6);
    // Both initialisation buttons are whole inside the dock: nothing to scroll sideways to.
    for (const char *name : {"signalHe", "signalLeCun"}) {
        auto *button = w.find<QPushButton>(QString::fromLatin1(name));
        const QRect inDock(button->mapTo(dock, QPoint(0, 0)), button->size());
        INFO(name << " at " << inDock.x() << ".." << inDock.right());
        CHECK(dock->rect().contains(inDock));
    }
}

// On a 1920x1080 screen (projector-screen.json; CMakeLists.txt): the default 800x600 offscreen one has
// no room beside the presentation's parameter strip.
TEST_CASE("in the presentation the Signal dock widens for its larger font, and narrows again after",
          "[ui][signal][presentation][projector]")
{
    QSettings().clear();
    Window w;
    showSignal(w);
    w.settle();
    auto *dock = w.find<SignalDock>(QStringLiteral("signalDock"));
    const int before = dock->width();
    QTest::keyClick(&w.window, Qt::Key_F5);
    for (int i = 0; i < 3; ++i)
        w.settle(); // the dock is fitted once the presentation's layout has settled
    REQUIRE(w.window.presentation()->isActive());
    auto *depth = dock->findChild<DepthPlot *>();
    REQUIRE(depth != nullptr);
    INFO("window " << w.window.width() << " plot " << w.plot()->width() << " dock " << dock->width()
                   << " before " << before << " depth " << depth->width() << " wants "
                   << depth->sizeHint().width());
    CHECK(dock->width() > before);
    CHECK(depth->width() >= depth->sizeHint().width()); // its legend's longest entry on one line
    for (const char *name : {"signalHe", "signalLeCun"}) {
        auto *button = w.find<QPushButton>(QString::fromLatin1(name));
        CHECK(dock->rect().contains(QRect(button->mapTo(dock, QPoint(0, 0)), button->size())));
    }
    QTest::keyClick(&w.window, Qt::Key_Escape);
    for (int i = 0; i < 3; ++i)
        w.settle();
    CHECK(dock->width() == Approx(before).margin(6));
}
