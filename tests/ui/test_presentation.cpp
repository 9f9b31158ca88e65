// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <set>

#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QMenuBar>
#include <QSlider>

#include "reluexplorer/sampling.h"
#include "figureexport.h"
#include "presentationmode.h"
#include "tracepanel.h"
#include "uitest.h"

TEST_CASE("F5 presents: full screen, fonts and lines twice as large, panels hidden, Esc restores",
          "[ui][presentation]")
{
    Window w;
    const double font = w.window.font().pointSizeF();
    const double plotFont = w.plot()->theme().fontOfSize(w.plot()->theme().font.pointSizeF()).pointSizeF();
    const double curveWidth = w.plot()->curvePen("prelu", PlotView::Curve::Value).widthF();
    auto *side = w.find<QWidget>(QStringLiteral("sideScroll"));
    CHECK(side->isVisible());

    QTest::keyClick(&w.window, Qt::Key_F5);
    w.settle();
    CHECK(w.window.presentation()->isActive());
    CHECK(w.window.windowState().testFlag(Qt::WindowFullScreen));
    CHECK(w.window.font().pointSizeF() >= 2 * font);
    CHECK(w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"))->font().pointSizeF() >= 2 * font);
    CHECK(w.plot()->theme().scale >= 2);
    CHECK(w.plot()->theme().fontOfSize(w.plot()->theme().font.pointSizeF()).pointSizeF() >= 2 * plotFont);
    CHECK(w.plot()->curvePen("prelu", PlotView::Curve::Value).widthF() >= 2 * curveWidth);
    CHECK(!w.ys("prelu").empty()); // the curves are redrawn in the new sizes
    CHECK_FALSE(side->isVisible());
    CHECK_FALSE(w.window.menuBar()->isVisible());
    CHECK_FALSE(w.window.tracePanel()->isVisible());
    // The compact strip keeps the selected function's slider at hand.
    auto *strip = w.find<QWidget>(QStringLiteral("presentationParameters"));
    CHECK(strip->isVisible());
    QSlider *stripSlider = nullptr;
    for (auto *s : strip->findChildren<QSlider *>(QStringLiteral("param.prelu.weight.slider")))
        stripSlider = s;
    REQUIRE(stripSlider != nullptr);
    stripSlider->setFocus();
    QTest::keyClick(stripSlider, Qt::Key_Right);
    CHECK(w.parameter("prelu", 0) == 0.26);

    QTest::keyClick(&w.window, Qt::Key_Escape);
    w.settle();
    CHECK_FALSE(w.window.presentation()->isActive());
    CHECK_FALSE(w.window.windowState().testFlag(Qt::WindowFullScreen));
    CHECK(w.window.font().pointSizeF() == font);
    CHECK(w.plot()->theme().scale == 1);
    CHECK(w.plot()->curvePen("prelu", PlotView::Curve::Value).widthF() == curveWidth);
    CHECK(side->isVisible());
    CHECK(w.window.menuBar()->isVisible());
    CHECK_FALSE(strip->isVisible());
}

TEST_CASE("every function has its own readable colour in the light and the dark theme", "[ui][theme]")
{
    for (const PlotTheme &theme : {PlotTheme::light(), PlotTheme::dark()}) {
        std::set<QRgb> colours;
        for (int i = 0; i < static_cast<int>(rx::catalogue().size()); ++i) {
            const QColor c = theme.colourFor(i);
            colours.insert(c.rgb());
            INFO("function " << i << " " << c.name().toStdString());
            CHECK(contrast(c, theme.background) >= 3.0);
        }
        CHECK(colours.size() == rx::catalogue().size());
        CHECK(contrast(theme.foreground, theme.background) >= 7);
    }
    // The first six keep their Okabe-Ito hue in both themes, lightened or darkened for the ground.
    for (int i = 0; i < 6; ++i) {
        const int a = PlotTheme::light().colourFor(i).hslHue(), b = PlotTheme::dark().colourFor(i).hslHue();
        CHECK(std::min(std::abs(a - b), 360 - std::abs(a - b)) < 20);
    }
}

TEST_CASE("the dark theme colours the window and the plot, light restores the platform's look", "[ui][theme]")
{
    Window w;
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    w.window.setThemeChoice(ThemeChoice::Dark);
    w.settle();
    CHECK(w.find<QAction>(QStringLiteral("action.themeDark"))->isChecked());
    CHECK(QApplication::palette().color(QPalette::Window).lightnessF() < 0.25);
    CHECK(contrast(QApplication::palette().color(QPalette::Text),
                   QApplication::palette().color(QPalette::Base)) >= 7);
    CHECK(w.plot()->theme().isDark());
    CHECK(w.plot()->curvePen("prelu", PlotView::Curve::Value).color() == PlotTheme::dark().colourFor(5));
    CHECK(!w.ys("prelu").empty());
    w.window.setThemeChoice(ThemeChoice::Light);
    CHECK(QApplication::palette().color(QPalette::Window) == lightWindow);
    CHECK_FALSE(w.plot()->theme().isDark());
}

TEST_CASE("a family draws one curve per value with a colour ramp and a legend, also in a figure",
          "[ui][family]")
{
    Window w;
    rx::ExplorerState start = rx::defaultState();
    start.shown = {"relu", "leaky_relu"};
    w.window.setState(start);
    auto *enable = w.find<QCheckBox>(QStringLiteral("family.enabled"));
    enable->setFocus();
    QTest::keyClick(enable, Qt::Key_Space);
    const rx::ExplorerState state = w.window.state();
    CHECK(state.family.enabled);
    CHECK(state.family.function == "leaky_relu");
    w.settle();
    REQUIRE(w.plot()->familyCurveCount() == 6);
    CHECK(w.plot()->legendEntries() ==
          QStringList({"s = 0", "s = 0.1", "s = 0.2", "s = 0.3", "s = 0.4", "s = 0.5"}));
    CHECK(w.plot()->title() == QStringLiteral("LeakyReLU for negative_slope from 0 to 0.5"));
    double lightness = -1;
    for (int i = 0; i < 6; ++i) {
        const auto [xs, ys] = w.plot()->familyCurveData(i);
        REQUIRE(!xs.empty());
        CHECK(ys.front() == Approx(xs.front() * 0.1 * i));
        const double l = luminance(w.plot()->familyCurvePen(i).color());
        CHECK(l > lightness); // a ramp from dark to light
        lightness = l;
    }
    CHECK_FALSE(w.plot()->isCurveVisible("relu", PlotView::Curve::Value));

    // The figure path (setState, then setCurves per shown function) draws the family too.
    PlotView figure;
    figure.resize(600, 400);
    figure.setState(state);
    for (const rx::Activation *f : rx::shownFunctions(state))
        figure.setCurves(rx::computeCurves(state, *f, 300));
    CHECK(figure.familyCurveCount() == 6);
    CHECK(!renderFigureImage(state, rx::FigureOptions{}).isNull());

    // Unticking brings the usual curves back.
    QTest::keyClick(enable, Qt::Key_Space);
    CHECK_FALSE(w.window.state().family.enabled);
    CHECK(w.plot()->familyCurveCount() == 0);
    CHECK(w.plot()->isCurveVisible("leaky_relu", PlotView::Curve::Value));
}
