// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <set>

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QGraphicsOpacityEffect>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSlider>
#include <QTimer>

#include "reluexplorer/sampling.h"
#include "figureexport.h"
#include "animationpanel.h"
#include "presentationmode.h"
#include "traceoverlay.h"
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
    // Its name, value and buttons are as large as the rest, for the back of the room.
    for (QWidget *child : strip->findChildren<QWidget *>()) {
        if (!child->isVisible() ||
            !(qobject_cast<QLabel *>(child) || qobject_cast<QAbstractButton *>(child) ||
              qobject_cast<QAbstractSpinBox *>(child)))
            continue;
        INFO(child->metaObject()->className() << " " << child->objectName().toStdString());
        CHECK(QFontInfo(child->font()).pointSizeF() >= 2 * font);
    }
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

namespace {

/// Every action of the menus that has a shortcut, submenus included.
QList<QAction *> menuShortcuts(QMenuBar *bar)
{
    QList<QMenu *> menus;
    for (QAction *top : bar->actions())
        if (top->menu())
            menus << top->menu();
    QList<QAction *> found;
    for (int i = 0; i < menus.size(); ++i)
        for (QAction *action : menus[i]->actions()) {
            if (action->menu())
                menus << action->menu();
            else if (!action->shortcuts().isEmpty())
                found << action;
        }
    return found;
}

/// Presses key in window and returns the class name of the modal dialog it opened ("" if none),
/// closing that dialog. A dialog runs its own event loop, which fires a timer queued before the key.
QString dialogOpenedBy(QWidget *window, int key, Qt::KeyboardModifiers modifiers)
{
    QString opened;
    const auto closeModal = [&opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = modal->metaObject()->className();
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
    };
    {
        QObject pending; // cancels the timer when no dialog ran it
        QTimer::singleShot(0, &pending, closeModal);
        QTest::keyClick(window, static_cast<Qt::Key>(key), modifiers);
    }
    if (opened.isEmpty())
        closeModal();         // a dialog that does not block
    window->activateWindow(); // the closed dialog leaves no active window offscreen
    CHECK(QTest::qWaitForWindowActive(window));
    return opened;
}

/// The handle's rectangle of a horizontal slider, as its style (and style sheet) draws it.
QRect handleRect(QSlider *slider)
{
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = Qt::Horizontal;
    option.state |= QStyle::State_Horizontal; // as QSlider says it: style sheets match :horizontal on it
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.subControls = QStyle::SC_All;
    return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
}

QSlider *stripSlider(Window &w, const QString &name)
{
    QSlider *found = nullptr;
    for (auto *s : w.find<QWidget>(QStringLiteral("presentationParameters"))->findChildren<QSlider *>(name))
        found = s;
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("every shortcut of the window works in presentation mode", "[ui][presentation]")
{
    Window w;
    // Each menu entry with a shortcut is also on the window, where a hidden menu bar cannot hide it.
    const QList<QAction *> shortcuts = menuShortcuts(w.window.menuBar());
    CHECK(shortcuts.size() >= 20);
    for (QAction *action : shortcuts) {
        INFO(action->objectName().toStdString() << " " << action->shortcut().toString().toStdString());
        CHECK(w.window.actions().contains(action));
    }

    QTest::keyClick(&w.window, Qt::Key_F5);
    w.settle();
    REQUIRE(w.window.presentation()->isActive());
    REQUIRE_FALSE(w.window.menuBar()->isVisible());
    auto key = [&](int k, Qt::KeyboardModifiers m = Qt::ControlModifier) {
        QTest::keyClick(&w.window, static_cast<Qt::Key>(k), m);
        w.settle();
    };
    const rx::ExplorerState start = w.window.state();

    key(Qt::Key_D);
    CHECK(w.window.state().showDerivatives != start.showDerivatives);
    CHECK(w.plot()->isCurveVisible("prelu", PlotView::Curve::Derivative));
    key(Qt::Key_G);
    CHECK(w.window.state().showDefaultGhost != start.showDefaultGhost);
    key(Qt::Key_H);
    CHECK(w.window.state().shadeZeroGradient != start.shadeZeroGradient);
    CHECK(!w.plot()->shadedIntervals("relu").empty());

    key(Qt::Key_2);
    CHECK(w.window.state().view.xMin == -100);
    CHECK(w.window.state().sampleCount == 1000);
    key(Qt::Key_3);
    CHECK(w.window.state().view.xMin <= -50);
    key(Qt::Key_0);
    CHECK(w.window.state().view.xMin == -5);
    CHECK(w.window.state().view.xMax == 5);

    // Undo walks back through the presets and toggles; redo comes forward again.
    for (int i = 0; i < 6; ++i)
        key(Qt::Key_Z);
    CHECK(w.window.state() == start);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.window.state().showDerivatives != start.showDerivatives);
    key(Qt::Key_Y);
    CHECK(w.window.state().showDefaultGhost != start.showDefaultGhost);

    QApplication::clipboard()->clear();
    key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(!QApplication::clipboard()->image().isNull());
    key(Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    CHECK(QApplication::clipboard()->text().contains(QStringLiteral("torch")));
    key(Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
    const QString token = QApplication::clipboard()->text();
    CHECK(token.startsWith(QStringLiteral("relu1:")));
    const rx::ExplorerState copied = w.window.state();
    key(Qt::Key_D);                                        // changes the state ...
    key(Qt::Key_V, Qt::ControlModifier | Qt::AltModifier); // ... and pasting brings the copy back
    CHECK(w.window.state() == copied);

    key(Qt::Key_I);
    CHECK(w.window.state().signal.visible);
    key(Qt::Key_I);
    CHECK_FALSE(w.window.state().signal.visible);
    key(Qt::Key_P);
    CHECK(w.window.animationPanel()->isPlaying());
    key(Qt::Key_P);
    CHECK_FALSE(w.window.animationPanel()->isPlaying());

    auto *readout = w.find<QAction>(QStringLiteral("action.showReadout"));
    key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(readout->isChecked());
    key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(readout->isChecked());

    // The tracer's keys: the plot has the focus, and the values show large on the plot.
    auto *overlay = w.find<QLabel>(QStringLiteral("traceOverlay"));
    CHECK_FALSE(overlay->isVisible());
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus == w.plotSurface());
    QTest::keyClick(focus, Qt::Key_Right);
    w.settle();
    CHECK(std::isfinite(w.plot()->traceX()));
    CHECK(overlay->isVisible());
    CHECK(overlay->font().pointSizeF() >= 2 * QApplication::font().pointSizeF());
    CHECK(w.plot()->rect().contains(overlay->geometry()));
    const double traced = w.plot()->traceX();
    QTest::keyClick(focus, Qt::Key_Right, Qt::ShiftModifier);
    w.settle();
    CHECK(w.plot()->traceX() > traced);
    const QString text = static_cast<TraceOverlay *>(overlay)->plainText();
    CHECK(text.startsWith(QStringLiteral("x = ")));
    CHECK(text.contains(QStringLiteral("PReLU = ")));
    const double width = w.window.state().view.xMax - w.window.state().view.xMin;
    QTest::keyClick(focus, Qt::Key_Plus);
    w.settle();
    CHECK(w.window.state().view.xMax - w.window.state().view.xMin < width);

    CHECK(dialogOpenedBy(&w.window, Qt::Key_E, Qt::ControlModifier) == QStringLiteral("ExportDialog"));
    CHECK(dialogOpenedBy(&w.window, Qt::Key_O, Qt::ControlModifier) == QStringLiteral("QFileDialog"));
    // Save As has the platform's key (none on some desktops): the one the action has.
    const QKeySequence saveAs = w.find<QAction>(QStringLiteral("action.saveAs"))->shortcut();
    if (!saveAs.isEmpty())
        CHECK(dialogOpenedBy(&w.window, saveAs[0].key(), saveAs[0].keyboardModifiers()) ==
              QStringLiteral("QFileDialog"));
    CHECK(w.window.presentation()->isActive()); // none of them left the presentation

    key(Qt::Key_Escape, Qt::NoModifier);
    CHECK_FALSE(w.window.presentation()->isActive());
    CHECK_FALSE(overlay->isVisible()); // the normal window has its readout panel
    CHECK(w.window.tracePanel()->isVisible());
    key(Qt::Key_F5, Qt::NoModifier);
    CHECK(w.window.presentation()->isActive());
    key(Qt::Key_F5, Qt::NoModifier);
    CHECK_FALSE(w.window.presentation()->isActive());
}

TEST_CASE("presentation sliders are large, in both themes, and a hint says how to leave, then fades",
          "[ui][presentation]")
{
    for (ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        Window w;
        qint64 now = 1000;
        w.window.presentation()->setClock([&now] { return now; });
        w.window.setThemeChoice(theme);
        const QRect normal = handleRect(w.find<QSlider>(QStringLiteral("param.prelu.weight.slider")));
        QTest::keyClick(&w.window, Qt::Key_F5);
        w.settle();
        QSlider *slider = stripSlider(w, QStringLiteral("param.prelu.weight.slider"));
        const QRect large = handleRect(slider);
        INFO("handle " << normal.width() << "x" << normal.height() << " -> " << large.width() << "x"
                       << large.height());
        CHECK(large.width() >= 32);
        CHECK(large.height() >= 32);
        CHECK(large.width() >= 2 * normal.width());
        // The handle follows a press on the groove and a drag of it, at its new size.
        QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(slider->width() - 4, slider->height() / 2));
        CHECK(w.parameter("prelu", 0) > 0.25);
        // The groove and the handle's ring are in the text colour, the handle's fill in the highlight:
        // each stands out from what it lies on.
        const QPalette p = slider->palette();
        CHECK(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
        CHECK(contrast(p.color(QPalette::Highlight), p.color(QPalette::WindowText)) >= 3);

        QLabel *hint = w.window.presentation()->hint();
        CHECK(hint->isVisible());
        CHECK(hint->text().contains(QStringLiteral("Esc")));
        CHECK(w.window.rect().contains(hint->geometry()));
        auto *effect = qobject_cast<QGraphicsOpacityEffect *>(hint->graphicsEffect());
        REQUIRE(effect != nullptr);
        CHECK(effect->opacity() == 1.0);
        // Held fully visible, half faded half way through the fade, gone at its end.
        now += PresentationMode::hintHoldMs - 1;
        w.window.presentation()->showHintFrame();
        CHECK(effect->opacity() == 1.0);
        CHECK(hint->isVisible());
        now += 1 + PresentationMode::hintFadeMs / 2;
        w.window.presentation()->showHintFrame();
        CHECK(effect->opacity() == Approx(0.5).margin(0.01));
        CHECK(hint->isVisible());
        now += PresentationMode::hintFadeMs / 2 - 1;
        w.window.presentation()->showHintFrame();
        CHECK(hint->isVisible());
        now += 1;
        w.window.presentation()->showHintFrame();
        CHECK_FALSE(hint->isVisible());

        QTest::keyClick(&w.window, Qt::Key_Escape);
        w.settle();
        CHECK(handleRect(stripSlider(w, QStringLiteral("param.prelu.weight.slider"))).size() ==
              normal.size());
        CHECK(w.find<QWidget>(QStringLiteral("presentationParameters"))->styleSheet().isEmpty());
        CHECK_FALSE(hint->isVisible());
    }
}

TEST_CASE("leaving the presentation gives the window back its size, also at 1024x600 with every panel",
          "[ui][presentation][layout]")
{
    QSettings().clear();
    Window w;
    w.window.resize(1024, 600);
    w.window.move(0, 0);
    rx::ExplorerState state = rx::defaultState();
    state.shown.clear();
    for (const rx::Activation &f : rx::catalogue())
        state.shown.push_back(f.id);
    state.showDerivatives = true;
    w.window.setState(state);
    w.settle();
    const QRect before = w.window.geometry();
    REQUIRE(before.size() == QSize(1024, 600));

    for (int round = 0; round < 2; ++round) {
        QTest::keyClick(&w.window, Qt::Key_F5);
        w.settle();
        REQUIRE(w.window.presentation()->isActive());
        QTest::keyClick(&w.window, Qt::Key_Escape);
        w.settle();
        REQUIRE_FALSE(w.window.presentation()->isActive());
        const QRect after = w.window.geometry();
        INFO("round " << round << ": " << after.x() << "," << after.y() << " " << after.width() << "x"
                      << after.height());
        CHECK(after == before); // the presentation's large panels widen nothing
    }
}

TEST_CASE("the presentation's tracer values stay within the plot and off the tick labels where they can",
          "[ui][presentation][trace]")
{
    QSettings().clear();
    Window w;
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"relu", "relu6", "leaky_relu", "elu", "selu", "prelu"};
    state.showDerivatives = true;
    state.signal.visible = true; // its dock beside the plot narrows the axes
    w.window.setState(state);
    w.settle();
    QTest::keyClick(&w.window, Qt::Key_F5);
    w.settle();
    REQUIRE(w.window.presentation()->isActive());
    auto *overlay = w.find<QLabel>(QStringLiteral("traceOverlay"));
    QWidget *surface = w.plotSurface();
    surface->setFocus();
    for (const auto key : {Qt::Key_Left, Qt::Key_Right}) {
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(surface, key, Qt::ShiftModifier); // to either side of the centre
        w.settle();
        REQUIRE(overlay->isVisible());
        const QRectF axes = w.plot()->panelRects().front();
        INFO("overlay " << overlay->x() << ".." << overlay->geometry().right() << ", axes " << axes.left()
                        << ".." << axes.right());
        // From the axes' left edge, or as near it as the plot's right edge allows.
        CHECK(overlay->x() >= std::min(int(axes.left()), w.plot()->width() - overlay->width()));
        CHECK(w.plot()->rect().contains(overlay->geometry()));
    }
}
