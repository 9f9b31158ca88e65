// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QAccessible>
#include <QFile>
#include <QSlider>
#include <QTemporaryDir>
#include <QUndoStack>

#include "reluexplorer/labels.h"
#include "reluexplorer/session.h"
#include "figureactions.h"
#include "sessioncontroller.h"
#include "statehistory.h"
#include "uitest.h"

namespace {

// A point of the plot's own widget (where the mouse goes) at plot coordinates (x, y).
QPoint surfaceAt(Window &w, double x, double y)
{
    return w.plotSurface()->mapFrom(w.plot(), w.plot()->pixelFor(x, y).toPoint());
}

// The label's box sits beside its dot: its near corner 6 px right of and above the dot.
void checkBesideItsDot(Window &w, std::size_t index)
{
    const rx::PinnedLabel &label = w.window.state().labels.at(index);
    const QPointF dot = w.plot()->pixelFor(label.x, rx::visibleLabels(w.window.state()).at(index).y);
    const QRectF box = w.plot()->labelRects().at(index);
    INFO("dot " << dot.x() << ", " << dot.y() << "; box " << box.left() << ", " << box.bottom());
    CHECK(box.left() == Approx(dot.x() + 6).margin(1.5));
    CHECK(box.bottom() == Approx(dot.y() - 6).margin(1.5));
}

} // namespace

TEST_CASE("a click on a curve pins a label that keeps its data position across a pan and a zoom",
          "[ui][labels]")
{
    Window w;
    QWidget *surface = w.plotSurface();
    // PReLU at x = -2 is -0.5 (ReLU is 0 there, 40 px away).
    QTest::mouseClick(surface, Qt::LeftButton, {}, surfaceAt(w, -2, -0.5));
    w.settle();
    REQUIRE(w.window.state().labels.size() == 1);
    const rx::PinnedLabel label = w.window.state().labels.front();
    CHECK(label.function == "prelu");
    CHECK_FALSE(label.member);
    CHECK(label.x == Approx(-2).margin(0.02)); // the tracer's sample nearest the pointer
    REQUIRE(w.plot()->labelTexts().size() == 1);
    CHECK(w.plot()->labelTexts().front().toStdString() == rx::labelText(label.x, 0.25 * label.x));
    CHECK(w.window.history()->stack()->count() == 1);
    checkBesideItsDot(w, 0);
    const QRectF before = w.plot()->labelRects().front();

    // A pan drag moves the label with the curves and pins nothing.
    const QPoint from = surfaceAt(w, 3, 4.5);
    QTest::mousePress(surface, Qt::LeftButton, {}, from);
    QTest::mouseMove(surface, from + QPoint(120, 60));
    QTest::mouseRelease(surface, Qt::LeftButton, {}, from + QPoint(120, 60));
    w.settle();
    REQUIRE_FALSE(w.window.state().view == rx::ViewRange{});
    CHECK(w.window.state().labels == std::vector<rx::PinnedLabel>{label});
    CHECK(w.plot()->labelRects().front().left() == Approx(before.left() + 120).margin(1.5));
    CHECK(w.plot()->labelRects().front().top() == Approx(before.top() + 60).margin(1.5));
    checkBesideItsDot(w, 0);

    // A wheel zoom about another point keeps it at its data coordinates too.
    wheel(surface, surfaceAt(w, 1, 1), 240);
    w.settle();
    CHECK(w.window.state().view.xMax - w.window.state().view.xMin < 9);
    CHECK(w.plot()->labelTexts().size() == 1);
    checkBesideItsDot(w, 0);
}

TEST_CASE("a click on a label or Delete removes it, undo brings it back", "[ui][labels][undo]")
{
    Window w;
    QWidget *surface = w.plotSurface();
    QTest::mouseClick(surface, Qt::LeftButton, {}, surfaceAt(w, -2, -0.5));
    QTest::mouseClick(surface, Qt::LeftButton, {}, surfaceAt(w, -3, 0)); // ReLU
    w.settle();
    REQUIRE(w.window.state().labels.size() == 2);
    CHECK(w.window.state().labels[1].function == "relu");
    const std::vector<rx::PinnedLabel> both = w.window.state().labels;

    // A click where nothing is drawn pins nothing.
    QTest::mouseClick(surface, Qt::LeftButton, {}, surfaceAt(w, -3, 3));
    w.settle();
    CHECK(w.window.state().labels == both);

    const QPoint onFirst = surface->mapFrom(w.plot(), w.plot()->labelRects().front().center().toPoint());
    QTest::mouseClick(surface, Qt::LeftButton, {}, onFirst);
    w.settle();
    REQUIRE(w.window.state().labels.size() == 1);
    CHECK(w.window.state().labels.front() == both[1]);
    CHECK(w.plot()->labelTexts().size() == 1);

    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    w.settle();
    CHECK(w.window.state().labels == both);
    CHECK(w.plot()->labelTexts().size() == 2);

    // Delete, with the plot focused and the tracer elsewhere, removes the last pinned.
    surface->setFocus();
    QTest::keyClick(surface, Qt::Key_Delete);
    w.settle();
    CHECK(w.window.state().labels == std::vector<rx::PinnedLabel>{both[0]});
    QTest::keyClick(surface, Qt::Key_Delete);
    CHECK(w.window.state().labels.empty());
    QTest::keyClick(surface, Qt::Key_Delete); // nothing left: nothing happens
    CHECK(w.window.history()->stack()->count() == 4);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    w.settle();
    CHECK(w.window.state().labels == both);
    CHECK(w.plot()->labelTexts().size() == 2);
}

