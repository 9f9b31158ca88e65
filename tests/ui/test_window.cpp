// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The ReLU Explorer authors
#include <QGroupBox>
#include <QSignalSpy>
#include <QTreeWidget>

#include "afterfirstpaint.h"
#include "functionlist.h"
#include "uitest.h"

TEST_CASE("the window opens on ReLU and PReLU with PReLU's parameters", "[ui][window]")
{
    Window w;
    CHECK(w.window.state() == rx::defaultState());
    CHECK(w.window.findChild<QGroupBox *>(QStringLiteral("parameters.prelu")) != nullptr);
    CHECK(w.window.findChild<QGroupBox *>(QStringLiteral("parameters.elu")) == nullptr);
}

TEST_CASE("the function list groups the catalogue and shows what is checked", "[ui][window]")
{
    Window w;
    auto *list = w.find<FunctionList>(QStringLiteral("functionList"));
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("ReLU family"));
    int functions = 0;
    for (int g = 0; g < list->topLevelItemCount(); ++g)
        functions += list->topLevelItem(g)->childCount();
    CHECK(functions == static_cast<int>(rx::catalogue().size()));

    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    // Keyboard: move to ELU and press Space to show it.
    list->setFocus();
    list->setCurrentItem(list->itemFor("relu6"));
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->currentItem() == list->itemFor("elu"));
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(w.window.state().shown == std::vector<std::string>{"relu", "elu", "prelu"});
    CHECK(w.window.state().selected == "elu");
    CHECK(w.window.findChild<QGroupBox *>(QStringLiteral("parameters.elu")) != nullptr);
    CHECK(!w.ys("elu").empty());
    CHECK(w.plot()->legendEntries() ==
          QStringList({QStringLiteral("ReLU"), QStringLiteral("ELU"), QStringLiteral("PReLU")}));

    list->setCurrentItem(list->itemFor("relu"));
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(w.window.state().shown == std::vector<std::string>{"elu", "prelu"});
    CHECK(w.ys("relu").empty());
    CHECK(w.window.state().selected == "relu"); // the info panel follows the current item
}

TEST_CASE("setState takes a whole state and emits once", "[ui][window]")
{
    Window w;
    QSignalSpy changed(&w.window, &MainWindow::stateChanged);
    rx::ExplorerState state = rx::defaultState();
    state.shown = {"leaky_relu", "relu6", "elu", "selu", "prelu", "relu"};
    state.showDerivatives = true;
    state.shadeZeroGradient = true;
    rx::setParameter(state, *rx::findActivation("elu"), 0, 2);
    w.window.setState(state);
    CHECK(changed.count() == 1);
    CHECK(w.window.state() == state);
    CHECK(w.yAt("elu", -5) == Approx(2 * std::expm1(-5.0)));
    CHECK(w.find<QAction>(QStringLiteral("action.derivatives"))->isChecked());
    w.window.setState(state);
    CHECK(changed.count() == 1); // nothing changed: no signal
}

TEST_CASE("work put off until the first paint runs once, after the window has painted", "[ui][window]")
{
    QWidget window;
    window.resize(320, 200);
    std::vector<QString> events;
    // A child that records its own paints, so that the order of paint and work can be seen.
    struct Child : QWidget
    {
        std::vector<QString> *events;
        void paintEvent(QPaintEvent *) override { events->push_back(QStringLiteral("paint")); }
    };
    auto *child = new Child;
    child->events = &events;
    child->setParent(&window);
    child->resize(100, 100);
    AfterFirstPaint::run(&window, [&events] { events.push_back(QStringLiteral("work")); });
    QApplication::processEvents();
    CHECK(events.empty()); // not shown, not painted: nothing runs
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < 5 && std::count(events.begin(), events.end(), QStringLiteral("work")) == 0; ++i)
        QTest::qWait(20);
    REQUIRE(std::count(events.begin(), events.end(), QStringLiteral("work")) == 1);
    CHECK(events.front() == QStringLiteral("paint"));
    window.update();
    window.repaint();
    QTest::qWait(50);
    CHECK(std::count(events.begin(), events.end(), QStringLiteral("work")) == 1); // once only
    CHECK(std::count(events.begin(), events.end(), QStringLiteral("paint")) >= 2);
}
