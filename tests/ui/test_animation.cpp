// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QToolButton>
#include <QUndoStack>

#include "ui/animationpanel.h"
#include "ui/statehistory.h"
#include "uitest.h"

TEST_CASE("the animation advances the parameter on its timer and stops after one sweep", "[ui][animation]")
{
    Window w;
    AnimationPanel *panel = w.window.animationPanel();
    REQUIRE(panel->setSweep(QStringLiteral("prelu"), QStringLiteral("weight"), 0, 1));
    panel->setSecondsPerSweep(0.8);
    panel->setMode(rx::SweepMode::Once);
    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    QSignalSpy playing(panel, &AnimationPanel::playingChanged);

    w.find<QToolButton>(QStringLiteral("animation.play"))->click();
    CHECK(panel->isPlaying());
    REQUIRE(changed.wait(1000));
    const double early = w.parameter("prelu", 0);
    CHECK(early >= 0);
    CHECK(early < 1);
    // Frames keep coming until the sweep ends at its last value, then the timer stops.
    QElapsedTimer clock;
    clock.start();
    while (panel->isPlaying() && clock.elapsed() < 5000)
        QTest::qWait(20);
    CHECK_FALSE(panel->isPlaying());
    CHECK(changed.count() >= 5);
    CHECK(w.parameter("prelu", 0) == 1);
    CHECK(w.yAt("prelu", -5) == -5);
    CHECK(playing.count() == 2);
    const int frames = changed.count();
    QTest::qWait(100);
    CHECK(changed.count() == frames);

    // The whole run is one undo step.
    QUndoStack *stack = w.window.history()->stack();
    CHECK(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("Animate weight"));
    stack->undo();
    CHECK(w.parameter("prelu", 0) == 0.25);
}

TEST_CASE("Space in the panel and Ctrl+P anywhere play and pause, pause holds the value", "[ui][animation]")
{
    Window w;
    AnimationPanel *panel = w.window.animationPanel();
    REQUIRE(panel->setSweep(QStringLiteral("prelu"), QStringLiteral("weight"), -1, 1));
    panel->setSecondsPerSweep(2.0);
    panel->setMode(rx::SweepMode::BackAndForth);
    auto *chooser = w.find<QComboBox>(QStringLiteral("animation.parameter"));
    chooser->setFocus();
    QTest::keyClick(chooser, Qt::Key_Space);
    CHECK(panel->isPlaying());
    QTest::qWait(150);
    QTest::keyClick(chooser, Qt::Key_Space);
    CHECK_FALSE(panel->isPlaying());
    const double paused = w.parameter("prelu", 0);
    CHECK(paused != 0.25);
    QTest::qWait(100);
    CHECK(w.parameter("prelu", 0) == paused);

    QTest::keyClick(&w.window, Qt::Key_P, Qt::ControlModifier);
    CHECK(panel->isPlaying());
    CHECK(w.find<QAction>(QStringLiteral("action.playAnimation"))->isChecked());
    QTest::qWait(100);
    QTest::keyClick(&w.window, Qt::Key_P, Qt::ControlModifier);
    CHECK_FALSE(panel->isPlaying());
    CHECK_FALSE(w.find<QAction>(QStringLiteral("action.playAnimation"))->isChecked());
}

TEST_CASE("the animation offers the numeric parameters of the shown functions only", "[ui][animation]")
{
    Window w;
    auto *chooser = w.find<QComboBox>(QStringLiteral("animation.parameter"));
    CHECK(chooser->count() == 1);
    CHECK(chooser->itemData(0).toString() == QStringLiteral("prelu.weight"));
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"selu", "gelu"}; // gelu's only parameter is a choice
    w.window.setState(state);
    CHECK(chooser->count() == 2);
    CHECK_FALSE(
        w.window.animationPanel()->setSweep(QStringLiteral("gelu"), QStringLiteral("approximate"), 0, 1));
}