TEST_CASE("Enter while tracing pins the selected function, the label follows its slider and is described",
          "[ui][labels][accessibility]")
{
    Window w;
    QWidget *surface = w.plotSurface();
    surface->setFocus();
    QTest::keyClick(surface, Qt::Key_Left); // the tracer starts at 0
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(surface, Qt::Key_Left);
    const double x = w.plot()->traceX();
    REQUIRE(x < 0);
    QTest::keyClick(surface, Qt::Key_Return);
    QTest::keyClick(surface, Qt::Key_Enter); // the same label again: not pinned twice
    w.settle();
    REQUIRE(w.window.state().labels == std::vector<rx::PinnedLabel>{{"prelu", x, std::nullopt}});
    CHECK(w.plot()->labelTexts() == QStringList{QString::fromStdString(rx::labelText(x, 0.25 * x))});
    const QString description =
        QAccessible::queryAccessibleInterface(surface)->text(QAccessible::Description);
    CHECK(description.contains(QStringLiteral("Pinned labels: PReLU at ") + w.plot()->labelTexts().front()));

    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    w.settle();
    const double weight = w.parameter("prelu", 0);
    REQUIRE(weight != 0.25);
    CHECK(w.window.state().labels.front().x == x);
    CHECK(w.plot()->labelTexts() == QStringList{QString::fromStdString(rx::labelText(x, weight * x))});
    checkBesideItsDot(w, 0);
}

TEST_CASE("a click on a family's curve pins that member", "[ui][labels]")
{
    Window w;
    rx::ExplorerState s = rx::defaultState();
    s.shown = {"leaky_relu"};
    s.selected = "leaky_relu";
    s.family = {true, "leaky_relu", "negative_slope", 0, 0.5, 6};
    w.window.setState(s);
    w.settle();
    QTest::mouseClick(w.plotSurface(), Qt::LeftButton, {}, surfaceAt(w, -4, -1.6)); // slope 0.4
    w.settle();
    REQUIRE(w.window.state().labels.size() == 1);
    CHECK(w.window.state().labels.front().member == 0.4);
    CHECK(w.plot()->labelTexts().size() == 1);
    // Another family without that member: the label stays in the state, off the plot.
    s = w.window.state();
    s.family.count = 3;
    w.window.setState(s);
    w.settle();
    CHECK(w.window.state().labels.size() == 1);
    CHECK(w.plot()->labelTexts().isEmpty());
}

TEST_CASE("labels survive a session file and a share token", "[ui][labels][session]")
{
    Window w;
    w.window.session()->setReporter([](const QString &, const QString &text) { FAIL(text.toStdString()); });
    QTest::mouseClick(w.plotSurface(), Qt::LeftButton, {}, surfaceAt(w, -2, -0.5));
    w.settle();
    const rx::ExplorerState pinned = w.window.state();
    REQUIRE(pinned.labels.size() == 1);
    const QStringList texts = w.plot()->labelTexts();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.reluexp"));
    REQUIRE(w.window.session()->saveToPath(path));
    w.window.setState(rx::defaultState());
    w.settle();
    CHECK(w.plot()->labelTexts().isEmpty());
    REQUIRE(w.window.session()->openPath(path));
    w.settle();
    CHECK(w.window.state() == pinned);
    CHECK(w.plot()->labelTexts() == texts);

    const rx::StateReadResult token = rx::stateFromToken(rx::stateToToken(w.window.state()));
    REQUIRE(token.ok());
    CHECK(token.state.labels == pinned.labels);
}

TEST_CASE("exported figures draw the pinned labels", "[ui][labels][export]")
{
    Window w;
    rx::ExplorerState s = rx::defaultState();
    s.labels = {{"prelu", -2, std::nullopt}, {"relu", 1.25, std::nullopt}};
    w.window.setState(s);
    QTemporaryDir dir;
    rx::FigureOptions options;
    options.format = rx::FigureFormat::Svg;
    const QString svg = dir.filePath(QStringLiteral("labels.svg"));
    REQUIRE(w.window.figureActions()->exportTo(svg, options).isEmpty());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains(">(-2, -0.5)<"));
    CHECK(text.contains(">(1.25, 1.25)<"));

    // Without labels the same figure has neither.
    w.window.setState(rx::defaultState());
    REQUIRE(w.window.figureActions()->exportTo(svg, options).isEmpty());
    QFile again(svg);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK_FALSE(again.readAll().contains("(-2, -0.5)"));
}

TEST_CASE("labels close together are placed so that neither covers the other", "[ui][labels]")
{
    Window w;
    rx::ExplorerState s = rx::defaultState();
    s.shown = {"relu", "elu", "prelu"};
    rx::setParameter(s, *rx::findActivation("prelu"), 0, 0.3);
    s.labels = {{"prelu", -2, std::nullopt}, {"elu", -1, std::nullopt}, {"relu", 4.9, std::nullopt}};
    w.window.setState(s);
    w.settle();
    const std::vector<QRectF> rects = w.plot()->labelRects();
    REQUIRE(rects.size() == 3);
    CHECK_FALSE(rects[0].intersects(rects[1]));
    const QRectF panel = w.plot()->panelRects().front();
    for (const QRectF &r : rects)
        CHECK(panel.contains(r));
}
