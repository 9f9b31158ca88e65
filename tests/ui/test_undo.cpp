// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QAction>
#include <QSignalSpy>
#include <QSlider>
#include <QUndoStack>

#include "functionlist.h"
#include "statehistory.h"
#include "uitest.h"

namespace {

QUndoStack *stackOf(Window &w)
{
    return w.window.history()->stack();
}

} // namespace

TEST_CASE("a whole slider drag is one undo step, undo and redo restore it", "[ui][undo]")
{
    Window w;
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    const QPoint start = sliderHandle(slider);
    QTest::mousePress(slider, Qt::LeftButton, {}, start);
    for (int dx = 10; dx <= 40; dx += 10)
        QTest::mouseMove(slider, start + QPoint(dx, 0));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, start + QPoint(40, 0));
    const double dragged = w.parameter("prelu", 0);
    CHECK(dragged > 0.3);
    CHECK(stackOf(w)->count() == 1);
    CHECK(w.find<QAction>(QStringLiteral("action.undo"))->text() == QStringLiteral("&Undo Change weight"));

    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.parameter("prelu", 0) == 0.25);
    CHECK(changed.count() == 1);
    CHECK(slider->value() == 75);
    CHECK(w.yAt("prelu", -5) == -1.25);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.parameter("prelu", 0) == dragged);
    CHECK(changed.count() == 2);
    w.window.history()->stack()->undo();
    QTest::keyClick(&w.window, Qt::Key_Y, Qt::ControlModifier);
    CHECK(w.parameter("prelu", 0) == dragged);

    // A drag back to where it started leaves no step at all.
    const QPoint here = sliderHandle(slider);
    QTest::mousePress(slider, Qt::LeftButton, {}, here);
    QTest::mouseMove(slider, here + QPoint(30, 0));
    QTest::mouseMove(slider, here);
    QTest::mouseRelease(slider, Qt::LeftButton, {}, here);
    CHECK(stackOf(w)->count() == 1);
}

TEST_CASE("key presses, toggles, presets and function changes are one step each, in order", "[ui][undo]")
{
    Window w;
    auto *slider = w.find<QSlider>(QStringLiteral("param.prelu.weight.slider"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QTest::keyClick(slider, Qt::Key_Right);
    CHECK(w.parameter("prelu", 0) == 0.27);
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier); // derivatives
    QTest::keyClick(&w.window, Qt::Key_2, Qt::ControlModifier); // tutorial preset
    auto *list = w.find<FunctionList>(QStringLiteral("functionList"));
    list->setFocus();
    list->setCurrentItem(list->itemFor("elu"));
    QTest::keyClick(list, Qt::Key_Space);
    const rx::ExplorerState last = w.window.state();
    CHECK(stackOf(w)->count() == 5);
    CHECK(stackOf(w)->undoText() == QStringLiteral("Show ELU"));

    stackOf(w)->undo();
    CHECK(w.window.state().shown == std::vector<std::string>{"relu", "prelu"});
    stackOf(w)->undo();
    CHECK(w.window.state().view == rx::defaultState().view);
    stackOf(w)->undo();
    CHECK_FALSE(w.window.state().showDerivatives);
    CHECK_FALSE(w.find<QAction>(QStringLiteral("action.derivatives"))->isChecked());
    stackOf(w)->undo();
    CHECK(w.parameter("prelu", 0) == 0.26);
    stackOf(w)->undo();
    CHECK(w.parameter("prelu", 0) == 0.25);
    CHECK_FALSE(stackOf(w)->canUndo());
    for (int i = 0; i < 5; ++i)
        stackOf(w)->redo();
    CHECK(w.window.state() == last);
}

TEST_CASE("a pan drag and a burst of wheel steps are one step each", "[ui][undo]")
{
    Window w;
    QWidget *surface = w.plotSurface();
    const QPoint from = surface->mapFrom(w.plot(), w.plot()->pixelFor(0, 0).toPoint());
    QTest::mousePress(surface, Qt::LeftButton, {}, from);
    for (int dx = 20; dx <= 100; dx += 20)
        QTest::mouseMove(surface, from + QPoint(dx, 0));
    QTest::mouseRelease(surface, Qt::LeftButton, {}, from + QPoint(100, 0));
    w.settle();
    CHECK(stackOf(w)->count() == 1);
    CHECK(stackOf(w)->undoText() == QStringLiteral("Pan or zoom"));
    const rx::ViewRange panned = w.window.state().view;

    qint64 now = 0;
    w.window.history()->setClock([&now] { return now; });
    for (int i = 0; i < 4; ++i) {
        wheel(surface, from, 120);
        now += StateHistory::wheelPauseMs; // a burst: no pause longer than wheelPauseMs
    }
    w.settle();
    CHECK(stackOf(w)->count() == 2);
    now += 1;
    wheel(surface, from, -120);
    CHECK(stackOf(w)->count() == 3);

    stackOf(w)->undo();
    stackOf(w)->undo();
    CHECK(w.window.state().view == panned);
    CHECK(w.plot()->viewRange() == panned);
    stackOf(w)->undo();
    CHECK(w.window.state().view == rx::defaultState().view);
}

TEST_CASE("selecting a function in the list is not an undo step", "[ui][undo]")
{
    Window w;
    QAction *undo = w.find<QAction>(QStringLiteral("action.undo"));
    auto *list = w.find<FunctionList>(QStringLiteral("functionList"));
    const auto click = [&](const char *id) {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->itemFor(id)).center());
        REQUIRE(w.window.state().selected == id);
    };
    const std::vector<std::string> shown = w.window.state().shown;
    REQUIRE_FALSE(undo->isEnabled());
    const QString nothing = undo->text();

    click("elu");
    CHECK(w.window.state().shown == shown); // selected, not ticked
    CHECK(stackOf(w)->count() == 0);
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->text() == nothing);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.window.state().selected == "elu");

    // After a change, selecting leaves Undo naming that change; undoing it brings back the state it
    // was made in, selection included.
    QTest::keyClick(&w.window, Qt::Key_D, Qt::ControlModifier);
    REQUIRE(w.window.state().showDerivatives);
    const QString derivatives = undo->text();
    CHECK(derivatives != nothing);
    click("relu");
    CHECK(stackOf(w)->count() == 1);
    CHECK(undo->text() == derivatives);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(w.window.state().showDerivatives);
    CHECK(w.window.state().selected == "elu");
    CHECK_FALSE(undo->isEnabled());
}
